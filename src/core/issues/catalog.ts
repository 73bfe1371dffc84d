/** The catalog workbook ("Danh mục chỉ tiêu"): every bad cell of it, at its address. */
import { kind, type NoFacts } from "./kind";

/** Why a rate's formula cannot be used. */
export type BadRatio =
  | { why: "unreadable"; written: string }
  | { why: "same-parts"; written: string }
  | { why: "no-parts"; code: string }
  | { why: "unknown-part"; code: string; part: string };

/** Why a row's parent cannot be used. */
export type BadParent =
  | { why: "itself"; code: string }
  | { why: "unknown"; code: string; parent: string }
  | { why: "other-section"; code: string; parent: string }
  | { why: "cycle"; code: string; parent: string };

export const CATALOG_KINDS = {
  "catalog-no-sheet": kind(
    "error",
    "Tệp danh mục không có trang tính.",
    ({ file }: { file: string }) =>
      `Tệp danh mục “${file}” không có trang tính nào; dùng danh mục mặc định.`,
  ),
  "catalog-no-header": kind(
    "error",
    "Trang danh mục thiếu dòng tiêu đề.",
    (_: NoFacts) =>
      `Không tìm thấy dòng tiêu đề của danh mục chỉ tiêu (cần ít nhất các cột “Mã chỉ tiêu” và “Tên chỉ tiêu”).`,
  ),
  "catalog-missing-code": kind(
    "error",
    "Chỉ tiêu trong danh mục thiếu mã.",
    ({ line, name }: { line: number; name: string }) =>
      `Dòng ${line} thiếu mã chỉ tiêu${name ? ` (“${name}”)` : ""}.`,
  ),
  "catalog-missing-name": kind(
    "error",
    "Chỉ tiêu trong danh mục thiếu tên.",
    ({ code, line }: { code: string; line: number }) =>
      `Chỉ tiêu ${code || `ở dòng ${line}`} thiếu tên chỉ tiêu.`,
  ),
  "catalog-missing-unit": kind(
    "error",
    "Chỉ tiêu trong danh mục thiếu đơn vị tính.",
    ({ code }: { code: string }) => `Chỉ tiêu ${code} thiếu đơn vị tính.`,
  ),
  "catalog-missing-section": kind(
    "error",
    "Chỉ tiêu trong danh mục chưa ghi lĩnh vực.",
    ({ code }: { code: string }) => `Chỉ tiêu ${code} chưa ghi lĩnh vực.`,
  ),
  "catalog-duplicate-code": kind(
    "error",
    "Mã chỉ tiêu lặp trong danh mục.",
    ({ code, firstCell }: { code: string; firstCell: string }) =>
      `Mã chỉ tiêu ${code} bị trùng với ô ${firstCell}. Dòng này bị bỏ qua.`,
  ),
  "catalog-unknown-aggregation": kind(
    "error",
    "Cách tổng hợp không có trong danh sách.",
    ({ written }: { written: string }) =>
      `Cách tổng hợp “${written}” không hợp lệ; hãy ghi “Cộng”, “Tỷ lệ” hoặc “Không cộng”.`,
  ),
  "catalog-unknown-parent": kind(
    "error",
    "Chỉ tiêu cha không có trong danh mục.",
    (f: BadParent) => {
      switch (f.why) {
        case "itself":
          return `Chỉ tiêu ${f.code} không thể thuộc chính nó.`;
        case "unknown":
          return `Chỉ tiêu ${f.code} thuộc mã ${f.parent}, nhưng danh mục không có (hoặc đã bỏ) chỉ tiêu mã ${f.parent}.`;
        case "other-section":
          return `Chỉ tiêu ${f.code} thuộc mã ${f.parent} nhưng hai chỉ tiêu ở hai lĩnh vực khác nhau.`;
        case "cycle":
          return `Chỉ tiêu ${f.code} và mã cha ${f.parent} thuộc lẫn nhau thành vòng.`;
      }
    },
  ),
  "catalog-bad-ratio": kind("error", "Công thức tỷ lệ viết sai.", (f: BadRatio) => {
    switch (f.why) {
      case "unreadable":
        return `Công thức tỷ lệ “${f.written}” không đọc được; hãy ghi dạng tử số/mẫu số, ví dụ GD02/GD01.`;
      case "same-parts":
        return `Công thức tỷ lệ “${f.written}” lấy cùng một chỉ tiêu làm tử số và mẫu số.`;
      case "no-parts":
        return `Chỉ tiêu ${f.code} tổng hợp theo tỷ lệ nhưng chưa ghi tử số/mẫu số (ví dụ GD02/GD01).`;
      case "unknown-part":
        return `Công thức tỷ lệ của ${f.code} dùng mã ${f.part}, nhưng danh mục không có (hoặc đã bỏ) chỉ tiêu này.`;
    }
  }),
  "catalog-bad-number": kind(
    "error",
    "Ô cần số nhưng ghi chữ.",
    ({ column, expected, written }: { column: string; expected: string; written: string }) =>
      `Cột “${column}” cần ${expected}, ô này ghi “${written}”.`,
  ),
  "catalog-bad-value": kind(
    "error",
    "Giá trị không dùng được.",
    ({ column, written }: { column: string; written: string }) =>
      `Cột “${column}” chỉ nhận “Có” hoặc “Không”, ô này ghi “${written}”.`,
  ),
};
