/** Vietnamese messages for problems with input files, one place so wording stays consistent. */
import type { Issue } from "../core/types";

const SAVE_AS_XLSX =
  "Hãy mở tệp bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx) rồi gửi lại.";

/** 100000 → "100.000" (Vietnamese digit grouping). */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Bytes as "50 MB" / "512 KB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${groupDigits(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${groupDigits(n / 1024)} KB`;
  return `${groupDigits(n)} byte`;
}

export const fileMessages = {
  empty: (f: string) =>
    `Tệp “${f}” rỗng (0 byte), không có dữ liệu để đọc. Hãy kiểm tra và gửi lại tệp.`,
  tooLarge: (f: string, size: number, limit: number) =>
    `Tệp “${f}” quá lớn (${formatBytes(size)}, giới hạn ${formatBytes(limit)}); không đọc tệp này. ` +
    "Hãy kiểm tra xem có đúng là biểu báo cáo không.",
  notZip: (f: string) =>
    `Tệp “${f}” không phải tệp Excel .xlsx (có thể là tệp CSV, văn bản hoặc trang web bị đổi đuôi). ` +
    SAVE_AS_XLSX,
  notWorkbook: (f: string, kind: "xlsb" | "docx" | "pptx" | "ods" | "other") => {
    const what = {
      xlsb: "là sổ tính Excel dạng nhị phân (.xlsb)",
      docx: "là tệp Word (.docx) bị đổi đuôi",
      pptx: "là tệp PowerPoint (.pptx) bị đổi đuôi",
      ods: "là tệp OpenDocument (.ods/.odt) bị đổi đuôi",
      other: "là tệp nén nhưng không chứa sổ tính Excel",
    }[kind];
    return `Tệp “${f}” ${what}, không phải tệp Excel .xlsx. ${SAVE_AS_XLSX}`;
  },
  otherCompound: (f: string) =>
    `Tệp “${f}” là tệp Office định dạng cũ nhưng không phải sổ tính Excel. ${SAVE_AS_XLSX}`,
  passwordProtected: (f: string) =>
    `Tệp “${f}” được đặt mật khẩu mở tệp nên không đọc được. Hãy mở tệp, gỡ mật khẩu ` +
    "(Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, để trống) và lưu lại dưới dạng .xlsx.",
  xlsLegacy: (f: string) =>
    `Tệp “${f}” là tệp Excel định dạng cũ (.xls, Excel 97–2003), không đọc được trực tiếp. ` +
    SAVE_AS_XLSX,
  corrupt: (f: string) =>
    `Tệp “${f}” bị hỏng hoặc chưa tải về/sao chép hết nên không đọc được. ` +
    "Hãy mở thử bằng Excel; nếu Excel báo lỗi, đề nghị đơn vị gửi lại tệp.",
  zipBomb: (f: string, declared: number, limit: number) =>
    `Tệp “${f}” khi giải nén chiếm tới ${formatBytes(declared)} (giới hạn ${formatBytes(limit)}), ` +
    "bất thường với một biểu báo cáo; không đọc tệp này để bảo vệ máy.",
  noSheets: (f: string) =>
    `Tệp “${f}” không có trang tính nào đọc được (tệp có thể bị hỏng hoặc chỉ chứa biểu đồ). ` +
    "Hãy mở thử bằng Excel; nếu Excel báo lỗi, đề nghị đơn vị gửi lại tệp.",
  notFound: (f: string) => `Không tìm thấy tệp hoặc thư mục “${f}”. Hãy kiểm tra lại đường dẫn.`,
  unreadable: (f: string, why: string) =>
    `Không đọc được tệp “${f}” (${why}). Hãy kiểm tra quyền truy cập hoặc đóng tệp nếu đang mở.`,
  legacyInFolder: (f: string) =>
    `Tệp “${f}” trong thư mục là tệp Excel định dạng cũ (.xls) nên không được đọc. ${SAVE_AS_XLSX}`,
};

export const sheetMessages = {
  tooManyRows: (f: string, s: string, rows: number, limit: number) =>
    `Trang “${s}” trong tệp “${f}” có dữ liệu tới dòng ${groupDigits(rows)}, vượt giới hạn ` +
    `${groupDigits(limit)} dòng; đã bỏ qua trang này, các trang khác vẫn được đọc.`,
  tooManyCells: (f: string, s: string, limit: number) =>
    `Trang “${s}” trong tệp “${f}” có hơn ${groupDigits(limit)} ô dữ liệu; đã bỏ qua trang này, ` +
    "các trang khác vẫn được đọc.",
  hidden: (f: string, s: string) =>
    `Trang “${s}” trong tệp “${f}” đang bị ẩn; vẫn được đọc và kiểm tra như các trang khác.`,
};

/**
 * The error for a sheet skipped as too large, worded the same by every reader: `over` is
 * { rows } (the last row holding data) when the row limit was passed, "cells" for the cell limit.
 */
export function sheetTooLargeIssue(
  file: string,
  sheet: string,
  over: { rows: number } | "cells",
  limits: { maxRowsPerSheet: number; maxCellsPerSheet: number },
): Issue {
  const message =
    over === "cells"
      ? sheetMessages.tooManyCells(file, sheet, limits.maxCellsPerSheet)
      : sheetMessages.tooManyRows(file, sheet, over.rows, limits.maxRowsPerSheet);
  return { file, sheet, cell: null, severity: "error", rule: "sheet-too-large", message };
}

/** The note that a sheet is hidden (it is still read and checked). */
export function hiddenSheetIssue(file: string, sheet: string): Issue {
  return {
    file,
    sheet,
    cell: null,
    severity: "info",
    rule: "sheet-hidden",
    message: sheetMessages.hidden(file, sheet),
  };
}
