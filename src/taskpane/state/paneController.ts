/**
 * Everything the task pane does that is not drawing: which sources are chosen, the three jobs
 * (run by a BatchEngine: in a Web Worker on the page and in the pane, reading one file at a
 * time, with progress for every phase and a Hủy that works at any time), the
 * confirm-before-overwrite question, settings, and the errors to show. It talks to the place
 * it runs in only through a PaneHost, so the same controller serves Excel and the standalone
 * page, and tests drive it with a fake host and no browser.
 *
 * State is immutable: every change makes a new object and tells the subscribers, which is what
 * React's useSyncExternalStore expects.
 */
import type { BoundaryReview } from "../../core/boundaries/review";
import type { Summary } from "../../core/consolidate/types";
import { reportSheetPlan } from "../../core/narrative";
import type { Report } from "../../core/narrative/types";
import { consolidatedWorkbookPlan } from "../../core/output";
import { isCatalogSheetName } from "../../core/catalog";
import type { Issue, ReportSettings, SheetGrid } from "../../core/types";
import type { WorkbookPlan } from "../../core/types";
import { templateWorkbookPlan } from "../../core/template";
import { largestYoyChanges } from "../../core/output/chartData";
import { loadCatalog } from "../../core/pipeline";
import { DEFAULT_REPORT_SETTINGS } from "../../core/types";
import type { SubmissionSummary } from "../../core/units";
import { writeXlsxBrowser } from "../../io/writeXlsxBrowser";
import { createInProcessEngine } from "../engine/inProcessEngine";
import {
  BatchCancelled,
  type BatchEngine,
  type BatchFile,
  type BatchJob,
  type BatchProgress,
  type BatchRequest,
  type BatchResult,
} from "../engine/types";
import type { PaneHost, WorkbookSheetInfo } from "../host";
import type { Messages } from "../i18n";
import { deadlineFromInput } from "./deadline";
import { errorMessage } from "./errorMessage";
import {
  DOCX_MIME,
  TEMPLATE_FILE_NAME,
  XLSX_MIME,
  consolidatedFileName,
  reportFileName,
} from "./fileNames";

/** A file the planner picked or dropped; its bytes are read only when a job needs them. */
export interface PickedFile {
  id: string;
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
  /** The browser's File itself: a worker reads it there, off the main thread. */
  blob?: Blob;
  /** File.lastModified: when the sheet has no Ngày lập, the day it came in. */
  modified?: number;
}

export type JobId = BatchJob;
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

/** The phase of the running job: reading counts files, the later phases name themselves. */
export type JobProgress = BatchProgress;

export interface PaneState {
  /** Sheets of the open workbook that can be sources (output sheets left out). */
  workbookSheets: WorkbookSheetInfo[];
  chosenSheets: string[];
  files: PickedFile[];
  /**
   * Last year's files: the consolidated workbook, or the former units' sheets (before
   * 1/7/2025) and a Bảng quy đổi, as for `--previous` on the command line.
   */
  previousFiles: PickedFile[];
  /**
   * The planner's Danh sách đơn vị, as for `--units`: who sent is tracked against it, and
   * consolidating counts each unit once (its newest copy). null = none picked.
   */
  unitListFile: PickedFile | null;
  /** Hạn nộp as typed (dd/mm/yyyy), used with the list; "" = none. */
  deadlineText: string;
  /** A "Danh mục chỉ tiêu" workbook extending the default catalog; null = none picked. */
  catalogFile: PickedFile | null;
  /** The open workbook's own "Danh mục chỉ tiêu" sheet, used when no file is picked. */
  workbookCatalogSheet: string | null;
  running: JobId | "download" | "restore" | null;
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
  /**
   * Who of the list sent, from the last Kiểm tra or Tổng hợp with a list; null otherwise. With
   * the step it is shown in and the batch's period (for the reminder).
   */
  submission: { summary: SubmissionSummary; place: JobId; period: string | null } | null;
  /** How the last run carried cùng kỳ over from former units; null when it did not. */
  boundary: BoundaryReview | null;
  /** Consolidate waits for the planner to accept the quy đổi before anything is written. */
  boundaryPending: boolean;
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
  /**
   * Runs the jobs. The browser entries pass the worker engine; without one, jobs run on the
   * calling thread with readWorkbook and yieldToUi below (tests, hosts without workers).
   */
  engine: BatchEngine | null;
  readWorkbook(bytes: Uint8Array, fileName: string): Promise<ReadResultLike>;
  reportDocx(report: Report): Promise<Uint8Array>;
  /** .xlsx bytes of a plan (the blank template). */
  workbookBytes(plan: WorkbookPlan): Promise<Uint8Array>;
  /** Lets the browser paint (progress bar, cancel click) between files and phases. */
  yieldToUi(): Promise<void>;
}

