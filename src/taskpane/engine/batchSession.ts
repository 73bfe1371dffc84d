/**
 * One job of the pane from sources to results, wherever it runs (a Web Worker, or the calling
 * thread): each picked file is read and parsed in its turn and only what parsing keeps is held
 * (the grid is dropped at once), then the batch is checked, consolidated, drafted and, for the
 * standalone page, written as .xlsx. Parsed files are remembered by id, so Tổng hợp after
 * Kiểm tra does not read them again.
 *
 * The same functions as the command line (src/core/pipeline), so the results are the CLI's.
 */
import { boundaryReview } from "../../core/boundaries/review";
import { draftReport, reportSheetPlan } from "../../core/narrative";
import { consolidatedSheetsStreamed } from "../../core/output";
import {
  consolidatePrepared,
  loadBoundariesFor,
  prepareSource,
  preparedBatch,
  statusPrepared,
  validatePrepared,
  type BatchInput,
  type PreparedBatch,
  type PreparedSource,
  type SubmissionInput,
  type ValidateRun,
  type WorkbookRead,
} from "../../core/pipeline";
import { mostCommonPeriod } from "../../core/consolidate/collect";
import type { Summary } from "../../core/consolidate/types";
import { sourceArray } from "../../core/consolidate/sourceTable";
import { readUnitListWorkbook } from "../../core/units";
import type { Issue, SheetGrid, SheetPlan, StreamedSheetPlan } from "../../core/types";
import { sortIssues } from "../../core/validate";
import { consolidatedFileName } from "../state/fileNames";
import { issueUnitKey } from "../state/issueGroups";
import type { BatchFile, BatchProgress, BatchRequest, BatchResult } from "./types";

export interface SessionDeps {
  readWorkbook(
    bytes: Uint8Array,
    fileName: string,
  ): Promise<{ grids: SheetGrid[]; issues: Issue[] }>;
  /**
   * The consolidated workbook's bytes. The sheets are planned as the writer takes them (and
   * "Nguồn"'s rows made as they are written), so a writer that writes each sheet before it
   * asks for the next holds one sheet's plan at a time.
   */
  writeWorkbook(sheets: Iterable<SheetPlan | StreamedSheetPlan>): Promise<Uint8Array>;
  /**
   * Awaited before each file and each phase: on a UI thread it lets the browser paint and
   * throws BatchCancelled once cancel was asked; in a worker it does nothing.
   */
  checkpoint(): Promise<void>;
  /** Throws BatchCancelled when cancel was asked (checked without yielding). */
  throwIfCancelled(): void;
}

/** Reads a file's bytes where the engine runs; a file the browser cannot give is said so. */
async function fileBytes(file: BatchFile): Promise<Uint8Array> {
  try {
    return await file.read();
  } catch (error) {
    if (error instanceof Error && error.message.includes(file.name)) throw error;
    throw new Error(`Không đọc được tệp “${file.name}” từ máy.`);
  }
}

export class BatchSession {
  /** Department files as prepared (parsed, grids dropped), by file id. */
  private readonly prepared = new Map<string, PreparedSource>();
  /** Last year's workbook, the catalog and the Danh sách đơn vị as read, by role and file id. */
  private readonly whole = new Map<string, WorkbookRead>();

  constructor(private readonly deps: SessionDeps) {}

  forget(fileId: string): void {
    this.prepared.delete(`department:${fileId}`);
    for (const role of ["previous", "catalog", "units"]) this.whole.delete(`${role}:${fileId}`);
  }

