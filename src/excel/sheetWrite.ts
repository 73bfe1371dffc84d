/**
 * One output sheet as Office.js operations, in the order they must reach Excel: number formats
 * (text cells "@" first, so that department text like "=SUM(A1)", "+84…", "-Khác" lands as
 * text, never a formula), values, then formats, merged ranges, column widths, frozen panes and
 * page setup. Each operation knows its estimated payload, so the writer can pack them into
 * syncs under Excel on the web's 5 MB request limit and cut the data into row blocks.
 */
import { columnLetters, parseRange } from "../core/a1";
import type { CellStyle, PlannedCell, SheetPlan } from "../core/types";
import type { ApiLevels } from "./api";
import { OP_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { rangeAddress } from "./readSheets";

/** One row of cell data: its number formats and values. */
export interface RowData {
  /** Null for a sheet formatted by column: its formats go ahead as runs (SheetWrite.formats). */
  formats: string[] | null;
  values: (string | number)[];
  /** Estimated request bytes for this row in both arrays. */
  bytes: number;
}

/** An operation (or a few on one range) with its estimated request bytes. */
export interface WriteOp {
  bytes: number;
  apply(sheet: Excel.Worksheet): void;
}

export interface SheetWrite {
  name: string;
  width: number;
  rows: RowData[];
  /** Before the data: number formats by runs down each column ("@" must precede text). */
  formats: WriteOp[];
  /** After the data: formats, merges, widths, freeze, page setup. */
  ops: WriteOp[];
}

/** Columns in characters → points, as Excel sizes them (≈ 7 px a character plus 5 px padding). */
export function columnWidthPoints(chars: number): number {
  const px = Math.max(0, chars) * 7 + 5;
  return Math.round(px * 0.75 * 100) / 100;
}

const H_ALIGN: Record<NonNullable<CellStyle["hAlign"]>, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
};
const V_ALIGN: Record<NonNullable<CellStyle["vAlign"]>, string> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};
const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** The style without its number format (that goes with the data), as a comparable key. */
function styleKey(style: CellStyle | undefined): string {
  if (!style) return "";
  const { numFmt: _ignored, ...rest } = style;
  const entries = Object.entries(rest).filter(([, v]) => v !== undefined && v !== false && v !== 0);
  return entries.length === 0
    ? ""
    : JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** "General" rather than null: a new sheet is General anyway, and null's meaning varies by host. */
function cellFormat(cell: PlannedCell | undefined): string {
  if (cell?.value && "text" in cell.value) return "@";
  return cell?.style?.numFmt ?? "General";
}

function cellValue(cell: PlannedCell | undefined): string | number {
  if (!cell || !cell.value) return "";
  return "text" in cell.value ? cell.value.text : cell.value.number;
}

/** Number of Office operations a style needs, to estimate its payload. */
function styleOpCount(style: CellStyle, api: ApiLevels): number {
  let n = 0;
  if (style.bold) n++;
  if (style.italic) n++;
  if (style.fontName) n++;
  if (style.fontSize) n++;
  if (style.wrap) n++;
  if (style.hAlign) n++;
  if (style.vAlign) n++;
  if (style.fill) n++;
  if (style.indent && api.cellProperties) n++;
  if (style.border) n += BORDER_EDGES.length;
  return n;
}

function applyStyle(range: Excel.Range, style: CellStyle, api: ApiLevels): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontName) format.font.name = style.fontName;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.wrap) format.wrapText = true;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign] as Excel.HorizontalAlignment;
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign] as Excel.VerticalAlignment;
  if (style.fill && /^[0-9a-f]{6}$/i.test(style.fill)) format.fill.color = `#${style.fill}`;
  if (style.indent && api.cellProperties) format.indentLevel = style.indent;
  if (style.border) {
    // Borders are ExcelApi 1.1, but a host (or test double) without them should not fail the write.
    const borders = (format as Partial<Excel.RangeFormat>).borders;
    if (borders) for (const edge of BORDER_EDGES) borders.getItem(edge).style = "Continuous";
  }
}

interface Run {
  top: number;
  bottom: number;
  left: number;
  right: number;
  key: string;
  style: CellStyle;
}

