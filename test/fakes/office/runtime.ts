/** Shared state of one fake: the workbook, its options, and what each sync cost. */

import type { FakeCellValue } from "./cellInput";
import type { FakeWorkbookState } from "./workbookState";

/** Excel on the web's request/response payload limit. */
export const FIVE_MB = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** Request payload limit in bytes (default 5 MB, Excel on the web). */
  requestLimitBytes?: number;
  /** Response payload limit in bytes (default 5 MB). */
  responseLimitBytes?: number;
  /** Highest supported version per requirement set; default { ExcelApi: "1.17" }. */
  requirementSets?: Record<string, string>;
  /** Office.context.displayLanguage; default "vi-VN". */
  displayLanguage?: string;
  /** The fake does not calculate: a written formula's cached value comes from here (default 0). */
  calculate?: (formula: string, sheetName: string) => FakeCellValue;
}

export interface SyncRecord {
  /** UTF-8 bytes of the JSON of the queued operations, written values included. */
  requestBytes: number;
  /** UTF-8 bytes of the JSON of the loaded data. */
  responseBytes: number;
  /** Queued operations (loads included) sent in this sync. */
  operations: number;
  ok: boolean;
  errorCode?: string;
  /** The flush Excel.run makes itself when the batch function left operations queued. */
  auto: boolean;
}

export interface FakeExcelState {
  readonly workbook: FakeWorkbookState;
  /** Every context.sync() call, plus Excel.run's own final flush when it had work. */
  syncCount: number;
  readonly syncs: SyncRecord[];
  requestLimitBytes: number;
  responseLimitBytes: number;
  /** Mutable: tests may narrow it to model Excel 2016 (ExcelApi 1.1–1.8 → { ExcelApi: "1.8" }). */
  requirementSets: Record<string, string>;
  displayLanguage: string;
  calculate: (formula: string, sheetName: string) => FakeCellValue;
  /** Office.context.document.settings as last saved by saveAsync. */
  savedSettings: Record<string, unknown>;
  /** Writes and methods aimed at a null object; Excel ignores them, tests may assert on them. */
  readonly ignoredNullObjectOps: string[];
}

/** One load's data, and how to put it on the proxies once the whole batch succeeded. */
export interface BatchResponse {
  payload: unknown;
  apply: (parsedPayload: unknown) => void;
}

export interface Batch {
  readonly id: number;
  readonly state: FakeExcelState;
  readonly responses: BatchResponse[];
}

/** A queued instruction. `args` goes into the request payload and comes back JSON-copied. */
export interface FakeOp {
  action: string;
  path: string;
  args?: unknown;
  /** Minimum ExcelApi version; unsupported → ApiNotFound at sync. */
  requires?: string;
  run(args: unknown, batch: Batch): void;
}

function versionParts(v: string): number[] {
  return v.split(".").map((p) => Number(p) || 0);
}

/** compareVersions("1.10", "1.9") > 0. */
export function compareVersions(a: string, b: string): number {
  const pa = versionParts(a);
  const pb = versionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function isSetSupported(
  state: FakeExcelState,
  name: string,
  minVersion?: string | number,
): boolean {
  const entry = Object.entries(state.requirementSets).find(
    ([n]) => n.toLowerCase() === name.toLowerCase(),
  );
  if (!entry) return false;
  const wanted = minVersion === undefined ? "1.1" : String(minVersion);
  return compareVersions(wanted, entry[1]) <= 0;
}

/** UTF-8 length without TextEncoder (absent in some jsdom test environments). */
export function utf8Bytes(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      bytes += 4; // surrogate pair
      i++;
    } else bytes += 3;
  }
  return bytes;
}
