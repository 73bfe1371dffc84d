/** A1 addresses, 0-based indexes in and out. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** a1(0, 0) === "A1". */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/**
 * The plain addresses the core makes ("C5", "AB120": capitals then digits, no "$", no spaces),
 * read without a regular expression: sorting issues and sources reads thousands of them.
 * null for anything else, which parseA1 then reads the general way.
 */
function parsePlainA1(address: string): { row: number; col: number } | null {
  const n = address.length;
  let i = 0;
  let col = 0;
  while (i < n && i < 3) {
    const ch = address.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
    i++;
  }
  if (i === 0 || i === n || n - i > 7) return null;
  let row = 0;
  for (let j = i; j < n; j++) {
    const ch = address.charCodeAt(j);
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + (ch - 48);
  }
  return { row: row - 1, col: col - 1 };
}

/** parseA1("C5") → { row: 4, col: 2 }; null for anything else. */
export function parseA1(address: string): { row: number; col: number } | null {
  const plain = parsePlainA1(address);
  if (plain !== null) return plain;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** parseRange("C5:D6") → inclusive corners; a single cell gives equal corners. */
export function parseRange(
  range: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = range.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
