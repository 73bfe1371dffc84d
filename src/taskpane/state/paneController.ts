/**
 * Everything the task pane does that is not drawing: which sources are chosen, reading them
 * one file at a time (with progress and a way to cancel between files), the three jobs, the
 * confirm-before-overwrite question, settings, and the errors to show. It talks to the place
 * it runs in only through a PaneHost, so the same controller serves Excel and the standalone
 * page, and tests drive it with a fake host and no browser.
 *
 * State is immutable: every change makes a new object and tells the subscribers, which is what
 * React's useSyncExternalStore expects.
 */
import type { Summary } from "../../core/consolidate/types";
import type { Report } from "../../core/narrative/types";
import { consolidatedWorkbookPlan } from "../../core/output";
import { consolidatePrepared, prepareBatch, validatePrepared } from "../../core/pipeline";
import type { BatchInput, ConsolidateRun, PreparedBatch, WorkbookRead } from "../../core/pipeline";
import { sortIssues } from "../../core/validate";
import { isCatalogSheetName } from "../../core/catalog";
import type { Issue, ReportSettings, SheetGrid, SheetPlan } from "../../core/types";
import { DEFAULT_REPORT_SETTINGS } from "../../core/types";
import type { PaneHost, WorkbookSheetInfo } from "../host";
import type { Messages } from "../i18n";
import { DOCX_MIME, consolidatedFileName, reportFileName } from "./fileNames";
import { issueUnitKey } from "./issueGroups";
import type { ResolvedSheet } from "../../core/validate/types";

/** A file the planner picked or dropped; its bytes are read only when a job needs them. */
export interface PickedFile {
  id: string;
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export type JobId = "validate" | "consolidate" | "report";
export type ErrorContext = JobId | "load" | "settings" | "select" | "download" | "restore";
/** Where in the pane an outcome is shown: beside the step or section it is about. */
export type OutcomePlace = "sources" | JobId | "settings";

/** The place each failure is shown at. */
export function placeOf(context: ErrorContext): OutcomePlace {
  switch (context) {
    case "validate":
    case "select":
      return "validate";
    case "consolidate":
    case "restore":
      return "consolidate";
    case "report":
    case "download":
      return "report";
    case "load":
      return "sources";
    case "settings":
      return "settings";
  }
}

export interface ReadProgress {
  done: number;
  total: number;
  /** What is being read now, or null between items. */
  current: string | null;
}

export interface PaneState {
  /** Sheets of the open workbook that can be sources (output sheets left out). */
  workbookSheets: WorkbookSheetInfo[];
  chosenSheets: string[];
  files: PickedFile[];
  previousFile: PickedFile | null;
  /** A "Danh mục chỉ tiêu" workbook extending the default catalog; null = none picked. */
  catalogFile: PickedFile | null;
  /** The open workbook's own "Danh mục chỉ tiêu" sheet, used when no file is picked. */
  workbookCatalogSheet: string | null;
  running: JobId | "download" | "restore" | null;
  progress: ReadProgress | null;
  cancelRequested: boolean;
  error: { context: ErrorContext; message: string } | null;
  notice: string | null;
  /** Where the notice belongs. */
  noticePlace: OutcomePlace;
  /** Grows with every new error or notice, so the pane can bring each one into view. */
  outcomeSeq: number;
  /** Whether the newest outcome takes the keyboard focus (a job's) or is only announced. */
  outcomeFocus: boolean;
  /** The reporting unit of each sheet read, by issueUnitKey(file, sheet), for grouping issues. */
  issueUnits: Record<string, string>;
  /** Output sheets with a kept previous version that Khôi phục can bring back. */
  restorable: string[];
  /** Issues of the last validate or consolidate run; null before any run. */
  issues: Issue[] | null;
  sheetsRead: number;
  /** File names that are the open workbook (their issues can select a cell). */
  workbookFiles: string[];
  summary: Summary | null;
  report: Report | null;
  settings: ReportSettings;
  /** Sheets the host asks about before overwriting them; null when nothing is asked. */
  confirm: { sheets: string[] } | null;
}

export interface ReadResultLike {
  grids: SheetGrid[];
  issues: Issue[];
}

/** What the controller needs besides the host; tests replace parts of it. */
export interface ControllerDeps {
  readWorkbook(bytes: Uint8Array, fileName: string): Promise<ReadResultLike>;
  draftReport(summary: Summary, issues: Issue[], settings: ReportSettings): Report;
  reportSheetPlan(report: Report): SheetPlan;
  reportDocx(report: Report): Promise<Uint8Array>;
  /** Lets the browser paint (progress bar, cancel click) between files. */
  yieldToUi(): Promise<void>;
}

class Cancelled extends Error {}

/** The text a planner is shown for a failure: the host's own Vietnamese message first. */
export function errorMessage(error: unknown, fallback: string): string {
  if (typeof error === "object" && error !== null) {
    const user = (error as { userMessage?: unknown }).userMessage;
    if (typeof user === "string" && user !== "") return user;
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string" && message !== "") return message;
  }
  if (typeof error === "string" && error !== "") return error;
  return fallback;
}

export const initialPaneState: PaneState = {
  workbookSheets: [],
  chosenSheets: [],
  files: [],
  previousFile: null,
  catalogFile: null,
  workbookCatalogSheet: null,
  running: null,
  progress: null,
  cancelRequested: false,
  error: null,
  notice: null,
  noticePlace: "sources",
  outcomeSeq: 0,
  outcomeFocus: false,
  issueUnits: {},
  restorable: [],
  issues: null,
  sheetsRead: 0,
  workbookFiles: [],
  summary: null,
  report: null,
  settings: DEFAULT_REPORT_SETTINGS,
  confirm: null,
};

export class PaneController {
  private state: PaneState = initialPaneState;
  private readonly listeners = new Set<() => void>();
  /** Picked files already parsed, by PickedFile.id: a second job does not parse them again. */
  private readonly parsed = new Map<string, ReadResultLike>();
  private answerConfirm: ((replace: boolean) => void) | null = null;

