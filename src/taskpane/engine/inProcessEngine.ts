/**
 * The engine on the calling thread: used where no Web Worker can start (a host that forbids
 * them) and by the pane's tests. It yields to the browser before each file and each phase, so
 * the progress paints and Hủy lands there; a phase itself runs to its end before the cancel
 * is seen (the worker engine stops at once).
 */
import type { Issue, SheetGrid } from "../../core/types";
import { BatchSession, type SessionDeps } from "./batchSession";
import { BatchCancelled, type BatchEngine } from "./types";

export interface InProcessDeps {
  readWorkbook(
    bytes: Uint8Array,
    fileName: string,
  ): Promise<{ grids: SheetGrid[]; issues: Issue[] }>;
  writeWorkbook: SessionDeps["writeWorkbook"];
  /** Lets the browser paint (progress bar, cancel click) between files and phases. */
  yieldToUi(): Promise<void>;
}

export function createInProcessEngine(deps: InProcessDeps): BatchEngine {
  let cancelled = false;
  const throwIfCancelled = () => {
    if (cancelled) throw new BatchCancelled();
  };
  const session = new BatchSession({
    readWorkbook: deps.readWorkbook,
    writeWorkbook: deps.writeWorkbook,
    throwIfCancelled,
    checkpoint: async () => {
      await deps.yieldToUi();
      throwIfCancelled();
    },
  });
  return {
    async run(request, onProgress) {
      cancelled = false;
      try {
        return await session.run(request, onProgress);
      } finally {
        cancelled = false;
      }
    },
    cancel() {
      cancelled = true;
    },
    forget: (id) => session.forget(id),
  };
}
