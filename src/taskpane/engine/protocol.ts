/** The messages between the pane and the batch worker (./batch.worker.ts). */
import type { BatchProgress, BatchRequest, BatchResult } from "./types";

/** A request as it crosses: every file is a Blob (read in the worker) or bytes. */
export type PostedRequest = Omit<
  BatchRequest,
  "files" | "previousFiles" | "catalog" | "unitList"
> & {
  files: PostedFile[];
  previousFiles: PostedFile[];
  catalog: PostedFile | null;
  unitList: PostedFile | null;
};

export interface PostedFile {
  id: string;
  name: string;
  size: number;
  /** BatchFile.modified, carried across (a posted File keeps it too, bytes do not). */
  modified: number | null;
  content: Blob | Uint8Array;
}

export type ToWorker =
  { type: "run"; runId: number; request: PostedRequest } | { type: "forget"; fileId: string };

export type FromWorker =
  /** Posted once the worker's script has loaded: it can take jobs. */
  | { type: "ready" }
  | { type: "progress"; runId: number; progress: BatchProgress }
  | { type: "done"; runId: number; result: BatchResult }
  | { type: "failed"; runId: number; message: string };
