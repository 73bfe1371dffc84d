/**
 * The "document" behind the fake: what Excel would hold after each applied operation.
 * Proxies never touch it directly; only operations run at `context.sync()` do. Tests read it
 * through the inspection helpers (`sheet(name).cell("B3")`, `.values()`, `.mergedAreas()` …).
 */

import { displayText, type FakeCellValue, type InterpretedInput } from "./cellInput";
import {
  MAX_COLS,
  MAX_ROWS,
  contains,
  formatRect,
  intersects,
  parseAddress,
  type Rect,
} from "./grid";

export interface FakeFont {
  name: string;
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
}

export interface CellStyle {
  numberFormat: string;
  fontName: string;
  fontBold: boolean;
  fontItalic: boolean;
  fontSize: number;
  fontColor: string;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  fillColor: string;
}

export type StyleKey = keyof CellStyle;

/** Excel's defaults for a new workbook (Calibri 11, General, no fill). */
export const DEFAULT_STYLE: Readonly<CellStyle> = {
  numberFormat: "General",
  fontName: "Calibri",
  fontBold: false,
  fontItalic: false,
  fontSize: 11,
  fontColor: "#000000",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  fillColor: "#FFFFFF",
};

/** Excel's default column width and row height, in points as Office.js reports them. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

interface Stamp {
  v: unknown;
  seq: number;
}

interface CellRecord {
  value: FakeCellValue;
  formula: string | null;
  style: Partial<Record<StyleKey, Stamp>>;
}

/** A format written to a whole range at once (kept as a layer so "A:Z" costs nothing). */
interface StyleLayer {
  rect: Rect;
  key: StyleKey;
  v: unknown;
  seq: number;
}

export interface FakeCellData {
  value?: FakeCellValue;
  /** A formula; `value` is then its cached result. */
  formula?: string;
  numberFormat?: string;
  font?: Partial<FakeFont>;
  wrapText?: boolean;
  horizontalAlignment?: string;
  fillColor?: string;
}

export interface FakeSheetData {
  name: string;
  /** Literal cell values from A1 ("" or null = empty). A string "=…" here is text, not a formula. */
  values?: (FakeCellValue | null)[][];
  /** Number formats parallel to `values`. */
  numberFormats?: (string | null)[][];
  /** Font names parallel to `values` (for legacy TCVN3/VNI font detection). */
  fonts?: (string | null)[][];
  /** Per-cell data keyed by A1 address, applied after the grids. */
  cells?: Record<string, FakeCellData>;
  merges?: string[];
  /** Column widths in points keyed by column letters: { A: 120 }. */
  columnWidths?: Record<string, number>;
  frozenRows?: number;
  frozenColumns?: number;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface FakeWorkbookData {
  /** Defaults to one empty sheet named "Sheet1". */
  sheets?: FakeSheetData[];
  /** Defaults to the first sheet. */
  activeSheet?: string;
}

/** One cell as a test sees it. */
export interface FakeCellView {
  address: string;
  value: FakeCellValue;
  /** True when the cell holds a formula (e.g. a written "=SUM(…)" on a non-text cell). */
  formula: boolean;
  formulaText: string | null;
  numberFormat: string;
  /** The cell is formatted as text ("@"), so typed input stays exactly as written. */
  isTextFormat: boolean;
  font: FakeFont;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  fillColor: string;
  /** The merged area containing this cell, e.g. "A1:D1", or null. */
  mergedArea: string | null;
  /** What Excel would display (a small subset of number formats is rendered). */
  text: string;
}

function key(r: number, c: number): number {
  return r * MAX_COLS + c;
}

function cellRect(address: string): Rect {
  const rect = parseAddress(address);
  if (!rect) throw new Error(`Fake Excel: bad address "${address}" in a test helper`);
  return rect;
}

export class FakeSheetState {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  frozenRows = 0;
  frozenColumns = 0;
  /** Merged areas, in the order they were made. */
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Charts added to this sheet (test/fakes/office/charts.ts). */
  readonly charts: import("./charts").FakeChartState[] = [];
  readonly rowHeights = new Map<number, number>();
  /** Columns last sized by autofitColumns(). */
  readonly autofitColumnSet = new Set<number>();
  private readonly cells = new Map<number, CellRecord>();
  private readonly layers: StyleLayer[] = [];
  private readonly layersByKey = new Map<StyleKey, StyleLayer[]>();
  private readonly nextSeq: () => number;

