/** "Kiểm tra": every issue of the batch, errors first within each file and sheet. */
import type { CellStyle, Issue, PlannedCell, SheetPlan, Severity } from "../types";
import { framed, num, text } from "./cells";

export const ISSUES_SHEET = "Kiểm tra";

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
};
const SEVERITY_FILL: Record<Severity, string> = {
  error: "F8CBAD",
  warning: "FFE699",
  info: "DDEBF7",
};

export function issuesSheetPlan(issues: Issue[]): SheetPlan {
  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA", fontSize: 11 });
  const rows: PlannedCell[][] = [
    ["STT", "Mức độ", "Tệp", "Trang tính", "Ô", "Quy tắc", "Nội dung"].map((t) => text(t, head)),
  ];
  if (issues.length === 0) {
    rows.push([text("Không phát hiện vấn đề nào.", framed({ italic: true, fontSize: 11 }))]);
  }
  // Styles shared by every row (a batch can raise thousands of issues): see sourcesSheet.ts.
  const c = framed({ fontSize: 11, vAlign: "top" });
  const centered: CellStyle = { ...c, hAlign: "center" };
  const wrapped: CellStyle = { ...c, wrap: true };
  const severity = {
    error: { ...c, fill: SEVERITY_FILL.error },
    warning: { ...c, fill: SEVERITY_FILL.warning },
    info: { ...c, fill: SEVERITY_FILL.info },
  } satisfies Record<Severity, CellStyle>;
  issues.forEach((issue, i) => {
    rows.push([
      num(i + 1, centered),
      text(SEVERITY_LABEL[issue.severity], severity[issue.severity]),
      text(issue.file, wrapped),
      text(issue.sheet, c),
      text(issue.cell, centered),
      text(issue.rule, c),
      text(issue.message, wrapped),
    ]);
  });
  return {
    name: ISSUES_SHEET,
    columnWidths: [6, 11, 30, 16, 7, 22, 80],
    rows,
    merges: issues.length === 0 ? ["A2:G2"] : [],
    freeze: { rows: 1, columns: 0 },
    printTitleRows: [1, 1],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}