class Cancelled extends Error {}

export { errorMessage } from "./errorMessage";

export const initialPaneState: PaneState = {
  workbookSheets: [],
  chosenSheets: [],
  files: [],
  previousFiles: [],
  unitListFile: null,
  deadlineText: "",
  catalogFile: null,
  workbookCatalogSheet: null,
  running: null,
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
  submission: null,
  boundary: null,
  boundaryPending: false,
  settings: DEFAULT_REPORT_SETTINGS,
  confirm: null,
};

export class PaneController {
  private state: PaneState = initialPaneState;
  private readonly listeners = new Set<() => void>();
  private progress: JobProgress | null = null;
  private readonly progressListeners = new Set<() => void>();
  /** Remembers parsed picked files by PickedFile.id: a second job does not parse them again. */
  private readonly engine: BatchEngine;
  private answerConfirm: ((replace: boolean) => void) | null = null;
  private answerBoundary: ((accept: boolean) => void) | null = null;

  constructor(
    private readonly host: PaneHost,
    private readonly t: Messages,
    private readonly deps: ControllerDeps,
  ) {
    this.engine =
      deps.engine ??
      createInProcessEngine({
        readWorkbook: deps.readWorkbook,
        writeWorkbook: async (sheets) => writeXlsxBrowser(sheets),
        yieldToUi: deps.yieldToUi,
      });
  }

  getState = (): PaneState => this.state;

  /**
   * The running job's progress, a store of its own: it changes with every file read, and
   * only the progress bar listens to it, so a province's 150 files do not redraw the pane
   * 150 times.
   */
  getProgress = (): JobProgress | null => this.progress;

  subscribeProgress = (listener: () => void): (() => void) => {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  };

