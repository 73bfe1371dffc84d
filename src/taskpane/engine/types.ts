/**
 * What the pane asks of the engine that runs a job (read the sources, check, consolidate,
 * draft, write the .xlsx) and what comes back. The same request runs in a Web Worker on the
 * page and in the pane (./workerEngine), or on the calling thread where there is no worker
 * (./inProcessEngine): results are the same, only where the work happens differs.
 *
 * Everything here crosses a postMessage as plain data (a BatchFile as its Blob or bytes).
 */
import type { BoundaryReview } from "../../core/boundaries/review";
import type { Summary } from "../../core/consolidate/types";
import type { Report } from "../../core/narrative/types";
import type { Issue, ReportSettings, SheetGrid } from "../../core/types";
import type { SubmissionSummary } from "../../core/units";

export type BatchJob = "validate" | "consolidate" | "report";

/** A picked file as the engine gets it. */
export interface BatchFile {
  /** PickedFile.id: what the engine remembers a parsed file by. */
  id: string;
  name: string;
  /** In bytes: with the name, tells the same file picked twice (last year's among the sources). */
  size: number;
  /** Reads the bytes when the file's turn comes (PickedFile.read, on the calling thread). */
  read(): Promise<Uint8Array>;
  /**
   * The browser's File when there is one: a worker engine posts it (a reference, not a copy)
   * and the worker reads it there, off the main thread; without it, read() is posted as bytes.
   */
  blob: Blob | null;
  /**
   * The file's modification time (ms), as the browser gives it: a submission's date when its
   * sheet has no Ngày lập, as the file time is for the command line. Absent: not known.
   */
  modified?: number | null;
}

export interface BatchRequest {
  job: BatchJob;
  /** Sheets of the open workbook read by the host (Excel), with the reading's issues. */
  workbook: {
    grids: SheetGrid[];
    issues: Issue[];
    /** The workbook's own "Danh mục chỉ tiêu" sheet when it is the catalog, else null. */
    catalogSheet: string | null;
  } | null;
  files: BatchFile[];
  /**
   * Last year's files (consolidate and report only): the consolidated workbook, or the former
   * units' sheets with any Bảng quy đổi, as for `--previous` on the command line.
   */
  previousFiles: BatchFile[];
  catalog: BatchFile | null;
  /**
   * The planner's Danh sách đơn vị, as for `--units` on the command line: who sent is tracked
   * against it, and consolidating counts each unit once (its newest copy). Absent or null: none.
   */
  unitList?: BatchFile | null;
  /** The run's Hạn nộp, ISO (`--deadline`); only with unitList. A unit's own Hạn nộp wins. */
  deadline?: string | null;
  settings: ReportSettings;
  /**
   * Consolidate only: write the workbook as .xlsx bytes where the engine runs (the standalone
   * page downloads it), so the plan never reaches the main thread; false when the host writes
   * the sheets itself (Excel).
   */
  writeXlsx: boolean;
}

/** The phase being worked on, for the progress bar. */
export type BatchProgress =
  | { phase: "read"; done: number; total: number; current: string | null }
  | { phase: "validate" | "consolidate"; sheets: number }
  | { phase: "draft" }
  | { phase: "write"; fileName: string };

export interface BatchResult {
  /** Every issue of the run, sorted (the report's own findings included). */
  issues: Issue[];
  /** Indicator sheets that were read and checked. */
  sheetsRead: number;
  /** File names that are the open workbook (their issues can select a cell). */
  workbookFiles: string[];
  /** The reporting unit of each sheet read, by issueUnitKey(file, sheet), for grouping issues. */
  issueUnits: Record<string, string>;
  /**
   * null for Kiểm tra. With no unit read, the report is null and nothing is written. When the engine wrote the workbook itself (writeXlsx), the rows'
   * source lists are left out (empty): they are in the written "Nguồn" sheet, the pane shows
   * only totals, and copying them to the main thread (~25 MB, most of a second at 150 units)
   * would freeze the page just as the job ends.
   */
  summary: Summary | null;
  report: Report | null;
  /**
   * How cùng kỳ was carried over from former units (1/7/2025), for the planner to check
   * before the outputs are written; null when last year's files were not former units'.
   */
  boundary: BoundaryReview | null;
  /** Who of the Danh sách đơn vị sent, on time or late, and who did not; null without a list. */
  submission: SubmissionSummary | null;
  /** The batch's period ("6 tháng đầu năm 2026"), for the reminder to the missing units. */
  periodLabel: string | null;
  /** The written workbook when BatchRequest.writeXlsx asked for it, named from the period. */
  xlsx: { fileName: string; bytes: Uint8Array; sheets: string[] } | null;
}

export interface BatchEngine {
  /** Runs one job; rejects with BatchCancelled after cancel(), with an Error on failure. */
  run(request: BatchRequest, onProgress: (progress: BatchProgress) => void): Promise<BatchResult>;
  /**
   * Stops the running job as soon as it can (a worker at once, whatever it is doing): its
   * promise rejects with BatchCancelled and nothing it would have produced is kept.
   */
  cancel(): void;
  /** A picked file was removed or replaced: drop what was parsed of it. */
  forget(fileId: string): void;
}

/** The job was cancelled; nothing of it was kept. */
export class BatchCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "BatchCancelled";
  }
}
