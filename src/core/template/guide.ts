/**
 * The "Hướng dẫn" sheet that travels with every form: how to fill it in and send it back, in
 * the words a unit's staff would use. It answers the calls a planner gets the week before the
 * deadline ("sao không gõ được vào ô này?", "kế hoạch ghi chữ được không?").
 */
import type { PlannedCell, SheetPlan } from "../types";
import { FONT, text } from "../output/cells";
import { FORM_SHEET } from "./form";

export const GUIDE_SHEET = "Hướng dẫn";

export interface GuideOptions {
  unit?: string;
  period?: string;
  /** Hạn nộp, as the planner wrote it (dd/mm/yyyy). */
  deadline?: string;
}

export function guideSheetPlan(options: GuideOptions = {}): SheetPlan {
  const body = { fontName: FONT, fontSize: 13, wrap: true, vAlign: "top" as const };
  const heading = { ...body, bold: true };
  const lines: Array<[string, "title" | "heading" | "body"]> = [
    ["HƯỚNG DẪN ĐIỀN BIỂU CHỈ TIÊU", "title"],
  ];
  if (options.unit) lines.push([`Đơn vị: ${options.unit}`, "body"]);
  if (options.period) lines.push([`Kỳ báo cáo: ${options.period}`, "body"]);
  if (options.deadline) lines.push([`Hạn gửi biểu: ${options.deadline}`, "heading"]);
  lines.push(
    ["1. Điền số liệu", "heading"],
    [
      `Chỉ điền vào các ô nền vàng ở trang “${FORM_SHEET}”: ngày lập, người lập, điện thoại và ba cột số liệu (cùng kỳ năm trước, kế hoạch năm, thực hiện kỳ báo cáo), cùng cột Ghi chú. Các ô khác (mã, tên chỉ tiêu, đơn vị tính) đã được khóa để không bị sửa nhầm.`,
      "body",
    ],
    [
      "Gõ số như bình thường: 1.820 hoặc 2.715,4; không gõ kèm đơn vị tính hay chữ. Chỉ tiêu không có số liệu thì để trống, không ghi 0 nếu thực tế không theo dõi.",
      "body",
    ],
    [
      "Kế hoạch của các chỉ tiêu tỷ lệ, tốc độ tăng có thể ghi dạng khoảng (6,6-6,8) hoặc mức (Trên 4, Khoảng 4, Dưới 3) đúng như kế hoạch được giao.",
      "body",
    ],
    ["2. Nếu cần sửa phần đã khóa", "heading"],
    [
      "Trang tính được bảo vệ không có mật khẩu: vào Xem lại (Review) ▸ Bỏ bảo vệ trang tính (Unprotect Sheet). Không xóa hoặc đổi mã chỉ tiêu: số liệu được tổng hợp theo mã.",
      "body",
    ],
    ["3. Gửi lại biểu", "heading"],
    [
      "Lưu tệp dạng Excel Workbook (.xlsx) và gửi lại đúng tệp này. Đổi tên tệp không sao: biểu vẫn được nhận đúng đơn vị và kỳ báo cáo.",
      "body",
    ],
  );
  const style = { title: { ...heading, fontSize: 14, hAlign: "center" as const }, heading, body };
  const rows: PlannedCell[][] = lines.map(([line, kind]) => [text(line, style[kind])]);
  return { name: GUIDE_SHEET, columnWidths: [100], rows, merges: [] };
}
