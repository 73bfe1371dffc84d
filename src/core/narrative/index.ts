/** Drafting the report: the summary in the words and layout of a Vietnamese administrative report. */
export { draftReport, PLACEHOLDER_TEXT } from "./draftReport";
export { reportSheetPlan, REPORT_SHEET, REPORT_FONT, REPORT_FONT_SIZE } from "./reportSheet";
export { DEFAULT_TEMPLATES } from "./sentences";
export { PLACEHOLDERS, parseTemplate } from "./template";
export { runsText, blockText, reportLines } from "./plainText";
export { NATIONAL_TITLE, MOTTO, REPORT_TITLE } from "./header";
export type * from "./types";
