/** Output plans: what the hosts write, declared once by the core. */
import type { Summary } from "../consolidate/types";
import type { Issue, SheetPlan, WorkbookPlan } from "../types";
import { boundarySheetPlan } from "./boundarySheet";
import { issuesSheetPlan } from "./issuesSheet";
import { withRowHeights } from "./rowHeights";
import { sourcesSheetPlan } from "./sourcesSheet";
import { unitDetailSheetPlan } from "./unitDetailSheet";
import { submissionSheetPlan } from "./submissionSheet";
import { summarySheetPlan, type SummarySheetOptions } from "./summarySheet";

export { summarySheetPlan, SUMMARY_SHEET } from "./summarySheet";
export { sourcesSheetPlan, SOURCES_SHEET } from "./sourcesSheet";
export { issuesSheetPlan, ISSUES_SHEET, SEVERITY_LABEL } from "./issuesSheet";
export { estimateRowHeights, withRowHeights } from "./rowHeights";
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

export function consolidatedWorkbookPlan(
  summary: Summary,
  issues: Issue[],
  options: SummarySheetOptions & { report?: SheetPlan | null } = {},
): WorkbookPlan {
  const sheets = [
    summarySheetPlan(summary, options),
    sourcesSheetPlan(summary),
    issuesSheetPlan(issues),
  ];
  if (options.report) sheets.push(options.report);
  // The phụ lục follows the report it is attached to.
  sheets.push(unitDetailSheetPlan(summary, options));
  if (summary.boundary) sheets.push(boundarySheetPlan(summary, summary.boundary));
  if (summary.submission) sheets.push(submissionSheetPlan(summary.submission, options));
  return { sheets: sheets.map((s) => (s.rowHeights ? s : withRowHeights(s))) };
}
