/**
 * What each workbook a planner gave really is, decided once for every host: the CLI, the pane
 * in Excel and the standalone page all call prepareBatch, so a TongHop output picked as a
 * department file, a department's biểu given as the catalog or as last year's workbook, get
 * the same answer everywhere. Counting an earlier TongHop output as a department would add
 * every total twice.
 */
import { CATALOG_SHEET_NAME, defaultCatalog, isCatalogSheetName, mergeCatalogs } from "./catalog";
import { readCatalogGrid } from "./catalog";
import { looksLikeAdministrativeUnit } from "./boundaries/unitNames";
import { nameKey } from "./units/match";
import { fileIssueOf, issueOf } from "./issues";
import { OUTPUT_SHEETS } from "./output";
import { parsePeriod, parseSheet } from "./parse";
import { GUIDE_SHEET, isMarkerSheetName, readTemplateMarker } from "./template";
import { matchKey } from "./text/normalize";
import type {
  Catalog,
  IndicatorSheet,
  Issue,
  ParseResult,
  SheetGrid,
  TemplateMarker,
} from "./types";

/** One workbook as a host read it. */
export interface WorkbookRead {
  /** The name the planner knows it by (the path given to the CLI, a picked file's name). */
  file: string;
  grids: SheetGrid[];
  /** What reading it found (unreadable parts, refused formats). */
  issues: Issue[];
}

export interface BatchInput {
  /** The department files (or the open workbook's chosen sheets), in the order given. */
  sources: WorkbookRead[];
  /** A catalog the planner named (a file, or the workbook's own catalog sheet); null = default. */
  catalog?: WorkbookRead | null;
  /**
   * Last year's consolidated workbook. `alsoSource`: the planner gave the same file among the
   * department files too; it is then not counted as a department.
   */
  previous?: (WorkbookRead & { alsoSource: boolean }) | null;
  /**
   * More of last year's files (`--previous` with several paths, the pane's former units'
   * sheets): a consolidated workbook, former administrative units' sheets, a Bảng quy đổi.
   * src/core/boundaries tells them apart; here they are kept out of the departments.
   */
  previousFiles?: Array<WorkbookRead & { alsoSource: boolean }>;
  /**
   * Read the department files' hidden sheets too. By default they are not part of the report
   * (offices hide last year's copy and lookup tables there): each is listed, not read.
   */
  includeHidden?: boolean;
}

export type GridKind =
  | "department"
  | "catalog"
  | "previous"
  | "tonghop-output"
  /** Parsed but not an indicator sheet (empty, instructions, no header): see the reason. */
  | "not-a-bieu";

export interface ClassifiedGrid {
  file: string;
  sheet: string;
  kind: GridKind;
}

export interface PreparedBatch {
  /** The department sheets, parsed once (skipped ones included: validation lists them). */
  parsed: ParseResult[];
  catalog: Catalog;
  previous: { file: string; grids: SheetGrid[] } | null;
  previousFiles: Array<{ file: string; grids: SheetGrid[] }>;
  /** Source files counted as departments (a skipped TongHop output is not). */
  files: string[];
  /** Every grid given and what it was taken as. */
  grids: ClassifiedGrid[];
  /** Reading and classifying issues: catalog first, then sources, then last year's. */
  issues: Issue[];
  /** Why the batch cannot be run as given (Vietnamese, for the planner); null when it can. */
  refusal: string | null;
}

/** A workbook TongHop wrote: it holds every one of its output sheets but "Báo cáo". */
export function isTongHopOutput(grids: readonly SheetGrid[]): boolean {
  const names = new Set(grids.map((g) => g.sheet));
  return OUTPUT_SHEETS.slice(0, 3).every((n) => names.has(n));
}

/**
 * A department's sheet, parsed. The "Danh mục chỉ tiêu" sheet that `tonghop template` puts in
 * every blank form travels back with the filled-in form: it is the catalog, not a report.
 */
