/** What came in against the planner's Danh sách đơn vị (src/core/units). */
import { kind } from "./kind";

/** A unit's sheet left out because the unit sent a newer one. */
export interface SetAsideSheet {
  sheet: string;
  unit: string;
  used: { file: string; sheet: string };
  /** dd/mm/yyyy of the sheet that is used, when it has one. */
  usedDate: string | null;
}

/** A sheet whose unit name fits several listed units. */
export interface AmbiguousUnit {
  unitName: string;
  candidates: Array<{ name: string; code: string | null }>;
}

/** A sheet from a unit the planner's list does not hold. */
export interface UnlistedSheet {
  sheet: string;
  unit: string | null;
  listFile: string;
}

export const SUBMISSION_KINDS = {
  "submission-code-needed": kind(
    "error",
    "Biểu không có mã đơn vị, mà có nhiều đơn vị cùng tên.",
    ({ unit, codes }: { unit: string; codes: string[] }) =>
      `Biểu của “${unit}” không ghi mã đơn vị, mà trong các biểu có ${codes.length} đơn vị cùng tên (mã ${codes.join(", ")}): không biết biểu này của đơn vị nào, nên số liệu của biểu không được cộng. Hãy ghi “Mã đơn vị:” vào biểu.`,
  ),
  "submission-unlisted": kind(
    "warning",
    "Biểu của đơn vị không có trong danh sách đơn vị; không được tổng hợp.",
    ({ sheet, unit, listFile }: UnlistedSheet) =>
      `Trang “${sheet}”${unit ? ` của “${unit}”` : ""} không ứng với đơn vị nào trong danh sách “${listFile}”, ` +
      `nên không được tổng hợp. Nếu đây là đơn vị cần tổng hợp, hãy bổ sung vào danh sách (hoặc sửa tên, mã đơn vị cho khớp) rồi chạy lại.`,
  ),
  "submission-set-aside": kind(
    "info",
    "Đơn vị gửi nhiều biểu: biểu cũ hơn không được tổng hợp.",
    ({ sheet, unit, used, usedDate }: SetAsideSheet) =>
      `Trang “${sheet}” của ${unit} không được tổng hợp: đơn vị đã gửi bản mới hơn ` +
      `(tệp “${used.file}”, trang “${used.sheet}”${usedDate ? `, ngày ${usedDate}` : ""}); chỉ bản đó được tính.`,
  ),
  "submission-unit-ambiguous": kind(
    "warning",
    "Tên đơn vị của biểu ứng với nhiều đơn vị trong danh sách.",
    ({ unitName, candidates }: AmbiguousUnit) =>
      `Đơn vị “${unitName}” ứng với nhiều đơn vị trong danh sách (` +
      candidates.map((c) => (c.code ? `${c.name}, mã ${c.code}` : c.name)).join("; ") +
      `); chưa tính là đã nộp của đơn vị nào. Hãy ghi “Mã đơn vị” vào biểu và vào danh sách.`,
  ),
};
