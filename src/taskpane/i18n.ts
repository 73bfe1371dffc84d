/**
 * Every text the pane shows, in Vietnamese (the planners' language) and English (for Office
 * set to another display language). Components and the controller take a `Messages` and never
 * hold user-facing strings themselves, so the two languages cannot drift apart silently: the
 * English table must have every key of the Vietnamese one (checked by the type).
 */
import type { Severity } from "../core/types";

const vi = {
  appTagline: "Kiểm tra, tổng hợp biểu chỉ tiêu và dự thảo báo cáo.",
  standaloneNotice:
    "Trang độc lập: chọn các tệp .xlsx từ máy; kết quả được tải về máy, không gửi đi đâu.",
  stepLabel: (n: number) => `Bước ${n}`,
  stepsLabel: "Các bước",
  privacyFooter: "Dữ liệu được xử lý ngay trên máy này, không gửi đi đâu.",

  sourcesTitle: "Nguồn số liệu",
  workbookSheetsLabel: "Trang tính trong sổ làm việc đang mở",
  noWorkbookSheets: "Sổ làm việc chưa có trang tính nào để lấy số liệu.",
  pickFiles: "Chọn tệp…",
  pickFilesInputLabel: "Chọn các tệp biểu chỉ tiêu (.xlsx)",
  dropHint: "hoặc kéo thả tệp .xlsx vào đây",
  dropZoneLabel: "Vùng thả tệp .xlsx",
  pickedFilesLabel: "Các tệp đã chọn",
  removeFile: (name: string) => `Bỏ tệp ${name}`,
  remove: "Bỏ",
  previousTitle: "Bảng tổng hợp năm trước",
  previousHint: "Để so sánh với cùng kỳ năm trước (không bắt buộc).",
  pickPrevious: "Chọn bảng năm trước…",
  pickPreviousInputLabel: "Chọn bảng tổng hợp năm trước (.xlsx)",
  removePrevious: "Bỏ bảng năm trước",
  catalogTitle: "Danh mục chỉ tiêu",
  catalogHint:
    "Không bắt buộc: bổ sung hoặc sửa danh mục có sẵn (mẫu: lệnh “tonghop template”, trang “Danh mục chỉ tiêu”).",
  catalogFromWorkbook: (sheet: string) => `Đang dùng trang “${sheet}” của sổ làm việc này.`,
  pickCatalog: "Chọn tệp danh mục…",
  pickCatalogInputLabel: "Chọn tệp danh mục chỉ tiêu (.xlsx)",
  removeCatalog: "Bỏ tệp danh mục",
  notXlsx: (names: string[]) => `Chỉ nhận tệp .xlsx; đã bỏ qua: ${names.join(", ")}.`,

  validateTitle: "Kiểm tra",
  validateDescription:
    "Rà soát biểu chỉ tiêu: thiếu số liệu, sai đơn vị tính, số ghi dạng chữ, tỷ lệ tính sai.",
  validateButton: "Kiểm tra",
  consolidateTitle: "Tổng hợp",
  consolidateDescription:
    "Cộng các biểu thành bảng tổng hợp, so với cùng kỳ và kế hoạch năm, ghi rõ nguồn từng số.",
  consolidateButton: "Tổng hợp",
  reportTitle: "Báo cáo",
  reportDescription: "Dự thảo phần lời của báo cáo theo thể thức Nghị định 30/2020/NĐ-CP.",
  reportButton: "Dự thảo báo cáo",
  downloadDocx: "Tải báo cáo Word (.docx)",
  running: "Đang thực hiện…",

  readingProgress: (done: number, total: number, name: string | null) =>
    name === null ? `Đã đọc ${done}/${total}` : `Đang đọc ${done + 1}/${total}: ${name}`,
  readingWorkbook: "các trang tính đã chọn",
  cancel: "Hủy",
  cancelled: "Đã hủy. Chưa có kết quả nào thay đổi.",

  noSources:
    "Chưa có nguồn số liệu: hãy đánh dấu trang tính hoặc chọn tệp .xlsx của các phòng, ban, xã.",
  failedTitle: (step: string) => `Bước ${step} chưa hoàn thành.`,
  loadFailedTitle: "Chưa tải được thông tin từ Excel.",
  settingsFailedTitle: "Chưa lưu được cài đặt.",
  selectFailedTitle: "Chưa chọn được ô.",
  unknownError: "Đã xảy ra lỗi không xác định.",
  dismiss: "Đóng thông báo",
  cellNotFound: (sheet: string) => `Không tìm thấy trang “${sheet}” trong sổ làm việc.`,

  issuesTitle: "Kết quả kiểm tra",
  issuesCountsLabel: "Số vấn đề theo mức độ",
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as Record<Severity, string>,
  severityCount: (n: number, severity: Severity) =>
    `${n} ${{ error: "lỗi", warning: "cảnh báo", info: "thông tin" }[severity]}`,
  sheetsRead: (sheets: number) => `Đã đọc ${sheets} biểu chỉ tiêu.`,
  noIssues: "Không phát hiện vấn đề nào.",
  wholeFile: "cả tệp",
  wholeSheet: "cả trang",
  cellLabel: (cell: string) => `ô ${cell}`,
  goToCell: (sheet: string, cell: string | null) =>
    cell === null ? `Chuyển đến trang ${sheet}` : `Chuyển đến ô ${cell} trang ${sheet}`,
  issueGroupsLabel: "Các vấn đề theo tệp và trang",
  moreIssues: (n: number) => `Còn ${n} vấn đề nữa: xem trang Kiểm tra trong tệp kết quả.`,
  showAll: (n: number) => `Xem tất cả ${n} vấn đề`,

  summaryTitle: (period: string | null) =>
    period === null ? "Bảng tổng hợp" : `Bảng tổng hợp ${period}`,
  summaryUnits: (units: number, rows: number) => `${rows} chỉ tiêu từ ${units} đơn vị.`,
  summaryColumns: {
    name: "Chỉ tiêu",
    unit: "ĐVT",
    current: "Thực hiện",
    yoy: "So cùng kỳ",
    plan: "So KH",
  },
  summaryTableLabel: "Xem trước bảng tổng hợp",
  summaryMore: (shown: number, total: number) =>
    `Hiển thị ${shown}/${total} chỉ tiêu; đủ cả trong tệp tổng hợp.`,
  outputsKept: "Đã giữ nguyên các trang kết quả; chưa ghi gì.",

  reportPreviewLabel: "Xem trước dự thảo báo cáo",
  draftNotesTitle: "Lưu ý khi hoàn thiện",
  docxDownloaded: (name: string) => `Đã tải báo cáo Word: ${name}.`,

  settingsTitle: "Cài đặt báo cáo",
  settingsSave: "Lưu cài đặt",
  settingsSaved: "Đã lưu cài đặt.",
  settingsFields: {
    parentBody: "Cơ quan chủ quản",
    issuingBody: "Cơ quan ban hành",
    bodyAbbreviation: "Ký hiệu viết tắt (BC-…)",
    place: "Địa danh",
    signerTitles: "Chức vụ người ký (mỗi dòng một dòng)",
    signerName: "Họ tên người ký",
    recipients: "Nơi nhận (mỗi dòng một nơi)",
    yoyThreshold: "Ngưỡng chênh lệch so cùng kỳ (±%)",
  },
  yoyThresholdInvalid: "Nhập một số dương, ví dụ 50.",

  confirmTitle: "Ghi đè trang kết quả?",
  confirmBody: (sheets: string[]) =>
    `Trang ${sheets.map((s) => `“${s}”`).join(", ")} đã bị sửa sau lần chạy trước. Ghi đè?`,
  confirmYes: "Ghi đè",
  confirmNo: "Giữ nguyên",
};