/** Rectangles of equal style: runs along each row, stacked where consecutive rows repeat them. */
function styleRectangles(rows: PlannedCell[][]): Run[] {
  const done: Run[] = [];
  let open = new Map<string, Run>();
  rows.forEach((cells, r) => {
    const next = new Map<string, Run>();
    let c = 0;
    while (c < cells.length) {
      const key = styleKey(cells[c]?.style);
      let end = c;
      while (end + 1 < cells.length && styleKey(cells[end + 1]?.style) === key) end++;
      if (key !== "") {
        const id = `${c}:${end}:${key}`;
        const above = open.get(id);
        if (above) {
          above.bottom = r;
          open.delete(id);
          next.set(id, above);
        } else {
          const style = { ...(cells[c]?.style ?? {}) };
          next.set(id, { top: r, bottom: r, left: c, right: end, key, style });
        }
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

/**
 * Number formats as runs down each column, one operation per run: a long table's figures share
 * a format for hundreds of rows, so this sends a few hundred formats instead of one per cell.
 * A blank cell takes the format of the run it falls in (nothing shows in it either way).
 */
function columnFormatRuns(rows: PlannedCell[][], width: number): WriteOp[] {
  const ops: WriteOp[] = [];
  for (let c = 0; c < width; c++) {
    let start = 0;
    let format: string | null = null;
    const flush = (end: number) => {
      if (format === null) return;
      const address = rangeAddress(start, c, end - start, 1);
      const fmt = format;
      ops.push({
        bytes: OP_OVERHEAD_BYTES + jsonBytes(fmt) + address.length,
        // A 1×1 array is spread over the range by Excel, as a single value is by the fake.
        apply: (sheet) => (sheet.getRange(address).numberFormat = [[fmt]]),
      });
    };
    for (let r = 0; r < rows.length; r++) {
      const cell = rows[r][c];
      if (!cell?.value) continue;
      const f = cellFormat(cell);
      if (f === format) continue;
      if (format !== null) {
        flush(r);
        start = r;
      }
      format = f;
    }
    flush(rows.length);
  }
  return ops;
}

export function planSheetWrite(plan: SheetPlan, api: ApiLevels): SheetWrite {
  const width = plan.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const byColumn = plan.formatByColumn === true;
  const rows: RowData[] = plan.rows.map((cells) => {
    const formats: string[] | null = byColumn ? null : [];
    const values: (string | number)[] = [];
    for (let c = 0; c < width; c++) {
      formats?.push(cellFormat(cells[c]));
      values.push(cellValue(cells[c]));
    }
    return { formats, values, bytes: (formats ? jsonBytes(formats) : 0) + jsonBytes(values) + 2 };
  });
  const formats = byColumn ? columnFormatRuns(plan.rows, width) : [];

  const ops: WriteOp[] = [];
  for (const run of styleRectangles(plan.rows)) {
    const count = styleOpCount(run.style, api);
    if (count === 0) continue;
    const address = rangeAddress(
      run.top,
      run.left,
      run.bottom - run.top + 1,
      run.right - run.left + 1,
    );
    ops.push({
      bytes: count * OP_OVERHEAD_BYTES + jsonBytes(run.style),
      apply: (sheet) => applyStyle(sheet.getRange(address), run.style, api),
    });
  }

  if (api.v12) {
    for (const merge of plan.merges) {
      if (!parseRange(merge)) continue;
      ops.push({ bytes: OP_OVERHEAD_BYTES, apply: (sheet) => sheet.getRange(merge).merge(false) });
    }
    // Adjacent columns of equal width share one operation.
    let c = 0;
    while (c < plan.columnWidths.length) {
      let end = c;
      while (
        end + 1 < plan.columnWidths.length &&
        plan.columnWidths[end + 1] === plan.columnWidths[c]
      )
        end++;
      const chars = plan.columnWidths[c];
      if (Number.isFinite(chars) && chars > 0) {
        const address = `${columnLetters(c)}:${columnLetters(end)}`;
        const points = columnWidthPoints(chars);
        ops.push({
          bytes: OP_OVERHEAD_BYTES,
          apply: (sheet) => (sheet.getRange(address).format.columnWidth = points),
        });
      }
      c = end + 1;
    }
  }

  if (api.v12 && plan.rowHeights) {
    // Consecutive rows of one height share one operation.
    const heights = plan.rowHeights;
    let r = 0;
    while (r < heights.length) {
      const h = heights[r];
      let end = r;
      while (end + 1 < heights.length && heights[end + 1] === h) end++;
      if (h && h > 0) {
        const address = `A${r + 1}:A${end + 1}`;
        ops.push({
          bytes: OP_OVERHEAD_BYTES,
          apply: (sheet) => (sheet.getRange(address).format.rowHeight = h),
        });
      }
      r = end + 1;
    }
  }

  const freeze = plan.freeze;
  if (freeze && api.freezePanes && (freeze.rows > 0 || freeze.columns > 0)) {
    ops.push({
      bytes: OP_OVERHEAD_BYTES,
      apply: (sheet) => {
        if (freeze.rows > 0 && freeze.columns > 0)
          sheet.freezePanes.freezeAt(rangeAddress(0, 0, freeze.rows, freeze.columns));
        else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
        else sheet.freezePanes.freezeColumns(freeze.columns);
      },
    });
  }

  if (api.cellProperties && (plan.page || plan.printTitleRows || plan.printTitleColumns)) {
    ops.push({
      bytes: 4 * OP_OVERHEAD_BYTES,
      apply: (sheet) => {
        // pageLayout is ExcelApi 1.9; hosts without it print with Excel's defaults.
        const layout = (sheet as Partial<Excel.Worksheet>).pageLayout;
        if (!layout) return;
        if (plan.page) {
          layout.orientation = plan.page.orientation === "landscape" ? "Landscape" : "Portrait";
          layout.paperSize = "A4";
          if (plan.page.fitToWidth)
            layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        }
        if (plan.printTitleRows)
          layout.setPrintTitleRows(`$${plan.printTitleRows[0]}:$${plan.printTitleRows[1]}`);
        if (plan.printTitleColumns) {
          const [first, last] = plan.printTitleColumns.map((c) => columnLetters(c - 1));
          layout.setPrintTitleColumns(`$${first}:$${last}`);
        }
      },
    });
  }

  return { name: plan.name, width, rows, formats, ops };
}

/** Writes rows [start, start + count) of the data: formats first, then values. */
export function applyRows(
  sheet: Excel.Worksheet,
  write: SheetWrite,
  start: number,
  count: number,
): void {
  if (write.width === 0 || count === 0) return;
  const block = write.rows.slice(start, start + count);
  const range = sheet.getRange(rangeAddress(start, 0, count, write.width));
  // An earlier operation than the values: Excel reads "=…" as a formula unless the cell is "@".
  // A sheet formatted by column had its formats sent ahead (SheetWrite.formats).
  if (block[0].formats) range.numberFormat = block.map((row) => row.formats ?? []);
  range.values = block.map((row) => row.values);
}

/** Bytes of one row block's operations. */
export function rowBlockOverhead(write: SheetWrite): number {
  return (write.rows[0]?.formats ? 2 : 1) * OP_OVERHEAD_BYTES;
}
