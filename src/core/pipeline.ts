/**
 * The three jobs as the hosts call them: grids in, results out. The CLI, the Excel host and
 * the standalone page all go through here, so they give the same answers for the same files.
 */
import {
  loadBoundaryMap,
  needsBoundaryMap,
  prepareConversion,
  previousResolver,
  type BoundaryConversion,
  type BoundaryMap,
  type PreviousFile,
} from "./boundaries";
import { consolidate, readPreviousFigures } from "./consolidate";
import { mostCommonPeriod } from "./consolidate/collect";
import { previousPeriod } from "./parse/period";
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
  prepareSource,
  preparedBatch,
} from "./prepareBatch";
export type {
  BatchInput,
  CatalogLoad,
  ClassifiedGrid,
  GridKind,
  PreparedBatch,
  PreparedSource,
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
  /** Cùng kỳ carried over from former administrative units, when last year's files were theirs. */
  conversion: BoundaryConversion | null;
}

/**
 * The 1/7/2025 mapping when last year's files need it (former units' sheets, a Bảng quy đổi),
 * else null: a run with last year's consolidated workbook only never loads it.
 */
export async function loadBoundariesFor(
  previousFiles: readonly PreviousFile[],
): Promise<BoundaryMap | null> {
  return needsBoundaryMap(previousFiles) ? loadBoundaryMap() : null;
}

interface ConsolidateOptions {
  fileIssues?: Issue[];
  validate?: Partial<ValidateOptions>;
  /** Last year's consolidated workbook, already read. */
  previous?: { file: string; grids: SheetGrid[] } | null;
  /**
   * Last year's files, already read: the consolidated workbook, or former units' sheets with
   * any Bảng quy đổi (then `boundaries` must be loaded: see loadBoundariesFor).
   */
  previousFiles?: readonly PreviousFile[] | null;
  boundaries?: BoundaryMap | null;
  /** Whose report it is: the province the former units are looked up in. */
  bodies?: { issuingBody: string; parentBody: string };
}

export function runConsolidate(
  grids: SheetGrid[],
  catalog: Catalog,
  options: ConsolidateOptions = {},
): ConsolidateRun {
  return consolidateRun(runValidate(grids, catalog, options), catalog, options);
}

/** Consolidates a batch prepareBatch classified, with its last year's files if any. */
export function consolidatePrepared(
  batch: PreparedBatch,
  options: Omit<ConsolidateOptions, "previous" | "previousFiles"> = {},
): ConsolidateRun {
  return consolidateRun(validatePrepared(batch, options), batch.catalog, {
    ...options,
    previous: batch.previous,
    previousFiles: batch.previousFiles,
  });
}

function consolidateRun(
  run: ValidateRun,
  catalog: Catalog,
  options: ConsolidateOptions,
): ConsolidateRun {
  let previous: PreviousFigures | null = null;
  let conversion: BoundaryConversion | null = null;
  const extra: Issue[] = [];
  const period = options.validate?.expectedPeriod ?? null;
  let workbook = options.previous ?? null;
  if (options.previousFiles && options.previousFiles.length > 0) {
    const thisPeriod = period ?? mostCommonPeriod(run.validation.sheets);
    const prepared = prepareConversion({
      previousFiles: [...(workbook ? [workbook] : []), ...options.previousFiles],
      map: options.boundaries ?? null,
      catalog,
      bodies: options.bodies ?? { issuingBody: "", parentBody: "" },
      batchUnits: batchUnitNames(run),
      expectedPeriod: thisPeriod ? previousPeriod(thisPeriod) : null,
    });
    workbook = prepared.workbook;
    conversion = prepared.conversion;
    extra.push(...prepared.issues);
  }
  if (workbook) {
    const read = readPreviousFigures(workbook.file, workbook.grids.map(parseSheet), catalog);
    previous = read.figures;
    extra.push(...read.issues);
  }
  const summary = consolidate(run.validation.sheets, catalog, {
    previous,
    period,
    previousInNewBoundaries: conversion ? previousResolver(conversion) : null,
  });
  summary.boundary = conversion;
  return {
    ...run,
    summary,
    previous,
    conversion,
    issues: sortIssues([...run.issues, ...extra, ...summary.issues]),
  };
}

/** This year's reporting units, as their sheets name them (as the summary lists them). */
function batchUnitNames(run: ValidateRun): string[] {
  const names = new Set<string>();
  for (const s of run.validation.sheets) names.add(s.parsed.reportingUnit?.value ?? s.sheetName);
  return [...names];
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
