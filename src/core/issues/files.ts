/**
 * Files and sheets that cannot be read as given (src/io, the Excel host), and what each given
 * workbook is (prepareBatch). Moved here from src/io/messages.ts so that the wording and the
 * severity are declared beside the id, once for every reader.
 */
import { formatBytes, groupDigits } from "../text/sizes";
import { kind } from "./kind";

const SAVE_AS_XLSX =
  "Hãy mở tệp bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx) rồi gửi lại.";

interface InFile {
  file: string;
}

interface InSheet {
  file: string;
  sheet: string;
}

/** What a file that is not an .xlsx turned out to be. */
export type NotXlsx =
  /** Not a zip at all: CSV, text or a web page renamed. */
  | "not-zip"
  /** An old Office compound file that is not an Excel workbook. */
  | "other-compound"
  | "xlsb"
  | "docx"
  | "pptx"
  | "ods"
  /** A zip without a workbook in it. */
  | "other";

const NOT_WORKBOOK: Record<Exclude<NotXlsx, "not-zip" | "other-compound">, string> = {
  xlsb: "là sổ tính Excel dạng nhị phân (.xlsb)",
  docx: "là tệp Word (.docx) bị đổi đuôi",
  pptx: "là tệp PowerPoint (.pptx) bị đổi đuôi",
  ods: "là tệp OpenDocument (.ods/.odt) bị đổi đuôi",
  other: "là tệp nén nhưng không chứa sổ tính Excel",
};

/** A sheet past the row limit (its last row holding data) or past the cell limit. */
export type SheetTooLarge = InSheet &
  ({ over: "rows"; rows: number; limit: number } | { over: "cells"; limit: number });

