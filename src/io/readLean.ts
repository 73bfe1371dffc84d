/**
 * readWorkbook for the page's batch worker: the lean reader (./fastRead) first, and ExcelJS —
 * its own chunk, fetched the first time a file needs it — only for a file the lean reader
 * declines. Nearly every department file is read without it, so the worker neither fetches
 * nor compiles ExcelJS's megabyte of script, nor holds it, on a province's usual batch (the
 * CLI's readWorkbookFile in ./node reads through it too). Browser-safe.
 *
 * The lean reader runs before the first await: a caller may rely on it reading synchronously
 * (./node serves it parts inflated ahead only for the duration of the call).
 */
import { DEFAULT_READ_LIMITS, checkXlsxBytes, type ReadLimits, type ReadResult } from "./check";
import { fastReadWorkbook } from "./fastRead";
import type { ReadOptions } from "./readWorkbook";

export async function readWorkbookLean(
  bytes: Uint8Array,
  fileName: string,
  lim: ReadLimits = DEFAULT_READ_LIMITS,
  options?: ReadOptions,
): Promise<ReadResult> {
  const stop = checkXlsxBytes(bytes, fileName, lim);
  if (stop) return { grids: [], issues: [stop] };
  const fast = fastReadWorkbook(bytes, fileName, lim);
  if (fast) return fast;
  const { readWorkbook } = await import(/* webpackChunkName: "exceljs-read" */ "./readWorkbook");
  return readWorkbook(bytes, fileName, lim, { ...options, engine: "exceljs" });
}
