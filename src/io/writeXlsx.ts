/**
 * The CLI's .xlsx writer: a WorkbookPlan written as OOXML directly (xlsx/), each part deflated
 * as it is produced and laid into fflate's streaming Zip. Node only (Node's zlib deflates), and
 * it does not load ExcelJS. writeXlsxStream hands the file on as it is made and deflates on
 * libuv's thread pool, so on two cores compressing overlaps making the XML. The page's worker
 * writes the same parts through fflate alone (writeXlsxBrowser.ts).
 *
 * Why not ExcelJS's streaming writer (the CLI's before this one): it builds an object per row and
 * cell and renders each through its xform layer — about 2 s of the 5 s `tonghop consolidate`
 * took on 150 units. Here a row is one string, a cell's style an index looked up once per
 * style object.
 *
 * Why Node's zlib rather than fflate's ZipDeflate: on a province's 30 MB "Nguồn" sheet zlib
 * level 1 deflates in ~0,1 s and fflate's JavaScript deflate in ~0,6 s, for the same size.
 * Memory holds a few pieces, never a whole part.
 */
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";
import type { NonSharedBuffer } from "buffer";
import * as zlib from "zlib";
import type { SheetPlan, StreamedSheetPlan, WorkbookPlan } from "../core/types";
import { DEFAULT_WRITE_DATE, type WriteOptions } from "./cellText";
import { defaultTheme, zipEntryTime } from "./xlsx/packageDefaults";
import { workbookPieces } from "./xlsx/workbook";

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

/** One zip entry: deflated pieces in, in order, handed to fflate's Zip. */
class DeflatedEntry implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  /** Bits 1-2 of the general purpose flag: "super fast" deflate, as level 1 is. */
  readonly flag = 3;
  ondata?: AsyncFlateStreamHandler;

  constructor(
    readonly filename: string,
    readonly mtime: Date,
  ) {}

  /** Counts a piece's bytes into the entry's size and CRC, in order, before it is deflated. */
  take(raw: Buffer): void {
    this.size += raw.length;
    this.crc = crc32(raw, this.crc);
  }

  deliver(packed: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata!(null, packed, final);
  }
}

/**
 * Each piece of a part is deflated on its own and flushed to a byte boundary (Z_SYNC_FLUSH),
 * the last one finished: the pieces concatenate into one valid deflate stream.
 */
const deflateOptions = (final: boolean): zlib.ZlibOptions => ({
  level: LEVEL,
  finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
});

/** On the thread pool. */
const deflateAsync = (raw: Buffer, final: boolean): Promise<NonSharedBuffer> =>
  new Promise((resolve, reject) =>
    zlib.deflateRaw(raw, deflateOptions(final), (err, out) => (err ? reject(err) : resolve(out))),
  );

/** A piece of a part, gathered to PIECE characters, encoded and counted into its entry. */
interface RawPiece {
  entry: DeflatedEntry;
  raw: Buffer;
  final: boolean;
}

/**
 * The package's parts as raw pieces of about PIECE characters, each counted into the zip
 * entry it belongs to (added to `zip` when its first piece comes).
 */
function* rawPieces(
  sheets: Iterable<SheetPlan | StreamedSheetPlan>,
  zip: Zip,
  date: Date,
): Generator<RawPiece> {
  const mtime = zipEntryTime(date);
  let entry: DeflatedEntry | null = null;
  let pending = "";
  for (const piece of workbookPieces(sheets, { date, theme: defaultTheme() })) {
    if (!entry) zip.add((entry = new DeflatedEntry(piece.part, mtime)));
    pending += piece.xml;
    if (pending.length < PIECE && !piece.last) continue;
    const raw = Buffer.from(pending, "utf8");
    pending = "";
    entry.take(raw);
    yield { entry, raw, final: piece.last };
    if (piece.last) entry = null;
  }
}

/** fflate's Zip, its output handed to `out`; the first error it reports is kept. */
function zipTo(out: (chunk: Uint8Array) => void): { zip: Zip; failed: () => Error | null } {
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else out(chunk);
  });
  return { zip, failed: () => failure };
}

/**
 * The whole file as bytes, the sheets written in order, deflated on this thread. `sheets` may
 * be a generator that plans each sheet when asked (consolidatedSheetsStreamed): only one
 * sheet's plan is then alive, and a StreamedSheetPlan's rows are made as they are written.
 */
export function writeXlsx(
  plan: WorkbookPlan | { sheets: Iterable<SheetPlan | StreamedSheetPlan> },
  options: WriteOptions = {},
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const { zip, failed } = zipTo((c) => chunks.push(c));
  for (const { entry, raw, final } of rawPieces(
    plan.sheets,
    zip,
    options.date ?? DEFAULT_WRITE_DATE,
  )) {
    entry.deliver(zlib.deflateRawSync(raw, deflateOptions(final)), final);
  }
  zip.end();
  const failure = failed();
  if (failure) throw failure;
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Pieces being deflated at once: one compressing while the next is made, and one spare. */
const IN_FLIGHT = 2;

/**
 * The same file, handed to `write` chunk by chunk as it is made (to a file, for the CLI: the
 * finished zip is never held whole). Pieces are deflated on libuv's thread pool while this
 * thread makes the next ones, and handed on in order; at most IN_FLIGHT wait, so memory holds
 * a few pieces whatever the size of the workbook.
 */
export async function writeXlsxStream(
  plan: WorkbookPlan | { sheets: Iterable<SheetPlan | StreamedSheetPlan> },
  write: (chunk: Uint8Array) => Promise<void>,
  options: WriteOptions = {},
): Promise<void> {
  let ready: Uint8Array[] = [];
  const { zip, failed } = zipTo((c) => ready.push(c));
  const queue: { entry: DeflatedEntry; final: boolean; packed: Promise<NonSharedBuffer> }[] = [];
  const handOn = async (): Promise<void> => {
    const next = queue.shift()!;
    next.entry.deliver(await next.packed, next.final);
    const chunks = ready;
    ready = [];
    for (const c of chunks) await write(c);
  };
  try {
    for (const { entry, raw, final } of rawPieces(
      plan.sheets,
      zip,
      options.date ?? DEFAULT_WRITE_DATE,
    )) {
      const packed = deflateAsync(raw, final);
      // Seen now, so that a piece failing while an earlier one is awaited is not an unhandled
      // rejection (which ends the process); handOn awaits it in turn and throws there.
      packed.catch(() => undefined);
      queue.push({ entry, final, packed });
      if (queue.length >= IN_FLIGHT) await handOn();
    }
    while (queue.length > 0) await handOn();
  } finally {
    queue.length = 0;
  }
  zip.end();
  const failure = failed();
  if (failure) throw failure;
  for (const c of ready) await write(c);
}
