/*
 * The pane's side of the batch worker, against a scripted worker: what is posted, progress
 * passed on, Hủy terminating the worker whatever it is doing, a fresh worker for the next job,
 * and the jobs still running (on the calling thread) where no worker can start.
 */
import { createWorkerEngine, WORKER_CRASHED } from "../../src/taskpane/engine/workerEngine";
import type { FromWorker, ToWorker } from "../../src/taskpane/engine/protocol";
import {
  BatchCancelled,
  type BatchEngine,
  type BatchProgress,
  type BatchRequest,
  type BatchResult,
} from "../../src/taskpane/engine/types";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/types";

class ScriptedWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: Event) => void) | null = null;
  posted: ToWorker[] = [];
  terminated = false;
  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
  fail(): void {
    this.onerror?.({ preventDefault: () => undefined } as Event);
  }
}

const RESULT: BatchResult = {
  issues: [],
  sheetsRead: 2,
  workbookFiles: [],
  issueUnits: {},
  summary: null,
  report: null,
  boundary: null,
  submission: null,
  periodLabel: null,
  xlsx: null,
};

function request(): BatchRequest {
  return {
    job: "validate",
    workbook: null,
    files: [
      { id: "a", name: "A.xlsx", size: 1, read: async () => new Uint8Array([1]), blob: null },
      { id: "b", name: "B.xlsx", size: 2, read: async () => new Uint8Array([2, 2]), blob: null },
    ],
    previousFiles: [],
    catalog: null,
    settings: DEFAULT_REPORT_SETTINGS,
    writeXlsx: false,
  };
}

function setup(spawnError?: Error) {
  const workers: ScriptedWorker[] = [];
  const fallbackRuns: BatchRequest[] = [];
  const fallback: BatchEngine = {
    run: async (r) => {
      fallbackRuns.push(r);
      return { ...RESULT, sheetsRead: 99 };
    },
    cancel: () => undefined,
    forget: () => undefined,
  };
  const engine = createWorkerEngine(
    () => {
      if (spawnError) throw spawnError;
      const w = new ScriptedWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    () => fallback,
  );
  return { engine, workers, fallbackRuns };
}

/** Lets the engine finish posting (it reads function contents first). */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("the batch worker engine", () => {
  it("posts the files as data, passes progress on and resolves with the worker's result", async () => {
    const { engine, workers } = setup();
    const progress: BatchProgress[] = [];
    const running = engine.run(request(), (p) => progress.push(p));
    await settle();
    const [worker] = workers;
    worker.send({ type: "ready" });
    const posted = worker.posted[0];
    expect(posted.type).toBe("run");
    if (posted.type !== "run") return;
    expect(posted.request.files.map((f) => [f.name, Array.from(f.content as Uint8Array)])).toEqual([
      ["A.xlsx", [1]],
      ["B.xlsx", [2, 2]],
    ]);
    worker.send({
      type: "progress",
      runId: posted.runId,
      progress: { phase: "read", done: 0, total: 2, current: "A.xlsx" },
    });
    worker.send({ type: "progress", runId: posted.runId, progress: { phase: "draft" } });
    worker.send({ type: "done", runId: posted.runId, result: RESULT });
    await expect(running).resolves.toEqual(RESULT);
    expect(progress).toEqual([
      { phase: "read", done: 0, total: 2, current: "A.xlsx" },
      { phase: "draft" },
    ]);
    // The same worker takes the next job and keeps what it parsed.
    engine.forget("a");
    expect(worker.posted[1]).toEqual({ type: "forget", fileId: "a" });
    expect(workers).toHaveLength(1);
  });

  it("hands the browser's File to the worker without reading it on the main thread", async () => {
    const { engine, workers } = setup();
    const file = new Blob([new Uint8Array([7, 7, 7])]);
    const read = jest.fn(async () => new Uint8Array());
    void engine.run(
      { ...request(), files: [{ id: "f", name: "F.xlsx", size: 3, read, blob: file }] },
      () => undefined,
    );
    await settle();
    const posted = workers[0].posted[0];
    if (posted.type !== "run") throw new Error("expected a run");
    expect(posted.request.files[0].content).toBe(file);
    expect(read).not.toHaveBeenCalled();
  });

  it("Hủy terminates the worker at once; the next job gets a fresh one", async () => {
    const { engine, workers } = setup();
    const running = engine.run(request(), () => undefined);
    await settle();
    workers[0].send({ type: "ready" });
    engine.cancel();
    await expect(running).rejects.toBeInstanceOf(BatchCancelled);
    expect(workers[0].terminated).toBe(true);
    // A late message of the terminated job changes nothing.
    workers[0].send({ type: "done", runId: 1, result: RESULT });

    const again = engine.run(request(), () => undefined);
    await settle();
    expect(workers).toHaveLength(2);
    const posted = workers[1].posted[0];
    if (posted.type !== "run") throw new Error("expected a run");
    workers[1].send({ type: "done", runId: posted.runId, result: RESULT });
    await expect(again).resolves.toEqual(RESULT);
  });

  it("says the job stopped when the worker dies in the middle (e.g. out of memory)", async () => {
    const { engine, workers } = setup();
    const running = engine.run(request(), () => undefined);
    await settle();
    workers[0].send({ type: "ready" });
    workers[0].fail();
    await expect(running).rejects.toThrow(WORKER_CRASHED);
  });

  it("passes the worker's own message on when the job fails there", async () => {
    const { engine, workers } = setup();
    const running = engine.run(request(), () => undefined);
    await settle();
    const posted = workers[0].posted[0];
    if (posted.type !== "run") throw new Error("expected a run");
    workers[0].send({ type: "failed", runId: posted.runId, message: "Không tạo được tệp X" });
    await expect(running).rejects.toThrow("Không tạo được tệp X");
  });

  it("runs the job on the calling thread when the worker cannot load or cannot be made", async () => {
    const unloadable = setup();
    const running = unloadable.engine.run(request(), () => undefined);
    await settle();
    unloadable.workers[0].fail(); // before "ready": the script never ran
    await expect(running).resolves.toMatchObject({ sheetsRead: 99 });
    expect(unloadable.fallbackRuns).toHaveLength(1);
    await unloadable.engine.run(request(), () => undefined);
    expect(unloadable.workers).toHaveLength(1);
    expect(unloadable.fallbackRuns).toHaveLength(2);

    const forbidden = setup(new Error("SecurityError"));
    await expect(forbidden.engine.run(request(), () => undefined)).resolves.toMatchObject({
      sheetsRead: 99,
    });
    expect(forbidden.fallbackRuns).toHaveLength(1);
  });
});
