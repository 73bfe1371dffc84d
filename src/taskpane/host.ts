/**
 * What the task pane needs from wherever it runs. Inside Excel this is the Office.js host
 * (src/excel); in a plain browser it is the standalone host (src/standalone). Components get
 * a PaneHost as a prop and never touch Office themselves.
 */
import type { Issue, ReportSettings, SheetGrid, WorkbookPlan } from "../core/types";

export interface WorkbookSheetInfo {
  name: string;
  /** True for sheets this add-in wrote (Tổng hợp, Nguồn, Kiểm tra, Báo cáo): never offered as sources. */
  isOutput: boolean;
}

export interface WriteResult {
  /** What the planner is told: where the results went. */
  message: string;
}

export interface WriteOutputsOptions {
  /** e.g. "TongHop_6thang_2026.xlsx", made from the report period. */
  fileName?: string;
}

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
  /** Offers a file for download (the .docx; in the browser also the .xlsx). */
  download(fileName: string, bytes: Uint8Array, mime: string): Promise<void>;
  /** Selects a cell of the open workbook; false when the issue's sheet is not in it. */
  selectCell(sheet: string, cell: string | null): Promise<boolean>;
  loadSettings(): Promise<ReportSettings>;
  saveSettings(settings: ReportSettings): Promise<void>;
  /** "vi" or "en", from Office's display language or the browser's. */
  language(): "vi" | "en";
}
