/**
 * Excel on the web refuses a request or a response over 5 MB. Reads and writes are planned
 * against that limit: estimated in bytes beforehand, packed greedily into as few syncs as the
 * limit allows, split into row blocks only where one sheet alone would not fit.
 */

/** Excel on the web's request/response payload limit. */
export const FIVE_MB = 5 * 1024 * 1024;

/** Part of the limit a planned sync may fill: estimates are estimates. */
export const SAFETY = 0.9;

/** Estimated JSON bytes per cell read back: values (text averages short), number formats, fonts. */
export const READ_BYTES_PER_CELL = { values: 40, numberFormat: 14, font: 50 } as const;

/** Estimated bytes an operation costs beyond its own arguments (action, object path, ids). */
export const OP_OVERHEAD_BYTES = 200;

/** UTF-8 length of a string, without TextEncoder (absent in some test environments). */
export function utf8Bytes(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/** A sheet to read: its used range, and what each of its cells costs to bring back. */
export interface ReadTarget {
  key: number;
  rows: number;
  columns: number;
  bytesPerCell: number;
}

/** Rows [start, start + count) of one target, read by one range load. */
export interface RowBlock {
  key: number;
  start: number;
  count: number;
}

export function readBytesPerCell(withFonts: boolean): number {
  return (
    READ_BYTES_PER_CELL.values +
    READ_BYTES_PER_CELL.numberFormat +
    (withFonts ? READ_BYTES_PER_CELL.font : 0)
  );
}

/**
 * Packs every target's rows into syncs of at most `budget` estimated bytes, in order, cutting
 * a sheet into row blocks only at a sync boundary. The result has as few syncs as row
 * granularity allows (each but the last is full to within one row). A row larger than the
 * budget still goes alone in a sync: it cannot be split by rows.
 */
export function packRowBlocks(targets: readonly ReadTarget[], budget: number): RowBlock[][] {
  const syncs: RowBlock[][] = [];
  let current: RowBlock[] = [];
  let used = 0;
  const close = () => {
    if (current.length > 0) syncs.push(current);
    current = [];
    used = 0;
  };
  for (const t of targets) {
    if (t.rows <= 0 || t.columns <= 0) continue;
    const rowBytes = t.columns * t.bytesPerCell;
    let start = 0;
    while (start < t.rows) {
      let room = Math.floor((budget - used - OP_OVERHEAD_BYTES) / rowBytes);
      if (room < 1) {
        if (current.length > 0) {
          close();
          continue;
        }
        room = 1;
      }
      const count = Math.min(room, t.rows - start);
      current.push({ key: t.key, start, count });
      used += OP_OVERHEAD_BYTES + count * rowBytes;
      start += count;
      if (start < t.rows) close();
    }
  }
  close();
  return syncs;
}