  constructor(id: string, name: string, nextSeq: () => number) {
    this.id = id;
    this.name = name;
    this.nextSeq = nextSeq;
  }

  // ───────── reading, as operations and helpers need ─────────

  value(r: number, c: number): FakeCellValue {
    return this.cells.get(key(r, c))?.value ?? "";
  }

  formula(r: number, c: number): string | null {
    return this.cells.get(key(r, c))?.formula ?? null;
  }

  styleOf<K extends StyleKey>(r: number, c: number, k: K): CellStyle[K] {
    let best: Stamp | undefined = this.cells.get(key(r, c))?.style[k];
    const layers = this.layersByKey.get(k) ?? [];
    // Newest first: the first layer covering the cell is the latest range-wide write.
    for (let i = layers.length - 1; i >= 0; i--) {
      const layer = layers[i];
      if (best && layer.seq < best.seq) break;
      if (contains(layer.rect, r, c)) {
        best = layer;
        break;
      }
    }
    return (best ? best.v : DEFAULT_STYLE[k]) as CellStyle[K];
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  mergeAt(r: number, c: number): Rect | null {
    return this.merges.find((m) => contains(m, r, c)) ?? null;
  }

  /** Bounding box of non-empty cells (and, unless valuesOnly, formatted cells); null if none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number) => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    for (const [k, cell] of this.cells) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      const hasValue = cell.value !== "" || cell.formula !== null;
      const hasFormat =
        !valuesOnly &&
        (Object.keys(cell.style) as StyleKey[]).some((s) => cell.style[s]?.v !== DEFAULT_STYLE[s]);
      if (hasValue || hasFormat) take(r, c);
    }
    if (!valuesOnly) {
      for (const l of this.layers) {
        // Whole-row/column formatting does not stretch the used range in Excel.
        const whole =
          (l.rect.top === 0 && l.rect.bottom === MAX_ROWS - 1) ||
          (l.rect.left === 0 && l.rect.right === MAX_COLS - 1);
        if (!whole && l.v !== DEFAULT_STYLE[l.key]) {
          take(l.rect.top, l.rect.left);
          take(l.rect.bottom, l.rect.right);
        }
      }
      for (const m of this.merges) {
        take(m.top, m.left);
        take(m.bottom, m.right);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Cells that hold something, for iteration without walking a huge rectangle. */
  *occupied(rect: Rect): Generator<[number, number]> {
    for (const k of this.cells.keys()) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (contains(rect, r, c)) yield [r, c];
    }
  }

  // ───────── writing, used only by operations run at sync ─────────

  private record(r: number, c: number): CellRecord {
    let cell = this.cells.get(key(r, c));
    if (!cell) {
      cell = { value: "", formula: null, style: {} };
      this.cells.set(key(r, c), cell);
    }
    return cell;
  }

  writeInput(r: number, c: number, input: InterpretedInput): void {
    const cell = this.record(r, c);
    cell.value = input.value;
    cell.formula = input.formula;
    if (input.impliedFormat && this.styleOf(r, c, "numberFormat") === "General") {
      this.setStyle(r, c, "numberFormat", input.impliedFormat);
    }
  }

  setStyle<K extends StyleKey>(r: number, c: number, k: K, v: CellStyle[K]): void {
    this.record(r, c).style[k] = { v, seq: this.nextSeq() };
  }

  setStyleRange<K extends StyleKey>(rect: Rect, k: K, v: CellStyle[K]): void {
    const layer: StyleLayer = { rect: { ...rect }, key: k, v, seq: this.nextSeq() };
    this.layers.push(layer);
    const list = this.layersByKey.get(k) ?? [];
    list.push(layer);
    this.layersByKey.set(k, list);
  }

