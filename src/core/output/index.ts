/** Output plans: what the hosts write, declared once by the core. */
import type { Summary } from "../consolidate/types";
import type { Issue, SheetPlan, StreamedSheetPlan, WorkbookPlan } from "../types";
import { boundarySheetPlan } from "./boundarySheet";
import { issuesSheetPlan, issuesSheetStream } from "./issuesSheet";
import { withRowHeights } from "./rowHeights";
import { sourcesSheetPlan, sourcesSheetStream } from "./sourcesSheet";
import { unitDetailSheetPlan } from "./unitDetailSheet";
import { submissionSheetPlan } from "./submissionSheet";
import { summarySheetPlan, type SummarySheetOptions } from "./summarySheet";

export { summarySheetPlan, SUMMARY_SHEET } from "./summarySheet";
export { sourcesSheetPlan, sourcesSheetStream, SOURCES_SHEET } from "./sourcesSheet";
export {
  BATCH_ISSUES_LABEL,
  issuesSheetPlan,
  issuesSheetStream,
  ISSUES_SHEET,
  SEVERITY_LABEL,
} from "./issuesSheet";
export { estimateRowHeights, rowHeightEstimator, withRowHeights } from "./rowHeights";
export { boundarySheetPlan, BOUNDARY_SHEET } from "./boundarySheet";
export { unitDetailSheetPlan, UNIT_DETAIL_SHEET } from "./unitDetailSheet";
export { submissionSheetPlan, SUBMISSION_SHEET } from "./submissionSheet";

/** The names of the sheets this add-in owns in a workbook (a second run replaces them). */
export const OUTPUT_SHEETS = [
  "Tổng hợp",
  "Nguồn",
  "Kiểm tra",
  "Báo cáo",
  "Chi tiết theo đơn vị",
  "Quy đổi địa giới",
  "Tình hình nộp biểu",
] as const;

type ConsolidatedOptions = SummarySheetOptions & { report?: SheetPlan | null };

export function consolidatedWorkbookPlan(
  summary: Summary,
  issues: Issue[],
  options: ConsolidatedOptions = {},
): WorkbookPlan {
  return { sheets: [...consolidatedSheets(summary, issues, options)] };
}

/**
 * The same sheets, each planned only when the one before it has been taken: a writer that
 * writes each sheet out before asking for the next holds one plan at a time, never the
 * province's "Nguồn" beside all the others.
 */
export function* consolidatedSheets(
  summary: Summary,
  issues: Issue[],
  options: ConsolidatedOptions = {},
): Generator<SheetPlan> {
  for (const s of sheetsOf(summary, issues, options, false)) yield s as SheetPlan;
}

/**
 * consolidatedSheets for a writer that takes StreamedSheetPlans (the CLI's, the page's):
 * "Nguồn" and "Kiểm tra" come with their rows made as they are written, so not even those
 * sheets — one row per contribution, one per issue — are held whole.
 */
export function consolidatedSheetsStreamed(
  summary: Summary,
  issues: Issue[],
  options: ConsolidatedOptions = {},
): Generator<SheetPlan | StreamedSheetPlan> {
  return sheetsOf(summary, issues, options, true);
}

function* sheetsOf(
  summary: Summary,
  issues: Issue[],
  options: ConsolidatedOptions,
  streamed: boolean,
): Generator<SheetPlan | StreamedSheetPlan> {
  const sized = (s: SheetPlan) => (s.rowHeights ? s : withRowHeights(s));
  yield sized(summarySheetPlan(summary, options));
  yield streamed ? sourcesSheetStream(summary) : sized(sourcesSheetPlan(summary));
  yield streamed ? issuesSheetStream(issues) : sized(issuesSheetPlan(issues));
  if (options.report) yield sized(options.report);
  // The phụ lục follows the report it is attached to.
  yield sized(unitDetailSheetPlan(summary, options));
  if (summary.boundary) yield sized(boundarySheetPlan(summary, summary.boundary));
  if (summary.submission) yield sized(submissionSheetPlan(summary.submission, options));
}