export function parseDepartmentSheet(grid: SheetGrid): ParseResult {
  if (isCatalogSheetName(grid.sheet)) {
    return {
      kind: "skipped",
      file: grid.file,
      sheet: grid.sheet,
      reason: "Đây là trang danh mục chỉ tiêu đi kèm biểu mẫu, không phải biểu báo cáo.",
    };
  }
  return parseSheet(grid);
}

export interface CatalogLoad {
  catalog: Catalog;
  issues: Issue[];
}

/**
 * The default catalog, extended by a planner's "Danh mục chỉ tiêu" workbook when one is given:
 * their indicators are added, and theirs win where a code is in both.
 */
export function loadCatalog(grids: SheetGrid[] | null, file?: string): CatalogLoad {
  const base = defaultCatalog();
  if (!grids) return { catalog: base, issues: [] };
  const sheets = grids.filter((g) => isCatalogSheetName(g.sheet));
  const chosen = sheets.length > 0 ? sheets : grids.slice(0, 1);
  if (chosen.length === 0) {
    return {
      catalog: base,
      issues: [issueOf("catalog-no-sheet", { file: file ?? "" }, { file: file ?? "" })],
    };
  }
  let catalog = base;
  const issues: Issue[] = [];
  for (const grid of chosen) {
    const read = readCatalogGrid(grid, { base: catalog });
    issues.push(...read.issues);
    catalog = mergeCatalogs(catalog, read.catalog, "extend");
  }
  return { catalog, issues };
}

/**
 * The catalog a planner named. They mean it: an unreadable file, a department's biểu given by
 * mistake, or a sheet with no catalog header must not silently fall back to the default.
 */
export function prepareCatalog(read: WorkbookRead | null | undefined): CatalogLoad & {
  refusal: string | null;
} {
  if (!read) return { ...loadCatalog(null), refusal: null };
  const { file, grids } = read;
  const refuse = (refusal: string) => ({ ...loadCatalog(null), refusal });
  if (grids.length === 0) {
    return refuse(
      `Không đọc được tệp danh mục “${file}”: ${read.issues.map((i) => i.message).join(" ")}`,
    );
  }
  if (!grids.some((g) => isCatalogSheetName(g.sheet))) {
    const first = parseSheet(grids[0]);
    if (first.kind === "sheet" && first.sheet.columns.some((c) => c.role === "current")) {
      return refuse(
        `Tệp “${file}” là một biểu chỉ tiêu (trang “${grids[0].sheet}” có cột thực hiện), không phải danh mục. ` +
          `Danh mục là trang “${CATALOG_SHEET_NAME}”, như trong tệp do “tonghop template” tạo ra.`,
      );
    }
  }
  const load = loadCatalog(grids, file);
  const noHeader = load.issues.find((i) => i.rule === "catalog-no-header");
  if (noHeader) return refuse(`${noHeader.message} (tệp “${file}”)`);
  return { catalog: load.catalog, issues: [...read.issues, ...load.issues], refusal: null };
}

/**
 * Last year's workbook may sit among the department files (it is then not counted as one), but
 * a department's biểu given as last year's by mistake would vanish from the totals without a
 * word: a file among the sources whose sheets name a reporting unit is refused.
 */
function previousRefusal(previous: WorkbookRead & { alsoSource: boolean }): string | null {
  if (!previous.alsoSource || isTongHopOutput(previous.grids)) return null;
  for (const grid of previous.grids) {
    const parsed = parseSheet(grid);
    // Only a labelled unit tells: a consolidated workbook carries the commune's issuing body
    // at its top left, as a department's sheet may.
    if (parsed.kind !== "sheet" || parsed.sheet.reportingUnit === null) continue;
    if (parsed.sheet.reportingUnitFrom !== "label") continue;
    return (
      `Tệp năm trước “${previous.file}” là biểu của đơn vị “${parsed.sheet.reportingUnit.value}” (trang “${parsed.sheet.sheetName}”) ` +
      `nằm trong các tệp đầu vào, không phải bảng tổng hợp năm trước. Hãy chỉ đúng tệp bảng tổng hợp năm trước.`
    );
  }
  return null;
}

