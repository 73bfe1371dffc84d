/**
 * Where a cell is, in the words a planner reads in a message: "tệp PhongKinhTe.xlsx, trang
 * “Biểu KT-XH”, ô D18", in the pane's own order (file › sheet › cell). The pane and the Kiểm tra
 * sheet show an issue's own place in columns; this is for the other cells a message names (the
 * second side of a mismatch, a figure left out), which "Biểu KT-XH!D18 (PhongKinhTe.xlsx)" left
 * the planner to decode.
 */
export interface CellPlace {
  file: string;
  sheet: string;
  cell: string;
}

export function cellPlace(p: CellPlace): string {
  return `tệp ${p.file}, trang \u201C${p.sheet}\u201D, ô ${p.cell}`;
}

/**
 * Several places, grouped by file and sheet so that a file is named once:
 * "tệp a.xlsx, trang “Biểu”, ô D18 và ô D19; tệp b.xlsx, trang “Thôn Nam”, ô E9".
 */
export function cellPlaces(places: readonly CellPlace[]): string {
  const groups = new Map<string, { file: string; sheet: string; cells: string[] }>();
  for (const p of places) {
    const key = JSON.stringify([p.file, p.sheet]);
    const group = groups.get(key) ?? { file: p.file, sheet: p.sheet, cells: [] };
    if (!group.cells.includes(p.cell)) group.cells.push(p.cell);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => {
      const cells = g.cells.map((c) => `ô ${c}`);
      const list =
        cells.length === 1 ? cells[0] : `${cells.slice(0, -1).join(", ")} và ${cells.at(-1)}`;
      return `tệp ${g.file}, trang \u201C${g.sheet}\u201D, ${list}`;
    })
    .join("; ");
}

/** The end of a parenthesised place written by the two functions above: "…, ô E9)". */
export const PLACE_GROUP_END = /(?<!\p{L})ô \$?[A-Z]{1,3}\$?\d+\)/u;
