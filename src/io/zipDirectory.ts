/**
 * A hand-written reader for a zip file's central directory. It lets us judge a file (is it a
 * workbook? how big does it claim to inflate?) BEFORE handing it to ExcelJS/JSZip, which
 * inflate everything into memory at once. Only the directory is read; nothing is inflated.
 * Browser-safe: plain Uint8Array and DataView.
 */

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of this entry's local header (already corrected for bytes prefixed to the zip). */
  localHeaderOffset: number;
  /** Offset of this entry's record inside the central directory. */
  centralHeaderOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntryInfo[];
  /** Sum of uncompressed sizes the directory declares. */
  totalUncompressed: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

/** Thrown for any directory that cannot be trusted; callers turn it into a "file-corrupt" issue. */
export class ZipFormatError extends Error {}

function u64(view: DataView, at: number): number {
  const lo = view.getUint32(at, true);
  const hi = view.getUint32(at + 4, true);
  // Sizes beyond 2^53 are hostile anyway; Number keeps them "huge", which is what the limit needs.
  return hi * 0x100000000 + lo;
}

function findEndOfCentralDirectory(view: DataView): number {
  const len = view.byteLength;
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, len - 22 - 0xffff);
  for (let i = len - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === SIG_EOCD) {
      const commentLength = view.getUint16(i + 20, true);
      if (i + 22 + commentLength <= len) return i;
    }
  }
  return -1;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder("utf-8").decode(bytes);
  // CP437 names: the parts we look for (xl/workbook.xml …) are ASCII, so latin1 is enough.
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** Reads the central directory; throws ZipFormatError for a truncated or inconsistent zip. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new ZipFormatError("end of central directory not found");

  let entryCount = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  let directoryEnd = eocd;

  if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== SIG_ZIP64_LOCATOR) {
      throw new ZipFormatError("zip64 locator missing");
    }
    const record = u64(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== SIG_ZIP64_EOCD) {
      throw new ZipFormatError("zip64 end of central directory missing");
    }
    entryCount = u64(view, record + 32);
    cdSize = u64(view, record + 40);
    cdOffset = u64(view, record + 48);
    directoryEnd = record;
  }

  // Some writers (self-extractors, broken uploads) prefix bytes: offsets are then shifted by a
  // constant. Like JSZip, accept the directory where it actually ends up.
  let shift = 0;
  const expectedStart = directoryEnd - cdSize;
  if (cdOffset + 4 > view.byteLength || view.getUint32(cdOffset, true) !== SIG_CENTRAL) {
    if (entryCount === 0 && cdSize === 0) return { entries: [], totalUncompressed: 0 };
    if (expectedStart < 0 || view.getUint32(expectedStart, true) !== SIG_CENTRAL) {
      throw new ZipFormatError("central directory not found");
    }
    shift = expectedStart - cdOffset;
  }

  const entries: ZipEntryInfo[] = [];
  let totalUncompressed = 0;
  let at = cdOffset + shift;
  for (let n = 0; n < entryCount; n++) {
    if (at + 46 > directoryEnd || view.getUint32(at, true) !== SIG_CENTRAL) {
      throw new ZipFormatError("central directory entry damaged");
    }
    const flags = view.getUint16(at + 8, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directoryEnd) throw new ZipFormatError("central directory entry overruns");

    // ZIP64 extended information: present fields follow in a fixed order, only for the
    // values set to 0xFFFFFFFF above.
    let e = extraStart;
    while (e + 4 <= extraStart + extraLength) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let p = e + 4;
        const end = p + size;
        if (uncompressedSize === 0xffffffff && p + 8 <= end) {
          uncompressedSize = u64(view, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff && p + 8 <= end) {
          compressedSize = u64(view, p);
          p += 8;
        }
        if (localHeaderOffset === 0xffffffff && p + 8 <= end) {
          localHeaderOffset = u64(view, p);
        }
      }
      e += 4 + size;
    }

    const name = decodeName(bytes.subarray(nameStart, extraStart), (flags & 0x0800) !== 0);
    entries.push({
      name,
      compressedSize,
      uncompressedSize,
      localHeaderOffset: localHeaderOffset + shift,
      centralHeaderOffset: at,
    });
    totalUncompressed += uncompressedSize;
    at = next;
  }
  return { entries, totalUncompressed };
}

/** True when the bytes start like a zip (a local file header, or an empty zip's directory). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const sig = bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24);
  return sig === SIG_LOCAL || sig === SIG_EOCD;
}

/**
 * Sets every entry's DOS modification time/date (local and central headers) to one value, so
 * that writing the same plan twice gives the same bytes. CRCs are unaffected. Mutates `bytes`.
 */
export function stampZipTimes(bytes: Uint8Array, date: Date): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  const dosDate = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const dosTime =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  for (const entry of readZipDirectory(bytes).entries) {
    view.setUint16(entry.centralHeaderOffset + 12, dosTime, true);
    view.setUint16(entry.centralHeaderOffset + 14, dosDate, true);
    const local = entry.localHeaderOffset;
    if (local + 30 <= view.byteLength && view.getUint32(local, true) === SIG_LOCAL) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
  }
}
