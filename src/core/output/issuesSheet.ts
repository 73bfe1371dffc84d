/** "Kiểm tra": every issue of the batch, errors first within each file and sheet. */
import type { Issue, PlannedCell, SheetPlan, Severity } from "../types";
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
  issues.forEach((issue, i) => {
    const c = framed({ fontSize: 11, vAlign: "top" });
    rows.push([
      num(i + 1, { ...c, hAlign: "center" }),
      text(SEVERITY_LABEL[issue.severity], { ...c, fill: SEVERITY_FILL[issue.severity] }),
      text(issue.file, { ...c, wrap: true }),
      text(issue.sheet, c),
      text(issue.cell, { ...c, hAlign: "center" }),
      text(issue.rule, c),
      text(issue.message, { ...c, wrap: true }),
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
