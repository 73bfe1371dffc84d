/** The words tracking is told in: the status table on stderr and the "Tình hình nộp biểu" sheet. */
import { submissionCounts } from "./track";
import type { DateSource, SubmissionFile, SubmissionStatus, SubmissionSummary } from "./types";
import { viDate } from "./issues";

export const STATUS_LABEL: Readonly<Record<SubmissionStatus, string>> = {
  "on-time": "Đúng hạn",
  late: "Nộp muộn",
  missing: "Chưa nộp",
};

export const DATE_SOURCE_LABEL: Readonly<Record<DateSource, string>> = {
  "ngay-lap": "Ngày lập",
  mtime: "Ngày sửa tệp",
};

export function shownDate(iso: string | null): string {
  return iso ? viDate(iso) : "";
}

/** "XaHopHoa.xlsx, trang “Biểu 01”". */
export function fileAndSheet(f: { file: string; sheet: string | null }): string {
  return f.sheet === null ? f.file : `${f.file}, trang “${f.sheet}”`;
}

/** "Đã nộp 120/126 đơn vị, trong đó 5 nộp muộn; chưa nộp 6: Xã A, Xã B." */
export function countsLine(summary: SubmissionSummary): string {
  const c = submissionCounts(summary);
  const late = c.late > 0 ? `, trong đó ${c.late} nộp muộn` : "";
  const missing =
    c.missing.length > 0
      ? `; chưa nộp ${c.missing.length}: ${c.missing.map((u) => u.name).join(", ")}`
      : "; không còn đơn vị nào chưa nộp";
  return `Đã nộp ${c.submitted}/${c.listed} đơn vị${late}${missing}.`;
}

/** What the deadline was: the run's, and whether some units have their own. */
export function deadlineLine(summary: SubmissionSummary): string {
  const own = summary.units.filter((u) => u.unit.deadline !== null).length;
  const base = summary.deadline
    ? `Hạn nộp: ${viDate(summary.deadline)}`
    : own > 0
      ? "Hạn nộp: theo cột “Hạn nộp” của danh sách"
      : "Không có hạn nộp: mọi đơn vị đã gửi được tính là đúng hạn";
  const extra = summary.deadline && own > 0 ? ` (${own} đơn vị có hạn riêng trong danh sách)` : "";
  return `${base}${extra}. Ngày nộp là “Ngày lập” ghi trong biểu, biểu không ghi thì lấy ngày sửa tệp.`;
}

export function setAsideFiles(files: readonly SubmissionFile[]): SubmissionFile[] {
  return files.filter((f) => !f.used);
}