  private setProgress(progress: JobProgress | null): void {
    if (progress === this.progress) return;
    this.progress = progress;
    for (const listener of this.progressListeners) listener();
  }

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
    this.engine.forget(id);
    this.set({ files: this.state.files.filter((f) => f.id !== id) });
    if (file !== undefined)
      this.notify("sources", this.t.fileRemoved(file.name, this.state.files.length), false);
  }

  removeAllFiles(): void {
    for (const file of this.state.files) this.engine.forget(file.id);
    this.set({ files: [] });
    this.notify("sources", this.t.allFilesRemoved, false);
  }

  /** Adds last year's files; the same file picked twice counts once. */
  addPreviousFiles(files: PickedFile[]): void {
    const known = new Set(this.state.previousFiles.map((f) => `${f.name}|${f.size}`));
    const fresh = files.filter((f) => !known.has(`${f.name}|${f.size}`));
    if (fresh.length > 0) this.set({ previousFiles: [...this.state.previousFiles, ...fresh] });
  }

  removePreviousFile(id: string): void {
    this.engine.forget(id);
    this.set({ previousFiles: this.state.previousFiles.filter((f) => f.id !== id) });
  }

  /** Picks the Danh sách đơn vị (one file); what the old one said is no longer shown. */
  setUnitList(file: PickedFile): void {
    if (this.state.unitListFile !== null) this.engine.forget(this.state.unitListFile.id);
    this.set({ unitListFile: file, submission: null });
  }

  removeUnitList(): void {
    if (this.state.unitListFile !== null) this.engine.forget(this.state.unitListFile.id);
    this.set({ unitListFile: null, submission: null });
  }

  setDeadline(text: string): void {
    this.set({ deadlineText: text });
  }

  /** The Vietnamese refusal of what is typed as Hạn nộp, or null when it reads (or is empty). */
  deadlineProblem(): string | null {
    const text = this.state.deadlineText;
    return deadlineFromInput(text) === undefined ? this.t.deadlineInvalid(text.trim()) : null;
  }

  setCatalog(file: PickedFile | null): void {
    if (this.state.catalogFile !== null) this.engine.forget(this.state.catalogFile.id);
    this.set({ catalogFile: file });
  }

  /** Shows a message the pane itself decided on (e.g. files that are not .xlsx). */
  showNotice(notice: string | null, place: OutcomePlace = "sources", focus = true): void {
    this.notify(place, notice, focus);
  }

  dismissError(): void {
    this.set({ error: null });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  /**
   * Stops the running job: the worker at once, whatever phase it is in; on the calling thread
   * at the next file or phase. Nothing of the job is kept or written.
   */
  cancel(): void {
    if (this.state.running === null) return;
    this.set({ cancelRequested: true });
    this.engine.cancel();
    // Waiting on the planner's look at the quy đổi: Hủy there is a no.
    this.answerBoundaryReview(false);
  }

  /** The planner's answer to the quy đổi shown before writing: write the outputs or not. */
  answerBoundaryReview(accept: boolean): void {
    const answer = this.answerBoundary;
    this.answerBoundary = null;
    if (answer === null) return;
    this.set({ boundaryPending: false });
    answer(accept);
  }

  confirmReplace(replace: boolean): void {
    const answer = this.answerConfirm;
    this.answerConfirm = null;
    this.set({ confirm: null });
    answer?.(replace);
  }

  async validate(): Promise<void> {
    await this.job("validate", async () => {
      const result = await this.runEngine("validate", false);
      this.set({
        issues: result.issues,
        sheetsRead: result.sheetsRead,
        workbookFiles: result.workbookFiles,
        issueUnits: result.issueUnits,
        submission: submissionOf(result, "validate"),
      });
      const errors = result.issues.filter((i) => i.severity === "error").length;
      const warnings = result.issues.filter((i) => i.severity === "warning").length;
      this.notify("validate", this.t.validateDone(result.sheetsRead, errors, warnings));
    });
  }

  async consolidate(): Promise<void> {
    await this.job("consolidate", async () => {
      // A host that takes the workbook as a file gets it written by the engine (off the main
      // thread); a host that writes sheets (Excel) gets the plan.
      const saveWorkbook = this.host.saveWorkbook?.bind(this.host);
      const result = await this.runEngine("consolidate", saveWorkbook !== undefined);
      const { summary, report } = this.showResults(result, "consolidate");
      if (result.boundary !== null && !(await this.reviewBoundary())) {
        this.checkCancelled();
        this.notify("consolidate", this.t.boundaryDeclined);
        return;
      }
      if (saveWorkbook !== undefined && result.xlsx !== null) {
        this.setProgress(null);
        const { fileName, bytes, sheets } = result.xlsx;
        this.notify("consolidate", (await saveWorkbook(fileName, bytes, sheets)).message);
        return;
      }
      const plan = consolidatedWorkbookPlan(summary, result.issues, {
        issuingBody: this.state.settings.issuingBody,
        report: reportSheetPlan(report),
      });
      // Reading is over: a cancel now would be ignored by the write, so stop here or not at all.
      this.checkCancelled();
      this.setProgress(null);
      let declined = false;
      const written = await this.host.writeOutputs(
        plan,
        (sheets) =>
          new Promise<boolean>((resolve) => {
            this.answerConfirm = (replace) => {
              declined = !replace;
              resolve(replace);
            };
            this.set({ confirm: { sheets } });
          }),
        {
          fileName: consolidatedFileName(summary.period),
          chart: largestYoyChanges(summary),
        },
      );
      this.notify("consolidate", declined ? this.t.outputsKept : written.message);
      if (!declined && written.kept !== undefined) this.set({ restorable: written.kept });
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
      this.showResults(await this.runEngine("report", false), null);
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

  /**
   * "Tải biểu mẫu trống": the blank sheet for units to fill, with the catalog in use (the
   * picked catalog file over the default) on its own sheet to edit.
   */
  async downloadTemplate(): Promise<void> {
    if (this.state.running !== null) return;
    this.set({ running: "download", error: null, notice: null });
    try {
      let catalog = loadCatalog(null).catalog;
      const file = this.state.catalogFile;
      if (file !== null) {
        const read = await this.deps.readWorkbook(await file.read(), file.name);
        catalog = loadCatalog(read.grids, file.name).catalog;
      }
      const name = TEMPLATE_FILE_NAME;
      const bytes = await this.deps.workbookBytes(templateWorkbookPlan(catalog));
      const outcome = await this.host.download(name, bytes, XLSX_MIME);
      this.notify(
        "sources",
        outcome === "started"
          ? this.t.templateDownloaded(name)
          : outcome === "unavailable"
            ? this.t.templateUnavailable
            : this.t.templateOffered(name),
      );
    } catch (error) {
      this.fail("load", error);
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
      if (error instanceof Cancelled || error instanceof BatchCancelled)
        this.notify(id, this.t.cancelled);
      else this.fail(id, error);
    } finally {
      this.answerConfirm = null;
      this.answerBoundary = null;
      this.setProgress(null);
      this.set({ running: null, cancelRequested: false, confirm: null, boundaryPending: false });
    }
  }

  /**
   * Shows a consolidation's results: the issues, the summary and the report, and who sent
   * when `place` is the step to show it in (a draft leaves the panel as it was).
   */
  private showResults(
    result: BatchResult,
    place: JobId | null,
  ): { summary: Summary; report: Report } {
    const { summary, report } = result;
    const read = {
      issues: result.issues,
      sheetsRead: result.sheetsRead,
      workbookFiles: result.workbookFiles,
      issueUnits: result.issueUnits,
      ...(place !== null ? { submission: submissionOf(result, place) } : {}),
    };
    if (summary === null || report === null || summary.reportingUnits.length === 0) {
      // Nothing was read: an empty workbook or a draft "của 0 đơn vị" would only mislead.
      this.set({ ...read, summary: null, report: null, boundary: null });
      throw new Error(this.t.nothingRead);
    }
    this.set({ ...read, summary, report, boundary: result.boundary });
    return { summary, report };
  }

  /**
   * Shows the quy đổi and waits for the planner: the figures carried over from former units
   * are checked before they reach a workbook, not found wrong after.
   */
  private reviewBoundary(): Promise<boolean> {
    this.setProgress(null);
    return new Promise<boolean>((resolve) => {
      this.answerBoundary = resolve;
      this.set({ boundaryPending: true });
    });
  }

  private checkCancelled(): void {
    if (this.state.cancelRequested) throw new Cancelled();
  }

  /**
   * Runs a job on the engine: the workbook's chosen sheets are read here first (Office.js
   * lives on this thread), in one host call; the picked files go to the engine as they are.
   */
  private async runEngine(job: BatchJob, writeXlsx: boolean): Promise<BatchResult> {
    const { chosenSheets, files, catalogFile, unitListFile } = this.state;
    const previousFiles = job === "validate" ? [] : this.state.previousFiles;
    if (chosenSheets.length === 0 && files.length === 0) throw new Error(this.t.noSources);
    // A Hạn nộp that does not read stops the job before anything is read, as --deadline does.
    const deadline = unitListFile !== null ? deadlineFromInput(this.state.deadlineText) : null;
    if (deadline === undefined)
      throw new Error(this.t.deadlineInvalid(this.state.deadlineText.trim()));

    // The workbook's own catalog sheet is read in the same host call as the chosen sheets:
    // one Excel.run, within the sync budget.
    const catalogSheet = catalogFile === null ? this.state.workbookCatalogSheet : null;
    const workbookSheets = catalogSheet ? [...chosenSheets, catalogSheet] : chosenSheets;
    let workbook: BatchRequest["workbook"] = null;
    if (workbookSheets.length > 0) {
      const total =
        1 + files.length + previousFiles.length + (catalogFile ? 1 : 0) + (unitListFile ? 1 : 0);
      this.setProgress({ phase: "read", done: 0, total, current: this.t.readingWorkbook });
      const read = await this.host.readWorkbookSheets(workbookSheets);
      this.checkCancelled();
      workbook = { grids: read.grids, issues: read.issues, catalogSheet };
    }
    const result = await this.engine.run(
      {
        job,
        workbook,
        files: files.map(batchFile),
        previousFiles: previousFiles.map(batchFile),
        catalog: catalogFile ? batchFile(catalogFile) : null,
        unitList: unitListFile ? batchFile(unitListFile) : null,
        deadline,
        settings: this.state.settings,
        writeXlsx,
      },
      (progress) => {
        if (!this.state.cancelRequested) this.setProgress(progress);
      },
    );
    this.checkCancelled();
    return result;
  }
}

function batchFile(file: PickedFile): BatchFile {
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    read: () => file.read(),
    blob: file.blob ?? null,
    modified: file.modified ?? null,
  };
}

function submissionOf(result: BatchResult, place: JobId): PaneState["submission"] {
  return result.submission === null
    ? null
    : { summary: result.submission, place, period: result.periodLabel };
}
