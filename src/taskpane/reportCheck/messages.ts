/**
 * The texts of the "Soát báo cáo" step, in Vietnamese and English, kept apart from i18n.ts so
 * the step stays one piece: the English table must have every key of the Vietnamese one.
 */
const vi = {
  title: "Soát báo cáo",
  description:
    "Soát từng câu có số liệu của dự thảo: so sánh cùng kỳ, tỷ lệ, các phần và tổng, lời nhận xét, cách viết số, số hiệu văn bản; đối chiếu với bảng tổng hợp vừa làm.",
  checkSheet: "Soát trang “Báo cáo”",
  checkPasted: "Soát văn bản dán vào",
  checkFile: "Soát tệp dự thảo…",
  fileInputLabel: "Chọn tệp dự thảo báo cáo (.docx, .txt)",
  pastedLabel: "Hoặc dán nội dung dự thảo vào đây (mỗi đoạn một dòng)",
  noSheet:
    "Sổ làm việc chưa có trang “Báo cáo”: hãy làm bước Báo cáo trước, hoặc dán nội dung dự thảo.",
  noText: "Chưa có nội dung để soát.",
  notDraftFile: (name: string) => `“${name}” không phải tệp .docx hoặc .txt.`,
  withSummary: "Đã đối chiếu với bảng tổng hợp vừa làm.",
  withoutSummary: "Chưa có bảng tổng hợp: chỉ soát số liệu trong chính văn bản.",
  findingsTitle: (where: string) => `Kết quả soát ${where}`,
  sheetSource: "trang “Báo cáo”",
  pastedSource: "văn bản dán vào",
  fileSource: (name: string) => `tệp “${name}”`,
  counts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  clean: "Không thấy số liệu nào sai.",
  row: (n: number) => `dòng ${n}`,
  paragraph: (n: number) => `đoạn ${n}`,
  goToRow: (n: number) => `Chọn dòng ${n} của trang Báo cáo`,
  goToParagraph: (n: number) => `Chọn đoạn ${n} trong văn bản dán vào`,
  suggestion: (s: string) => `Nên sửa thành: ${s}`,
  severity: { error: "Lỗi", warning: "Cảnh báo" },
  failed: "Không soát được",
};

export type ReportCheckMessages = typeof vi;

const en: ReportCheckMessages = {
  title: "Check the report",
  description:
    "Check every sentence of the draft that has figures: year-on-year, shares, parts and totals, judging words, number writing, document numbers; and against the summary just made.",
  checkSheet: "Check the “Báo cáo” sheet",
  checkPasted: "Check the pasted text",
  checkFile: "Check a draft file…",
  fileInputLabel: "Choose a report draft (.docx, .txt)",
  pastedLabel: "Or paste the draft here (one paragraph per line)",
  noSheet: "The workbook has no “Báo cáo” sheet: draft the report first, or paste the draft.",
  noText: "Nothing to check yet.",
  notDraftFile: (name) => `“${name}” is not a .docx or .txt file.`,
  withSummary: "Compared with the summary just made.",
  withoutSummary: "No summary yet: only the text's own figures were checked.",
  findingsTitle: (where) => `Findings in ${where}`,
  sheetSource: "the “Báo cáo” sheet",
  pastedSource: "the pasted text",
  fileSource: (name) => `file “${name}”`,
  counts: (errors, warnings) => `${errors} errors, ${warnings} warnings`,
  clean: "No wrong figure found.",
  row: (n) => `row ${n}`,
  paragraph: (n) => `paragraph ${n}`,
  goToRow: (n) => `Select row ${n} of the Báo cáo sheet`,
  goToParagraph: (n) => `Select paragraph ${n} of the pasted text`,
  suggestion: (s) => `Suggested: ${s}`,
  severity: { error: "Error", warning: "Warning" },
  failed: "Could not check",
};

export function reportCheckMessagesFor(language: "vi" | "en"): ReportCheckMessages {
  return language === "en" ? en : vi;
}
