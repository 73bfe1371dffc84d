/**
 * The parts of an administrative report that Nghị định 30/2020/NĐ-CP fixes: header block,
 * title and subject, "Nơi nhận", signature. All names come from the planner's settings.
 */
import type { Period, ReportSettings } from "../types";
import type { ReportHeader } from "./types";
import { periodInSentence } from "./words";
import { roman } from "../text/roman";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const REPORT_TITLE = "BÁO CÁO";
/** Left for the clerk to fill by hand, as drafts do. */
export const BLANK = "…";

function upper(s: string): string {
  return s.replace(/\s+/g, " ").trim().toLocaleUpperCase("vi");
}

/** NĐ 30: days below 10 and months below 3 are written with a leading zero. */
function placeDate(settings: ReportSettings, period: Period | null): string {
  const place = settings.place.trim() || BLANK;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(settings.reportDate.trim());
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dd = day < 10 ? `0${day}` : String(day);
    const mm = month < 3 ? `0${month}` : String(month);
    return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
  }
  // A report on a period within a year is issued in that year; a whole-year report may not be.
  const year = period && period.kind !== "year" ? String(period.year) : BLANK;
  return `${place}, ngày ${BLANK} tháng ${BLANK} năm ${year}`;
}

export function reportHeader(settings: ReportSettings, period: Period | null): ReportHeader {
  const abbreviation = settings.bodyAbbreviation.trim() || "UBND";
  return {
    parentBody: upper(settings.parentBody),
    issuingBody: upper(settings.issuingBody),
    numberLine: `Số: ${BLANK}/BC-${abbreviation}`,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    placeDate: placeDate(settings, period),
  };
}

export function reportSubject(settings: ReportSettings, period: Period | null): string {
  if (settings.subject.trim()) return settings.subject.trim();
  const base = "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội";
  return period ? `${base} ${periodInSentence(period.label)}` : base;
}

/** The period the "phương hướng" part looks ahead to: after 6 tháng đầu năm, 6 tháng cuối năm. */
export function nextPeriodLabel(period: Period | null): string | null {
  if (!period) return null;
  switch (period.kind) {
    case "month":
      return period.month === 12
        ? `tháng 1/${period.year + 1}`
        : `tháng ${(period.month ?? 0) + 1}/${period.year}`;
    case "quarter":
      return period.quarter === 4
        ? `quý I/${period.year + 1}`
        : `quý ${roman((period.quarter ?? 0) + 1)}/${period.year}`;
    case "6months":
      return period.half === "last" ? `năm ${period.year + 1}` : `6 tháng cuối năm ${period.year}`;
    case "9months":
      return `quý IV/${period.year}`;
    case "year":
      return `năm ${period.year + 1}`;
  }
}

/** "Nơi nhận" lines as NĐ 30 writes them: each after a dash. */
export function recipientLines(settings: ReportSettings): string[] {
  return settings.recipients
    .map((r) => r.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((r) => (/^[-–+]/.test(r) ? r.replace(/^[–+]\s*/, "- ") : `- ${r}`));
}
