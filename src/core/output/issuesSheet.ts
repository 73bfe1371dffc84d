/** "Kiểm tra": every issue of the batch, errors first within each file and sheet. */
import type {
  CellStyle,
  Issue,
  PlannedCell,
  SheetPlan,
  Severity,
  StreamedSheetPlan,
} from "../types";
import { framed, num, text } from "./cells";
import { rowHeightEstimator, withRowHeights } from "./rowHeights";

export const ISSUES_SHEET = "Kiểm tra";

/** Where the issues of the whole batch (a former unit missing from last year's files) are listed. */
export const BATCH_ISSUES_LABEL = "Chung cho cả đợt tổng hợp";

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
  return {
    ...issuesLayout(),
    rows: [...issuesRows(issues)],
    merges: issues.length === 0 ? ["A2:G2"] : [],
  };
}

/**
 * The same sheet for a writer that takes StreamedSheetPlans (the CLI's, the page's): a row
 * per issue made as it is written, so a province's tens of thousands of issues are never
 * planned all at once. With no issue it is the planned sheet (its one line is merged).
 */
export function issuesSheetStream(issues: Issue[]): SheetPlan | StreamedSheetPlan {
  if (issues.length === 0) return withRowHeights(issuesSheetPlan(issues));
  const layout = { ...issuesLayout(), merges: [] as [] };
  return { ...layout, rows: issuesRows(issues), rowHeight: rowHeightEstimator(layout) };
}

function issuesLayout(): Omit<SheetPlan, "rows" | "merges"> {
  return {
    name: ISSUES_SHEET,
    columnWidths: [6, 11, 30, 16, 7, 22, 80],
    freeze: { rows: 1, columns: 0 },
    printTitleRows: [1, 1],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

function* issuesRows(issues: Issue[]): Generator<PlannedCell[]> {
  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA", fontSize: 11 });
  yield ["STT", "Mức độ", "Tệp", "Trang tính", "Ô", "Quy tắc", "Nội dung"].map((t) =>
    text(t, head),
  );
  if (issues.length === 0) {
    yield [text("Không phát hiện vấn đề nào.", framed({ italic: true, fontSize: 11 }))];
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
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i];
    yield [
      num(i + 1, centered),
      text(SEVERITY_LABEL[issue.severity], severity[issue.severity]),
      text(issue.file, wrapped),
      text(issue.sheet, c),
      text(issue.cell, centered),
      text(issue.rule, c),
      text(issue.message, wrapped),
    ];
  }
}