  async run(request: BatchRequest, onProgress: (p: BatchProgress) => void): Promise<BatchResult> {
    const { deps } = this;
    const input = await this.readSources(request, onProgress);
    const validate = { yoyThreshold: request.settings.yoyThreshold };

    if (request.job === "validate") {
      onProgress({ phase: "validate", sheets: input.batch.parsed.length });
      await deps.checkpoint();
      // With the list, as `tonghop status`: the sheets each unit's report is made of are checked as the batch.
      const status = input.submission
        ? statusPrepared(input.batch, input.submission, { validate })
        : null;
      const run = status ?? validatePrepared(input.batch, { validate });
      deps.throwIfCancelled();
      return {
        ...readResult(run, input),
        submission: status?.submission ?? null,
        summary: null,
        report: null,
        boundary: null,
        xlsx: null,
      };
    }

    onProgress({ phase: "consolidate", sheets: input.batch.parsed.length });
    await deps.checkpoint();
    // Of the run, only what the job goes on to use is kept from here: its per-sheet answers
    // are let go before the workbook is written, the heaviest step.
    const { read, summary, runIssues, boundary } = await consolidated(input, request);
    if (summary.reportingUnits.length === 0) {
      // Nothing was read: no draft "của 0 đơn vị", no empty workbook.
      deps.throwIfCancelled();
      return {
        ...read,
        submission: summary.submission ?? null,
        // Crosses the postMessage like any other summary (rows of former units may be there).
        summary: withSourceArrays(summary),
        report: null,
        boundary,
        xlsx: null,
      };
    }
    onProgress({ phase: "draft" });
    await deps.checkpoint();
    const report = draftReport(summary, runIssues, request.settings);
    // The report's own findings (e.g. a template that cannot be used) join Kiểm tra.
    const issues = sortIssues([...runIssues, ...report.issues]);

    let xlsx: BatchResult["xlsx"] = null;
    if (request.job === "consolidate" && request.writeXlsx) {
      const fileName = consolidatedFileName(summary.period);
      onProgress({ phase: "write", fileName });
      await deps.checkpoint();
      const sheets: string[] = [];
      const planned = named(
        consolidatedSheetsStreamed(summary, issues, {
          issuingBody: request.settings.issuingBody,
          report: reportSheetPlan(report),
        }),
        sheets,
      );
      let bytes: Uint8Array;
      try {
        bytes = await deps.writeWorkbook(planned);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new Error(`Không tạo được tệp ${fileName}: ${why}`);
      }
      xlsx = { fileName, bytes, sheets };
    }
    deps.throwIfCancelled();
    return {
      ...read,
      issues,
      submission: summary.submission ?? null,
      summary: xlsx === null ? withSourceArrays(summary) : withoutSources(summary),
      report,
      boundary,
      xlsx,
    };
  }

  /**
   * The workbook's sheets (already read by the host), then each picked file in turn: a
   * checkpoint before each, so the progress shows and a cancel lands between files. What each
   * workbook is (a department's, last year's, the catalog, an earlier TongHop output) is
   * decided by the core's prepareBatch rules, as for the command line.
   */
  private async readSources(
    request: BatchRequest,
    onProgress: (p: BatchProgress) => void,
  ): Promise<SourceInput> {
    const { workbook, files, catalog: catalogFile } = request;
    const unitListFile = request.unitList ?? null;
    const previousFiles = request.job === "validate" ? [] : request.previousFiles;
    const total =
      (workbook !== null ? 1 : 0) +
      (unitListFile ? 1 : 0) +
      files.length +
      previousFiles.length +
      (catalogFile ? 1 : 0);
    let done = 0;
    const sources: PreparedSource[] = [];
    const workbookFiles: string[] = [];
    let catalog: WorkbookRead | null = null;

    if (workbook !== null) {
      const isCatalog = (sheet: string) =>
        workbook.catalogSheet !== null && sheet === workbook.catalogSheet;
      const grids = workbook.grids.filter((g) => !isCatalog(g.sheet));
      const catalogGrids = workbook.grids.filter((g) => isCatalog(g.sheet));
      for (const grid of grids)
        if (!workbookFiles.includes(grid.file)) workbookFiles.push(grid.file);
      const file = workbook.grids[0]?.file ?? "";
      if (grids.length > 0 || workbook.issues.length > 0)
        sources.push(prepareSource({ file, grids, issues: workbook.issues }));
      if (catalogGrids.length > 0) catalog = { file, grids: catalogGrids, issues: [] };
      done += 1;
    }

    // The list first: a list that cannot be read stops the job before a province's files are
    // read, with the core's message naming the file, sheet and cell, as `--units` does.
    let submission: SubmissionInput | null = null;
    if (unitListFile) {
      await this.turn(unitListFile.name, done, total, onProgress);
      const read = readUnitListWorkbook(
        unitListFile.name,
        await this.readWhole("units", unitListFile),
      );
      if (read.kind === "refused") throw new Error(read.message);
      const modified = new Map<string, number>();
      for (const file of files)
        if (typeof file.modified === "number") modified.set(file.name, file.modified);
      submission = { list: read.list, deadline: request.deadline ?? null, modified };
      done += 1;
    }

    for (const file of files) {
      await this.turn(file.name, done, total, onProgress);
      const key = `department:${file.id}`;
      let prepared = this.prepared.get(key);
      if (prepared === undefined) {
        // Parsed at once and the grids dropped: a batch never holds more than one file's grids.
        prepared = prepareSource(await this.read(file));
        this.prepared.set(key, prepared);
      }
      sources.push(prepared);
      done += 1;
    }

    const previous: NonNullable<BatchInput["previousFiles"]> = [];
    for (const file of previousFiles) {
      await this.turn(file.name, done, total, onProgress);
      // The same file picked among the department files too (as the pane tells files apart).
      const alsoSource = files.some((f) => f.name === file.name && f.size === file.size);
      previous.push({ ...(await this.readWhole("previous", file)), alsoSource });
      done += 1;
    }
    // The catalog: a picked file first, else the workbook's own sheet, else the default.
    if (catalogFile) {
      await this.turn(catalogFile.name, done, total, onProgress);
      catalog = await this.readWhole("catalog", catalogFile);
      done += 1;
    }
    this.deps.throwIfCancelled();
    onProgress({ phase: "read", done, total, current: null });
    const batch = preparedBatch({ sources, catalog, previousFiles: previous });
    if (batch.refusal !== null) throw new Error(batch.refusal);
    return { batch, workbookFiles, submission };
  }

