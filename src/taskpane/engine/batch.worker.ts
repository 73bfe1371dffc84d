/**
 * The batch worker: the pane's jobs off the main thread, so the page keeps painting the
 * progress and answering Hủy while a province's files are read, checked, consolidated and
 * written. Files come as the browser's File objects and are read here, one at a time; the
 * written .xlsx goes back transferred, not copied. The pane cancels by terminating the worker,
 * so nothing here needs to check for it.
 */
import { readWorkbookLean } from "../../io/readLean";
import { writeXlsxBrowser } from "../../io/writeXlsxBrowser";
import { errorMessage } from "../state/errorMessage";
import { BatchSession } from "./batchSession";
import type { FromWorker, PostedFile, ToWorker } from "./protocol";
import type { BatchFile, BatchRequest } from "./types";

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

const session = new BatchSession({
  readWorkbook: (bytes, fileName) => readWorkbookLean(bytes, fileName),
  writeWorkbook: async (sheets) => writeXlsxBrowser(sheets),
  checkpoint: async () => undefined,
  throwIfCancelled: () => undefined,
});

/** A posted file as the session reads it: the File is read here, in the worker. */
function received(file: PostedFile): BatchFile {
  const { content } = file;
  const read =
    content instanceof Uint8Array
      ? async () => content
      : async () => new Uint8Array(await content.arrayBuffer());
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    modified: file.modified,
    read,
    blob: null,
  };
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === "forget") {
    session.forget(message.fileId);
    return;
  }
  const { runId } = message;
  const posted = message.request;
  const request: BatchRequest = {
    ...posted,
    files: posted.files.map(received),
    previousFiles: posted.previousFiles.map(received),
    catalog: posted.catalog ? received(posted.catalog) : null,
    unitList: posted.unitList ? received(posted.unitList) : null,
  };
  session
    .run(request, (progress) => scope.postMessage({ type: "progress", runId, progress }))
    .then(
      (result) => {
        const transfer = result.xlsx ? [result.xlsx.bytes.buffer as ArrayBuffer] : [];
        scope.postMessage({ type: "done", runId, result }, transfer);
      },
      (error: unknown) => {
        scope.postMessage({
          type: "failed",
          runId,
          // Empty when the error says nothing: the pane then words it in its own language.
          message: errorMessage(error, ""),
        });
      },
    );
};

scope.postMessage({ type: "ready" });
