/** Last year's workbooks (the consolidated one, the former units' sheets) and their units. */
import { formatViNumber } from "../text/vnNumber";
import { kind } from "./kind";

/** A former unit a name could be, as the planner is shown it to choose by code. */
export interface FormerCandidate {
  name: string;
  code: string;
  /** Names of the units of today it went into. */
  into: string[];
}

/** "của Tỉnh Phú Thọ trước sắp xếp" when the former units are a province's communes. */
const before = (province: string | null): string =>
  province !== null ? `của ${province} trước sắp xếp` : "trước sắp xếp";

export const PREVIOUS_KINDS = {
  "previous-unreadable": kind(
    "error",
    "Không tìm thấy bảng tổng hợp trong tệp năm trước.",
    ({ file }: { file: string }) =>
      `Không tìm thấy bảng tổng hợp (có cột “Chỉ tiêu” và “Thực hiện”) trong tệp năm trước “${file}”; không dùng được làm số cùng kỳ.`,
  ),
  "previous-empty": kind(
    "warning",
    "Bảng năm trước không có số thực hiện đọc được.",
    ({ file, sheet }: { file: string; sheet: string }) =>
      `Bảng “${sheet}” trong tệp năm trước “${file}” không có số thực hiện nào đọc được.`,
  ),
  "previous-period-mismatch": kind(
    "warning",
    "Bảng năm trước không phải cùng kỳ; không dùng.",
    (f: { file: string; period: string; current: string; sameLastYear: string }) =>
      `Bảng tổng hợp năm trước “${f.file}” là kỳ “${f.period}”, không phải cùng kỳ năm trước ` +
      `của “${f.current}” (${f.sameLastYear}); không dùng bảng này, số cùng kỳ lấy theo biểu của các đơn vị.`,
  ),
  "previous-mismatch": kind(
    "warning",
    "Số cùng kỳ của các đơn vị khác số đã tổng hợp năm trước.",
    (f: {
      indicator: string;
      measureUnit: string;
      fromUnits: number;
      /** The units' cells, in words. */
      unitCells: string;
      fromWorkbook: number;
      /** Last year's workbook's cell, in words. */
      workbookCell: string;
    }) =>
      `Số cùng kỳ của “${f.indicator}” theo các đơn vị là ${formatViNumber(f.fromUnits)} ${f.measureUnit} (${f.unitCells}), ` +
      `khác số đã tổng hợp năm trước ${formatViNumber(f.fromWorkbook)} ${f.measureUnit} (${f.workbookCell}); ` +
      `dùng số đã tổng hợp năm trước.`,
  ),
  "previous-workbook-extra": kind(
    "warning",
    "Thêm một bảng tổng hợp năm trước; không dùng.",
    ({ used, extra }: { used: string; extra: string }) =>
      `Đã có bảng tổng hợp năm trước “${used}”; tệp “${extra}” không được dùng.`,
  ),
  "previous-workbook-unused": kind(
    "warning",
    "Tệp năm trước không dùng được.",
    ({ file }: { file: string }) =>
      `Đã có biểu năm trước của các đơn vị hành chính cũ để quy đổi, nên bảng tổng hợp năm trước “${file}” ` +
      `không được dùng làm số cùng kỳ.`,
  ),
  "previous-unit-unknown": kind(
    "warning",
    "Không rõ biểu năm trước là của đơn vị nào.",
    ({ sheet }: { sheet: string }) =>
      `Không rõ biểu năm trước “${sheet}” là của đơn vị nào (thiếu “Đơn vị báo cáo” hoặc “Mã đơn vị”); không dùng làm số cùng kỳ.`,
  ),
  "previous-unit-ambiguous": kind(
    "error",
    "Tên đơn vị năm trước ứng với nhiều đơn vị.",
    (f: { written: string; province: string | null; candidates: FormerCandidate[] }) =>
      `Tên “${f.written}” ứng với ${f.candidates.length} đơn vị hành chính cũ ${before(f.province)}: ` +
      `${f.candidates.map((c) => `${c.name} (mã ${c.code}, nay thuộc ${c.into.join(", ")})`).join("; ")}. Không tự chọn: hãy ghi mã đơn vị (5 chữ số) vào ô cạnh nhãn “Mã đơn vị” ` +
      `phía trên bảng, hoặc sau tên đơn vị, ví dụ “${f.written} (mã ${f.candidates[0]?.code})”.`,
  ),
  "previous-unit-code-unknown": kind(
    "error",
    "Mã đơn vị năm trước không có trong danh sách.",
    ({ code, province }: { code: string; province: string | null }) =>
      `Mã “${code}” của biểu năm trước không phải mã đơn vị hành chính cũ nào ${before(province)}; không dùng làm số cùng kỳ.`,
  ),
  "previous-unit-not-former": kind(
    "warning",
    "Đơn vị năm trước không phải đơn vị cũ đã sắp xếp.",
    ({ written, province }: { written: string; province: string | null }) =>
      `“${written}” không phải tên đơn vị hành chính cũ nào ${before(province)}; biểu năm trước này không được quy đổi.`,
  ),
  "previous-unit-code-name-differ": kind(
    "warning",
    "Mã và tên đơn vị năm trước không khớp.",
    ({ code, name, written }: { code: string; name: string; written: string }) =>
      `Mã ${code} là ${name}, còn tên ghi là “${written}”; dùng theo mã.`,
  ),
  "previous-unit-period": kind(
    "warning",
    "Biểu năm trước không phải cùng kỳ.",
    ({ unit, period, expected }: { unit: string; period: string; expected: string }) =>
      `Biểu năm trước của ${unit} là kỳ “${period}”, không phải “${expected}”; không dùng làm số cùng kỳ.`,
  ),
  "previous-unit-value-excluded": kind(
    "error",
    "Số trong biểu năm trước của đơn vị cũ không dùng được.",
    ({
      unit,
      indicator,
      written,
      reason,
    }: {
      unit: string;
      indicator: string;
      written: string;
      reason: string;
    }) =>
      `Số của “${indicator}” trong biểu năm trước của ${unit} (“${written}”) ${reason}; số cùng kỳ quy đổi của chỉ tiêu này không tính được. Hãy sửa ô này trong biểu năm trước.`,
  ),
  "previous-unit-duplicate": kind(
    "warning",
    "Hai biểu năm trước của cùng một đơn vị.",
    ({ unit, firstFile, firstSheet }: { unit: string; firstFile: string; firstSheet: string }) =>
      `${unit} có hai biểu năm trước (“${firstFile}”, trang “${firstSheet}” và trang này); chỉ dùng biểu thứ nhất.`,
  ),
};
