/** Rectangles of cells and the A1 addresses Excel writes for them (0-based, inclusive). */

import { columnLetters } from "../../../src/core/a1";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function colIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

function inGrid(r: Rect): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLS;
}

function ordered(top: number, left: number, bottom: number, right: number): Rect {
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/**
 * Parses the address forms Worksheet.getRange accepts: "B3", "A1:C4", "A:C" (whole columns),
 * "2:5" (whole rows), with optional "$". Null for anything else or outside the grid.
 */
export function parseAddress(address: string): Rect | null {
  const s = address.trim();
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
  const parts = s.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const [a, b = a] = parts;
  let rect: Rect | null = null;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) {
    rect = ordered(Number(ca[2]) - 1, colIndex(ca[1]), Number(cb[2]) - 1, colIndex(cb[1]));
  } else if (parts.length === 2 && /^\$?[A-Za-z]{1,3}$/.test(a) && /^\$?[A-Za-z]{1,3}$/.test(b)) {
    rect = ordered(0, colIndex(a.replace("$", "")), MAX_ROWS - 1, colIndex(b.replace("$", "")));
  } else if (parts.length === 2 && /^\$?\d{1,7}$/.test(a) && /^\$?\d{1,7}$/.test(b)) {
    rect = ordered(Number(a.replace("$", "")) - 1, 0, Number(b.replace("$", "")) - 1, MAX_COLS - 1);
  }
  return rect && inGrid(rect) ? rect : null;
}

/** "A1", "A1:C4", "A:C" or "2:5", as Excel prints range addresses. */
export function formatRect(r: Rect): string {
  const fullCols = r.top === 0 && r.bottom === MAX_ROWS - 1;
  const fullRows = r.left === 0 && r.right === MAX_COLS - 1;
  if (fullRows) return `${r.top + 1}:${r.bottom + 1}`;
  if (fullCols) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  const tl = columnLetters(r.left) + String(r.top + 1);
  if (r.top === r.bottom && r.left === r.right) return tl;
  return `${tl}:${columnLetters(r.right)}${r.bottom + 1}`;
}

/** Excel quotes sheet names that are not plain identifiers: 'Tổng hợp'!A1. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rowCount(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function columnCount(r: Rect): number {
  return r.right - r.left + 1;
}

export function cellCount(r: Rect): number {
  return rowCount(r) * columnCount(r);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;
}

export function isInGrid(r: Rect): boolean {
  return inGrid(r) && r.top <= r.bottom && r.left <= r.right;
}