export type Messages = typeof vi;

const en: Messages = {
  appTagline: "Check, consolidate indicator sheets and draft the report.",
  standaloneNotice:
    "Standalone page: pick .xlsx files from this computer; results are downloaded, nothing is sent anywhere.",
  stepLabel: (n) => `Step ${n}`,
  stepsLabel: "Steps",
  privacyFooter: "Data is processed on this computer and sent nowhere.",

  sourcesTitle: "Data sources",
  workbookSheetsLabel: "Sheets of the open workbook",
  noWorkbookSheets: "The workbook has no sheet to take figures from.",
  pickFiles: "Choose files…",
  pickFilesInputLabel: "Choose indicator workbooks (.xlsx)",
  dropHint: "or drop .xlsx files here",
  dropZoneLabel: "Drop zone for .xlsx files",
  pickedFilesLabel: "Chosen files",
  removeFile: (name) => `Remove file ${name}`,
  remove: "Remove",
  previousTitle: "Last year's consolidated workbook",
  previousHint: "For year-on-year comparisons (optional).",
  pickPrevious: "Choose last year's workbook…",
  pickPreviousInputLabel: "Choose last year's consolidated workbook (.xlsx)",
  removePrevious: "Remove last year's workbook",
  catalogTitle: "Indicator catalog",
  catalogHint:
    "Optional: extends or corrects the built-in catalog (template: “tonghop template”, sheet “Danh mục chỉ tiêu”).",
  catalogFromWorkbook: (sheet) => `Using this workbook's sheet “${sheet}”.`,
  pickCatalog: "Choose a catalog file…",
  pickCatalogInputLabel: "Choose an indicator catalog file (.xlsx)",
  removeCatalog: "Remove the catalog file",
  notXlsx: (names) => `Only .xlsx files are accepted; skipped: ${names.join(", ")}.`,

  validateTitle: "Check",
  validateDescription:
    "Review the indicator sheets: missing figures, wrong units, numbers stored as text, wrong ratios.",
  validateButton: "Check",
  consolidateTitle: "Consolidate",
  consolidateDescription:
    "Add the sheets into a summary, compare with last year and the plan, trace every figure.",
  consolidateButton: "Consolidate",
  reportTitle: "Report",
  reportDescription: "Draft the report text in the layout of Decree 30/2020/NĐ-CP.",
  reportButton: "Draft report",
  downloadDocx: "Download Word report (.docx)",
  running: "Working…",

  readingProgress: (done, total, name) =>
    name === null ? `Read ${done}/${total}` : `Reading ${done + 1}/${total}: ${name}`,
  readingWorkbook: "the chosen sheets",
  cancel: "Cancel",
  cancelled: "Cancelled. No result has changed.",

  noSources: "No data source yet: tick sheets or choose the departments' .xlsx files.",
  failedTitle: (step) => `Step ${step} did not finish.`,
  loadFailedTitle: "Could not load information from Excel.",
  settingsFailedTitle: "Settings were not saved.",
  selectFailedTitle: "Could not select the cell.",
  unknownError: "An unknown error occurred.",
  dismiss: "Dismiss",
  cellNotFound: (sheet) => `Sheet “${sheet}” is not in the workbook.`,

  issuesTitle: "Check results",
  issuesCountsLabel: "Issues by severity",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  severityCount: (n, severity) =>
    `${n} ${{ error: "errors", warning: "warnings", info: "notes" }[severity]}`,
  sheetsRead: (sheets) => `Read ${sheets} indicator sheets.`,
  noIssues: "No issue found.",
  wholeFile: "whole file",
  wholeSheet: "whole sheet",
  cellLabel: (cell) => `cell ${cell}`,
  goToCell: (sheet, cell) =>
    cell === null ? `Go to sheet ${sheet}` : `Go to cell ${cell} of ${sheet}`,
  issueGroupsLabel: "Issues by file and sheet",
  moreIssues: (n) => `${n} more issues: see the Kiểm tra sheet of the result.`,
  showAll: (n) => `Show all ${n} issues`,

  summaryTitle: (period) => (period === null ? "Summary" : `Summary ${period}`),
  summaryUnits: (units, rows) => `${rows} indicators from ${units} units.`,
  summaryColumns: {
    name: "Indicator",
    unit: "Unit",
    current: "Actual",
    yoy: "vs last year",
    plan: "vs plan",
  },
  summaryTableLabel: "Summary preview",
  summaryMore: (shown, total) => `Showing ${shown}/${total} indicators; all are in the workbook.`,
  outputsKept: "Result sheets kept as they were; nothing written.",

  reportPreviewLabel: "Report draft preview",
  draftNotesTitle: "Notes for finishing",
  docxDownloaded: (name) => `Word report downloaded: ${name}.`,

  settingsTitle: "Report settings",
  settingsSave: "Save settings",
  settingsSaved: "Settings saved.",
  settingsFields: {
    parentBody: "Parent body",
    issuingBody: "Issuing body",
    bodyAbbreviation: "Body abbreviation (BC-…)",
    place: "Place name",
    signerTitles: "Signer titles (one per line)",
    signerName: "Signer name",
    recipients: "Recipients (one per line)",
    yoyThreshold: "Year-on-year change threshold (±%)",
  },
  yoyThresholdInvalid: "Enter a positive number, e.g. 50.",

  confirmTitle: "Replace result sheets?",
  confirmBody: (sheets) =>
    `Sheet ${sheets.map((s) => `“${s}”`).join(", ")} was edited after the last run. Replace it?`,
  confirmYes: "Replace",
  confirmNo: "Keep",
};

export function messagesFor(language: "vi" | "en"): Messages {
  return language === "en" ? en : vi;
}