/**
 * Last year's sheets of former communes found again in this year's folder are left out of the
 * departments, not refused: a planner keeps both years side by side.
 */
function formerUnitsOnly(read: WorkbookRead): boolean {
  return read.grids.every((g) => {
    const parsed = parseSheet(g);
    return (
      parsed.kind === "sheet" &&
      parsed.sheet.reportingUnit !== null &&
      looksLikeAdministrativeUnit(parsed.sheet.reportingUnit.value)
    );
  });
}

function hiddenSkipped(grid: SheetGrid): ParseResult {
  return {
    kind: "skipped",
    file: grid.file,
    sheet: grid.sheet,
    reason:
      "Trang đang bị ẩn trong tệp (thường là bản sao kỳ trước hoặc bảng tra cứu), không coi là một phần của báo cáo. " +
      "Nếu đây là biểu cần tổng hợp, hãy bỏ ẩn trang, hoặc chạy lệnh với --include-hidden.",
  };
}

function tongHopOutputSkipped(file: string): Issue {
  return fileIssueOf("tonghop-output-skipped", { file });
}

/**
 * One source workbook as prepareBatch keeps it: its sheets parsed and classified, its grids no
 * longer needed. A host reading a province's files one at a time prepares each as it is read
 * and drops its grids (the standalone page's worker), instead of holding every grid at once.
 */
export interface PreparedSource {
  file: string;
  /** An earlier TongHop output: skipped, with an issue saying so. */
  tongHopOutput: boolean;
  parsed: ParseResult[];
  grids: ClassifiedGrid[];
  issues: Issue[];
}

export function prepareSource(source: WorkbookRead, includeHidden = false): PreparedSource {
  const grids: ClassifiedGrid[] = [];
  if (isTongHopOutput(source.grids)) {
    for (const g of source.grids)
      grids.push({ file: g.file, sheet: g.sheet, kind: "tonghop-output" });
    return {
      file: source.file,
      tongHopOutput: true,
      parsed: [],
      grids,
      issues: [tongHopOutputSkipped(source.file)],
    };
  }
  const parsed: ParseResult[] = [];
  const leftOut = new Set<string>();
  // A form TongHop wrote: its marker says whose it is; its marker and guide are not reports.
  const marker = readTemplateMarker(source.grids);
  const formIssues: Issue[] = [];
  for (const grid of source.grids) {
    if (marker && isMarkerSheetName(grid.sheet)) {
      grids.push({ file: grid.file, sheet: grid.sheet, kind: "not-a-bieu" });
      leftOut.add(grid.sheet);
      continue;
    }
    if (marker && matchKey(grid.sheet) === matchKey(GUIDE_SHEET)) {
      parsed.push({
        kind: "skipped",
        file: grid.file,
        sheet: grid.sheet,
        reason: "Đây là trang hướng dẫn đi kèm biểu mẫu, không phải biểu báo cáo.",
      });
      grids.push({ file: grid.file, sheet: grid.sheet, kind: "not-a-bieu" });
      continue;
    }
    if (grid.hidden && !includeHidden) {
      parsed.push(hiddenSkipped(grid));
      grids.push({ file: grid.file, sheet: grid.sheet, kind: "not-a-bieu" });
      leftOut.add(grid.sheet);
      continue;
    }
    const p = parseDepartmentSheet(grid);
    if (marker && p.kind === "sheet") {
      p.sheet.formMarker = marker;
      const retyped = retypedUnit(p.sheet, marker);
      if (retyped) formIssues.push(retyped);
      const period = changedPeriod(p.sheet, marker);
      if (period) formIssues.push(period);
    }
    parsed.push(p);
    const kind = isCatalogSheetName(grid.sheet)
      ? "catalog"
      : p.kind === "sheet"
        ? "department"
        : "not-a-bieu";
    grids.push({ file: grid.file, sheet: grid.sheet, kind });
  }
  // The reader's "hidden, still read" note is not true of a sheet left out: its skip says why.
  const issues = source.issues.filter(
    (i) => !(i.rule === "sheet-hidden" && i.sheet !== null && leftOut.has(i.sheet)),
  );
  return {
    file: source.file,
    tongHopOutput: false,
    parsed,
    grids,
    issues: [...issues, ...formIssues],
  };
}

