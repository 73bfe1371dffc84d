/**
 * Reads many department workbooks on every core (Node only, for the CLI). Reading is the
 * slowest stage of a consolidation, and each file is independent, so files are handed to
 * worker threads one at a time (a slow file does not hold up a fixed share of the batch) and
 * the results come back in input order.
 *
 * Workers run only the lean reader (./fastRead): they never load ExcelJS, which alone costs
 * ~0,3 s of CPU to require. Any file the lean reader declines — or any file with a problem to
 * report (missing, too large, not a workbook, corrupt) — is read again here on the main
 * thread by readWorkbookFile, which produces exactly the issues a one-by-one read gives.
 *
 * Under ts-jest (this file is .ts) workers cannot run it: everything is read in-process.
 */
import { promises as fs } from "fs";
import * as os from "os";
import { isMainThread, parentPort, Worker, workerData } from "worker_threads";
import { inflateRawSync } from "zlib";
import { fastReadWorkbook, setRawInflater } from "./fastRead";
import { isCompoundFile, zipPackageKind } from "./fileKind";
import type { ReadLimits, ReadResult } from "./readWorkbook";
import { looksLikeZip, readZipDirectory } from "./zipDirectory";

export interface ParallelReadOptions {
  /** Worker threads to use; default os.availableParallelism(). 0 or 1 reads in-process. */
  workers?: number;
}

// Node's native inflater for the lean reader, here and in the workers (maxOutputLength makes
// it throw past the declared size, which sends the file to ExcelJS).
setRawInflater((raw, maxBytes) => inflateRawSync(raw, { maxOutputLength: maxBytes }));

/** Fewer files than this are read in-process: starting workers would cost more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

/** Marks the worker threads this module starts (workerData), so importing it elsewhere is inert. */
const WORKER_TAG = "tonghop-read-worker";

type Task = { id: number; file: string; limits: ReadLimits };
type Reply = { id: number; result: ReadResult | null };

/**
 * The worker's share: bytes in, grids out, for plain workbooks only. null means "read it on
 * the main thread" — it then also judges the file and words any issue.
 */
async function readPlain(file: string, lim: ReadLimits): Promise<ReadResult | null> {
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(file);
    if (!st.isFile() || st.size === 0 || st.size > lim.maxFileBytes) return null;
    bytes = await fs.readFile(file);
  } catch {
    return null;
  }
  // The checks of checkXlsxBytes, without its messages: any doubt goes to the main thread.
  if (bytes.length === 0 || bytes.length > lim.maxFileBytes) return null;
  if (isCompoundFile(bytes) || !looksLikeZip(bytes)) return null;
  try {
    const dir = readZipDirectory(bytes);
    if (zipPackageKind(dir.entries.map((e) => e.name)) !== "xlsx") return null;
    if (dir.totalUncompressed > lim.maxInflatedBytes) return null;
  } catch {
    return null;
  }
  return fastReadWorkbook(bytes, file, lim);
}

function runWorker(): void {
  const port = parentPort!;
  port.on("message", (task: Task) => {
    readPlain(task.file, task.limits).then(
      (result) => port.postMessage({ id: task.id, result } satisfies Reply),
      () => port.postMessage({ id: task.id, result: null } satisfies Reply),
    );
  });
}

if (!isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG) runWorker();

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
  const { readWorkbookFile, DEFAULT_READ_LIMITS } = await import("./node");
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  const results: (ReadResult | null)[] = new Array<ReadResult | null>(paths.length).fill(null);

  const n = workerCount(paths.length, options);
  if (n > 0) {
    const done = await readInWorkers(paths, lim, n).catch(() => null);
    if (done) done.forEach((r, i) => (results[i] = r));
  }
  // Whatever the workers declined (or everything, in-process), read the ordinary way.
  for (let i = 0; i < paths.length; i++) {
    results[i] ??= await readWorkbookFile(paths[i], lim);
  }
  return results as ReadResult[];
}

/** One task at a time per worker until the queue is empty. A dead worker's files stay null. */
function readInWorkers(
  paths: string[],
  lim: ReadLimits,
  n: number,
): Promise<(ReadResult | null)[]> {
  return new Promise((resolve) => {
    const results: (ReadResult | null)[] = new Array<ReadResult | null>(paths.length).fill(null);
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
        results[reply.id] = reply.result;
        feed();
      });
      worker.on("error", retire);
      worker.on("exit", retire);
      feed();
    }
  });
}