export const FILE_KINDS = {
  "file-empty": kind(
    "error",
    "Tệp rỗng (0 byte).",
    ({ file }: InFile) =>
      `Tệp “${file}” rỗng (0 byte), không có dữ liệu để đọc. Hãy kiểm tra và gửi lại tệp.`,
  ),
  "file-too-large": kind(
    "error",
    "Tệp vượt giới hạn dung lượng.",
    ({ file, size, limit }: InFile & { size: number; limit: number }) =>
      `Tệp “${file}” quá lớn (${formatBytes(size)}, giới hạn ${formatBytes(limit)}); không đọc tệp này. ` +
      "Hãy kiểm tra xem có đúng là biểu báo cáo không.",
  ),
  "file-zip-bomb": kind(
    "error",
    "Tệp giải nén chiếm dung lượng bất thường.",
    ({ file, declared, limit }: InFile & { declared: number; limit: number }) =>
      `Tệp “${file}” khi giải nén chiếm tới ${formatBytes(declared)} (giới hạn ${formatBytes(limit)}), ` +
      "bất thường với một biểu báo cáo; không đọc tệp này để bảo vệ máy.",
  ),
  "file-not-xlsx": kind(
    "error",
    "Không phải tệp Excel .xlsx (đổi đuôi, CSV, Word …).",
    ({ file, found }: InFile & { found: NotXlsx }) => {
      if (found === "not-zip")
        return (
          `Tệp “${file}” không phải tệp Excel .xlsx (có thể là tệp CSV, văn bản hoặc trang web bị đổi đuôi). ` +
          SAVE_AS_XLSX
        );
      if (found === "other-compound")
        return `Tệp “${file}” là tệp Office định dạng cũ nhưng không phải sổ tính Excel. ${SAVE_AS_XLSX}`;
      return `Tệp “${file}” ${NOT_WORKBOOK[found]}, không phải tệp Excel .xlsx. ${SAVE_AS_XLSX}`;
    },
  ),
  "file-xls-legacy": kind(
    "error",
    "Tệp Excel định dạng cũ .xls.",
    ({ file }: InFile) =>
      `Tệp “${file}” là tệp Excel định dạng cũ (.xls, Excel 97–2003), không đọc được trực tiếp. ` +
      SAVE_AS_XLSX,
  ),
  // Not an error like the .xls named on the command line: a folder's other files are still
  // read, and this one was never asked for by name.
  "file-xls-in-folder": kind(
    "warning",
    "Tệp Excel định dạng cũ .xls trong thư mục; không được đọc.",
    ({ file }: InFile) =>
      `Tệp “${file}” trong thư mục là tệp Excel định dạng cũ (.xls) nên không được đọc. ${SAVE_AS_XLSX}`,
  ),
  "file-password-protected": kind(
    "error",
    "Tệp có mật khẩu mở.",
    ({ file }: InFile) =>
      `Tệp “${file}” được đặt mật khẩu mở tệp nên không đọc được. Hãy mở tệp, gỡ mật khẩu ` +
      "(Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, để trống) và lưu lại dưới dạng .xlsx.",
  ),
  "file-corrupt": kind(
    "error",
    "Tệp bị hỏng hoặc chưa tải hết.",
    ({ file }: InFile) =>
      `Tệp “${file}” bị hỏng hoặc chưa tải về/sao chép hết nên không đọc được. ` +
      "Hãy mở thử bằng Excel; nếu Excel báo lỗi, đề nghị đơn vị gửi lại tệp.",
  ),
  "file-no-sheets": kind(
    "error",
    "Tệp không có trang tính đọc được.",
    ({ file }: InFile) =>
      `Tệp “${file}” không có trang tính nào đọc được (tệp có thể bị hỏng hoặc chỉ chứa biểu đồ). ` +
      "Hãy mở thử bằng Excel; nếu Excel báo lỗi, đề nghị đơn vị gửi lại tệp.",
  ),
  "file-not-found": kind(
    "error",
    "Không có tệp hoặc thư mục đã chỉ.",
    ({ file }: InFile) => `Không tìm thấy tệp hoặc thư mục “${file}”. Hãy kiểm tra lại đường dẫn.`,
  ),
  "file-unreadable": kind(
    "error",
    "Không đọc được tệp (quyền truy cập, tệp đang mở …).",
    ({ file, why }: InFile & { why: string }) =>
      `Không đọc được tệp “${file}” (${why}). Hãy kiểm tra quyền truy cập hoặc đóng tệp nếu đang mở.`,
  ),
  "sheet-too-large": kind(
    "error",
    "Trang tính vượt giới hạn dòng hoặc ô; bị bỏ qua.",
    (f: SheetTooLarge) =>
      f.over === "cells"
        ? `Trang “${f.sheet}” trong tệp “${f.file}” có hơn ${groupDigits(f.limit)} ô dữ liệu; đã bỏ qua trang này, ` +
          "các trang khác vẫn được đọc."
        : `Trang “${f.sheet}” trong tệp “${f.file}” có dữ liệu tới dòng ${groupDigits(f.rows)}, vượt giới hạn ` +
          `${groupDigits(f.limit)} dòng; đã bỏ qua trang này, các trang khác vẫn được đọc.`,
  ),
  "sheet-hidden": kind(
    "info",
    "Trang tính bị ẩn; vẫn được đọc.",
    ({ file, sheet }: InSheet) =>
      `Trang “${sheet}” trong tệp “${file}” đang bị ẩn; vẫn được đọc và kiểm tra như các trang khác.`,
  ),
  "sheet-missing": kind(
    "error",
    "Trang tính đã chọn không còn trong sổ làm việc.",
    ({ sheet }: { sheet: string }) =>
      `Không tìm thấy trang “${sheet}” trong sổ làm việc (có thể đã bị xóa hoặc đổi tên).`,
  ),
  // What each given workbook is (prepareBatch).
  "tonghop-output-skipped": kind(
    "info",
    "Bảng tổng hợp do TongHop tạo, không tính là đơn vị.",
    ({ file }: InFile) =>
      `Tệp “${file}” là bảng tổng hợp do TongHop tạo ra, không phải biểu của một đơn vị; được bỏ qua.`,
  ),
};
