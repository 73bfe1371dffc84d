/**
 * Node-only file access for the CLI: expanding the paths a planner typed, reading a workbook
 * from disk within the size limit, and writing output without ever leaving a half file.
 * Not imported by anything that runs in the browser.
 */
import { promises as fs, unlinkSync } from "fs";
import { constants as osConstants } from "os";
import * as path from "path";
import { promisify } from "util";
import * as zlib from "zlib";
import { inflateRawSync } from "zlib";
import { fileIssueOf } from "../core/issues";
import type { Issue } from "../core/types";
import { DEFAULT_READ_LIMITS, checkXlsxBytes } from "./check";
import { setRawInflater } from "./fastRead";
import { readWorkbookLean } from "./readLean";
import { localEntry, mayExceedLimits } from "./sheetCount";
import { readZipDirectory, type ZipEntryInfo } from "./zipDirectory";
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
  const loaded = await loadFile(file, lim);
  return "issues" in loaded ? loaded : readBytes(loaded.bytes, file, lim, options);
}

/** A file's bytes and modification time (ms), or why there are none, as readWorkbookFile words it. */
async function loadFile(
  file: string,
  lim: ReadLimits,
): Promise<{ bytes: Uint8Array; modified: number } | ReadResult> {
  let size: number;
  let modified: number;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) {
      return {
        grids: [],
        issues: [fileIssueOf("file-unreadable", { file, why: "đây là thư mục" })],
      };
    }
    size = st.size;
    modified = st.mtimeMs;
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
  try {
    return { bytes: await fs.readFile(file), modified };
  } catch (e) {
    return {
      grids: [],
      issues: [fileIssueOf("file-unreadable", { file, why: errorText(e) })],
    };
  }
}

/**
 * The XML parts of the file being read, inflated ahead on libuv's thread pool, by the offset
 * of their compressed data in its bytes. The lean reader's inflater takes a part from here when
 * it is there, and inflates it itself otherwise (or to report what is wrong with it).
 */
let ahead: { bytes: Uint8Array; parts: Map<number, AheadPart> } | null = null;

/** A part inflated ahead, with the length of the compressed data it was inflated from. */
interface AheadPart {
  rawLength: number;
  data: Uint8Array;
}

// The lean reader's inflater in Node (this replaces ./parallelRead's, which its worker threads
// use): a part inflated ahead is handed out once and let go.
setRawInflater((raw, maxBytes) => {
  if (ahead !== null && raw.buffer === ahead.bytes.buffer) {
    const part = ahead.parts.get(raw.byteOffset);
    ahead.parts.delete(raw.byteOffset);
    // Two directory entries may point at one local header with different sizes (a zip
    // bomb's trick): only the very range that was inflated is served.
    if (part && part.rawLength === raw.length && part.data.length <= maxBytes) return part.data;
  }
  return inflateRawSync(raw, { maxOutputLength: maxBytes });
});

/**
 * What one file may hold inflated ahead: a department's parts are a few MB; a file padded with
 * parts is read the ordinary way, part by part, beyond this.
 */
const AHEAD_BYTES = 16 * 1024 * 1024;

/** The parts the lean reader opens: the workbook, its relationships, strings, styles, sheets. */
const READ_PARTS =
  /^\/?xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/;

const inflateRawAsync = promisify(zlib.inflateRaw);

/** The parts the lean reader will inflate, inflated now; none for a file it will not read. */
async function inflateAhead(bytes: Uint8Array, file: string, lim: ReadLimits) {
  const parts = new Map<number, AheadPart>();
  if (checkXlsxBytes(bytes, file, lim)) return parts;
  let entries: ZipEntryInfo[];
  try {
    entries = readZipDirectory(bytes).entries;
  } catch {
    return parts;
  }
  let budget = AHEAD_BYTES;
  await Promise.all(
    entries.map(async (e) => {
      if (!READ_PARTS.test(e.name)) return;
      // A sheet that may be over the limits is counted as it is inflated, not inflated whole.
      if (/worksheets\//.test(e.name) && mayExceedLimits(e, lim)) return;
      if (e.uncompressedSize > budget) return;
      budget -= e.uncompressedSize;
      const local = localEntry(bytes, e);
      if (!local || local.method !== 8 || local.flags & 1) return;
      const raw = bytes.subarray(local.dataStart, local.dataStart + e.compressedSize);
      try {
        const data = await inflateRawAsync(raw, { maxOutputLength: e.uncompressedSize + 1 });
        parts.set(raw.byteOffset, { rawLength: raw.length, data });
      } catch {
        // Left to the reader, which inflates it again and says what is wrong.
      }
    }),
  );
  return parts;
}

/**
 * readWorkbookFile, split in two: the file is loaded and its parts inflated as soon as this is
 * called, off this thread where Node can; `read()` then makes the grids, and gives the file's
 * modification time with them (null when it could not be read). A caller that starts
 * the next files before reading the current one keeps the thread pool busy while this thread
 * parses. Each file gives exactly what readWorkbookFile gives.
 */
export function readWorkbookFileAhead(
  file: string,
  limits?: Partial<ReadLimits>,
): { read: () => Promise<{ result: ReadResult; modified: number | null }> } {
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  const loading = loadFile(file, lim).then(async (loaded) =>
    "issues" in loaded ? loaded : { ...loaded, parts: await inflateAhead(loaded.bytes, file, lim) },
  );
  return {
    read: async () => {
      const loaded = await loading;
      if ("issues" in loaded) return { result: loaded, modified: null };
      ahead = loaded;
      try {
        return {
          result: await readBytes(loaded.bytes, file, lim, undefined),
          modified: loaded.modified,
        };
      } finally {
        ahead = null;
      }
    },
  };
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
  if (options?.engine !== "exceljs") return readWorkbookLean(bytes, file, lim, options);
  const { readWorkbook } = await import("./readWorkbook");
  return readWorkbook(bytes, file, lim, options);
}

/** The file could not be written (the disk, the folder, a lock): the message says which and why. */
export class FileWriteError extends Error {
  constructor(message: string, cause: unknown) {
    super(message);
    (this as Error & { cause?: unknown }).cause = cause;
  }
}

/** Temporary files being written now: removed if the planner stops the program (Ctrl+C). */
const writing = new Set<string>();
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function unlinkTemporaryFiles(): void {
  for (const tmp of writing) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone, or it cannot be removed: nothing more can be done while stopping.
    }
  }
  writing.clear();
}

