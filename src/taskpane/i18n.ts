/**
 * Every text the pane shows, in Vietnamese (the planners' language) and English (for Office
 * set to another display language). Components and the controller take a `Messages` and never
 * hold user-facing strings themselves, so the two languages cannot drift apart silently: the
 * English table must have every key of the Vietnamese one (checked by the type).
 */
import type { Severity } from "../core/types";
import { formatViNumber } from "../core/text/vnNumber";

/** Counts the Vietnamese way: 3.035. */
const count = (n: number): string => formatViNumber(n, 0);

/**
 * The reminder the planner sends to the units that have not sent (dates dd/mm/yyyy). With a
 * deadline still to come: "trước ngày …"; once it has passed, or without one, "khẩn trương".
 */
function reminderText(
  period: string | null,
  deadline: { date: string; passed: boolean } | null,
  names: readonly string[],
): string {
  // "6 tháng đầu năm 2026", "tháng 5/2026", "quý I/2026": the label in the middle of a sentence.
  const what = period ? period.charAt(0).toLowerCase() + period.slice(1) : "chỉ tiêu";
  const ask =
    deadline === null
      ? `khẩn trương gửi biểu ${what}`
      : deadline.passed
        ? `khẩn trương gửi biểu ${what} (đã quá hạn nộp ngày ${deadline.date})`
        : `gửi biểu ${what} trước ngày ${deadline.date}`;
  return `Đề nghị các đơn vị sau ${ask}: ${names.join(", ")}.`;
}

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
  previousTitle: "Số liệu năm trước",
  previousHint:
    "Để so sánh cùng kỳ (không bắt buộc): bảng tổng hợp năm trước, hoặc biểu năm trước của các đơn vị cũ (trước sắp xếp 01/7/2025) cùng Bảng quy đổi nếu có.",
  pickPrevious: "Chọn tệp năm trước…",
  pickPreviousInputLabel: "Chọn các tệp năm trước (.xlsx)",
  previousFilesLabel: "Các tệp năm trước đã chọn",
  removePrevious: (name: string) => `Bỏ tệp năm trước ${name}`,
  catalogTitle: "Danh mục chỉ tiêu",
  catalogHint:
    "Không bắt buộc: bổ sung hoặc sửa danh mục có sẵn. Biểu mẫu trống có sẵn trang “Danh mục chỉ tiêu” để sửa.",
  catalogFromWorkbook: (sheet: string) => `Đang dùng trang “${sheet}” của sổ làm việc này.`,
  pickCatalog: "Chọn tệp danh mục…",
  pickCatalogInputLabel: "Chọn tệp danh mục chỉ tiêu (.xlsx)",
  removeCatalog: "Bỏ tệp danh mục",
  notXlsx: (names: string[]) => `Chỉ nhận tệp .xlsx; đã bỏ qua: ${names.join(", ")}.`,
  unitListTitle: "Danh sách đơn vị",
  unitListHint:
    "Không bắt buộc: các đơn vị phải gửi biểu (cột Mã đơn vị, Tên đơn vị, Loại, Người liên hệ, Điện thoại, Hạn nộp), để biết đơn vị nào đã nộp, nộp muộn hay chưa nộp. Đơn vị gửi lại biểu thì lấy bản mới nhất, không cộng hai lần.",
  pickUnitList: "Chọn danh sách đơn vị…",
  pickUnitListInputLabel: "Chọn tệp danh sách đơn vị (.xlsx)",
  removeUnitList: "Bỏ tệp danh sách đơn vị",
  deadlineLabel: "Hạn nộp",
  deadlineHint:
    "Không bắt buộc, dạng dd/mm/yyyy. Hạn nộp riêng của đơn vị trong danh sách được ưu tiên.",
  deadlineInvalid: (text: string) =>
    `Hạn nộp cần một ngày dạng dd/mm/yyyy (ví dụ 15/07/2026), nhận được “${text}”.`,
  submissionTitle: "Tình hình nộp biểu",
  submissionCounts: (submitted: number, listed: number, late: number, missing: number) =>
    `Đã nộp ${count(submitted)}/${count(listed)} đơn vị · ${count(late)} nộp muộn · ${count(missing)} chưa nộp`,
  submissionSource: (file: string, sheet: string) => `Theo danh sách ${file}, trang “${sheet}”.`,
  submissionDeadline: (deadline: string | null, own: number) =>
    deadline !== null
      ? `Hạn nộp ${deadline}${own > 0 ? ` (${count(own)} đơn vị có hạn riêng trong danh sách)` : ""}.`
      : own > 0
        ? "Hạn nộp theo cột “Hạn nộp” của danh sách."
        : "Không có hạn nộp: mọi đơn vị đã gửi được tính là đúng hạn.",
  submissionMissing: (n: number) => `Chưa nộp (${count(n)})`,
  submissionLate: (n: number) => `Nộp muộn (${count(n)})`,
  submissionLateItem: (name: string, date: string, source: string, deadline: string) =>
    `${name}: nộp ${date} (${source}), hạn ${deadline}`,
  submissionDateSource: { "ngay-lap": "theo Ngày lập", mtime: "theo ngày sửa tệp" } as Record<
    "ngay-lap" | "mtime",
    string
  >,
  submissionNoDate: "không rõ ngày",
  submissionAllIn: "Tất cả đơn vị trong danh sách đã nộp.",
  submissionUnlisted: (n: number) => `Tệp của đơn vị không có trong danh sách (${count(n)})`,
  submissionUnlistedItem: (where: string, who: string) => `${where}: ${who}`,
  submissionUnreadable: "không đọc được tệp",
  submissionAmbiguous: (unit: string) =>
    `${unit} (tên ứng với nhiều đơn vị trong danh sách; cần ghi Mã đơn vị)`,
  submissionNoUnit: "không ghi đơn vị báo cáo",
  fileAndSheet: (file: string, sheet: string | null) =>
    sheet === null ? file : `${file}, trang “${sheet}”`,
  reminderLabel: "Văn bản nhắc các đơn vị chưa nộp",
  reminderText,
  copyReminder: "Sao chép",
  reminderCopied: "Đã sao chép văn bản nhắc.",
  reminderCopyUnavailable:
    "Không sao chép tự động được ở đây: văn bản nhắc đã được bôi đen, hãy nhấn Ctrl+C để sao chép.",

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
    name === null
      ? `Đã đọc ${count(done)}/${count(total)}`
      : `Đang đọc ${count(done + 1)}/${count(total)}: ${name}`,
  readingWorkbook: "các trang tính đã chọn",
  cancel: "Hủy",
  cancelled: "Đã hủy. Chưa có kết quả nào thay đổi.",

  // The phases after reading (the batch engine reports each).
  validatingProgress: (sheets: number) => `Đang kiểm tra ${sheets} biểu…`,
  consolidatingProgress: (sheets: number) => `Đang tổng hợp ${sheets} biểu…`,
  draftingProgress: "Đang dự thảo báo cáo…",
  writingProgress: (fileName: string) => `Đang ghi tệp ${fileName}…`,

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
    `${count(n)} ${{ error: "lỗi", warning: "cảnh báo", info: "thông tin" }[severity]}`,
  sheetsRead: (sheets: number) => `Đã đọc ${count(sheets)} biểu chỉ tiêu.`,
  noIssues: "Không phát hiện vấn đề nào.",
  wholeFile: "cả tệp",
  wholeSheet: "cả trang",
  cellLabel: (cell: string) => `ô ${cell}`,
  goToCell: (sheet: string, cell: string | null) =>
    cell === null ? `Chuyển đến trang ${sheet}` : `Chuyển đến ô ${cell} trang ${sheet}`,
  issueGroupsLabel: "Các vấn đề theo đơn vị",
  moreIssues: (n: number) => `Còn ${count(n)} vấn đề nữa, xem ở trang Kiểm tra của tệp kết quả.`,
  showAll: (n: number) => `Xem tất cả ${count(n)} vấn đề`,

  summaryTitle: (period: string | null) =>
    period === null ? "Bảng tổng hợp" : `Bảng tổng hợp ${period}`,
  summaryUnits: (units: number, rows: number) =>
    `${count(rows)} chỉ tiêu từ ${count(units)} đơn vị.`,
  summaryColumns: {
    name: "Chỉ tiêu",
    unit: "ĐVT",
    current: "Thực hiện",
    yoy: "So cùng kỳ",
    plan: "So KH",
  },
  summaryTableLabel: "Xem trước bảng tổng hợp",
  summaryMore: (shown: number, total: number) =>
    `Hiển thị ${count(shown)}/${count(total)} chỉ tiêu; đủ cả trong tệp tổng hợp.`,
  outputsKept: "Đã giữ nguyên các trang kết quả; chưa ghi gì.",

  boundaryTitle: "Quy đổi cùng kỳ theo địa giới mới",
  boundarySummary: (units: number, complete: number, formers: number, withSheet: number) =>
    `${count(units)} đơn vị hiện nay hợp thành từ ${count(formers)} đơn vị cũ, có biểu năm trước của ${count(withSheet)} đơn vị cũ; ` +
    `${count(complete)}/${count(units)} đơn vị so sánh được cùng kỳ.`,
  boundaryScope: (scope: string) => `Phạm vi: ${scope}.`,
  boundaryAsk:
    "Xem lại quy đổi trước khi ghi kết quả; số liệu từng đơn vị cũ có trong trang “Quy đổi địa giới”.",
  boundaryAccept: "Ghi kết quả",
  boundaryReject: "Không ghi",
  boundaryDeclined:
    "Chưa ghi kết quả vì quy đổi cùng kỳ chưa được chấp nhận. Bổ sung biểu năm trước hoặc Bảng quy đổi rồi tổng hợp lại.",
  boundaryListLabel: "Các đơn vị hiện nay và đơn vị cũ hợp thành",
  boundaryFormer: (name: string, code: string, partial: boolean, share: number | null) =>
    `${name} (mã ${code}${partial ? `, một phần${share === null ? "" : ` ${formatViNumber(share)}%`}` : ""})`,
  boundaryUnit: (name: string, code: string) => `${name} (mã ${code})`,
  boundaryShowAll: (n: number) => `Xem cả ${count(n)} đơn vị`,
  boundaryCollapse: "Thu gọn",

  reportPreviewLabel: "Xem trước dự thảo báo cáo",
  draftNotesTitle: "Lưu ý khi hoàn thiện",

  settingsTitle: "Cài đặt báo cáo",
  settingsSave: "Lưu cài đặt",
  settingsSaved: "Đã lưu cài đặt.",
  settingsFields: {
    parentBody: "Cơ quan chủ quản",
    issuingBody: "Cơ quan ban hành",
    bodyAbbreviation: "Ký hiệu viết tắt (BC-…)",
    place: "Địa danh",
    signerTitles: "Chức vụ người ký (mỗi chức vụ một dòng)",
    signerName: "Họ tên người ký",
    recipients: "Nơi nhận (mỗi dòng một nơi)",
    yoyThreshold: "Ngưỡng chênh lệch so cùng kỳ (±%)",
  },
  yoyThresholdInvalid: "Nhập một số dương, ví dụ 50.",

  confirmTitle: "Ghi đè trang kết quả?",
  confirmBody: (sheets: string[]) =>
    `Trang ${sheets.map((s) => `“${s}”`).join(", ")} đã bị sửa sau lần chạy trước. Ghi đè?`,
  confirmKept:
    "Nếu ghi đè, bản đang có được giữ ở trang ẩn “… (bản trước)” đến lần ghi sau; nút Khôi phục bản trước lấy lại được.",
  confirmYes: "Ghi đè",
  confirmNo: "Giữ nguyên",

  // ── Outcomes beside each step, the issue list, summary, report fallback, help ──
  outcomeLabel: "Kết quả",
  validateDone: (sheets: number, errors: number, warnings: number) =>
    `Đã kiểm tra ${count(sheets)} biểu chỉ tiêu: ${count(errors)} lỗi, ${count(warnings)} cảnh báo.`,
  draftDone: "Đã dự thảo báo cáo; xem trước ở dưới.",
  nothingRead:
    "Chưa tổng hợp: không đọc được số liệu nào từ các nguồn đã chọn, nên không ghi tệp kết quả nào. Lỗi của từng tệp ở phần Kết quả kiểm tra, bước 1.",
  filesAdded: (added: number, total: number) =>
    added === total
      ? `Đã chọn ${count(added)} tệp.`
      : `Đã thêm ${count(added)} tệp, tổng ${count(total)} tệp.`,
  fileRemoved: (name: string, left: number) => `Đã bỏ tệp ${name}; còn ${count(left)} tệp.`,
  chooseAllSheets: "Chọn tất cả",
  clearSheets: "Bỏ chọn tất cả",
  removeAllFiles: "Bỏ tất cả",
  allFilesRemoved: "Đã bỏ tất cả các tệp đã chọn.",
  showAllFiles: (n: number) => `Hiện đủ ${count(n)} tệp`,
  collapseFiles: "Thu gọn danh sách tệp",
  restoreButton: "Khôi phục bản trước",
  restoreFailedTitle: "Chưa khôi phục được bản trước.",
  restoreHint: (sheets: string[]) =>
    `Bản trước của ${sheets.map((s) => `“${s}”`).join(", ")} được giữ ở trang ẩn đến lần ghi sau.`,
  issueFiltersLabel: "Lọc vấn đề",
  filterSeverity: "Mức độ",
  filterUnit: "Đơn vị",
  filterRule: "Loại vấn đề",
  filterAll: "Tất cả",
  filterSearch: "Tìm trong vấn đề",
  issuesShown: (shown: number, total: number) =>
    shown === total
      ? `${count(total)} vấn đề.`
      : `${count(shown)}/${count(total)} vấn đề khớp bộ lọc.`,
  noMatchingIssues: "Không có vấn đề nào khớp bộ lọc.",
  unitIssueCount: (n: number) => `${count(n)} vấn đề`,
  moreInGroup: (n: number) => `Xem thêm ${count(n)} vấn đề của đơn vị này`,
  moreUnits: (n: number) => `Xem thêm ${count(n)} đơn vị`,
  wholeBatch: "Chung cho cả bộ số liệu",
  summaryShowAll: (n: number) => `Xem đủ ${count(n)} chỉ tiêu`,
  summaryCollapse: "Thu gọn bảng",
  docxStarted: (name: string) => `Đã tải báo cáo Word: ${name}.`,
  docxUnconfirmed: (name: string) =>
    `Đã chuyển tệp ${name} cho Excel tải về. Nếu không thấy tệp, hãy dùng nút Sao chép báo cáo rồi dán vào Word, hoặc trang Báo cáo mà bước Tổng hợp ghi vào sổ.`,
  docxUnavailable:
    "Excel ở đây không cho tiện ích tải tệp về máy. Hãy dùng nút Sao chép báo cáo rồi dán vào Word, hoặc trang Báo cáo mà bước Tổng hợp ghi vào sổ.",
  copyReport: "Sao chép báo cáo",
  copiedRich: "Đã sao chép báo cáo (giữ định dạng); dán vào Word bằng Ctrl+V.",
  copiedPlain: "Đã sao chép báo cáo dạng chữ thường; dán vào Word bằng Ctrl+V.",
  copyUnavailable:
    "Không sao chép tự động được ở đây: báo cáo đang hiện dạng văn bản bên dưới, hãy bôi đen rồi sao chép.",
  showReportText: "Xem dạng văn bản",
  hideReportText: "Ẩn dạng văn bản",
  reportTextLabel: "Báo cáo dạng văn bản để sao chép",
  helpLink: "Hướng dẫn sử dụng",
  blankTemplate: "Tải biểu mẫu trống",
  templateDownloaded: (name: string) => `Đã tải biểu mẫu trống: ${name}.`,
  templateOffered: (name: string) =>
    `Đã chuyển tệp ${name} cho Excel tải về. Nếu không thấy tệp, hãy dùng trang độc lập standalone.html để tải biểu mẫu.`,
  templateUnavailable:
    "Excel ở đây không cho tiện ích tải tệp về máy; hãy mở trang độc lập standalone.html để tải biểu mẫu trống.",
  chartTitle: "Chỉ tiêu thay đổi nhiều nhất so với cùng kỳ",
  chartLabel: (n: number) => `Biểu đồ ${count(n)} chỉ tiêu thay đổi nhiều nhất so với cùng kỳ (%)`,
  issuingBodyHint: "Ghi đủ tên, ví dụ ỦY BAN NHÂN DÂN XÃ HỢP HÒA.",
  issuingBodyBare: "Hãy thêm tên xã, phường sau ỦY BAN NHÂN DÂN, ví dụ ỦY BAN NHÂN DÂN XÃ HỢP HÒA.",
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
  previousTitle: "Last year's figures",
  previousHint:
    "For year-on-year comparisons (optional): last year's consolidated workbook, or last year's sheets of the former units (before 1 July 2025) with a Bảng quy đổi if any.",
  pickPrevious: "Choose last year's files…",
  pickPreviousInputLabel: "Choose last year's files (.xlsx)",
  previousFilesLabel: "Last year's files chosen",
  removePrevious: (name) => `Remove last year's file ${name}`,
  catalogTitle: "Indicator catalog",
  catalogHint:
    "Optional: extends or corrects the built-in catalog. The blank template has a “Danh mục chỉ tiêu” sheet to edit.",
  catalogFromWorkbook: (sheet) => `Using this workbook's sheet “${sheet}”.`,
  pickCatalog: "Choose a catalog file…",
  pickCatalogInputLabel: "Choose an indicator catalog file (.xlsx)",
  removeCatalog: "Remove the catalog file",
  notXlsx: (names) => `Only .xlsx files are accepted; skipped: ${names.join(", ")}.`,
  unitListTitle: "List of units",
  unitListHint:
    "Optional: the units that must send sheets (columns Mã đơn vị, Tên đơn vị, Loại, Người liên hệ, Điện thoại, Hạn nộp), to see who sent, who was late and who has not. A unit that sent again counts once, by its newest copy.",
  pickUnitList: "Choose the list of units…",
  pickUnitListInputLabel: "Choose the list of units (.xlsx)",
  removeUnitList: "Remove the list of units",
  deadlineLabel: "Deadline",
  deadlineHint: "Optional, as dd/mm/yyyy. A unit's own Hạn nộp in the list comes first.",
  deadlineInvalid: (text) =>
    `The deadline must be a date as dd/mm/yyyy (e.g. 15/07/2026), not “${text}”.`,
  submissionTitle: "Who has sent",
  submissionCounts: (submitted, listed, late, missing) =>
    `Sent ${submitted}/${listed} units · ${late} late · ${missing} not sent`,
  submissionSource: (file, sheet) => `From the list ${file}, sheet “${sheet}”.`,
  submissionDeadline: (deadline, own) =>
    deadline !== null
      ? `Deadline ${deadline}${own > 0 ? ` (${own} units have their own in the list)` : ""}.`
      : own > 0
        ? "Deadlines from the list's Hạn nộp column."
        : "No deadline: every unit that sent is on time.",
  submissionMissing: (n) => `Not sent (${n})`,
  submissionLate: (n) => `Late (${n})`,
  submissionLateItem: (name, date, source, deadline) =>
    `${name}: sent ${date} (${source}), due ${deadline}`,
  submissionDateSource: { "ngay-lap": "by its Ngày lập", mtime: "by the file's date" },
  submissionNoDate: "date unknown",
  submissionAllIn: "Every unit on the list has sent.",
  submissionUnlisted: (n) => `Files of units not on the list (${n})`,
  submissionUnlistedItem: (where, who) => `${where}: ${who}`,
  submissionUnreadable: "the file could not be read",
  submissionAmbiguous: (unit) => `${unit} (fits several units on the list; needs a Mã đơn vị)`,
  submissionNoUnit: "names no reporting unit",
  fileAndSheet: (file, sheet) => (sheet === null ? file : `${file}, sheet “${sheet}”`),
  reminderLabel: "Reminder to the units that have not sent",
  // Sent to the units, who read Vietnamese whatever language the planner's Office is in.
  reminderText,
  copyReminder: "Copy",
  reminderCopied: "Reminder copied.",
  reminderCopyUnavailable:
    "Copying is not allowed here: the reminder is selected, press Ctrl+C to copy it.",

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

  validatingProgress: (sheets) => `Checking ${sheets} sheets…`,
  consolidatingProgress: (sheets) => `Consolidating ${sheets} sheets…`,
  draftingProgress: "Drafting the report…",
  writingProgress: (fileName) => `Writing ${fileName}…`,

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
  issueGroupsLabel: "Issues by unit",
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

  boundaryTitle: "Last year's figures carried over to the new units",
  boundarySummary: (units, complete, formers, withSheet) =>
    `${units} current units made from ${formers} former units, last year's sheets given for ${withSheet} of them; ` +
    `${complete}/${units} units can be compared with last year.`,
  boundaryScope: (scope) => `Scope: ${scope}.`,
  boundaryAsk:
    "Check the carry-over before the results are written; each former unit's figures are on the “Quy đổi địa giới” sheet.",
  boundaryAccept: "Write results",
  boundaryReject: "Do not write",
  boundaryDeclined:
    "Nothing written: the carry-over was not accepted. Add last year's sheets or a Bảng quy đổi, then consolidate again.",
  boundaryListLabel: "Current units and the former units they were made from",
  boundaryFormer: (name, code, partial, share) =>
    `${name} (code ${code}${partial ? `, in part${share === null ? "" : ` ${share}%`}` : ""})`,
  boundaryUnit: (name, code) => `${name} (code ${code})`,
  boundaryShowAll: (n) => `Show all ${n} units`,
  boundaryCollapse: "Collapse",

  reportPreviewLabel: "Report draft preview",
  draftNotesTitle: "Notes for finishing",

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
  confirmKept:
    "If replaced, the current version is kept on a hidden “… (bản trước)” sheet until the next write; Restore previous version brings it back.",
  confirmYes: "Replace",
  confirmNo: "Keep",

  outcomeLabel: "Result",
  validateDone: (sheets, errors, warnings) =>
    `Checked ${sheets} indicator sheets: ${errors} errors, ${warnings} warnings.`,
  draftDone: "Report drafted; see the preview below.",
  nothingRead:
    "Not consolidated: no figure could be read from the chosen sources, so no result file was written. Each file's error is listed under Check results, step 1.",
  filesAdded: (added, total) =>
    added === total ? `Chose ${added} files.` : `Added ${added} files, ${total} in all.`,
  fileRemoved: (name, left) => `Removed ${name}; ${left} files left.`,
  chooseAllSheets: "Select all",
  clearSheets: "Clear selection",
  removeAllFiles: "Remove all",
  allFilesRemoved: "All chosen files removed.",
  showAllFiles: (n) => `Show all ${n} files`,
  collapseFiles: "Collapse the file list",
  restoreButton: "Restore previous version",
  restoreFailedTitle: "Could not restore the previous version.",
  restoreHint: (sheets) =>
    `The previous version of ${sheets.map((s) => `“${s}”`).join(", ")} is kept on hidden sheets until the next write.`,
  issueFiltersLabel: "Filter issues",
  filterSeverity: "Severity",
  filterUnit: "Unit",
  filterRule: "Kind",
  filterAll: "All",
  filterSearch: "Search issues",
  issuesShown: (shown, total) =>
    shown === total ? `${total} issues.` : `${shown}/${total} issues match the filter.`,
  noMatchingIssues: "No issue matches the filter.",
  unitIssueCount: (n) => `${n} issues`,
  moreInGroup: (n) => `Show ${n} more issues of this unit`,
  moreUnits: (n) => `Show ${n} more units`,
  wholeBatch: "About the whole batch",
  summaryShowAll: (n) => `Show all ${n} indicators`,
  summaryCollapse: "Collapse the table",
  docxStarted: (name) => `Word report downloaded: ${name}.`,
  docxUnconfirmed: (name) =>
    `Handed ${name} to Excel to download. If no file appears, use Copy report and paste into Word, or the Báo cáo sheet that Consolidate writes.`,
  docxUnavailable:
    "This Excel does not let add-ins download files. Use Copy report and paste into Word, or the Báo cáo sheet that Consolidate writes.",
  copyReport: "Copy report",
  copiedRich: "Report copied with formatting; paste into Word with Ctrl+V.",
  copiedPlain: "Report copied as plain text; paste into Word with Ctrl+V.",
  copyUnavailable:
    "Copying is not allowed here: the report is shown as text below; select it and copy.",
  showReportText: "Show as text",
  hideReportText: "Hide the text",
  reportTextLabel: "The report as text to copy",
  helpLink: "Help",
  blankTemplate: "Download a blank template",
  templateDownloaded: (name) => `Blank template downloaded: ${name}.`,
  templateOffered: (name) =>
    `Handed ${name} to Excel to download. If no file appears, download the template from the standalone page standalone.html.`,
  templateUnavailable:
    "This Excel does not let add-ins download files; open the standalone page standalone.html to download the blank template.",
  chartTitle: "Largest changes on last year",
  chartLabel: (n) => `Chart of the ${n} indicators that changed most on last year (%)`,
  issuingBodyHint: "The full name, e.g. ỦY BAN NHÂN DÂN XÃ HỢP HÒA.",
  issuingBodyBare: "Add the commune's name after ỦY BAN NHÂN DÂN, e.g. ỦY BAN NHÂN DÂN XÃ HỢP HÒA.",
};

export function messagesFor(language: "vi" | "en"): Messages {
  return language === "en" ? en : vi;
}
