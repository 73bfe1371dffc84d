/**
 * The engine the browser entries use: the batch worker, or the calling thread where no worker
 * can start. `new URL(…, import.meta.url)` is how webpack knows to bundle the worker as its
 * own hashed script, served from the page's origin like the page's other scripts (so the
 * CSP's script-src 'self' covers it). ES module syntax: only the entries import this, and
 * tsconfig.web.json checks it.
 */
import { readWorkbook } from "../../io";
import { writeXlsxBrowser } from "../../io/writeXlsxBrowser";
import { defaultDeps } from "../state/defaultDeps";
import { createInProcessEngine } from "./inProcessEngine";
import type { BatchEngine } from "./types";
import { createWorkerEngine } from "./workerEngine";

function spawnBatchWorker(): Worker {
  return new Worker(new URL("./batch.worker.ts", import.meta.url), { name: "tonghop-batch" });
}

export function batchEngine(): BatchEngine {
  return createWorkerEngine(spawnBatchWorker, () =>
    createInProcessEngine({
      readWorkbook: (bytes, fileName) => readWorkbook(bytes, fileName),
      writeWorkbook: async (sheets) => writeXlsxBrowser(sheets),
      yieldToUi: defaultDeps.yieldToUi,
    }),
  );
}
