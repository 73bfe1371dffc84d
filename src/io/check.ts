/**
 * Judging .xlsx bytes before any reader parses them, and the limits and result shapes every
 * reader shares. Kept free of ExcelJS so the worker threads of ./parallelRead can judge a file
 * (and word its issue) without paying ~0,3 s of CPU to load ExcelJS.
 */
import { fileIssueOf, issueOf, type SheetTooLarge } from "../core/issues";
import type { Issue, SheetGrid } from "../core/types";
import { compoundFileKind, isCompoundFile, zipPackageKind } from "./fileKind";
import { looksLikeZip, readZipDirectory, type ZipDirectory } from "./zipDirectory";

export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total the zip directory may declare once inflated, checked before inflating. */
  maxInflatedBytes: number;
  /** A sheet with data below this row is skipped (reported "sheet-too-large"). */
  maxRowsPerSheet: number;
  /** A sheet with more non-empty cells than this is skipped (reported "sheet-too-large"). */
  maxCellsPerSheet: number;
}

/** Generous for real indicator sheets (a few hundred rows), tight enough to stop hostile files. */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 500 * 1024 * 1024,
  maxRowsPerSheet: 100_000,
  maxCellsPerSheet: 2_000_000,
});

export interface ReadResult {
  grids: SheetGrid[];
  issues: Issue[];
}

/**
 * The error for a sheet skipped as too large, the same from every reader: `over` is { rows }
 * (the last row holding data) when the row limit was passed, "cells" for the cell limit.
 */
export function sheetTooLargeIssue(
  file: string,
  sheet: string,
  over: { rows: number } | "cells",
  limits: { maxRowsPerSheet: number; maxCellsPerSheet: number },
): Issue {
  const facts: SheetTooLarge =
    over === "cells"
      ? { file, sheet, over: "cells", limit: limits.maxCellsPerSheet }
      : { file, sheet, over: "rows", rows: over.rows, limit: limits.maxRowsPerSheet };
  return issueOf("sheet-too-large", facts, { file, sheet });
}

/** The note that a sheet is hidden (it is still read and checked). */
export function hiddenSheetIssue(file: string, sheet: string): Issue {
  return issueOf("sheet-hidden", { file, sheet }, { file, sheet });
}

/**
 * Judges the bytes before a reader sees them. Returns the issue that stops reading, or null
 * when the file is a plausible .xlsx within the limits.
 */
export function checkXlsxBytes(bytes: Uint8Array, file: string, limits: ReadLimits): Issue | null {
  if (bytes.length === 0) return fileIssueOf("file-empty", { file });
  if (bytes.length > limits.maxFileBytes) {
    return fileIssueOf("file-too-large", { file, size: bytes.length, limit: limits.maxFileBytes });
  }
  if (isCompoundFile(bytes)) {
    const kind = compoundFileKind(bytes);
    if (kind === "encrypted-ooxml") {
      return fileIssueOf("file-password-protected", { file });
    }
    if (kind === "xls") return fileIssueOf("file-xls-legacy", { file });
    return fileIssueOf("file-not-xlsx", { file, found: "other-compound" });
  }
  if (!looksLikeZip(bytes)) return fileIssueOf("file-not-xlsx", { file, found: "not-zip" });

  let dir: ZipDirectory;
  try {
    dir = readZipDirectory(bytes);
  } catch {
    return fileIssueOf("file-corrupt", { file });
  }
  const kind = zipPackageKind(dir.entries.map((e) => e.name));
  if (kind !== "xlsx") {
    return fileIssueOf("file-not-xlsx", { file, found: kind });
  }
  if (dir.totalUncompressed > limits.maxInflatedBytes) {
    return fileIssueOf("file-zip-bomb", {
      file,
      declared: dir.totalUncompressed,
      limit: limits.maxInflatedBytes,
    });
  }
  return null;
}
