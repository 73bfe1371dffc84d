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

/** Units named in a conflict's message; the others are counted. */
const LISTED_UNITS = 5;

export const CONSOLIDATION_KINDS = {
  "non-additive-conflict": kind(
    "warning",
    "Các đơn vị báo khác nhau một chỉ tiêu không cộng được.",
    ({ indicator, field, values }: NonAdditiveConflict) => {
      const listed = values.length > LISTED_UNITS + 1 ? values.slice(0, LISTED_UNITS) : values;
      let list = listed
        .map((v) => `${v.reportingUnit} (${v.place}): ${formatViNumber(v.value)}`)
        .join("; ");
      let who = "các đơn vị";
      if (listed.length < values.length) {
        // A province's 150 communes each with their own rate: the spread and a few of them,
        // not a message of 17 000 characters (every unit's figure is on Nguồn).
        const figures = values.map((v) => v.value);
        who =
          `${values.length} đơn vị, từ ${formatViNumber(Math.min(...figures))} ` +
          `đến ${formatViNumber(Math.max(...figures))},`;
        list += `; và ${values.length - listed.length} đơn vị khác, xem trang “Nguồn”`;
      }
      return `Chỉ tiêu “${indicator}” không cộng được giữa các đơn vị, mà ${who} báo cáo ${field.toLowerCase()} khác nhau (${list}); không tổng hợp được.`;
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
