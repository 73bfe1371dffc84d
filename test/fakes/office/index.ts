/**
 * A STRICT fake of the Office.js Excel object model, for testing the Excel host without Excel.
 *
 * Use:
 *   const fake = createFakeExcel({ sheets: [{ name: "Tổng hợp", values: [["Chỉ tiêu", 1]] }] });
 *   installOfficeGlobals(fake);            // globalThis.Excel / Office / OfficeExtension
 *   await hostFunction();                   // code under test calls Excel.run(...)
 *   fake.state.workbook.sheet("Tổng hợp").cell("B1").value;
 *   uninstallOfficeGlobals();
 *
 * Strict like Excel, unlike office-addin-mock:
 * - Reading a property (values, name, address, items, isNullObject …) throws PropertyNotLoaded
 *   until load() of it AND a later context.sync(). Loaded data is a JSON snapshot taken at the
 *   load's place in the batch. Assigning a property makes that proxy return the assigned
 *   value at once (Office.js does the same); the document changes only at sync.
 * - Writes, methods and loads are queued and applied in order by context.sync(), after a
 *   microtask (an un-awaited sync has changed nothing yet). Excel.run flushes what the batch
 *   left queued (recorded with auto: true) and rejects a batch function that returns no promise.
 * - A failing operation rejects the sync with a FakeOfficeError { code, message, debugInfo }
 *   (ItemNotFound, InvalidArgument, ItemAlreadyExists, InvalidOperation, ApiNotFound …).
 *   Operations BEFORE it stay applied (Excel does not roll back), later ones never run, and no
 *   loaded data from that batch is delivered. One operation (e.g. one values write) is
 *   validated whole first, so it is applied entirely or not at all.
 * - Object paths are resolved when an operation uses them (getItem of a missing sheet fails
 *   at sync, not at the call). Sheets made by add() and collection items are held by id.
 * - Each sync's request (JSON of queued operations with written values) and response (JSON
 *   of loaded data) are measured; over the limit (5 MB default, Excel on the web) the sync
 *   fails with RequestPayloadSizeLimitExceeded (nothing applied) or
 *   ResponsePayloadSizeLimitExceeded (operations applied, nothing delivered).
 *   state.syncCount / state.syncs record every sync.
 * - Written values follow typed-input rules (en-US): "=…" becomes a formula, and so does a
 *   non-numeric "+…"/"-…" (Office docs: values starting with + - = are formulas), "123" and
 *   "1,234" become numbers, "TRUE" a boolean, "50%" 0.5, "6/2024" or "2024-06-01" a date
 *   serial — unless the cell's number format is already "@" (set by an EARLIER operation),
 *   or the string starts with "'" (stored without it). null in an array = leave unchanged.
 *   The fake does not calculate: a formula's value is options.calculate(...) (default 0).
 * - APIs newer than state.requirementSets (default ExcelApi 1.17) fail with ApiNotFound.
 * - Operations on a null object are ignored (and listed in state.ignoredNullObjectOps).
 *
 * Supported: Excel.run, new Excel.RequestContext(), context.workbook.{worksheets, application},
 * context.sync/trackedObjects; worksheets.{getItem, getItemOrNullObject(1.4), add,
 * getActiveWorksheet, getCount(1.4), items, load}; worksheet.{id, name, position, visibility
 * (get/set), getRange(addr?), getRangeByIndexes(1.7), getCell, getUsedRange(valuesOnly? 1.2),
 * getUsedRangeOrNullObject(1.4), freezePanes(1.7).{freezeRows, freezeColumns, freezeAt,
 * unfreeze}, activate, delete}; range.{address, addressLocal, values, formulas, numberFormat,
 * text, valueTypes, rowCount, columnCount, rowIndex, columnIndex, cellCount, worksheet,
 * format.{wrapText, horizontalAlignment, verticalAlignment, columnWidth(1.2), rowHeight(1.2),
 * autofitColumns(1.2), autofitRows(1.2), font.{name, bold, italic, size, color},
 * fill.{color, clear}}, getCell, getRow, getColumn, getOffsetRange, getResizedRange(1.7),
 * select, merge(across?)(1.2), unmerge(1.2), clear(applyTo?), getCellProperties(1.9)};
 * application.suspendApiCalculationUntilNextSync(1.6); load("a, b/c") / load([...]) /
 * load({select, expand}) / load({a: true, b: {c: true}}); Office.onReady,
 * Office.context.{requirements.isSetSupported, displayLanguage, document.settings}.
 * Format reads over several cells give null when the cells differ, as Excel does.
 *
 * Charts (charts.ts): worksheet.charts.add, chart.title.text, legend.visible, setPosition,
 * axes.categoryAxis.reversePlotOrder (1.7); read back as FakeSheetState.charts.
 * Not supported (absent, so a host using them fails loudly): borders, tables,
 * names, conditional formats, comments/notes, events, insert/delete of cells, workbook.settings,
 * regional input parsing other than en-US, recalculation.
 */

import { FakeRequestContext } from "./context";
import { ERROR_CODES, FakeOfficeError, officeError } from "./errors";
import { createOfficeNamespace, type FakeOfficeNamespace } from "./officeGlobal";
import { FIVE_MB, type FakeExcelOptions, type FakeExcelState } from "./runtime";
import { FakeWorkbookState, type FakeWorkbookData } from "./workbookState";

