/**
 * Counting a worksheet's rows and cells straight from the zip, shared by the lean reader
 * (./fastRead) and the pre-check before ExcelJS (./sheetPrecheck) so both judge a sheet
 * "too large" by the same rule and the same counts. The entry is inflated in chunks with
 * fflate and scanned as it comes: a huge sheet is never held whole in memory. Browser-safe.
 */
import { Inflate } from "fflate";
import type { ZipEntryInfo } from "./zipDirectory";

const SIG_LOCAL = 0x04034b50;

export interface LocalEntry {
  /** General-purpose flags of the local header (bit 0: encrypted). */
  flags: number;
  /** Compression method: 0 stored, 8 deflate. */
  method: number;
  /** Offset of the entry's compressed data in the file. */
  dataStart: number;
}

/** Reads an entry's local header; null when it is missing or its data runs past the file. */
export function localEntry(bytes: Uint8Array, entry: ZipEntryInfo): LocalEntry | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) return null;
  const flags = view.getUint16(at + 6, true);
  const method = view.getUint16(at + 8, true);
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (dataStart + entry.compressedSize > bytes.length) return null;
  return { flags, method, dataStart };
}

/**
 * Feeds an entry's inflated bytes, chunk by chunk, to `onChunk`. False when it cannot (bad
 * header, unknown method, damaged data): the caller leaves the file to ExcelJS.
 */
export function inflateEntryChunks(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  onChunk: (chunk: Uint8Array) => void,
): boolean {
  const local = localEntry(bytes, entry);
  if (!local) return false;
  const raw = bytes.subarray(local.dataStart, local.dataStart + entry.compressedSize);
  if (local.method === 0) {
    onChunk(raw);
    return true;
  }
  if (local.method !== 8) return false;
  try {
    const inflater = new Inflate((chunk) => onChunk(chunk));
    const STEP = 64 * 1024;
    for (let i = 0; i < raw.length; i += STEP) {
      inflater.push(raw.subarray(i, Math.min(raw.length, i + STEP)), i + STEP >= raw.length);
    }
    if (raw.length === 0) inflater.push(raw, true);
    return true;
  } catch {
    return false;
  }
}

/** After "<c" or "<row": a space, tab, newline, ">" or "/" ends the name ("<col" does not). */
export function endsTag(b: number | undefined): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Whether a worksheet part is big enough once inflated to hold more rows or cells than the
 * limits allow ("<row>" alone is 5 bytes, "<c/>" 4), or declares no size: only those are counted.
 */
export function mayExceedLimits(
  entry: ZipEntryInfo,
  limits: { maxRowsPerSheet: number; maxCellsPerSheet: number },
): boolean {
  const size = entry.uncompressedSize;
  return size >= 5 * limits.maxRowsPerSheet || size >= 3 * limits.maxCellsPerSheet || size === 0;
}

/** Counts `<row` and `<c` tags in a worksheet part while inflating it; null when it cannot. */
export function countRowsAndCells(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
): { rows: number; cells: number } | null {
  let rows = 0;
  let cells = 0;
  let tail = new Uint8Array(0);
  const ok = inflateEntryChunks(bytes, entry, (chunk) => {
    const buf = new Uint8Array(tail.length + chunk.length);
    buf.set(tail, 0);
    buf.set(chunk, tail.length);
    // The last 4 bytes may start a tag completed by the next chunk: look at them then.
    // (The final 4 bytes of the part cannot hold a whole "<c " / "<row " followed by content.)
    const stop = buf.length - 4;
    for (let i = buf.indexOf(0x3c); i !== -1 && i < stop; i = buf.indexOf(0x3c, i + 1)) {
      if (buf[i + 1] === 0x63 && endsTag(buf[i + 2])) cells++;
      else if (
        buf[i + 1] === 0x72 &&
        buf[i + 2] === 0x6f &&
        buf[i + 3] === 0x77 &&
        endsTag(buf[i + 4])
      )
        rows++;
    }
    tail = buf.slice(Math.max(0, stop));
  });
  return ok ? { rows, cells } : null;
}
