/** A returned TongHop form whose visible cells disagree with the marker it was sent with. */
import { kind } from "./kind";

export interface RetypedUnit {
  /** The unit the form was written for (its marker). */
  sentTo: string;
  /** What the Đơn vị báo cáo cell says now. */
  typed: string;
}

export interface ChangedPeriod {
  /** The period the form was sent for (its marker). */
  sentFor: string;
  /** The period the sheet now says. */
  typed: string;
}

export const FORM_KINDS = {
  "form-period-changed": kind(
    "warning",
    "Kỳ báo cáo trên biểu mẫu bị sửa khác kỳ được gửi biểu.",
    ({ sentFor, typed }: ChangedPeriod) =>
      `Biểu mẫu này được gửi cho kỳ “${sentFor}” nhưng ô Kỳ báo cáo đã bị sửa thành “${typed}”; ` +
      `số liệu được tính theo kỳ ghi trên biểu. Hãy kiểm tra đơn vị có điền nhầm biểu mẫu của kỳ khác không.`,
  ),
  "form-unit-retyped": kind(
    "warning",
    "Tên đơn vị trên biểu mẫu bị sửa khác đơn vị được gửi biểu.",
    ({ sentTo, typed }: RetypedUnit) =>
      `Biểu mẫu này được gửi cho “${sentTo}” nhưng ô Đơn vị báo cáo đã bị sửa thành “${typed}”; ` +
      `số liệu được tính cho ${sentTo} theo biểu mẫu. Nếu đúng là của đơn vị khác, hãy đề nghị đơn vị đó điền vào biểu mẫu của mình.`,
  ),
};
