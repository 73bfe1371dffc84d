/**
 * The proxy objects host code touches: Workbook, WorksheetCollection, Worksheet, Range,
 * RangeFormat, RangeFont, RangeFill, FreezePanes, Application. Every setter and method
 * only queues an operation; the operation finds its object and changes the document at sync.
 */

import {
  displayText,
  interpretInput,
  type FakeCellValue,
  type InterpretedInput,
} from "./cellInput";
import { FakeChartCollection } from "./charts";
import { FakeClientObject, FakeClientResult, type LoadTree } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { officeError } from "./errors";
import {
  MAX_COLS,
  MAX_ROWS,
  cellCount,
  columnCount,
  formatRect,
  intersects,
  isInGrid,
  parseAddress,
  quoteSheetName,
  rowCount,
  type Rect,
} from "./grid";
import { isSetSupported, type Batch } from "./runtime";
import type { CellStyle, FakeSheetState, FakeWorkbookState, StyleKey } from "./workbookState";

export interface RangeTarget {
  sheet: FakeSheetState;
  rect: Rect;
}

/** Operations on APIs newer than the configured host fail as Excel fails them. */
function requireApi(batch: Batch, version: string, what: string): void {
  if (!isSetSupported(batch.state, "ExcelApi", version)) {
    throw officeError("ApiNotFound", undefined, `${what} (ExcelApi ${version})`);
  }
}

const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Cells whose content we materialise before refusing, so a stray "A:A" read cannot hang a test. */
const MAX_SCANNED_CELLS = 4_000_000;

function guardResponse(batch: Batch, rect: Rect): void {
  // Each cell costs at least two bytes of JSON ("",), so the real limit would be hit anyway.
  if (cellCount(rect) * 2 > batch.state.responseLimitBytes)
    throw officeError("ResponsePayloadSizeLimitExceeded");
  if (cellCount(rect) > MAX_SCANNED_CELLS)
    throw new Error(`Fake Excel: refusing to scan ${cellCount(rect)} cells`);
}

function gridOf<T>(rect: Rect, read: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(read(r, c));
    out.push(row);
  }
  return out;
}

/** One value for every cell, or Excel's null when the cells differ. */
function uniform<T>(rect: Rect, read: (r: number, c: number) => T): T | null {
  if (cellCount(rect) > MAX_SCANNED_CELLS)
    throw new Error(`Fake Excel: refusing to scan ${cellCount(rect)} cells`);
  let first: T | undefined;
  let seen = false;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const v = read(r, c);
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  }
  return first ?? null;
}

/** A written 2-D array (or one value for all cells); wrong dimensions are InvalidArgument. */
function elementsFor(args: unknown, rect: Rect): (r: number, c: number) => unknown {
  if (!Array.isArray(args)) {
    if (cellCount(rect) > MAX_SCANNED_CELLS)
      throw new Error("Fake Excel: refusing to broadcast over so many cells");
    return () => args;
  }
  const rows = args as unknown[];
  if (
    rows.length !== rowCount(rect) ||
    rows.some((row) => !Array.isArray(row) || row.length !== columnCount(rect))
  ) {
    throw officeError("InvalidArgument", DIMENSION_MISMATCH);
  }
  return (r, c) => (rows[r - rect.top] as unknown[])[c - rect.left];
}

const ERROR_VALUES = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

function valueType(v: FakeCellValue): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return ERROR_VALUES.test(v) ? "Error" : "String";
}

const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const VISIBILITY = ["Visible", "Hidden", "VeryHidden"];

function invalid(message?: string) {
  return officeError("InvalidArgument", message);
}

/** Excel's sheet-name rules. */
function checkSheetName(name: unknown): string {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31) throw invalid();
  if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) throw invalid();
  if (name.toLowerCase() === "history") throw invalid();
  return name;
}

function visibleSheets(wb: FakeWorkbookState): FakeSheetState[] {
  return wb.sheets.filter((s) => s.visibility === "Visible");
}

// ───────────────────────────── workbook & application ─────────────────────────────

export class FakeApplication extends FakeClientObject<FakeWorkbookState> {
  readonly _className = "Application";

  protected _scalarNames(): readonly string[] {
    return ["calculationMode"];
  }

  protected _locate(batch: Batch): FakeWorkbookState {
    return batch.state.workbook;
  }

  protected _readScalar(): unknown {
    return "Automatic";
  }

  get calculationMode(): string {
    return this._get("calculationMode");
  }

  /** ExcelApi 1.6. Recorded in state.workbook.calculationSuspensions. */
  suspendApiCalculationUntilNextSync(): void {
    this._method("suspendApiCalculationUntilNextSync", null, {
      requires: "1.6",
      run: (_a, batch) => {
        batch.state.workbook.calculationSuspensions += 1;
      },
    });
  }
}