  private async turn(
    name: string,
    done: number,
    total: number,
    onProgress: (p: BatchProgress) => void,
  ): Promise<void> {
    this.deps.throwIfCancelled();
    onProgress({ phase: "read", done, total, current: name });
    await this.deps.checkpoint();
  }

  private async read(file: BatchFile): Promise<WorkbookRead> {
    const read = await this.deps.readWorkbook(await fileBytes(file), file.name);
    return { file: file.name, grids: read.grids, issues: read.issues };
  }

  /** Last year's, the catalog and the list: kept whole (their rules need grids). */
  private async readWhole(
    role: "previous" | "catalog" | "units",
    file: BatchFile,
  ): Promise<WorkbookRead> {
    const key = `${role}:${file.id}`;
    let read = this.whole.get(key);
    if (read === undefined) {
      read = await this.read(file);
      this.whole.set(key, read);
    }
    return read;
  }
}

/** The batch consolidated: what the job uses of the run, the run itself left to be collected. */
async function consolidated(
  input: SourceInput,
  request: BatchRequest,
): Promise<{
  read: ReturnType<typeof readResult>;
  summary: Summary;
  /** The run's issues, without the report's. */
  runIssues: Issue[];
  boundary: BatchResult["boundary"];
}> {
  const run = consolidatePrepared(input.batch, {
    validate: { yoyThreshold: request.settings.yoyThreshold },
    // The mapping's chunk is loaded only when last year's files are former units' sheets.
    boundaries: await loadBoundariesFor(input.batch.previousFiles),
    bodies: request.settings,
    // As `consolidate --units`: the used sheets only, then Tình hình nộp biểu and the
    // report's "Còn N/M đơn vị chưa gửi" sentence, both from run.summary.submission.
    submission: input.submission,
  });
  return {
    read: readResult(run, input),
    summary: run.summary,
    runIssues: run.issues,
    boundary: run.conversion ? boundaryReview(run.conversion) : null,
  };
}

interface SourceInput {
  batch: PreparedBatch;
  workbookFiles: string[];
  /** The Danh sách đơn vị read, with the deadline and the files' times; null without one. */
  submission: SubmissionInput | null;
}

/** The sheets as they are, each one's name noted in `names` as the writer takes it. */
function* named<T extends { name: string }>(sheets: Iterable<T>, names: string[]): Generator<T> {
  for (const sheet of sheets) {
    names.push(sheet.name);
    yield sheet;
  }
}

/** The summary as the pane shows it once the workbook holds the sources (see BatchResult). */
function withoutSources(summary: Summary): Summary {
  return {
    ...summary,
    rows: summary.rows.map((row) => ({
      ...row,
      sources: [],
      previousSources: [],
      plans: row.plans.map((plan) => ({ ...plan, sources: [] })),
    })),
  };
}

/**
 * The summary with its sources as plain arrays: it may cross a postMessage to the pane, which
 * keeps data but not classes (consolidation stores sources by column, see SourceTable).
 */
function withSourceArrays(summary: Summary): Summary {
  return {
    ...summary,
    rows: summary.rows.map((row) => ({
      ...row,
      sources: sourceArray(row.sources),
      previousSources: sourceArray(row.previousSources),
      plans: row.plans.map((plan) => ({ ...plan, sources: sourceArray(plan.sources) })),
    })),
  };
}

/** What every job tells about the sheets it read. */
function readResult(
  run: ValidateRun,
  input: SourceInput,
): Pick<BatchResult, "issues" | "sheetsRead" | "workbookFiles" | "issueUnits" | "periodLabel"> {
  const issueUnits: Record<string, string> = {};
  for (const s of run.validation.sheets) {
    const unit = s.parsed.reportingUnit?.value.trim();
    if (unit) issueUnits[issueUnitKey(s.file, s.sheetName)] = unit;
  }
  return {
    issues: run.issues,
    sheetsRead: run.validation.sheets.length,
    workbookFiles: input.workbookFiles,
    issueUnits,
    periodLabel: mostCommonPeriod(run.validation.sheets)?.label ?? null,
  };
}
