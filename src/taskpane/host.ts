/**
 * What the task pane needs from wherever it runs. Inside Excel this is the Office.js host
 * (src/excel); in a plain browser it is the standalone host (src/standalone). Components get
 * a PaneHost as a prop and never touch Office themselves.
 */
import type { ChartBar } from "../core/output/chartData";
import type { Issue, ReportSettings, SheetGrid, WorkbookPlan } from "../core/types";

export interface WorkbookSheetInfo {
  name: string;
  /** True for sheets this add-in wrote (Tổng hợp, Nguồn, Kiểm tra, Báo cáo): never offered as sources. */
  isOutput: boolean;
}

export interface WriteResult {
  /** What the planner is told: where the results went. */
  message: string;
  /**
   * Output sheets whose replaced version the host kept and can bring back with
   * restoreOutputs (Excel: hidden "… (bản trước)" sheets); absent or empty when none.
   */
  kept?: string[];
}

export interface WriteOutputsOptions {
  /** e.g. "TongHop_6thang_2026.xlsx", made from the report period. */
  fileName?: string;
  /** The bars of the year-on-year chart, for hosts that draw it with their own charts (Excel). */
  chart?: ChartBar[];
}

/**
 * What a download attempt is known to have done: "started" where the browser reliably saves
 * (the standalone page), "unconfirmed" where the host may silently drop it (add-in webviews),
 * "unavailable" where the host is known to block it (Office for Mac): nothing was tried.
 */
export type DownloadOutcome = "started" | "unconfirmed" | "unavailable";

export interface PaneHost {
  kind: "excel" | "standalone";
  /** Sheets of the open workbook (empty for the standalone page). */
  listWorkbookSheets(): Promise<WorkbookSheetInfo[]>;
  /** Reads the chosen sheets of the open workbook as grids (file = the workbook's name). */
  readWorkbookSheets(names: string[]): Promise<{ grids: SheetGrid[]; issues: Issue[] }>;
  /**
   * Puts the output sheets where the planner finds them: new sheets in Excel, a downloaded
   * .xlsx in the browser. `confirmReplaceEdited` is asked before replacing output sheets the
   * planner edited since the last run; answering false cancels without changing anything.
   * `options.fileName` names the downloaded workbook where the host downloads one (the
   * standalone page); the Excel host may ignore it.
   */
  writeOutputs(
    plan: WorkbookPlan,
    confirmReplaceEdited: (sheets: string[]) => Promise<boolean>,
    options?: WriteOutputsOptions,
  ): Promise<WriteResult>;
  /**
   * Output sheets that have a kept previous version now (Excel); hosts that write files
   * (the standalone page) have none and leave both methods out.
   */
  keptOutputs?(): Promise<string[]>;
  /** Khôi phục: brings the kept previous outputs back; what is replaced is kept in turn. */
  restoreOutputs?(): Promise<WriteResult>;
  /**
   * Hosts that take the consolidated workbook as a file (the standalone page) have this: the
   * engine writes the .xlsx off the main thread and the host only saves the bytes. Hosts
   * without it get the plan through writeOutputs.
   */
  saveWorkbook?(fileName: string, bytes: Uint8Array, sheets: string[]): Promise<WriteResult>;
  /** Offers a file for download (the .docx; in the browser also the .xlsx). */
  download(fileName: string, bytes: Uint8Array, mime: string): Promise<DownloadOutcome | void>;
  /** Selects a cell of the open workbook; false when the issue's sheet is not in it. */
  selectCell(sheet: string, cell: string | null): Promise<boolean>;
  loadSettings(): Promise<ReportSettings>;
  saveSettings(settings: ReportSettings): Promise<void>;
  /** "vi" or "en", from Office's display language or the browser's. */
  language(): "vi" | "en";
}
