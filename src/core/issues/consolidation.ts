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

/** Up to this many units, a conflict's message lists each; beyond, the lowest and highest. */
const LISTED_UNITS = 6;

export const CONSOLIDATION_KINDS = {
  "non-additive-conflict": kind(
    "warning",
    "Các đơn vị báo khác nhau một chỉ tiêu không cộng được.",
    ({ indicator, field, values }: NonAdditiveConflict) => {
      const figure = (v: NonAdditiveConflict["values"][number]) =>
        `${v.reportingUnit} (${v.place}): ${formatViNumber(v.value)}`;
      const what = `Chỉ tiêu “${indicator}” không cộng được giữa các đơn vị`;
      if (values.length <= LISTED_UNITS) {
        return `${what}, mà các đơn vị báo cáo ${field.toLowerCase()} khác nhau (${values.map(figure).join("; ")}); không tổng hợp được.`;
      }
      // A province's 150 communes each with their own rate: the two ends of the spread, the
      // units a planner checks first, not a message of 17 000 characters.
      let low = values[0];
      let high = values[0];
      for (const v of values) {
        if (v.value < low.value) low = v;
        if (v.value > high.value) high = v;
      }
      return (
        `${what}, mà ${values.length} đơn vị báo cáo ${field.toLowerCase()} khác nhau, ` +
        `thấp nhất ${figure(low)}, cao nhất ${figure(high)} ` +
        `(số của từng đơn vị có ở trang “Nguồn” của bảng tổng hợp); không tổng hợp được.`
      );
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
