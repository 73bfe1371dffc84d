/**
 * The three jobs as the hosts call them: grids in, results out. The CLI, the Excel host and
 * the standalone page all go through here, so they give the same answers for the same files.
 */
import { consolidate, readPreviousFigures } from "./consolidate";
import type { PreviousFigures, Summary } from "./consolidate";
import { parseSheet } from "./parse";
import { draftReport } from "./narrative";
import type { Report } from "./narrative/types";
import type { Catalog, Issue, ParseResult, ReportSettings, SheetGrid } from "./types";
import { parseDepartmentSheet, type PreparedBatch } from "./prepareBatch";
import { sortIssues, validateBatch } from "./validate";
import type { ValidateOptions, ValidationResult } from "./validate";

export {
  isTongHopOutput,
  loadCatalog,
  parseDepartmentSheet,
  prepareBatch,
  prepareCatalog,
} from "./prepareBatch";
export type {
  BatchInput,
  CatalogLoad,
  ClassifiedGrid,
  GridKind,
  PreparedBatch,
  WorkbookRead,
} from "./prepareBatch";

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
  return validateParsed(grids.map(parseDepartmentSheet), catalog, options);
}

/** Validates a batch prepareBatch classified; its reading issues join the run's. */
export function validatePrepared(
  batch: PreparedBatch,
  options: { fileIssues?: Issue[]; validate?: Partial<ValidateOptions> } = {},
): ValidateRun {
  return validateParsed(batch.parsed, batch.catalog, {
    ...options,
    fileIssues: [...batch.issues, ...(options.fileIssues ?? [])],
  });
}

function validateParsed(
  parsed: ParseResult[],
  catalog: Catalog,
  options: { fileIssues?: Issue[]; validate?: Partial<ValidateOptions> },
): ValidateRun {
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

interface ConsolidateOptions {
  fileIssues?: Issue[];
  validate?: Partial<ValidateOptions>;
  /** Last year's consolidated workbook, already read. */
  previous?: { file: string; grids: SheetGrid[] } | null;
}

export function runConsolidate(
  grids: SheetGrid[],
  catalog: Catalog,
  options: ConsolidateOptions = {},
): ConsolidateRun {
  return consolidateRun(runValidate(grids, catalog, options), catalog, options);
}

/** Consolidates a batch prepareBatch classified, with its last year's workbook if any. */
export function consolidatePrepared(
  batch: PreparedBatch,
  options: Omit<ConsolidateOptions, "previous"> = {},
): ConsolidateRun {
  return consolidateRun(validatePrepared(batch, options), batch.catalog, {
    ...options,
    previous: batch.previous,
  });
}

function consolidateRun(
  run: ValidateRun,
  catalog: Catalog,
  options: ConsolidateOptions,
): ConsolidateRun {
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
