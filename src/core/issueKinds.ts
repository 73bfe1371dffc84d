/**
 * Every kind of issue that is not a validation rule (those are listed in validate/registry.ts):
 * what reading files, the catalog, last year's workbooks, consolidation and the report find.
 * One list, so an issue id means one thing with one severity everywhere, and Kiểm tra, the
 * JSON and the golden list of the examples' issues (test/examples) speak the same ids.
 * A test holds the sources to it: an issue id written anywhere in src must be listed here.
 */
import type { Severity } from "./types";

export interface IssueKind {
  id: string;
  severity: Severity;
  /** What it tells the planner, in a line (the messages themselves name file, sheet, cell). */
  about: string;
}

const kind = (id: string, severity: Severity, about: string): IssueKind => ({
  id,
  severity,
  about,
});

export const ISSUE_KINDS: readonly IssueKind[] = [
  // Files (src/io): the file cannot be read as an .xlsx, or one of its sheets is left out.
  kind("file-empty", "error", "Tệp rỗng (0 byte)."),
  kind("file-too-large", "error", "Tệp vượt giới hạn dung lượng."),
  kind("file-zip-bomb", "error", "Tệp giải nén chiếm dung lượng bất thường."),
  kind("file-not-xlsx", "error", "Không phải tệp Excel .xlsx (đổi đuôi, CSV, Word …)."),
  kind("file-xls-legacy", "error", "Tệp Excel định dạng cũ .xls."),
  kind("file-password-protected", "error", "Tệp có mật khẩu mở."),
  kind("file-corrupt", "error", "Tệp bị hỏng hoặc chưa tải hết."),
  kind("file-no-sheets", "error", "Tệp không có trang tính đọc được."),
  kind("file-not-found", "error", "Không có tệp hoặc thư mục đã chỉ."),
  kind("file-unreadable", "error", "Không đọc được tệp (quyền truy cập, tệp đang mở …)."),
  kind("sheet-too-large", "error", "Trang tính vượt giới hạn dòng hoặc ô; bị bỏ qua."),
  kind("sheet-hidden", "info", "Trang tính bị ẩn; vẫn được đọc."),
  kind("sheet-missing", "error", "Trang tính đã chọn không còn trong sổ làm việc."),
  // What each given workbook is (prepareBatch).
  kind("tonghop-output-skipped", "info", "Bảng tổng hợp do TongHop tạo, không tính là đơn vị."),
  // The catalog workbook ("Danh mục chỉ tiêu").
  kind("catalog-no-sheet", "error", "Tệp danh mục không có trang tính."),
  kind("catalog-no-header", "error", "Trang danh mục thiếu dòng tiêu đề."),
  kind("catalog-missing-code", "error", "Chỉ tiêu trong danh mục thiếu mã."),
  kind("catalog-missing-name", "error", "Chỉ tiêu trong danh mục thiếu tên."),
  kind("catalog-missing-unit", "error", "Chỉ tiêu trong danh mục thiếu đơn vị tính."),
  kind("catalog-missing-section", "error", "Chỉ tiêu trong danh mục chưa ghi lĩnh vực."),
  kind("catalog-duplicate-code", "error", "Mã chỉ tiêu lặp trong danh mục."),
  kind("catalog-unknown-aggregation", "error", "Cách tổng hợp không có trong danh sách."),
  kind("catalog-unknown-parent", "error", "Chỉ tiêu cha không có trong danh mục."),
  kind("catalog-bad-ratio", "error", "Công thức tỷ lệ viết sai."),
  kind("catalog-bad-number", "error", "Ô cần số nhưng ghi chữ."),
  kind("catalog-bad-value", "error", "Giá trị không dùng được."),
  // Last year's workbooks and the units they are of.
  kind("previous-unreadable", "error", "Không tìm thấy bảng tổng hợp trong tệp năm trước."),
  kind("previous-empty", "warning", "Bảng năm trước không có số thực hiện đọc được."),
  kind("previous-period-mismatch", "warning", "Bảng năm trước không phải cùng kỳ; không dùng."),
  kind("previous-mismatch", "warning", "Số cùng kỳ của các đơn vị khác số đã tổng hợp năm trước."),
  kind("previous-workbook-extra", "warning", "Thêm một bảng tổng hợp năm trước; không dùng."),
  kind("previous-workbook-unused", "warning", "Tệp năm trước không dùng được."),
  kind("previous-unit-unknown", "warning", "Không rõ biểu năm trước là của đơn vị nào."),
  kind("previous-unit-ambiguous", "error", "Tên đơn vị năm trước ứng với nhiều đơn vị."),
  kind("previous-unit-code-unknown", "error", "Mã đơn vị năm trước không có trong danh sách."),
  kind("previous-unit-not-former", "warning", "Đơn vị năm trước không phải đơn vị cũ đã sắp xếp."),
  kind("previous-unit-code-name-differ", "warning", "Mã và tên đơn vị năm trước không khớp."),
  kind("previous-unit-period", "warning", "Biểu năm trước không phải cùng kỳ."),
  kind("previous-unit-duplicate", "warning", "Hai biểu năm trước của cùng một đơn vị."),
  kind("boundary-province-unknown", "error", "Không rõ tỉnh để quy đổi địa giới."),
  kind("boundary-unit-ambiguous", "error", "Tên đơn vị ứng với nhiều đơn vị khi quy đổi."),
  kind("boundary-no-target", "warning", "Đơn vị cũ không có đơn vị mới tương ứng."),
  kind("boundary-former-missing", "warning", "Thiếu số của một đơn vị cũ hợp thành."),
  kind("boundary-share-missing", "warning", "Thiếu tỷ lệ chia cho đơn vị cũ bị tách."),
  kind("share-table-unused", "warning", "Có bảng quy đổi nhưng không có biểu đơn vị cũ nào."),
  kind("share-table-total", "error", "Tỷ lệ chia trong bảng quy đổi không cộng đủ."),
  kind("share-table-no-header", "error", "Trang quy đổi thiếu dòng tiêu đề."),
  kind("share-table-former", "error", "Đơn vị cũ trong bảng quy đổi không nhận ra."),
  kind("share-table-new", "error", "Đơn vị mới trong bảng quy đổi không nhận ra."),
  kind("share-table-not-merged", "error", "Đơn vị cũ không sáp nhập vào đơn vị mới đã ghi."),
  kind("share-table-share", "error", "Tỷ lệ quy đổi không phải số phần trăm hợp lệ."),
  kind("share-table-full", "warning", "Đơn vị nhập toàn bộ nhưng tỷ lệ khác 100%."),
  kind("share-table-duplicate", "warning", "Hai dòng quy đổi cho cùng một cặp đơn vị."),
  // What came in against the planner's Danh sách đơn vị (src/core/units).
  kind("submission-set-aside", "info", "Đơn vị gửi nhiều biểu: biểu cũ hơn không được tổng hợp."),
  kind(
    "submission-unit-ambiguous",
    "warning",
    "Tên đơn vị của biểu ứng với nhiều đơn vị trong danh sách.",
  ),
  // Consolidation.
  kind(
    "non-additive-conflict",
    "warning",
    "Các đơn vị báo khác nhau một chỉ tiêu không cộng được.",
  ),
  kind("ratio-out-of-range", "warning", "Tỷ lệ tính lại nằm ngoài khoảng hợp lý."),
  // The report.
  kind("template-unknown-placeholder", "warning", "Mẫu câu có chỗ điền không có."),
  kind("template-malformed", "warning", "Mẫu câu viết sai; dùng mẫu mặc định."),
];

export function findIssueKind(id: string): IssueKind | undefined {
  return ISSUE_KINDS.find((k) => k.id === id);
}