/**
 * A form's period cell retyped (last quarter's form reused for this one): the sheet's period is
 * what its figures are, so it stands, but the planner is told to check.
 */
function changedPeriod(sheet: IndicatorSheet, marker: TemplateMarker): Issue | null {
  const sent = marker.period ? parsePeriod(marker.period) : null;
  if (!sent || !sheet.period || !sheet.periodText || sent.key === sheet.period.key) return null;
  return issueOf(
    "form-period-changed",
    { sentFor: marker.period!, typed: sheet.periodText.value },
    { file: sheet.file, sheet: sheet.sheetName, cell: sheet.periodText.cell },
  );
}

/**
 * A form's unit cell retyped to another unit (the protection lifted, a neighbour's name typed
 * over): the figures are counted for the unit the form was sent to, which the marker names,
 * and the planner is told. A different spelling of the same unit ("UBND xã …") is no change.
 */
function retypedUnit(sheet: IndicatorSheet, marker: TemplateMarker): Issue | null {
  const typed = sheet.reportingUnit;
  if (!marker.unitName || !typed) return null;
  // nameKey, not unitNameKey: "Phòng Kinh tế - Hạ tầng" is not "Phòng Kinh tế - Tài chính".
  const a = nameKey(marker.unitName);
  const b = nameKey(typed.value);
  if (a.base === b.base && (a.kind === b.kind || a.kind === null || b.kind === null)) return null;
  sheet.reportingUnit = { value: marker.unitName, cell: typed.cell };
  return issueOf(
    "form-unit-retyped",
    { sentTo: marker.unitName, typed: typed.value },
    { file: sheet.file, sheet: sheet.sheetName, cell: typed.cell },
  );
}

export function prepareBatch(input: BatchInput): PreparedBatch {
  return preparedBatch({
    ...input,
    sources: input.sources.map((s) => prepareSource(s, input.includeHidden)),
  });
}

/** prepareBatch on sources already prepared one by one (see PreparedSource). */
export function preparedBatch(
  input: Omit<BatchInput, "sources"> & { sources: PreparedSource[] },
): PreparedBatch {
  const catalog = prepareCatalog(input.catalog);
  const previous = input.previous ?? null;
  const previousFiles = input.previousFiles ?? [];
  const lastYears = new Set(
    [...(previous ? [previous] : []), ...previousFiles]
      .filter((p) => p.alsoSource)
      .map((p) => p.file),
  );
  const grids: ClassifiedGrid[] = [];
  const classify = (list: readonly SheetGrid[], kind: GridKind) => {
    for (const g of list) grids.push({ file: g.file, sheet: g.sheet, kind });
  };
  if (input.catalog) classify(input.catalog.grids, "catalog");

  const parsed: ParseResult[] = [];
  const files: string[] = [];
  const issues: Issue[] = [...catalog.issues];
  for (const source of input.sources) {
    if (lastYears.has(source.file)) continue;
    grids.push(...source.grids);
    issues.push(...source.issues);
    if (source.tongHopOutput) continue;
    parsed.push(...source.parsed);
    files.push(source.file);
  }

  for (const p of [...(previous ? [previous] : []), ...previousFiles]) {
    classify(p.grids, "previous");
    issues.push(...p.issues);
  }
  return {
    parsed,
    catalog: catalog.catalog,
    previous: previous ? { file: previous.file, grids: previous.grids } : null,
    previousFiles: previousFiles.map((p) => ({ file: p.file, grids: p.grids })),
    files,
    grids,
    issues,
    refusal:
      catalog.refusal ??
      [...(previous ? [previous] : []), ...previousFiles.filter((p) => !formerUnitsOnly(p))]
        .map(previousRefusal)
        .find((r) => r) ??
      null,
  };
}
