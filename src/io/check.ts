/**
 * Judging .xlsx bytes before any reader parses them, and the limits and result shapes every
 * reader shares. Kept free of ExcelJS so the worker threads of ./parallelRead can judge a file
 * (and word its issue) without paying ~0,3 s of CPU to load ExcelJS.
 */
import type { Issue, SheetGrid } from "../core/types";
import { compoundFileKind, isCompoundFile, zipPackageKind } from "./fileKind";
import { fileMessages } from "./messages";
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

export function fileIssue(file: string, rule: string, message: string): Issue {
  return { file, sheet: null, cell: null, severity: "error", rule, message };
}

/**
 * Judges the bytes before a reader sees them. Returns the issue that stops reading, or null
 * when the file is a plausible .xlsx within the limits.
 */
export function checkXlsxBytes(bytes: Uint8Array, file: string, limits: ReadLimits): Issue | null {
  if (bytes.length === 0) return fileIssue(file, "file-empty", fileMessages.empty(file));
  if (bytes.length > limits.maxFileBytes) {
    return fileIssue(
      file,
      "file-too-large",
      fileMessages.tooLarge(file, bytes.length, limits.maxFileBytes),
    );
  }
  if (isCompoundFile(bytes)) {
    const kind = compoundFileKind(bytes);
    if (kind === "encrypted-ooxml") {
      return fileIssue(file, "file-password-protected", fileMessages.passwordProtected(file));
    }
    if (kind === "xls") return fileIssue(file, "file-xls-legacy", fileMessages.xlsLegacy(file));
    return fileIssue(file, "file-not-xlsx", fileMessages.otherCompound(file));
  }
  if (!looksLikeZip(bytes)) return fileIssue(file, "file-not-xlsx", fileMessages.notZip(file));

  let dir: ZipDirectory;
  try {
    dir = readZipDirectory(bytes);
  } catch {
    return fileIssue(file, "file-corrupt", fileMessages.corrupt(file));
  }
  const kind = zipPackageKind(dir.entries.map((e) => e.name));
  if (kind !== "xlsx") {
    return fileIssue(file, "file-not-xlsx", fileMessages.notWorkbook(file, kind));
  }
  if (dir.totalUncompressed > limits.maxInflatedBytes) {
    return fileIssue(
      file,
      "file-zip-bomb",
      fileMessages.zipBomb(file, dir.totalUncompressed, limits.maxInflatedBytes),
    );
  }
  return null;
}
