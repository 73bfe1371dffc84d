/**
 * The three jobs as the hosts call them: grids in, results out. The CLI, the Excel host and
 * the standalone page all go through here, so they give the same answers for the same files.
 */
import { defaultCatalog, isCatalogSheetName, mergeCatalogs, readCatalogGrid } from "./catalog";
import { consolidate, readPreviousFigures } from "./consolidate";
import type { PreviousFigures, Summary } from "./consolidate";
import { parseSheet } from "./parse";
import { draftReport } from "./narrative";
import type { Report } from "./narrative/types";
import type { Catalog, Issue, ParseResult, ReportSettings, SheetGrid } from "./types";
import { sortIssues, validateBatch } from "./validate";
import type { ValidateOptions, ValidationResult } from "./validate";

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
      issues: [
        {
          file: file ?? "",
          sheet: null,
          cell: null,
          severity: "error",
          rule: "catalog-no-sheet",
          message: `Tệp danh mục “${file ?? ""}” không có trang tính nào; dùng danh mục mặc định.`,
        },
      ],
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

export interface ValidateRun {
  parsed: ParseResult[];
  validation: ValidationResult;
  /** Every issue of the run (file issues from reading included), sorted. */
  issues: Issue[];
}

export function runValidate(
  grids: SheetGrid[],
  catalog: Catalog,
  options: { fileIssues?: Issue[]; validate?: Partial<ValidateOptions> } = {},
): ValidateRun {
  const parsed = grids.map(parseDepartmentSheet);
  const validation = validateBatch(parsed, catalog, options.validate);
  return {
    parsed,
    validation,
    issues: sortIssues([...(options.fileIssues ?? []), ...validation.issues]),
  };
}

export interface ConsolidateRun extends ValidateRun {
  summary: Summary;
  previous: PreviousFigures | null;
}

export function runConsolidate(
  grids: SheetGrid[],
  catalog: Catalog,
  options: {
    fileIssues?: Issue[];
    validate?: Partial<ValidateOptions>;
    /** Last year's consolidated workbook, already read. */
    previous?: { file: string; grids: SheetGrid[] } | null;
  } = {},
): ConsolidateRun {
  const run = runValidate(grids, catalog, options);
  let previous: PreviousFigures | null = null;
  const extra: Issue[] = [];
  if (options.previous) {
    const read = readPreviousFigures(
      options.previous.file,
      options.previous.grids.map(parseSheet),
      catalog,
    );
    previous = read.figures;
    extra.push(...read.issues);
  }
  const summary = consolidate(run.validation.sheets, catalog, {
    previous,
    period: options.validate?.expectedPeriod ?? null,
  });
  return {
    ...run,
    summary,
    previous,
    issues: sortIssues([...run.issues, ...extra, ...summary.issues]),
  };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

export interface DraftRun {
  report: Report;
  /** The run's issues plus the report's own (e.g. a catalog template that cannot be used), sorted. */
  issues: Issue[];
}

/** Drafts the report from a consolidation; every figure comes from its summary. */
export function runDraft(run: ConsolidateRun, settings: ReportSettings): DraftRun {
  const report = draftReport(run.summary, run.issues, settings);
  return { report, issues: sortIssues([...run.issues, ...report.issues]) };
}