export interface FakeExcelNamespace {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(object: unknown, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => FakeRequestContext;
  ErrorCodes: typeof ERROR_CODES;
  HorizontalAlignment: Record<string, string>;
  VerticalAlignment: Record<string, string>;
  SheetVisibility: Record<string, string>;
  ChartType: Record<string, string>;
  ChartSeriesBy: Record<string, string>;
  ClearApplyTo: Record<string, string>;
}

export interface FakeOfficeExtensionNamespace {
  Error: typeof FakeOfficeError;
  ErrorCodes: typeof ERROR_CODES;
}

export interface FakeExcel {
  Excel: FakeExcelNamespace;
  Office: FakeOfficeNamespace;
  OfficeExtension: FakeOfficeExtensionNamespace;
  /** A fresh request context on the same workbook, for tests that drive sync() themselves. */
  createContext(): FakeRequestContext;
  state: FakeExcelState;
}

export function createFakeExcel(
  workbook?: FakeWorkbookData,
  options: FakeExcelOptions = {},
): FakeExcel {
  const state: FakeExcelState = {
    workbook: new FakeWorkbookState(workbook),
    syncCount: 0,
    syncs: [],
    requestLimitBytes: options.requestLimitBytes ?? FIVE_MB,
    responseLimitBytes: options.responseLimitBytes ?? FIVE_MB,
    requirementSets: { ...(options.requirementSets ?? { ExcelApi: "1.17" }) },
    displayLanguage: options.displayLanguage ?? "vi-VN",
    calculate: options.calculate ?? (() => 0),
    savedSettings: {},
    ignoredNullObjectOps: [],
  };
  const createContext = () => new FakeRequestContext(state);

  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as (context: FakeRequestContext) => Promise<T>;
    if (typeof batch !== "function") throw officeError("InvalidArgument");
    const context = createContext();
    try {
      const pending = batch(context) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== "function")
        throw officeError("RunMustReturnPromise");
      const result = await (pending as Promise<T>);
      if (context._hasPending()) await context._sync(true);
      return result;
    } finally {
      context._close();
    }
  }

  class RequestContext extends FakeRequestContext {
    constructor() {
      super(state);
    }
  }

  const Excel: FakeExcelNamespace = {
    run: run as FakeExcelNamespace["run"],
    RequestContext,
    ErrorCodes: ERROR_CODES,
    HorizontalAlignment: {
      general: "General",
      left: "Left",
      center: "Center",
      right: "Right",
      fill: "Fill",
      justify: "Justify",
      centerAcrossSelection: "CenterAcrossSelection",
      distributed: "Distributed",
    },
    VerticalAlignment: {
      top: "Top",
      center: "Center",
      bottom: "Bottom",
      justify: "Justify",
      distributed: "Distributed",
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ChartType: {
      barClustered: "BarClustered",
      columnClustered: "ColumnClustered",
      line: "Line",
      pie: "Pie",
    },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ClearApplyTo: {
      all: "All",
      formats: "Formats",
      contents: "Contents",
      hyperlinks: "Hyperlinks",
      removeHyperlinks: "RemoveHyperlinks",
    },
  };

  return {
    Excel,
    Office: createOfficeNamespace(state),
    OfficeExtension: { Error: FakeOfficeError, ErrorCodes: ERROR_CODES },
    createContext,
    state,
  };
}

const GLOBAL_NAMES = ["Excel", "Office", "OfficeExtension"] as const;
let saved: Map<string, PropertyDescriptor | undefined> | null = null;

/** Puts the fake's Excel, Office and OfficeExtension on globalThis (replacing any installed fake). */
export function installOfficeGlobals(fake: FakeExcel): () => void {
  uninstallOfficeGlobals();
  const g = globalThis as Record<string, unknown>;
  saved = new Map(GLOBAL_NAMES.map((n) => [n, Object.getOwnPropertyDescriptor(g, n)]));
  g.Excel = fake.Excel;
  g.Office = fake.Office;
  g.OfficeExtension = fake.OfficeExtension;
  return uninstallOfficeGlobals;
}

/** Restores whatever Excel/Office/OfficeExtension globals existed before install. */
export function uninstallOfficeGlobals(): void {
  if (!saved) return;
  const g = globalThis as Record<string, unknown>;
  for (const [name, desc] of saved) {
    if (desc) Object.defineProperty(g, name, desc);
    else delete g[name];
  }
  saved = null;
}

export { FakeRequestContext } from "./context";
export { FakeOfficeError, OFFICE_MESSAGES, type FakeErrorCode } from "./errors";
export { FakeClientResult } from "./clientObject";
export type { FakeCellValue } from "./cellInput";
export type { FakeExcelOptions, FakeExcelState, SyncRecord } from "./runtime";
export { FIVE_MB } from "./runtime";
export {
  FakeRange,
  FakeRangeFill,
  FakeRangeFont,
  FakeRangeFormat,
  FakeWorkbook,
  FakeWorksheet,
  FakeWorksheetCollection,
  FakeFreezePanes,
  type CellProperties,
  type CellPropertiesLoadOptions,
} from "./proxies";
export {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_STYLE,
  FakeSheetState,
  FakeWorkbookState,
  type FakeCellData,
  type FakeCellView,
  type FakeSheetData,
  type FakeWorkbookData,
} from "./workbookState";
