/**
 * The three jobs as the hosts call them: grids in, results out. The CLI, the Excel host and
 * the standalone page all go through here, so they give the same answers for the same files.
 */
import { issueOf } from "./issues";
import { matchKey } from "./text/normalize";
import {
  loadBoundaryMap,
  needsBoundaryMap,
  prepareConversion,
  previousResolver,
  unitPreviousResolver,
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
import {
  trackSubmissions,
  trackingIssues,
  withErrors,
  type ListedUnit,
  type SubmissionSummary,
  type SubmittedSheet,
  type Tracking,
  type UnitList,
} from "./units";
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

/** The planner's Danh sách đơn vị, to track what came in against it. */
export interface SubmissionInput {
  list: UnitList;
  /** The run's deadline, ISO; a unit's own Hạn nộp wins. */
  deadline: string | null;
  /** Each file's modification time (ms), by the file name the batch knows it by. */
  modified: ReadonlyMap<string, number>;
}

export interface StatusRun extends ValidateRun {
  submission: SubmissionSummary;
}

const sheetKey = (file: string, sheet: string) => file + "\u0000" + sheet;

/** What tracking needs of each indicator sheet that came in. */
function submittedSheets(batch: PreparedBatch, input: SubmissionInput): SubmittedSheet[] {
  const sheets: SubmittedSheet[] = [];
  for (const p of batch.parsed) {
    if (p.kind !== "sheet") continue;
    const s = p.sheet;
    const madeOn = s.date && /^\d{4}-\d{2}-\d{2}$/.test(s.date.value) ? s.date.value : null;
    // A TongHop form's marker names the unit it was sent to: that wins over what was retyped.
    const form = s.formMarker;
    sheets.push({
      file: s.file,
      sheet: s.sheetName,
      unitName: form?.unitName ?? s.reportingUnit?.value ?? null,
      unitCode: form?.unitCode ?? s.unitCode?.value ?? null,
      ...(s.reportingUnit ? { unitCell: s.reportingUnit.cell } : {}),
      madeOn,
      modified: input.modified.get(s.file) ?? null,
      indicators: s.rows
        // A group line ("Chăn nuôi") holds no figure: two copies sharing one are not the same report.
        .filter((r) => !r.isHeading && !r.groupsRows && r.name.trim() !== "")
        .map((r) => r.code ?? matchKey(r.name)),
    });
  }
  return sheets;
}

/**
 * The sheets the run counts, and those it leaves out: older copies of a unit's report, and
 * sheets of units not on the list (a neighbour's file sent by mistake must not move the
 * province's totals). Each counted sheet reports under its listed name, so a unit is one name
 * in every table however its staff wrote it; two listed units of one name (two "Xã Tân Lập"
 * of different codes) stay two, told apart by code.
 */
function splitByTracking(
  batch: PreparedBatch,
  tracking: Tracking,
  list: UnitList,
): { used: ParseResult[]; aside: ParseResult[] } {
  const left = new Set(tracking.setAside.map((a) => sheetKey(a.file, a.sheet)));
  for (const u of tracking.summary.unlisted)
    if (u.sheet !== null) left.add(sheetKey(u.file, u.sheet));
  const names = new Map<string, number>();
  for (const u of list.units) names.set(u.name, (names.get(u.name) ?? 0) + 1);
  const runName = (u: ListedUnit) =>
    (names.get(u.name) ?? 0) > 1 && u.code ? `${u.name} (mã ${u.code})` : u.name;
  const listedName = new Map<string, string>();
  for (const u of tracking.summary.units)
    for (const f of u.files) if (f.used) listedName.set(sheetKey(f.file, f.sheet), runName(u.unit));
  const used: ParseResult[] = [];
  const aside: ParseResult[] = [];
  for (const p of batch.parsed) {
    if (p.kind !== "sheet") {
      used.push(p);
      continue;
    }
    const key = sheetKey(p.sheet.file, p.sheet.sheetName);
    if (left.has(key)) {
      aside.push(p);
      continue;
    }
    const name = listedName.get(key);
    const typed = p.sheet.reportingUnit;
    used.push(
      !typed || !name || name === typed.value
        ? p
        : { ...p, sheet: { ...p.sheet, reportingUnit: { ...typed, value: name } } },
    );
  }
  return { used, aside };
}

/**
 * Validates the batch against the list. The counted sheets are validated as the batch (a
 * set-aside older copy would otherwise be a "duplicate-unit" error on the newer one, or move
 * the batch's majority period); the sheets left out one by one, only to count their errors.
 * The run then holds the counted sheets only, so consolidating it counts each unit once.
 */
export function statusPrepared(
  batch: PreparedBatch,
  input: SubmissionInput,
  options: { fileIssues?: Issue[]; validate?: Partial<ValidateOptions> } = {},
): StatusRun {
  const sheets = submittedSheets(batch, input);
  // A file none of whose sheets could be read as a biểu is listed as such, not lost.
  const readFiles = new Set(sheets.map((s) => s.file));
  const tracking = trackSubmissions(input.list, sheets, {
    deadline: input.deadline,
    unreadable: batch.files.filter((f) => !readFiles.has(f)),
  });
  const { used, aside } = splitByTracking(batch, tracking, input.list);
  const run = validatePrepared(
    { ...batch, parsed: used },
    { ...options, validate: { ...options.validate, unitsFromList: true } },
  );
  const asideIssues = aside.flatMap(
    (p) => validateBatch([p], batch.catalog, options.validate).issues,
  );
  const unlistedIssues = tracking.summary.unlisted.flatMap((u) =>
    u.reason === "not-listed" && u.sheet !== null
      ? [
          issueOf(
            "submission-unlisted",
            { sheet: u.sheet, unit: u.unit, listFile: input.list.file },
            { file: u.file, sheet: u.sheet },
          ),
        ]
      : [],
  );
  return {
    ...run,
    issues: sortIssues([...run.issues, ...trackingIssues(tracking), ...unlistedIssues]),
    submission: withErrors(tracking.summary, [...run.issues, ...asideIssues]),
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
  /**
   * Called once the batch is validated, before it is consolidated: where a host that can give
   * memory back should. Consolidating allocates while the parsed and the resolved batch are both
   * held, and V8 lets the garbage of validating pile up under them first.
   */
  validated?: () => void;
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
  options: Omit<ConsolidateOptions, "previous" | "previousFiles"> & {
    /** With the Danh sách đơn vị: each unit counted once (its newest copy), the submission tracked. */
    submission?: SubmissionInput | null;
  } = {},
): ConsolidateRun {
  const status = options.submission ? statusPrepared(batch, options.submission, options) : null;
  const run = consolidateRun(status ?? validatePrepared(batch, options), batch.catalog, {
    ...options,
    previous: batch.previous,
    previousFiles: batch.previousFiles,
  });
  if (status) run.summary.submission = status.submission;
  return run;
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
  options.validated?.();
  const summary = consolidate(run.validation.sheets, catalog, {
    previous,
    period,
    previousInNewBoundaries: conversion ? previousResolver(conversion) : null,
    unitPreviousInNewBoundaries: conversion ? unitPreviousResolver(conversion) : null,
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
