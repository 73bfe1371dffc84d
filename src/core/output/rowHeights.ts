/**
 * Row heights for wrapped text, estimated from the text's length and the column's width.
 * A generous estimate is better than a clipped one: a planner prints these sheets.
 */
import { parseRange } from "../a1";
import type { PlannedCell, SheetPlan } from "../types";

/** Characters of a proportional font that fit in one "character" of column width, roughly. */
const CHARS_PER_WIDTH = 1.1;
const LINE_FACTOR = 1.35;
/** Excel refuses taller rows (and Office.js rejects the whole write). */
export const MAX_ROW_HEIGHT = 409;

export function estimateRowHeights(plan: SheetPlan): (number | null)[] {
  const heightOf = rowHeightEstimator(plan);
  return plan.rows.map((cells, r) => heightOf(cells, r));
}

/**
 * The estimate for one row at a time, for a sheet whose rows are made as they are written
 * (StreamedSheetPlan): the same heights estimateRowHeights gives the whole sheet.
 */
export function rowHeightEstimator(
  plan: Pick<SheetPlan, "merges" | "columnWidths">,
): (cells: PlannedCell[] | undefined, r: number) => number | null {
  const mergedWidth = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of plan.merges) {
    const r = parseRange(m);
    if (!r) continue;
    let width = 0;
    for (let c = r.left; c <= r.right; c++) width += plan.columnWidths[c] ?? 9;
    if (r.top !== r.bottom) {
      // A cell merged over several rows spreads its text over them: leave those rows alone.
      for (let row = r.top; row <= r.bottom; row++)
        for (let c = r.left; c <= r.right; c++) covered.add(`${row}:${c}`);
      continue;
    }
    mergedWidth.set(`${r.top}:${r.left}`, width);
    for (let c = r.left + 1; c <= r.right; c++) covered.add(`${r.top}:${c}`);
  }
  // Merges are few; the common cell is neither merged nor covered, so look them up only when
  // there are any (this runs over every cell of a sheet such as Nguồn).
  const hasMerges = plan.merges.length > 0;
  // What a wrapped cell asks of its row, by column and cell: a streamed sheet shares one
  // planned cell among many rows (Nguồn's indicator names), measured once. Without merges the
  // answer does not depend on the row.
  const asked: WeakMap<PlannedCell, number>[] = [];
  return (cells, r) => {
    let height: number | null = null;
    if (!cells) return height;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      // Not `"text" in value`: this runs for every cell of Nguồn, and a property read is cheaper.
      const text = (cell?.value as { text?: string } | null | undefined)?.text;
      if (text === undefined) continue;
      const size = cell.style?.fontSize ?? 11;
      const wraps = cell.style?.wrap ?? false;
      if (
        size <= 12 &&
        !text.includes("\n") &&
        (!wraps || text.length <= (plan.columnWidths[c] ?? 9))
      )
        continue;
      if (hasMerges && covered.has(`${r}:${c}`)) continue;
      const known = hasMerges ? undefined : asked[c]?.get(cell);
      if (known !== undefined) {
        if (known > 0) height = Math.max(height ?? 0, known);
        continue;
      }
      const merged = hasMerges ? mergedWidth.get(`${r}:${c}`) : undefined;
      const width = (merged ?? plan.columnWidths[c] ?? 9) * CHARS_PER_WIDTH * (11 / size);
      const lines = text
        .split("\n")
        .reduce(
          (n, para) => n + (wraps ? Math.max(1, Math.ceil(para.length / Math.max(1, width))) : 1),
          0,
        );
      const h = Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * size * LINE_FACTOR + 3));
      const asks = lines > 1 || size > 12 ? h : 0;
      if (!hasMerges) (asked[c] ??= new WeakMap()).set(cell, asks);
      if (asks > 0) height = Math.max(height ?? 0, asks);
    }
    return height;
  };
}

/** The plan with its row heights filled in where wrapped text needs them. */
export function withRowHeights(plan: SheetPlan): SheetPlan {
  return { ...plan, rowHeights: estimateRowHeights(plan) };
}