  constructor(
    private readonly host: PaneHost,
    private readonly t: Messages,
    private readonly deps: ControllerDeps,
  ) {}

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Loads the workbook's sheets and the saved settings; failures are shown, not thrown. */
  async init(): Promise<void> {
    try {
      const [sheets, settings, restorable] = await Promise.all([
        this.host.listWorkbookSheets(),
        this.host.loadSettings(),
        this.host.keptOutputs ? this.host.keptOutputs() : Promise.resolve([]),
      ]);
      // A catalog sheet kept in the planner's workbook is the catalog, not a report.
      const sources = sheets.filter((s) => !s.isOutput && !isCatalogSheetName(s.name));
      const catalogSheet = sheets.find((s) => !s.isOutput && isCatalogSheetName(s.name));
      this.set({
        workbookSheets: sources,
        workbookCatalogSheet: catalogSheet?.name ?? null,
        chosenSheets: this.state.chosenSheets.filter((n) => sources.some((s) => s.name === n)),
        settings: { ...DEFAULT_REPORT_SETTINGS, ...settings },
        restorable,
      });
    } catch (error) {
      this.fail("load", error);
    }
  }

  toggleSheet(name: string, chosen: boolean): void {
    const others = this.state.chosenSheets.filter((n) => n !== name);
    this.set({ chosenSheets: chosen ? [...others, name] : others });
  }

  /** Ticks or clears every source sheet of the workbook at once. */
  chooseAllSheets(chosen: boolean): void {
    this.set({ chosenSheets: chosen ? this.state.workbookSheets.map((s) => s.name) : [] });
  }

  addFiles(files: PickedFile[]): void {
    // The same file picked twice counts once (a planner re-picking a folder's files).
    const known = new Set(this.state.files.map((f) => `${f.name}|${f.size}`));
    const fresh = files.filter((f) => !known.has(`${f.name}|${f.size}`));
    this.set({ files: [...this.state.files, ...fresh] });
    if (fresh.length > 0)
      this.notify("sources", this.t.filesAdded(fresh.length, this.state.files.length), false);
  }

