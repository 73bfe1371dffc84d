/**
 * The CLI's .xlsx writer: a WorkbookPlan written as OOXML directly (xlsx/), each part deflated
 * as it is produced and laid into fflate's streaming Zip. Node only (Node's zlib deflates), and
 * it does not load ExcelJS. The standalone page keeps writeWorkbook (ExcelJS, in memory).
 *
 * Why not ExcelJS's streaming writer (the CLI's before this one): it builds an object per row and
 * cell and renders each through its xform layer — about 2 s of the 5 s `tonghop consolidate`
 * took on 150 units. Here a row is one string, a cell's style an index looked up once per
 * style object.
 *
 * Why Node's zlib rather than fflate's ZipDeflate: on a province's 30 MB "Nguồn" sheet zlib
 * level 1 deflates in ~0,1 s and fflate's JavaScript deflate in ~0,6 s, for the same size.
 * Each piece of a part is deflated on its own and flushed to a byte boundary (Z_SYNC_FLUSH),
 * the last one finished: the pieces concatenate into one valid deflate stream, so memory holds
 * one piece, never a whole part.
 */
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";
import * as zlib from "zlib";
import type { SheetPlan, StreamedSheetPlan, WorkbookPlan } from "../core/types";
import { DEFAULT_WRITE_DATE, type WriteOptions } from "./cellText";
import { writeWorkbookParts, type EntryWriter, type PackageSink } from "./xlsx/workbook";
import { defaultTheme, zipEntryTime } from "./xlsx/packageDefaults";

/** Characters of XML gathered before they are encoded and deflated as one piece. */
const PIECE = 1 << 19;
/** Speed over size: about 35 % larger than level 6 on "Nguồn", for a quarter of the CPU. */
const LEVEL = 1;

let crcTable: Int32Array | null = null;

/** CRC-32 where Node's zlib has none (before Node 20.15). */
function crc32js(data: Uint8Array, crc: number): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
const crc32 = nativeCrc ? (d: Uint8Array, c: number) => nativeCrc(d, c) : crc32js;

/** One zip entry: text in, deflated by zlib piece by piece, handed to fflate's Zip. */
class DeflatedEntry implements ZipInputFile, EntryWriter {
  size = 0;
  crc = 0;
  readonly compression = 8;
  /** Bits 1-2 of the general purpose flag: "super fast" deflate, as level 1 is. */
  readonly flag = 3;
  ondata?: AsyncFlateStreamHandler;
  private pending = "";

  constructor(
    readonly filename: string,
    readonly mtime: Date,
  ) {}

  readonly write = (xml: string): void => {
    this.pending += xml;
    if (this.pending.length >= PIECE) this.flush(false);
  };

  end(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    const raw = Buffer.from(this.pending, "utf8");
    this.pending = "";
    this.size += raw.length;
    this.crc = crc32(raw, this.crc);
    const packed = zlib.deflateRawSync(raw, {
      level: LEVEL,
      finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
    this.ondata!(null, packed, final);
  }
}

/**
 * Writes the sheets into a zip, handing each compressed chunk to `out` as it is made. Sheets
 * are taken from the iterable one at a time (see writeWorkbookParts).
 */
export function writeXlsxChunks(
  sheets: Iterable<SheetPlan | StreamedSheetPlan>,
  out: (chunk: Uint8Array) => void,
  options: WriteOptions = {},
): void {
  const date = options.date ?? DEFAULT_WRITE_DATE;
  const mtime = zipEntryTime(date);
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else out(chunk);
  });
  const sink: PackageSink = {
    entry(name) {
      const e = new DeflatedEntry(name, mtime);
      zip.add(e);
      return e;
    },
  };
  writeWorkbookParts(sheets, sink, { date, theme: defaultTheme() });
  zip.end();
  if (failure) throw failure;
}

/**
 * The whole file as bytes, the sheets written in order. `sheets` may be a generator that
 * plans each sheet when asked (consolidatedSheetsStreamed): only one sheet's plan is then
 * alive, and a StreamedSheetPlan's rows are made as they are written.
 */
export function writeXlsx(
  plan: WorkbookPlan | { sheets: Iterable<SheetPlan | StreamedSheetPlan> },
  options: WriteOptions = {},
): Uint8Array {
  const chunks: Uint8Array[] = [];
  writeXlsxChunks(plan.sheets, (c) => chunks.push(c), options);
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
