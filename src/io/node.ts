/**
 * Node-only file access for the CLI: expanding the paths a planner typed, reading a workbook
 * from disk within the size limit, and writing output without ever leaving a half file.
 * Not imported by anything that runs in the browser.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { fileIssueOf } from "../core/issues";
import type { Issue } from "../core/types";
import { DEFAULT_READ_LIMITS, checkXlsxBytes } from "./check";
import { fastReadWorkbook } from "./fastRead";
import type { ReadLimits, ReadOptions, ReadResult } from "./readWorkbook";

// Types of the signatures below, for callers that import only this module.
export type { ReadLimits, ReadOptions, ReadResult } from "./readWorkbook";
export { readWorkbookFiles } from "./parallelRead";
export type { ParallelReadOptions } from "./parallelRead";

/** Excel's lock file for an open workbook ("~$Bieu.xlsx"): a few bytes of owner name, not a workbook. */
function isLockFile(name: string): boolean {
  return name.startsWith("~$");
}

function isXlsx(name: string): boolean {
  return /\.xlsx$/i.test(name) && !isLockFile(name);
}

function isLegacyXls(name: string): boolean {
  return /\.xls$/i.test(name) && !isLockFile(name);
}

/**
 * Expands files and folders into the .xlsx files to read. Folders are searched recursively
 * (hidden folders and Excel's ~$ lock files skipped); a file named explicitly is kept whatever its extension, so that a
 * wrong file gets a precise message from readWorkbook instead of vanishing. Old .xls files met
 * in a folder are reported (they would otherwise be silently missing from the consolidation).
 * Order: as given, folder contents sorted by name; duplicates removed.
 */
export async function collectXlsxPaths(
  paths: string[],
): Promise<{ files: string[]; issues: Issue[] }> {
  const files: string[] = [];
  const issues: Issue[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = (p: string): void => {
    const key = path.resolve(p);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(p);
  };

  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      return;
    }
    // Symlinked folders can form loops; each real folder is read once.
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: import("fs").Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      issues.push(fileIssueOf("file-unreadable", { file: dir, why: errorText(e) }));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await fs.stat(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (!entry.name.startsWith(".")) await walk(full);
      } else if (isFile) {
        if (isXlsx(entry.name)) addFile(full);
        else if (isLegacyXls(entry.name)) {
          issues.push(fileIssueOf("file-xls-in-folder", { file: full }));
        }
      }
    }
  };

  for (const p of paths) {
    let st: import("fs").Stats;
    try {
      st = await fs.stat(p);
    } catch {
      issues.push(fileIssueOf("file-not-found", { file: p }));
      continue;
    }
    if (st.isDirectory()) await walk(p);
    // A shell glob (*.xlsx) also matches Excel's lock files; they are never workbooks.
    else if (!isLockFile(path.basename(p))) addFile(p);
  }
  return { files, issues };
}

function errorText(e: unknown): string {
  const code = (e as { code?: string })?.code;
  if (code === "EACCES" || code === "EPERM") return "không có quyền đọc";
  if (code === "EBUSY") return "tệp đang bị chương trình khác khóa";
  if (code === "EISDIR") return "đây là thư mục";
  return code ?? String(e);
}

/**
 * Reads one .xlsx from disk. The size is checked with stat first, so an oversized file is
 * refused without being loaded into memory. The path given is the file name in issues/grids.
 * `options` goes to readWorkbook (the parallel reader asks for ExcelJS only when a worker's
 * lean reader has already declined the file).
 */
export async function readWorkbookFile(
  file: string,
  limits?: Partial<ReadLimits>,
  options?: ReadOptions,
): Promise<ReadResult> {
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  let size: number;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) {
      return {
        grids: [],
        issues: [fileIssueOf("file-unreadable", { file, why: "đây là thư mục" })],
      };
    }
    size = st.size;
  } catch (e) {
    const code = (e as { code?: string })?.code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      return {
        grids: [],
        issues: [fileIssueOf("file-not-found", { file })],
      };
    }
    return {
      grids: [],
      issues: [fileIssueOf("file-unreadable", { file, why: errorText(e) })],
    };
  }
  if (size > lim.maxFileBytes) {
    return {
      grids: [],
      issues: [fileIssueOf("file-too-large", { file, size, limit: lim.maxFileBytes })],
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    return {
      grids: [],
      issues: [fileIssueOf("file-unreadable", { file, why: errorText(e) })],
    };
  }
  return readBytes(bytes, file, lim, options);
}

/**
 * readWorkbook, with ExcelJS loaded only for a file the lean reader declines: nearly every
 * department file is read without it, and loading it costs a run ~40 MiB and a few hundred
 * milliseconds before anything is read.
 */
async function readBytes(
  bytes: Uint8Array,
  file: string,
  lim: ReadLimits,
  options: ReadOptions | undefined,
): Promise<ReadResult> {
  if (options?.engine !== "exceljs") {
    const stop = checkXlsxBytes(bytes, file, lim);
    if (stop) return { grids: [], issues: [stop] };
    const fast = fastReadWorkbook(bytes, file, lim);
    if (fast) return fast;
  }
  const { readWorkbook } = await import("./readWorkbook");
  return readWorkbook(bytes, file, lim, { ...options, engine: "exceljs" });
}

/**
 * Writes through a temporary file in the same folder, then renames it over the target: a
 * crash or full disk leaves the old file (or nothing) in place, never a truncated workbook.
 * Throws an Error with a Vietnamese message when the target cannot be written (e.g. it is
 * open in Excel on Windows); the temporary file is removed in that case. `content` is the
 * bytes, or a producer that hands them over chunk by chunk (a large workbook is then never held
 * whole); if it throws, the target is left as it was.
 */
export async function writeFileAtomic(
  target: string,
  content: Uint8Array | ((write: (chunk: Uint8Array) => Promise<void>) => Promise<void>),
): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const base = path.basename(target);
  const tmp = path.join(
    dir,
    `.${base}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  let handle: import("fs").promises.FileHandle | undefined;
  try {
    // "wx": never reuse or clobber an existing file under the temporary name.
    handle = await fs.open(tmp, "wx");
    const open = handle;
    if (content instanceof Uint8Array) await open.writeFile(content);
    else
      await content(async (chunk) => {
        for (let at = 0; at < chunk.length;) {
          const { bytesWritten } = await open.write(chunk, at, chunk.length - at);
          at += bytesWritten;
        }
      });
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, target);
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    const code = (e as { code?: string })?.code;
    const hint =
      code === "EBUSY" || code === "EPERM" || code === "EACCES"
        ? " Tệp có thể đang mở trong Excel hoặc không có quyền ghi."
        : code === "ENOENT"
          ? " Thư mục không tồn tại."
          : code === "ENOSPC"
            ? " Ổ đĩa đã đầy."
            : "";
    const err = new Error(`Không ghi được tệp “${target}” (${code ?? String(e)}).${hint}`);
    (err as Error & { cause?: unknown }).cause = e;
    throw err;
  }
}
