/**
 * readWorkbook for the page's batch worker: the lean reader (./fastRead) first, and ExcelJS —
 * its own chunk, fetched the first time a file needs it — only for a file the lean reader
 * declines. Nearly every department file is read without it, so the worker neither fetches
 * nor compiles ExcelJS's megabyte of script, nor holds it, on a province's usual batch (the
 * CLI's readWorkbookFile in ./node does the same). Browser-safe.
 */
import { DEFAULT_READ_LIMITS, checkXlsxBytes, type ReadResult } from "./check";
import { fastReadWorkbook } from "./fastRead";

export async function readWorkbookLean(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const stop = checkXlsxBytes(bytes, fileName, DEFAULT_READ_LIMITS);
  if (stop) return { grids: [], issues: [stop] };
  const fast = fastReadWorkbook(bytes, fileName, DEFAULT_READ_LIMITS);
  if (fast) return fast;
  const { readWorkbook } = await import(/* webpackChunkName: "exceljs-read" */ "./readWorkbook");
  return readWorkbook(bytes, fileName, DEFAULT_READ_LIMITS, { engine: "exceljs" });
}