function listenForStops(on: boolean): void {
  for (const s of STOP_SIGNALS) process[on ? "on" : "off"](s, removeTemporaryFiles);
  // A handler of the program's own that exits on a stop runs before this one: the exit is
  // where its temporary files are removed then.
  process[on ? "on" : "off"]("exit", unlinkTemporaryFiles);
}

function removeTemporaryFiles(signal: NodeJS.Signals): void {
  // Someone else listens for this stop too: what happens next is theirs to say. They may let
  // the write finish (its file is then renamed into place) or exit (the exit listener removes
  // the file then); removing it now would fail a write they meant to finish.
  if (process.listenerCount(signal) > 1) return;
  unlinkTemporaryFiles();
  listenForStops(false);
  // Stopped as the signal would have stopped it, with the shell's usual exit status. Windows
  // raises no signal at a process: kill() there ends it with status 1, which reads as "done,
  // with errors", so it exits with the status a shell gives a stopped program instead.
  const status = 128 + (osConstants.signals[signal] ?? 1);
  if (process.platform === "win32") process.exit(status);
  try {
    process.kill(process.pid, signal);
  } catch {
    process.exit(status);
  }
}

/**
 * Keeps `tmp` on the list removed when the program is stopped; the returned function takes
 * it off. The handlers are there only while something is being written, so a stop at any
 * other time ends the program as Node would.
 */
function removedIfStopped(tmp: string): () => void {
  if (writing.size === 0) listenForStops(true);
  writing.add(tmp);
  return () => {
    writing.delete(tmp);
    if (writing.size === 0) listenForStops(false);
  };
}

/**
 * Writes through a temporary file in the same folder, then renames it over the target: a
 * crash or full disk leaves the old file (or nothing) in place, never a truncated workbook,
 * and a stop (Ctrl+C) while writing removes the temporary file too.
 * Throws an Error with a Vietnamese message when the target cannot be written (e.g. it is
 * open in Excel on Windows); the temporary file is removed in that case. `content` is the
 * bytes, or a producer that hands them over chunk by chunk (a large workbook is then never held
 * whole); if it throws, the target is left as it was and its error comes out unchanged.
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
  // The producer's own failure (making the workbook, not writing it) is passed on as it is.
  let producerFailure = null as { error: unknown } | null;
  let release = (): void => undefined;
  try {
    // On the list before it exists: a stop while it is being opened still removes it.
    release = removedIfStopped(tmp);
    // "wx": never reuse or clobber an existing file under the temporary name.
    handle = await fs.open(tmp, "wx");
    const open = handle;
    if (content instanceof Uint8Array) await open.writeFile(content);
    else {
      let writeFailed = false;
      try {
        await content(async (chunk) => {
          try {
            for (let at = 0; at < chunk.length;) {
              const { bytesWritten } = await open.write(chunk, at, chunk.length - at);
              at += bytesWritten;
            }
          } catch (e) {
            writeFailed = true;
            throw e;
          }
        });
      } catch (e) {
        if (!writeFailed) producerFailure = { error: e };
        throw e;
      }
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, target);
    release();
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    release();
    if (producerFailure) throw producerFailure.error;
    const code = (e as { code?: string })?.code;
    const hint =
      code === "EBUSY" || code === "EPERM" || code === "EACCES"
        ? " Tệp có thể đang mở trong Excel hoặc không có quyền ghi."
        : code === "ENOENT"
          ? " Thư mục không tồn tại."
          : code === "ENOSPC"
            ? " Ổ đĩa đã đầy."
            : "";
    throw new FileWriteError(`Không ghi được tệp “${target}” (${code ?? String(e)}).${hint}`, e);
  }
}
