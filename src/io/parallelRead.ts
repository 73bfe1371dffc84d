/**
 * Reads many department workbooks on every core (Node only, for the CLI). Reading is the
 * slowest stage of a consolidation, and each file is independent, so files are handed to
 * worker threads one at a time (a slow file does not hold up a fixed share of the batch) and
 * the results come back in input order.
 *
 * Workers run only the ExcelJS-free checks (./check) and the lean reader (./fastRead): they
 * never load ExcelJS, which alone costs ~0,3 s of CPU to require. A worker judges the bytes
 * itself and sends back the issue checkXlsxBytes words (the same a one-by-one read gives).
 * A file the lean reader declines is marked so, and the main thread reads it with ExcelJS
 * only — not through the lean reader a second time. A file the worker could not load at all
 * (missing, unreadable, too large by its size on disk) is left to readWorkbookFile on the
 * main thread, whose stat-based issues live in ./node.
 *
 * Under ts-jest (this file is .ts) workers cannot run it: everything is read in-process.
 */
import { promises as fs } from "fs";
import * as os from "os";
import { isMainThread, parentPort, Worker, workerData } from "worker_threads";
import { inflateRawSync } from "zlib";
import { DEFAULT_READ_LIMITS, checkXlsxBytes, type ReadLimits, type ReadResult } from "./check";
import { fastReadWorkbook, setRawInflater } from "./fastRead";

export interface ParallelReadOptions {
  /** Worker threads to use; default os.availableParallelism(). 0 or 1 reads in-process. */
  workers?: number;
}

/** Fewer files than this are read in-process: starting workers would cost more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

/** Marks the worker threads this module starts (workerData), so importing it elsewhere is inert. */
const WORKER_TAG = "tonghop-read-worker";

type Task = { id: number; file: string; limits: ReadLimits };

/**
 * What a worker made of one file: a finished result (grids, or the issue that stops reading),
 * "declined" (a sound .xlsx the lean reader leaves to ExcelJS), or null (the bytes could not
 * be loaded: the main thread reads the file the ordinary way and words why).
 */
type Outcome = ReadResult | "declined" | null;
type Reply = { id: number; outcome: Outcome };

/** The worker's share: bytes in, a result, a refusal or a hand-back out. Plain data only. */
async function readPlain(file: string, lim: ReadLimits): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(file);
    // Too large by stat: readWorkbookFile refuses it without loading it; leave it to that.
    if (!st.isFile() || st.size > lim.maxFileBytes) return null;
    bytes = await fs.readFile(file);
  } catch {
    return null;
  }
  const stop = checkXlsxBytes(bytes, file, lim);
  if (stop) return { grids: [], issues: [stop] };
  return fastReadWorkbook(bytes, file, lim) ?? "declined";
}

function runWorker(): void {
  const port = parentPort!;
  port.on("message", (task: Task) => {
    readPlain(task.file, task.limits).then(
      (outcome) => port.postMessage({ id: task.id, outcome } satisfies Reply),
      () => port.postMessage({ id: task.id, outcome: null } satisfies Reply),
    );
  });
}

if (!isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG) {
  // Node's native inflater for the lean reader in the workers (maxOutputLength makes it throw
  // past the declared size, which sends the file to ExcelJS). On the main thread ./node
  // installs its own, which also serves the parts inflated ahead.
  setRawInflater((raw, maxBytes) => inflateRawSync(raw, { maxOutputLength: maxBytes }));
  runWorker();
}

function workerCount(files: number, options?: ParallelReadOptions): number {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  // A worker must run compiled JavaScript: under ts-jest this module is TypeScript.
  if (!__filename.endsWith(".js")) return 0;
  const cores =
    typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const n = options?.workers ?? cores;
  return n > 1 ? Math.min(n, Math.ceil(files / 2)) : 0;
}

/**
 * Reads .xlsx files from disk, like readWorkbookFile on each, using worker threads when there
 * are enough files to gain from it. Results are in the order of `paths`; problems are issues,
 * never thrown.
 */
export async function readWorkbookFiles(
  paths: string[],
  limits?: Partial<ReadLimits>,
  options?: ParallelReadOptions,
): Promise<ReadResult[]> {
  // Lazily: ./node loads ExcelJS, which the worker threads must not pay for.
  const { readWorkbookFile } = await import("./node");
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  let outcomes: Outcome[] = new Array<Outcome>(paths.length).fill(null);

  const n = workerCount(paths.length, options);
  if (n > 0) {
    const done = await readInWorkers(paths, lim, n).catch(() => null);
    if (done) outcomes = done;
  }
  const results: ReadResult[] = [];
  for (let i = 0; i < paths.length; i++) {
    const o = outcomes[i];
    if (o === "declined") {
      // Already judged sound and declined by the lean reader in a worker: ExcelJS only.
      results.push(await readWorkbookFile(paths[i], lim, { engine: "exceljs" }));
    } else {
      // Not loaded by a worker (or everything, in-process): read the ordinary way.
      results.push(o ?? (await readWorkbookFile(paths[i], lim)));
    }
  }
  return results;
}

/** One task at a time per worker until the queue is empty. A dead worker's files stay null. */
function readInWorkers(paths: string[], lim: ReadLimits, n: number): Promise<Outcome[]> {
  return new Promise((resolve) => {
    const results: Outcome[] = new Array<Outcome>(paths.length).fill(null);
    let next = 0;
    let live = n;
    const workers: Worker[] = [];
    const finish = (): void => {
      if (--live > 0) return;
      for (const w of workers) void w.terminate();
      resolve(results);
    };
    for (let k = 0; k < n; k++) {
      const worker = new Worker(__filename, { workerData: { tag: WORKER_TAG } });
      workers.push(worker);
      let retired = false;
      // Each worker retires once: when the queue is empty, or when it dies (its current file
      // then stays null and is read in-process; the other workers take the rest of the queue).
      const retire = (): void => {
        if (retired) return;
        retired = true;
        finish();
      };
      const feed = (): void => {
        if (next >= paths.length) return retire();
        const id = next++;
        worker.postMessage({ id, file: paths[id], limits: lim } satisfies Task);
      };
      worker.on("message", (reply: Reply) => {
        results[reply.id] = reply.outcome;
        feed();
      });
      worker.on("error", retire);
      worker.on("exit", retire);
      feed();
    }
  });
}
