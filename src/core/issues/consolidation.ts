/** What consolidating finds: figures that cannot be put together. */
import { formatViNumber } from "../text/vnNumber";
import { kind } from "./kind";

/** Units that report one non-additive indicator differently, each with its figure. */
export interface NonAdditiveConflict {
  indicator: string;
  /** "Số thực hiện", "Số cùng kỳ". */
  field: string;
  values: Array<{ reportingUnit: string; place: string; value: number }>;
}

/** A rate recomputed from its parts, outside 0–100 %. */
export interface RateOutOfRange {
  indicator: string;
  numerator: { name: string; value: number };
  denominator: { name: string; value: number };
  rate: number;
}

export const CONSOLIDATION_KINDS = {
  "non-additive-conflict": kind(
    "warning",
    "Các đơn vị báo khác nhau một chỉ tiêu không cộng được.",
    ({ indicator, field, values }: NonAdditiveConflict) => {
      const list = values
        .map((v) => `${v.reportingUnit} (${v.place}): ${formatViNumber(v.value)}`)
        .join("; ");
      return `Chỉ tiêu “${indicator}” không cộng được giữa các đơn vị, mà các đơn vị báo cáo ${field.toLowerCase()} khác nhau (${list}); không tổng hợp được.`;
    },
  ),
  "ratio-out-of-range": kind(
    "warning",
    "Tỷ lệ tính lại nằm ngoài khoảng hợp lý.",
    ({ indicator, numerator, denominator, rate }: RateOutOfRange) =>
      `“${indicator}” tính từ “${numerator.name}” (${formatViNumber(numerator.value)}) và “${denominator.name}” (${formatViNumber(denominator.value)}) ` +
      `được ${formatViNumber(rate, 2)}%, ngoài khoảng 0–100%; số liệu của hai chỉ tiêu này mâu thuẫn, cần kiểm tra lại.`,
  ),
};
