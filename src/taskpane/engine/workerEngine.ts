/**
 * The engine in a Web Worker (./batch.worker.ts, a bundle served from the page's own origin,
 * which the page's script-src 'self' allows). The main thread only posts the picked File
 * objects and shows progress; Hủy terminates the worker, which stops whatever it was doing at
 * once and drops what it held, and a fresh worker starts with the next job.
 *
 * Where no worker can start (no Worker, a policy refusing it, the bundle missing) the jobs run
 * on the fallback engine instead, with the same results.
 */
import type { FromWorker, PostedFile, PostedRequest, ToWorker } from "./protocol";
import {
  BatchCancelled,
  type BatchEngine,
  type BatchFile,
  type BatchProgress,
  type BatchRequest,
  type BatchResult,
} from "./types";

/** Said when the worker dies mid-job (most often: the browser ran out of memory for the tab). */
export const WORKER_CRASHED =
  "Trình duyệt đã dừng phần xử lý giữa chừng (có thể do thiếu bộ nhớ). Hãy đóng bớt thẻ khác rồi thử lại, hoặc dùng lệnh tonghop trên máy tính.";

interface Running {
  runId: number;
  resolve(result: BatchResult): void;
  reject(error: unknown): void;
  onProgress(progress: BatchProgress): void;
  /** The request again, for the fallback when the worker never started. */
  request: BatchRequest;
}

async function posted(file: BatchFile): Promise<PostedFile> {
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    modified: file.modified ?? null,
    content: file.blob ?? (await file.read()),
  };
}

async function postedRequest(request: BatchRequest): Promise<PostedRequest> {
  const files: PostedFile[] = [];
  for (const file of request.files) files.push(await posted(file));
  const previousFiles: PostedFile[] = [];
  for (const file of request.previousFiles) previousFiles.push(await posted(file));
  return {
    ...request,
    files,
    previousFiles,
    catalog: request.catalog ? await posted(request.catalog) : null,
    unitList: request.unitList ? await posted(request.unitList) : null,
  };
}

export function createWorkerEngine(spawn: () => Worker, fallback: () => BatchEngine): BatchEngine {
  let worker: Worker | null = null;
  /** True once a worker posted "ready": later failures are crashes, not "cannot start". */
  let started = false;
  let useFallback: BatchEngine | null = null;
  let running: Running | null = null;
  let nextRunId = 1;

  const stop = () => {
    worker?.terminate();
    worker = null;
  };

  const switchToFallback = (): BatchEngine => {
    stop();
    useFallback ??= fallback();
    return useFallback;
  };

  const onMessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === "ready") {
      started = true;
      return;
    }
    if (running === null || message.runId !== running.runId) return;
    const job = running;
    if (message.type === "progress") job.onProgress(message.progress);
    else {
      running = null;
      if (message.type === "done") job.resolve(message.result);
      else job.reject(new Error(message.message));
    }
  };

  const onError = (event: Event) => {
    event.preventDefault();
    const job = running;
    running = null;
    if (!started) {
      // The worker could not load: this browser (or its policy) runs jobs on the main thread.
      const engine = switchToFallback();
      if (job) engine.run(job.request, job.onProgress).then(job.resolve, job.reject);
      return;
    }
    stop();
    job?.reject(new Error(WORKER_CRASHED));
  };

  const ensureWorker = (): Worker | null => {
    if (worker !== null) return worker;
    started = false;
    try {
      worker = spawn();
    } catch {
      switchToFallback();
      return null;
    }
    worker.onmessage = onMessage;
    worker.onerror = onError;
    worker.onmessageerror = onError;
    return worker;
  };

  return {
    async run(request, onProgress) {
      if (useFallback) return useFallback.run(request, onProgress);
      if (running !== null) throw new Error("Một việc khác đang chạy.");
      const message = await postedRequest(request);
      const target = ensureWorker();
      if (target === null || useFallback !== null)
        return switchToFallback().run(request, onProgress);
      const runId = nextRunId++;
      return new Promise<BatchResult>((resolve, reject) => {
        running = { runId, resolve, reject, onProgress, request };
        const post: ToWorker = { type: "run", runId, request: message };
        target.postMessage(post);
      });
    },
    cancel() {
      if (useFallback) {
        useFallback.cancel();
        return;
      }
      const job = running;
      if (job === null) return;
      running = null;
      stop();
      job.reject(new BatchCancelled());
    },
    forget(fileId) {
      useFallback?.forget(fileId);
      if (worker !== null && !useFallback) {
        const post: ToWorker = { type: "forget", fileId };
        worker.postMessage(post);
      }
    },
  };
}