export class FakeWorkbook extends FakeClientObject<FakeWorkbookState> {
  readonly _className = "Workbook";
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    super(context, "workbook");
    this.worksheets = new FakeWorksheetCollection(context, "workbook.worksheets");
    this.application = new FakeApplication(context, "workbook.application");
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _locate(batch: Batch): FakeWorkbookState {
    return batch.state.workbook;
  }

  protected _readScalar(): unknown {
    return undefined;
  }
}

// ───────────────────────────── worksheets ─────────────────────────────

type SheetLocator =
  | { kind: "name"; key: string; orNull: boolean }
  | { kind: "id"; id: string }
  | { kind: "active" }
  | { kind: "pending" };

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookState> {
  readonly _className = "WorksheetCollection";

  protected _scalarNames(): readonly string[] {
    return ["items"];
  }

  protected _locate(batch: Batch): FakeWorkbookState {
    return batch.state.workbook;
  }

  protected _readScalar(): unknown {
    return undefined;
  }

  /** Loaded worksheets; throws PropertyNotLoaded before load("items…") + sync. */
  get items(): FakeWorksheet[] {
    return this._get("items");
  }

  // Collections load their items: "items/name", "name" and "items" all mean per-item properties.
  override _collect(batch: Batch, tree: LoadTree): Record<string, unknown> {
    const itemTree = tree.nav.get("items") ?? {
      all: tree.all || (tree.names.has("items") && tree.names.size === 1 && tree.nav.size === 0),
      names: new Set([...tree.names].filter((n) => n !== "items")),
      nav: new Map([...tree.nav].filter(([n]) => n !== "items")),
    };
    const items = batch.state.workbook.sheets.map((s) => {
      const probe = new FakeWorksheet(this.context, "", { kind: "id", id: s.id });
      return { _id: s.id, ...probe._collect(batch, itemTree) };
    });
    return { items };
  }

  override _applyLoaded(payload: Record<string, unknown>): void {
    const items = (payload.items as Array<Record<string, unknown>>).map((p) => {
      const { _id, ...fields } = p;
      const ws = new FakeWorksheet(this.context, `workbook.worksheets.getItem("${String(_id)}")`, {
        kind: "id",
        id: String(_id),
      });
      ws._applyLoaded(fields);
      return ws;
    });
    this._setField("items", items);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, {
      kind: "name",
      key,
      orNull: false,
    });
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      {
        kind: "name",
        key,
        orNull: true,
      },
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getActiveWorksheet()`, {
      kind: "active",
    });
  }

  /** Appends a sheet (not activated, as in Excel). No name → "SheetN". */
  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(
      this.context,
      `${this._path}.add(${JSON.stringify(name ?? null)})`,
      { kind: "pending" },
    );
    this._method("add", name ?? null, {
      run: (args, batch) => {
        const wb = batch.state.workbook;
        let newName: string;
        if (args === null) {
          let n = wb.sheets.length + 1;
          while (wb.findSheet(`Sheet${n}`)) n++;
          newName = `Sheet${n}`;
        } else newName = checkSheetName(args);
        if (wb.findSheet(newName)) throw officeError("ItemAlreadyExists");
        ws._locator = { kind: "id", id: wb.addSheet(newName).id };
      },
    });
    return ws;
  }

  /** ExcelApi 1.4. */
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._method("getCount", null, {
      requires: "1.4",
      run: (_a, batch) => {
        batch.responses.push({
          payload: batch.state.workbook.sheets.length,
          apply: (p) => result._set(p as number),
        });
      },
    });
    return result;
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheetState> {
  readonly _className = "Worksheet";
  _locator: SheetLocator;
  private _freeze: FakeFreezePanes | undefined;
  private _charts: FakeChartCollection | undefined;

  constructor(context: FakeRequestContext, path: string, locator: SheetLocator) {
    super(context, path);
    this._locator = locator;
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "name", "position", "visibility"];
  }

  protected _locate(batch: Batch): FakeSheetState | null {
    const wb = batch.state.workbook;
    const loc = this._locator;
    switch (loc.kind) {
      case "name": {
        if (loc.orNull) requireApi(batch, "1.4", "WorksheetCollection.getItemOrNullObject");
        const s = wb.findSheet(loc.key) ?? wb.sheetById(loc.key);
        if (s) return s;
        if (loc.orNull) return null;
        throw officeError("ItemNotFound", undefined, "WorksheetCollection.getItem");
      }
      case "id": {
        const s = wb.sheetById(loc.id);
        if (!s) throw officeError("ItemNotFound", undefined, "WorksheetCollection.getItem");
        return s;
      }
      case "active": {
        const s = wb.activeSheetId ? wb.sheetById(wb.activeSheetId) : undefined;
        if (!s)
          throw officeError("ItemNotFound", undefined, "WorksheetCollection.getActiveWorksheet");
        return s;
      }
      case "pending":
        // The add() that makes this sheet has not succeeded in any sync.
        throw officeError("InvalidObjectPath");
    }
  }

  override _resolve(batch: Batch): FakeSheetState | null {
    const sheet = super._resolve(batch);
    if (sheet && !batch.state.workbook.sheets.includes(sheet)) {
      throw officeError("ItemNotFound", undefined, "Worksheet");
    }
    return sheet;
  }

  protected _readScalar(sheet: FakeSheetState, name: string, batch: Batch): unknown {
    switch (name) {
      case "id":
        return sheet.id;
      case "name":
        return sheet.name;
      case "position":
        return batch.state.workbook.positionOf(sheet);
      default:
        return sheet.visibility;
    }
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }

  set name(value: string) {
    this._setProp("name", value, {
      run: (args, batch) =>
        this._onTarget(batch, "name", (sheet) => {
          const name = checkSheetName(args);
          const other = batch.state.workbook.findSheet(name);
          if (other && other !== sheet) throw officeError("ItemAlreadyExists");
          sheet.name = name;
        }),
    });
  }

  get position(): number {
    return this._get("position");
  }

  set position(value: number) {
    this._setProp("position", value, {
      run: (args, batch) =>
        this._onTarget(batch, "position", (sheet) => {
          const sheets = batch.state.workbook.sheets;
          if (
            typeof args !== "number" ||
            !Number.isInteger(args) ||
            args < 0 ||
            args >= sheets.length
          )
            throw invalid();
          sheets.splice(sheets.indexOf(sheet), 1);
          sheets.splice(args, 0, sheet);
        }),
    });
  }

  get visibility(): string {
    return this._get("visibility");
  }

  set visibility(value: string) {
    this._setProp("visibility", value, {
      run: (args, batch) =>
        this._onTarget(batch, "visibility", (sheet) => {
          if (typeof args !== "string" || !VISIBILITY.includes(args)) throw invalid();
          const wb = batch.state.workbook;
          if (args !== "Visible" && visibleSheets(wb).every((s) => s === sheet))
            throw officeError("InvalidOperation");
          sheet.visibility = args as FakeSheetState["visibility"];
          if (args !== "Visible" && wb.activeSheetId === sheet.id)
            wb.activeSheetId = visibleSheets(wb)[0].id;
        }),
    });
  }

  /** A range by address ("A1", "B2:D9", "C:C", "3:5", "'Tổng hợp'!A1"); no address = whole sheet. */
  getRange(address?: string): FakeRange {
    const label = address === undefined ? "" : JSON.stringify(address);
    return new FakeRange(this.context, `${this._path}.getRange(${label})`, this, (batch) => {
      const sheet = this._resolve(batch);
      if (!sheet) return null;
      if (address === undefined)
        return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      let local = address;
      const bang = address.lastIndexOf("!");
      if (bang >= 0) {
        const prefix = address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
        if (prefix.toUpperCase() !== sheet.name.toUpperCase()) throw invalid();
        local = address.slice(bang + 1);
      }
      const rect = parseAddress(local);
      if (!rect) throw invalid();
      return { sheet, rect };
    });
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      this,
      (batch) => {
        requireApi(batch, "1.7", "Worksheet.getRangeByIndexes");
        const sheet = this._resolve(batch);
        if (!sheet) return null;
        const rect = {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        };
        if (rowCount < 1 || columnCount < 1 || !isInGrid(rect)) throw invalid();
        return { sheet, rect };
      },
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexesUnchecked(row, column, `getCell(${row},${column})`);
  }

  private getRangeByIndexesUnchecked(row: number, column: number, label: string): FakeRange {
    return new FakeRange(this.context, `${this._path}.${label}`, this, (batch) => {
      const sheet = this._resolve(batch);
      if (!sheet) return null;
      const rect = { top: row, left: column, bottom: row, right: column };
      if (!isInGrid(rect)) throw invalid();
      return { sheet, rect };
    });
  }

  /** Bounding box of used cells; A1 on an empty sheet. valuesOnly needs ExcelApi 1.2. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.usedRange(valuesOnly, false);
  }

  /** ExcelApi 1.4. A null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.usedRange(valuesOnly, true);
  }

  private usedRange(valuesOnly: boolean | undefined, orNull: boolean): FakeRange {
    const method = orNull ? "getUsedRangeOrNullObject" : "getUsedRange";
    return new FakeRange(
      this.context,
      `${this._path}.${method}(${valuesOnly ?? ""})`,
      this,
      (batch) => {
        if (orNull) requireApi(batch, "1.4", `Worksheet.${method}`);
        if (valuesOnly !== undefined) requireApi(batch, "1.2", `Worksheet.${method}(valuesOnly)`);
        const sheet = this._resolve(batch);
        if (!sheet) return null;
        const rect = sheet.usedRect(valuesOnly === true);
        if (rect) return { sheet, rect };
        return orNull ? null : { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      },
    );
  }

  /** Charts of this sheet (ExcelApi 1.1). */
  get charts(): FakeChartCollection {
    this._charts ??= new FakeChartCollection(this.context, `${this._path}.charts`, (batch) =>
      this._resolve(batch),
    );
    return this._charts;
  }

  /** ExcelApi 1.7. */
  get freezePanes(): FakeFreezePanes {
    this._freeze ??= new FakeFreezePanes(this.context, `${this._path}.freezePanes`, this);
    return this._freeze;
  }

  activate(): void {
    this._method("activate", null, {
      run: (_a, batch) =>
        this._onTarget(batch, "activate()", (sheet) => {
          if (sheet.visibility !== "Visible") throw officeError("InvalidOperation");
          batch.state.workbook.activeSheetId = sheet.id;
        }),
    });
  }

  delete(): void {
    this._method("delete", null, {
      run: (_a, batch) =>
        this._onTarget(batch, "delete()", (sheet) => {
          const wb = batch.state.workbook;
          if (sheet.visibility === "Visible" && visibleSheets(wb).length === 1)
            throw officeError("InvalidOperation");
          const at = wb.sheets.indexOf(sheet);
          wb.sheets.splice(at, 1);
          if (wb.selection?.sheetId === sheet.id) wb.selection = null;
          if (wb.activeSheetId === sheet.id) {
            const visible = visibleSheets(wb);
            wb.activeSheetId = (
              visible.find((s) => wb.sheets.indexOf(s) >= at) ?? visible[visible.length - 1]
            ).id;
          }
        }),
    });
  }
}

// ───────────────────────────── freeze panes ─────────────────────────────

export class FakeFreezePanes extends FakeClientObject<FakeSheetState> {
  readonly _className = "WorksheetFreezePanes";
  private readonly sheet: FakeWorksheet;

  constructor(context: FakeRequestContext, path: string, sheet: FakeWorksheet) {
    super(context, path);
    this.sheet = sheet;
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _locate(batch: Batch): FakeSheetState | null {
    return this.sheet._resolve(batch);
  }

  protected _readScalar(): unknown {
    return undefined;
  }

  private freeze(
    what: string,
    args: unknown,
    set: (sheet: FakeSheetState, args: unknown, batch: Batch) => void,
  ): void {
    this._method(what, args, {
      requires: "1.7",
      run: (a, batch) => this._onTarget(batch, what, (sheet) => set(sheet, a, batch)),
    });
  }

  freezeRows(count = 1): void {
    this.freeze("freezeRows", count, (sheet, n) => {
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n >= MAX_ROWS) throw invalid();
      sheet.frozenRows = n;
      sheet.frozenColumns = 0;
    });
  }

  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", count, (sheet, n) => {
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n >= MAX_COLS) throw invalid();
      sheet.frozenColumns = n;
      sheet.frozenRows = 0;
    });
  }

  /** Freezes everything above and left of the range's bottom-right corner. */
  freezeAt(frozenRange: FakeRange | string): void {
    const range = typeof frozenRange === "string" ? this.sheet.getRange(frozenRange) : frozenRange;
    this.freeze("freezeAt", range._path, (sheet, _a, batch) => {
      const target = range._resolve(batch);
      if (!target) return;
      if (target.sheet !== sheet) throw invalid();
      sheet.frozenRows = target.rect.bottom + 1;
      sheet.frozenColumns = target.rect.right + 1;
    });
  }

  unfreeze(): void {
    this.freeze("unfreeze", null, (sheet) => {
      sheet.frozenRows = 0;
      sheet.frozenColumns = 0;
    });
  }
}

// ───────────────────────────── ranges ─────────────────────────────

type RangeLocate = (batch: Batch) => RangeTarget | null;

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "formulas",
  "numberFormat",
  "rowCount",
  "rowIndex",
  "text",
  "valueTypes",
  "values",
] as const;

const CLEAR_KINDS = [
  "All",
  "Formats",
  "Contents",
  "Hyperlinks",
  "RemoveHyperlinks",
  "ResetContents",
];

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly _className = "Range";
  readonly worksheet: FakeWorksheet;
  private readonly locateFn: RangeLocate;
  private _format: FakeRangeFormat | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    worksheet: FakeWorksheet,
    locate: RangeLocate,
  ) {
    super(context, path);
    this.worksheet = worksheet;
    this.locateFn = locate;
  }

  protected _scalarNames(): readonly string[] {
    return RANGE_SCALARS;
  }

  protected _locate(batch: Batch): RangeTarget | null {
    return this.locateFn(batch);
  }

  protected override _navigation(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  protected _readScalar({ sheet, rect }: RangeTarget, name: string, batch: Batch): unknown {
    switch (name) {
      case "address":
      case "addressLocal":
        return `${quoteSheetName(sheet.name)}!${formatRect(rect)}`;
      case "cellCount":
        return cellCount(rect);
      case "rowCount":
        return rowCount(rect);
      case "columnCount":
        return columnCount(rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
    }
    guardResponse(batch, rect);
    switch (name) {
      case "values":
        return gridOf(rect, (r, c) => sheet.value(r, c));
      case "formulas":
        return gridOf(rect, (r, c) => sheet.formula(r, c) ?? sheet.value(r, c));
      case "numberFormat":
        return gridOf(rect, (r, c) => sheet.styleOf(r, c, "numberFormat"));
      case "text":
        return gridOf(rect, (r, c) =>
          displayText(sheet.value(r, c), sheet.styleOf(r, c, "numberFormat")),
        );
      default:
        return gridOf(rect, (r, c) => valueType(sheet.value(r, c)));
    }
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): FakeCellValue[][] {
    return this._get("values");
  }
  /** Typed-input rules: "=…" → formula unless the cell is already "@"; null = leave unchanged. */
  set values(value: unknown) {
    this._setProp("values", value, {
      run: (args, batch) => this.writeInputs(args, batch, "values"),
    });
  }

  get formulas(): FakeCellValue[][] {
    return this._get("formulas");
  }
  set formulas(value: unknown) {
    this._setProp("formulas", value, {
      run: (args, batch) => this.writeInputs(args, batch, "formulas"),
    });
  }

  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(value: unknown) {
    this._setProp("numberFormat", value, {
      run: (args, batch) =>
        this._onTarget(batch, "numberFormat", ({ sheet, rect }) => {
          // Excel spreads a single format, or a 1×1 array of one, over the whole range
          // (OfficeDev/office-js-docs-pr#5400); any other shape must match the range.
          const single =
            Array.isArray(args) &&
            args.length === 1 &&
            Array.isArray(args[0]) &&
            args[0].length === 1
              ? (args[0] as unknown[])[0]
              : args;
          if (!Array.isArray(single)) {
            if (typeof single !== "string") throw invalid();
            sheet.setStyleRange(rect, "numberFormat", single);
            return;
          }
          const at = elementsFor(args, rect);
          const writes: [number, number, string][] = [];
          for (let r = rect.top; r <= rect.bottom; r++) {
            for (let c = rect.left; c <= rect.right; c++) {
              const f = at(r, c);
              if (f === null) continue;
              if (typeof f !== "string") throw invalid();
              writes.push([r, c, f]);
            }
          }
          for (const [r, c, f] of writes) sheet.setStyle(r, c, "numberFormat", f);
        }),
    });
  }

  private writeInputs(args: unknown, batch: Batch, what: string): void {
    this._onTarget(batch, what, ({ sheet, rect }) => {
      const at = elementsFor(args, rect);
      // Validate the whole array first: one operation is applied entirely or not at all.
      const writes: [number, number, InterpretedInput][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const input = interpretInput(at(r, c), sheet.styleOf(r, c, "numberFormat"));
          if (input === "invalid") throw invalid();
          if (input) writes.push([r, c, input]);
        }
      }
      for (const [r, c, input] of writes) {
        const value =
          input.formula === null ? input.value : batch.state.calculate(input.formula, sheet.name);
        sheet.writeInput(r, c, { ...input, value });
      }
    });
  }

  get format(): FakeRangeFormat {
    this._format ??= new FakeRangeFormat(this.context, `${this._path}.format`, this);
    return this._format;
  }

  private derived(label: string, derive: (rect: Rect) => Rect, requires?: string): FakeRange {
    return new FakeRange(this.context, `${this._path}.${label}`, this.worksheet, (batch) => {
      if (requires) requireApi(batch, requires, `Range.${label}`);
      const t = this._resolve(batch);
      if (!t) return null;
      const rect = derive(t.rect);
      if (!isInGrid(rect)) throw invalid();
      return { sheet: t.sheet, rect };
    });
  }

  /** A cell relative to the top-left corner; may lie outside this range. */
  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, (r) => ({
      top: r.top + row,
      left: r.left + column,
      bottom: r.top + row,
      right: r.left + column,
    }));
  }

  getRow(row: number): FakeRange {
    return this.derived(`getRow(${row})`, (r) => ({
      top: r.top + row,
      left: r.left,
      bottom: r.top + row,
      right: r.right,
    }));
  }

  getColumn(column: number): FakeRange {
    return this.derived(`getColumn(${column})`, (r) => ({
      top: r.top,
      left: r.left + column,
      bottom: r.bottom,
      right: r.left + column,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (r) => ({
      top: r.top + rowOffset,
      left: r.left + columnOffset,
      bottom: r.bottom + rowOffset,
      right: r.right + columnOffset,
    }));
  }

  /** ExcelApi 1.7. Grows or shrinks from the bottom-right corner. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(
      `getResizedRange(${deltaRows},${deltaColumns})`,
      (r) => ({
        top: r.top,
        left: r.left,
        bottom: r.bottom + deltaRows,
        right: r.right + deltaColumns,
      }),
      "1.7",
    );
  }

  select(): void {
    this._method("select", null, {
      run: (_a, batch) =>
        this._onTarget(batch, "select()", ({ sheet, rect }) => {
          if (sheet.visibility !== "Visible") throw officeError("InvalidOperation");
          batch.state.workbook.activeSheetId = sheet.id;
          batch.state.workbook.selection = { sheetId: sheet.id, rect: { ...rect } };
        }),
    });
  }

  /** ExcelApi 1.2. Keeps only the upper-left value of each merged area, as Excel does. */
  merge(across = false): void {
    this._method("merge", across, {
      requires: "1.2",
      run: (a, batch) =>
        this._onTarget(batch, "merge()", ({ sheet, rect }) => {
          const areas: Rect[] = [];
          if (a === true) {
            for (let r = rect.top; r <= rect.bottom; r++)
              areas.push({ top: r, left: rect.left, bottom: r, right: rect.right });
          } else areas.push({ ...rect });
          for (const area of areas) {
            if (cellCount(area) === 1) continue;
            sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
            const rest = [...sheet.occupied(area)].filter(
              ([r, c]) => r !== area.top || c !== area.left,
            );
            for (const [r, c] of rest) sheet.writeInput(r, c, { value: "", formula: null });
            sheet.merges.push(area);
          }
        }),
    });
  }

  /** ExcelApi 1.2. */
  unmerge(): void {
    this._method("unmerge", null, {
      requires: "1.2",
      run: (_a, batch) =>
        this._onTarget(batch, "unmerge()", ({ sheet, rect }) => {
          sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
        }),
    });
  }

  clear(applyTo: string = "All"): void {
    this._method("clear", applyTo, {
      run: (a, batch) =>
        this._onTarget(batch, "clear()", ({ sheet, rect }) => {
          if (typeof a !== "string" || !CLEAR_KINDS.includes(a)) throw invalid();
          if (a === "All" || a === "Contents" || a === "ResetContents") sheet.clearContents(rect);
          if (a === "All" || a === "Formats") sheet.clearFormats(rect);
        }),
    });
  }

  /**
   * ExcelApi 1.9. Supported keys: address, format.{font.{name,bold,italic,size,color},
   * wrapText, horizontalAlignment, verticalAlignment, fill.color, columnWidth, rowHeight}.
   */
  getCellProperties(
    cellPropertiesLoadOptions: CellPropertiesLoadOptions,
  ): FakeClientResult<CellProperties[][]> {
    const result = new FakeClientResult<CellProperties[][]>();
    this._method("getCellProperties", cellPropertiesLoadOptions, {
      requires: "1.9",
      run: (opts, batch) => {
        const t = this._resolve(batch);
        if (!t) {
          batch.responses.push({
            payload: null,
            apply: (p) => result._set(p as CellProperties[][]),
          });
          return;
        }
        guardResponse(batch, t.rect);
        const grid = gridOf(t.rect, (r, c) =>
          cellProperties(t.sheet, r, c, opts as CellPropertiesLoadOptions),
        );
        batch.responses.push({ payload: grid, apply: (p) => result._set(p as CellProperties[][]) });
      },
    });
    return result;
  }
}

export interface CellPropertiesLoadOptions {
  address?: boolean;
  format?: {
    font?: { name?: boolean; bold?: boolean; italic?: boolean; size?: boolean; color?: boolean };
    wrapText?: boolean;
    horizontalAlignment?: boolean;
    verticalAlignment?: boolean;
    fill?: { color?: boolean };
    columnWidth?: boolean;
    rowHeight?: boolean;
  };
}

export interface CellProperties {
  address?: string;
  format?: {
    font?: { name?: string; bold?: boolean; italic?: boolean; size?: number; color?: string };
    wrapText?: boolean;
    horizontalAlignment?: string;
    verticalAlignment?: string;
    fill?: { color?: string };
    columnWidth?: number;
    rowHeight?: number;
  };
}

function pick<T extends object>(
  opts: object,
  allowed: readonly string[],
  where: string,
  read: (k: string) => unknown,
): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(opts)) {
    if (!allowed.includes(k))
      throw new Error(`Fake Excel: getCellProperties does not support ${where}${k}`);
    if (v === true) out[k] = read(k);
  }
  return out as T;
}

function cellProperties(
  sheet: FakeSheetState,
  r: number,
  c: number,
  opts: CellPropertiesLoadOptions,
): CellProperties {
  const fontKeys: Record<string, StyleKey> = {
    name: "fontName",
    bold: "fontBold",
    italic: "fontItalic",
    size: "fontSize",
    color: "fontColor",
  };
  const out: CellProperties = {};
  for (const k of Object.keys(opts)) {
    if (k !== "address" && k !== "format")
      throw new Error(`Fake Excel: getCellProperties does not support ${k}`);
  }
  if (opts.address)
    out.address = `${quoteSheetName(sheet.name)}!${formatRect({ top: r, left: c, bottom: r, right: c })}`;
  if (opts.format) {
    const f: NonNullable<CellProperties["format"]> = {};
    const { font, fill, ...rest } = opts.format;
    const direct = [
      "wrapText",
      "horizontalAlignment",
      "verticalAlignment",
      "columnWidth",
      "rowHeight",
    ];
    Object.assign(
      f,
      pick<Record<string, unknown>>(rest, direct, "format.", (k) => {
        if (k === "columnWidth") return sheet.columnWidth(c);
        if (k === "rowHeight") return sheet.rowHeight(r);
        return sheet.styleOf(r, c, k as StyleKey);
      }),
    );
    if (font) {
      f.font = pick(font, Object.keys(fontKeys), "format.font.", (k) =>
        sheet.styleOf(r, c, fontKeys[k]),
      );
    }
    if (fill)
      f.fill = pick(fill, ["color"], "format.fill.", () => sheet.styleOf(r, c, "fillColor"));
    out.format = f;
  }
  return out;
}

// ───────────────────────────── formats ─────────────────────────────

/** Shared by format, font and fill: reads a style over a range (null when mixed), writes a layer. */
abstract class FakeStyleObject extends FakeClientObject<RangeTarget> {
  protected readonly range: FakeRange;

  constructor(context: FakeRequestContext, path: string, range: FakeRange) {
    super(context, path);
    this.range = range;
  }

  protected _locate(batch: Batch): RangeTarget | null {
    return this.range._resolve(batch);
  }

  protected readStyle(t: RangeTarget, k: StyleKey): unknown {
    return uniform(t.rect, (r, c) => t.sheet.styleOf(r, c, k));
  }

  protected writeStyle<K extends StyleKey>(
    prop: string,
    k: K,
    value: CellStyle[K],
    valid: (v: unknown) => boolean,
  ): void {
    this._setProp(prop, value, {
      run: (args, batch) =>
        this._onTarget(batch, prop, ({ sheet, rect }) => {
          if (!valid(args)) throw invalid();
          sheet.setStyleRange(rect, k, args as CellStyle[K]);
        }),
    });
  }
}

const isBool = (v: unknown) => typeof v === "boolean";
const isString = (v: unknown) => typeof v === "string";

export class FakeRangeFormat extends FakeStyleObject {
  readonly _className = "RangeFormat";
  private _font: FakeRangeFont | undefined;
  private _fill: FakeRangeFill | undefined;

  protected _scalarNames(): readonly string[] {
    return ["columnWidth", "horizontalAlignment", "rowHeight", "verticalAlignment", "wrapText"];
  }

  protected override _navigation(name: string): FakeClientObject | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }

  protected _readScalar(t: RangeTarget, name: string): unknown {
    if (name === "columnWidth")
      return uniform({ ...t.rect, top: 0, bottom: 0 }, (_r, c) => t.sheet.columnWidth(c));
    if (name === "rowHeight")
      return uniform({ ...t.rect, left: 0, right: 0 }, (r) => t.sheet.rowHeight(r));
    return this.readStyle(t, name as StyleKey);
  }

  get font(): FakeRangeFont {
    this._font ??= new FakeRangeFont(this.context, `${this._path}.font`, this.range);
    return this._font;
  }

  get fill(): FakeRangeFill {
    this._fill ??= new FakeRangeFill(this.context, `${this._path}.fill`, this.range);
    return this._fill;
  }

  get wrapText(): boolean | null {
    return this._get("wrapText");
  }
  set wrapText(v: boolean | null) {
    this.writeStyle("wrapText", "wrapText", v as boolean, isBool);
  }

  get horizontalAlignment(): string | null {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string | null) {
    this.writeStyle(
      "horizontalAlignment",
      "horizontalAlignment",
      v as string,
      (x) => isString(x) && H_ALIGN.includes(x as string),
    );
  }

  get verticalAlignment(): string | null {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string | null) {
    this.writeStyle(
      "verticalAlignment",
      "verticalAlignment",
      v as string,
      (x) => isString(x) && V_ALIGN.includes(x as string),
    );
  }

  /** Points, for every column the range spans (ExcelApi 1.2). Null when they differ. */
  get columnWidth(): number | null {
    return this._get("columnWidth");
  }
  set columnWidth(v: number | null) {
    this._setProp("columnWidth", v, {
      requires: "1.2",
      run: (args, batch) =>
        this._onTarget(batch, "columnWidth", ({ sheet, rect }) => {
          if (typeof args !== "number" || !(args >= 0) || args > 1789) throw invalid();
          for (let c = rect.left; c <= rect.right; c++) {
            sheet.columnWidths.set(c, args);
            sheet.autofitColumnSet.delete(c);
          }
        }),
    });
  }

  get rowHeight(): number | null {
    return this._get("rowHeight");
  }
  set rowHeight(v: number | null) {
    this._setProp("rowHeight", v, {
      requires: "1.2",
      run: (args, batch) =>
        this._onTarget(batch, "rowHeight", ({ sheet, rect }) => {
          if (typeof args !== "number" || !(args >= 0) || args > 409) throw invalid();
          for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, args);
        }),
    });
  }

  /**
   * ExcelApi 1.2. Widths follow the longest displayed text per column (about 7 px per
   * character at 11 pt). Merged cells are ignored, as Excel ignores them.
   */
  autofitColumns(): void {
    this._method("autofitColumns", null, {
      requires: "1.2",
      run: (_a, batch) =>
        this._onTarget(batch, "autofitColumns()", ({ sheet, rect }) => {
          const longest = new Map<number, number>();
          for (const [r, c] of sheet.occupied(rect)) {
            const merge = sheet.mergeAt(r, c);
            if (merge && cellCount(merge) > 1) continue;
            const text = displayText(sheet.value(r, c), sheet.styleOf(r, c, "numberFormat"));
            if (text === "") continue;
            const px = text.length * 7 * (sheet.styleOf(r, c, "fontSize") / 11) + 5;
            longest.set(c, Math.max(longest.get(c) ?? 0, Math.round(px * 0.75 * 100) / 100));
          }
          for (const [c, w] of longest) {
            sheet.columnWidths.set(c, w);
            sheet.autofitColumnSet.add(c);
          }
        }),
    });
  }

  /** ExcelApi 1.2. Row heights are not modelled; the call is accepted. */
  autofitRows(): void {
    this._method("autofitRows", null, {
      requires: "1.2",
      run: (_a, batch) => this._onTarget(batch, "autofitRows()", () => undefined),
    });
  }
}

export class FakeRangeFont extends FakeStyleObject {
  readonly _className = "RangeFont";

  protected _scalarNames(): readonly string[] {
    return ["bold", "color", "italic", "name", "size"];
  }

  protected _readScalar(t: RangeTarget, name: string): unknown {
    const keys: Record<string, StyleKey> = {
      bold: "fontBold",
      color: "fontColor",
      italic: "fontItalic",
      name: "fontName",
      size: "fontSize",
    };
    return this.readStyle(t, keys[name]);
  }

  get name(): string | null {
    return this._get("name");
  }
  set name(v: string | null) {
    this.writeStyle(
      "name",
      "fontName",
      v as string,
      (x) => isString(x) && (x as string).trim() !== "",
    );
  }

  get bold(): boolean | null {
    return this._get("bold");
  }
  set bold(v: boolean | null) {
    this.writeStyle("bold", "fontBold", v as boolean, isBool);
  }

  get italic(): boolean | null {
    return this._get("italic");
  }
  set italic(v: boolean | null) {
    this.writeStyle("italic", "fontItalic", v as boolean, isBool);
  }

  get size(): number | null {
    return this._get("size");
  }
  set size(v: number | null) {
    this.writeStyle(
      "size",
      "fontSize",
      v as number,
      (x) => typeof x === "number" && x >= 1 && x <= 409,
    );
  }

  get color(): string | null {
    return this._get("color");
  }
  set color(v: string | null) {
    this.writeStyle("color", "fontColor", v as string, isString);
  }
}

export class FakeRangeFill extends FakeStyleObject {
  readonly _className = "RangeFill";

  protected _scalarNames(): readonly string[] {
    return ["color"];
  }

  protected _readScalar(t: RangeTarget): unknown {
    return this.readStyle(t, "fillColor");
  }

  get color(): string | null {
    return this._get("color");
  }
  set color(v: string | null) {
    this.writeStyle("color", "fillColor", v as string, isString);
  }

  clear(): void {
    this._method("clear", null, {
      run: (_a, batch) =>
        this._onTarget(batch, "clear()", ({ sheet, rect }) =>
          sheet.setStyleRange(rect, "fillColor", "#FFFFFF"),
        ),
    });
  }
}