  clearContents(rect: Rect): void {
    for (const [r, c] of [...this.occupied(rect)]) {
      const cell = this.record(r, c);
      cell.value = "";
      cell.formula = null;
    }
  }

  clearFormats(rect: Rect): void {
    for (const k of Object.keys(DEFAULT_STYLE) as StyleKey[])
      this.setStyleRange(rect, k, DEFAULT_STYLE[k]);
    this.merges = this.merges.filter((m) => !intersects(m, rect));
  }

  // ───────── inspection helpers for tests ─────────

  cell(address: string): FakeCellView {
    const { top: r, left: c } = cellRect(address);
    const numberFormat = this.styleOf(r, c, "numberFormat");
    const merged = this.mergeAt(r, c);
    const value = this.value(r, c);
    return {
      address: formatRect({ top: r, left: c, bottom: r, right: c }),
      value,
      formula: this.formula(r, c) !== null,
      formulaText: this.formula(r, c),
      numberFormat,
      isTextFormat: numberFormat === "@",
      font: {
        name: this.styleOf(r, c, "fontName"),
        bold: this.styleOf(r, c, "fontBold"),
        italic: this.styleOf(r, c, "fontItalic"),
        size: this.styleOf(r, c, "fontSize"),
        color: this.styleOf(r, c, "fontColor"),
      },
      wrapText: this.styleOf(r, c, "wrapText"),
      horizontalAlignment: this.styleOf(r, c, "horizontalAlignment"),
      verticalAlignment: this.styleOf(r, c, "verticalAlignment"),
      fillColor: this.styleOf(r, c, "fillColor"),
      mergedArea: merged ? formatRect(merged) : null,
      text: displayText(value, numberFormat),
    };
  }

  private grid<T>(address: string | undefined, read: (r: number, c: number) => T): T[][] {
    const rect = address ? cellRect(address) : this.usedRect(true);
    if (!rect) return [];
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(read(r, c));
      out.push(row);
    }
    return out;
  }

  /** Values of a range, or of the used range (values only) when no address is given. */
  values(address?: string): FakeCellValue[][] {
    return this.grid(address, (r, c) => this.value(r, c));
  }

  numberFormats(address?: string): string[][] {
    return this.grid(address, (r, c) => this.styleOf(r, c, "numberFormat"));
  }

  /** Formula text where there is one, else the value (like Range.formulas). */
  formulas(address?: string): FakeCellValue[][] {
    return this.grid(address, (r, c) => this.formula(r, c) ?? this.value(r, c));
  }

  fontNames(address?: string): string[][] {
    return this.grid(address, (r, c) => this.styleOf(r, c, "fontName"));
  }

  mergedAreas(): string[] {
    return this.merges.map(formatRect);
  }

  /** Width in points of a column given by letters ("C") or 0-based index. */
  widthOf(column: string | number): number {
    return this.columnWidth(typeof column === "number" ? column : cellRect(`${column}1`).left);
  }

  wasAutofit(column: string | number): boolean {
    return this.autofitColumnSet.has(
      typeof column === "number" ? column : cellRect(`${column}1`).left,
    );
  }

  /** "A1:D9" or null for an empty sheet. */
  usedAddress(valuesOnly = true): string | null {
    const rect = this.usedRect(valuesOnly);
    return rect ? formatRect(rect) : null;
  }
}

export interface FakeSelection {
  sheet: string;
  address: string;
}

