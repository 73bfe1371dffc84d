/** Builders for test workbooks: real .xlsx bytes made with ExcelJS, and hostile look-alikes. */
import ExcelJS from "exceljs";

export async function xlsxBytes(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A small but real indicator-like workbook. */
export function simpleWorkbook(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet("Biểu 01");
    ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"]);
    ws.addRow([1, "Diện tích lúa", "ha", 1820]);
    ws.addRow([2, "Sản lượng", "tấn", 9560.5]);
  });
}

/** Offsets of every occurrence of a 4-byte little-endian signature. */
export function findSignature(bytes: Uint8Array, sig: number): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === sig) out.push(i);
  return out;
}

function utf16le(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
  return out;
}

/**
 * A minimal OLE compound-file look-alike: the 512-byte header with the CFB magic, then one
 * directory sector whose 128-byte entries carry the given stream names (UTF-16LE), which is
 * where real CFB files keep them.
 */
export function compoundFile(streamNames: string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(0x1a, 3, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // little-endian byte order mark
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  const names = ["Root Entry", ...streamNames].slice(0, 4);
  names.forEach((name, i) => {
    const at = 512 + i * 128;
    const encoded = utf16le(name);
    bytes.set(encoded, at);
    view.setUint16(at + 64, encoded.length + 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2; // root storage / stream
  });
  return bytes;
}

/** Deterministic pseudo-random bytes (xorshift), so a failing case can be replayed. */
export function pseudoRandomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