  removeFile(id: string): void {
    const file = this.state.files.find((f) => f.id === id);
    this.parsed.delete(id);
    this.set({ files: this.state.files.filter((f) => f.id !== id) });
    if (file !== undefined)
      this.notify("sources", this.t.fileRemoved(file.name, this.state.files.length), false);
  }

  removeAllFiles(): void {
    for (const file of this.state.files) this.parsed.delete(file.id);
    this.set({ files: [] });
    this.notify("sources", this.t.allFilesRemoved, false);
  }

  setPrevious(file: PickedFile | null): void {
    if (this.state.previousFile !== null) this.parsed.delete(this.state.previousFile.id);
    this.set({ previousFile: file });
  }

  setCatalog(file: PickedFile | null): void {
    if (this.state.catalogFile !== null) this.parsed.delete(this.state.catalogFile.id);
    this.set({ catalogFile: file });
  }

  /** Shows a message the pane itself decided on (e.g. files that are not .xlsx). */
  showNotice(notice: string | null, place: OutcomePlace = "sources"): void {
    this.notify(place, notice);
  }

  dismissError(): void {
    this.set({ error: null });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  /** Asks the running job to stop after the file being read now. */
  cancel(): void {
    if (this.state.running !== null) this.set({ cancelRequested: true });
  }

  confirmReplace(replace: boolean): void {
    const answer = this.answerConfirm;
    this.answerConfirm = null;
    this.set({ confirm: null });
    answer?.(replace);
  }

  async validate(): Promise<void> {
    await this.job("validate", async () => {
      const input = await this.readSources(false);
      const run = validatePrepared(input.batch, {
        validate: { yoyThreshold: this.state.settings.yoyThreshold },
      });
      this.set({
        issues: run.issues,
        sheetsRead: run.validation.sheets.length,
        workbookFiles: input.workbookFiles,
        issueUnits: issueUnitsOf(run.validation.sheets),
      });
      const errors = run.issues.filter((i) => i.severity === "error").length;
      const warnings = run.issues.filter((i) => i.severity === "warning").length;
      this.notify("validate", this.t.validateDone(run.validation.sheets.length, errors, warnings));
    });
  }

  async consolidate(): Promise<void> {
    await this.job("consolidate", async () => {
      const { run, report, issues } = await this.summarize();
      const plan = consolidatedWorkbookPlan(run.summary, issues, {
        issuingBody: this.state.settings.issuingBody,
        report: this.deps.reportSheetPlan(report),
      });
      // Reading is over: a cancel now would be ignored by the write, so stop here or not at all.
      this.checkCancelled();
      this.set({ progress: null });
      let declined = false;
      const result = await this.host.writeOutputs(
        plan,
        (sheets) =>
          new Promise<boolean>((resolve) => {
            this.answerConfirm = (replace) => {
              declined = !replace;
              resolve(replace);
            };
            this.set({ confirm: { sheets } });
          }),
        { fileName: consolidatedFileName(run.summary.period) },
      );
      this.notify("consolidate", declined ? this.t.outputsKept : result.message);
      if (!declined && result.kept !== undefined) this.set({ restorable: result.kept });
    });
  }

  /** Khôi phục: the host swaps the kept previous outputs back in; nothing is deleted. */
  async restoreOutputs(): Promise<void> {
    const restore = this.host.restoreOutputs;
    if (restore === undefined || this.state.running !== null) return;
    this.set({ running: "restore", error: null, notice: null });
    try {
      const result = await restore.call(this.host);
      this.notify("consolidate", result.message);
      if (result.kept !== undefined) this.set({ restorable: result.kept });
    } catch (error) {
      this.fail("restore", error);
    } finally {
      this.set({ running: null });
    }
  }

  async draft(): Promise<void> {
    await this.job("report", async () => {
      await this.summarize();
      this.notify("report", this.t.draftDone);
    });
  }

  async downloadReport(): Promise<void> {
    const report = this.state.report;
    if (report === null || this.state.running !== null) return;
    this.set({ running: "download", error: null, notice: null });
    try {
      const name = reportFileName(this.state.summary?.period ?? null);
      const outcome = await this.host.download(name, await this.deps.reportDocx(report), DOCX_MIME);
      // Say what is known to have happened, no more: a webview may drop the download silently.
      this.notify(
        "report",
        outcome === "started"
          ? this.t.docxStarted(name)
          : outcome === "unavailable"
            ? this.t.docxUnavailable
            : this.t.docxUnconfirmed(name),
      );
    } catch (error) {
      this.fail("download", error);
    } finally {
      this.set({ running: null });
    }
  }

  /** Selects an issue's cell in the open workbook; issues of picked files only show where. */
  async selectIssue(issue: Issue): Promise<void> {
    if (!this.isWorkbookIssue(issue) || issue.sheet === null) return;
    try {
      const found = await this.host.selectCell(issue.sheet, issue.cell);
      if (!found) this.notify("validate", this.t.cellNotFound(issue.sheet));
    } catch (error) {
      this.fail("select", error);
    }
  }

  async saveSettings(settings: ReportSettings): Promise<void> {
    this.set({ error: null, notice: null });
    try {
      await this.host.saveSettings(settings);
      this.set({ settings });
      this.notify("settings", this.t.settingsSaved);
    } catch (error) {
      this.fail("settings", error);
    }
  }

  isWorkbookIssue(issue: Issue): boolean {
    return issue.sheet !== null && this.state.workbookFiles.includes(issue.file);
  }

  // ───────────────────────────── internals ─────────────────────────────

  private fail(context: ErrorContext, error: unknown): void {
    this.set({
      error: { context, message: errorMessage(error, this.t.unknownError) },
      outcomeSeq: this.state.outcomeSeq + 1,
      outcomeFocus: true,
    });
  }

  private notify(place: OutcomePlace, notice: string | null, focus = true): void {
    this.set({
      notice,
      noticePlace: place,
      outcomeSeq: this.state.outcomeSeq + 1,
      outcomeFocus: focus,
    });
  }

  private async job(id: JobId, work: () => Promise<void>): Promise<void> {
    if (this.state.running !== null) return;
    this.set({ running: id, error: null, notice: null, cancelRequested: false });
    try {
      await work();
    } catch (error) {
      if (error instanceof Cancelled) this.notify(id, this.t.cancelled);
      else this.fail(id, error);
    } finally {
      this.answerConfirm = null;
      this.set({ running: null, progress: null, cancelRequested: false, confirm: null });
    }
  }

  private async consolidateRun(): Promise<{ run: ConsolidateRun; input: SourceInput }> {
    const input = await this.readSources(true);
    const run = consolidatePrepared(input.batch, {
      validate: { yoyThreshold: this.state.settings.yoyThreshold },
    });
    return { run, input };
  }

  /** Consolidates and drafts, and shows both; the report's own findings join Kiểm tra. */
  private async summarize(): Promise<{ run: ConsolidateRun; report: Report; issues: Issue[] }> {
    const { run, input } = await this.consolidateRun();
    if (run.summary.units.length === 0) {
      // Nothing was read: an empty workbook or a draft "của 0 đơn vị" would only mislead.
      this.set({
        issues: run.issues,
        sheetsRead: run.validation.sheets.length,
        workbookFiles: input.workbookFiles,
        issueUnits: issueUnitsOf(run.validation.sheets),
        summary: null,
        report: null,
      });
      throw new Error(this.t.nothingRead);
    }
    const report = this.deps.draftReport(run.summary, run.issues, this.state.settings);
    const issues = sortIssues([...run.issues, ...report.issues]);
    this.set({
      issues,
      sheetsRead: run.validation.sheets.length,
      workbookFiles: input.workbookFiles,
      issueUnits: issueUnitsOf(run.validation.sheets),
      summary: run.summary,
      report,
    });
    return { run, report, issues };
  }

  private checkCancelled(): void {
    if (this.state.cancelRequested) throw new Cancelled();
  }

  /**
   * Reads every chosen source: the workbook's sheets in one host call, then each picked file
   * in turn, yielding to the UI before each so the progress shows and a cancel lands between
   * files.
   */
  private async readSources(withPrevious: boolean): Promise<SourceInput> {
    const { chosenSheets, files } = this.state;
    const previousFile = withPrevious ? this.state.previousFile : null;
    if (chosenSheets.length === 0 && files.length === 0) throw new Error(this.t.noSources);

    const { catalogFile } = this.state;
    // The workbook's own catalog sheet is read in the same host call as the chosen sheets:
    // one Excel.run, within the sync budget.
    const catalogSheet = catalogFile === null ? this.state.workbookCatalogSheet : null;
    const workbookSheets = catalogSheet ? [...chosenSheets, catalogSheet] : chosenSheets;
    const total =
      (workbookSheets.length > 0 ? 1 : 0) +
      files.length +
      (previousFile ? 1 : 0) +
      (catalogFile ? 1 : 0);
    let done = 0;
    const sources: WorkbookRead[] = [];
    const workbookFiles: string[] = [];
    let catalog: WorkbookRead | null = null;

    if (workbookSheets.length > 0) {
      this.set({ progress: { done, total, current: this.t.readingWorkbook } });
      const read = await this.host.readWorkbookSheets(workbookSheets);
      const isCatalog = (sheet: string | null) => catalogSheet !== null && sheet === catalogSheet;
      const grids = read.grids.filter((g) => !isCatalog(g.sheet));
      const catalogGrids = read.grids.filter((g) => isCatalog(g.sheet));
      for (const grid of grids)
        if (!workbookFiles.includes(grid.file)) workbookFiles.push(grid.file);
      const file = read.grids[0]?.file ?? "";
      if (grids.length > 0 || read.issues.length > 0)
        sources.push({ file, grids, issues: read.issues });
      if (catalogGrids.length > 0) catalog = { file, grids: catalogGrids, issues: [] };
      done += 1;
    }

    for (const file of files) {
      sources.push({ file: file.name, ...(await this.readPicked(file, done, total)) });
      done += 1;
    }

    let previous: BatchInput["previous"] = null;
    if (previousFile !== null) {
      const read = await this.readPicked(previousFile, done, total);
      // The same file picked among the department files too (as addFiles tells files apart).
      const alsoSource = files.some(
        (f) => f.name === previousFile.name && f.size === previousFile.size,
      );
      previous = { file: previousFile.name, ...read, alsoSource };
      done += 1;
    }
    // The catalog: a picked file first, else the workbook's own sheet, else the default.
    if (catalogFile !== null) {
      catalog = { file: catalogFile.name, ...(await this.readPicked(catalogFile, done, total)) };
      done += 1;
    }
    this.checkCancelled();
    this.set({ progress: { done, total, current: null } });
    const batch = prepareBatch({ sources, catalog, previous });
    if (batch.refusal !== null) throw new Error(batch.refusal);
    return { batch, workbookFiles };
  }

  private async readPicked(file: PickedFile, done: number, total: number): Promise<ReadResultLike> {
    this.checkCancelled();
    this.set({ progress: { done, total, current: file.name } });
    await this.deps.yieldToUi();
    this.checkCancelled();
    let read = this.parsed.get(file.id);
    if (read === undefined) {
      read = await this.deps.readWorkbook(await file.read(), file.name);
      this.parsed.set(file.id, read);
    }
    return read;
  }
}

function issueUnitsOf(sheets: readonly ResolvedSheet[]): Record<string, string> {
  const units: Record<string, string> = {};
  for (const s of sheets) {
    const unit = s.sheet.reportingUnit?.value.trim();
    if (unit) units[issueUnitKey(s.file, s.sheetName)] = unit;
  }
  return units;
}

interface SourceInput {
  batch: PreparedBatch;
  workbookFiles: string[];
}