export class FakeWorkbookState {
  /** In tab order: index = position. */
  readonly sheets: FakeSheetState[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  /** How many suspendApiCalculationUntilNextSync() calls were applied. */
  calculationSuspensions = 0;
  private seq = 0;
  private sheetCounter = 0;

  constructor(data?: FakeWorkbookData) {
    const sheets = data?.sheets && data.sheets.length > 0 ? data.sheets : [{ name: "Sheet1" }];
    for (const s of sheets) this.seedSheet(s);
    const active = data?.activeSheet ? this.findSheet(data.activeSheet) : this.sheets[0];
    if (!active)
      throw new Error(`Fake Excel: active sheet "${data?.activeSheet}" is not in the data`);
    this.activeSheetId = active.id;
  }

  private seedSheet(data: FakeSheetData): void {
    if (this.findSheet(data.name))
      throw new Error(`Fake Excel: duplicate sheet "${data.name}" in the data`);
    const sheet = this.addSheet(data.name);
    sheet.visibility = data.visibility ?? "Visible";
    data.values?.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") sheet.writeInput(r, c, { value: v, formula: null });
      }),
    );
    data.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== null) sheet.setStyle(r, c, "numberFormat", f);
      }),
    );
    data.fonts?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== null) sheet.setStyle(r, c, "fontName", f);
      }),
    );
    for (const [address, cell] of Object.entries(data.cells ?? {})) {
      const { top: r, left: c } = cellRect(address);
      if (cell.value !== undefined || cell.formula !== undefined) {
        sheet.writeInput(r, c, { value: cell.value ?? 0, formula: cell.formula ?? null });
      }
      if (cell.numberFormat !== undefined) sheet.setStyle(r, c, "numberFormat", cell.numberFormat);
      if (cell.font?.name !== undefined) sheet.setStyle(r, c, "fontName", cell.font.name);
      if (cell.font?.bold !== undefined) sheet.setStyle(r, c, "fontBold", cell.font.bold);
      if (cell.font?.italic !== undefined) sheet.setStyle(r, c, "fontItalic", cell.font.italic);
      if (cell.font?.size !== undefined) sheet.setStyle(r, c, "fontSize", cell.font.size);
      if (cell.font?.color !== undefined) sheet.setStyle(r, c, "fontColor", cell.font.color);
      if (cell.wrapText !== undefined) sheet.setStyle(r, c, "wrapText", cell.wrapText);
      if (cell.horizontalAlignment !== undefined)
        sheet.setStyle(r, c, "horizontalAlignment", cell.horizontalAlignment);
      if (cell.fillColor !== undefined) sheet.setStyle(r, c, "fillColor", cell.fillColor);
    }
    for (const m of data.merges ?? []) sheet.merges.push(cellRect(m));
    for (const [col, w] of Object.entries(data.columnWidths ?? {}))
      sheet.columnWidths.set(cellRect(`${col}1`).left, w);
    sheet.frozenRows = data.frozenRows ?? 0;
    sheet.frozenColumns = data.frozenColumns ?? 0;
  }

  nextSeq = (): number => ++this.seq;

  /** Excel-style worksheet id. */
  private newSheetId(): string {
    this.sheetCounter += 1;
    return `{${String(this.sheetCounter).padStart(8, "0")}-0001-0000-0000-000000000000}`;
  }

  addSheet(name: string): FakeSheetState {
    const sheet = new FakeSheetState(this.newSheetId(), name, this.nextSeq);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Excel compares sheet names case-insensitively. */
  findSheet(name: string): FakeSheetState | undefined {
    const wanted = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === wanted);
  }

  sheetById(id: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  positionOf(sheet: FakeSheetState): number {
    return this.sheets.indexOf(sheet);
  }

  // ───────── inspection helpers for tests ─────────

  /** The sheet with this name; throws (a test bug, not an Office error) when missing. */
  sheet(name: string): FakeSheetState {
    const s = this.findSheet(name);
    if (!s)
      throw new Error(`Fake Excel: no sheet "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return s;
  }

  hasSheet(name: string): boolean {
    return this.findSheet(name) !== undefined;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  get activeSheetName(): string | null {
    return (this.activeSheetId && this.sheetById(this.activeSheetId)?.name) ?? null;
  }

  get selected(): FakeSelection | null {
    if (!this.selection) return null;
    const sheet = this.sheetById(this.selection.sheetId);
    return sheet ? { sheet: sheet.name, address: formatRect(this.selection.rect) } : null;
  }
}
