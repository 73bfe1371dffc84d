/**
 * Numbers in prose that are not figures of the report: dates, years, periods, document
 * numbers, ages, place numbers ("Thôn 3"), heading numbers, phone numbers. Their spans are
 * found first, so that no check reads "2026" or "30/2020/NĐ-CP" as a quantity.
 */
import type { Span } from "./sentences";

/** Document numbers: "30/2020/NĐ-CP", "1234/QĐ-UBND", "45/UBND-VP", "…/BC-UBND". */
export const DOCUMENT_NUMBER =
  /(?<![\p{L}\p{N}/])(\d+|…|\.{3})(?:\/(\d{4}))?\/([\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)/gu;

const PATTERNS: RegExp[] = [
  DOCUMENT_NUMBER,
  // dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy; mm/yyyy; "ngày 25/6"
  /(?<![\p{N}/.])\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\p{N})/gu,
  /(?<![\p{N}/.,])\d{1,2}\/\d{4}(?!\p{N})/gu,
  /ngày\s+\d{1,2}(?:\/\d{1,2})?/giu,
  /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?/giu,
  /tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?/giu,
  /quý\s+[IVX\d]+(?:\s*\/\s*\d{4})?/giu,
  /\b(?:năm|niên độ|giai đoạn|năm học)\s+(?:\d{4}\s*[-–]\s*)?\d{4}/giu,
  /(?<![\p{N}.,])(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\p{N})/gu,
  /(?<![\p{N}.,])\d+\s+(?:tháng|năm|tuổi|giờ|phút|ngày|tuần|quý)(?![\p{L}])/giu,
  // Numbers that name a thing rather than count it: "Thôn 3", "Điều 5", "lần thứ 2".
  /(?<![\p{L}])(?:điều|khoản|điểm|mục|chương|phần|phụ lục|lần thứ|thứ|khóa|khoá|thôn|tổ|xóm|ấp|khu phố|khu|bản|đội|phường|quận|lô|tuyến|quốc lộ|tỉnh lộ|ql|km|đường|đợt|nhóm|hạng|lớp|mẫu|biểu|bảng|trang|phiên|kỳ họp|iso|tcvn|qcvn|số|covid|tiểu khu|khoảnh|thửa|tờ bản đồ)\s*[-:]?\s*\d+(?:[.,]\d+)*/giu,
  // Phone numbers: a leading zero, 9 to 11 digits in groups; and whatever follows their label.
  /(?<![\p{N}.,])0\d{1,4}(?:[.\s]\d{2,4}){1,3}(?![\p{N}])/gu,
  /(?:điện thoại|đt|sđt|fax|hotline|di động)\s*:?\s*[\d.\s()+-]{6,}/giu,
];

/** Heading numbers at the start of a paragraph: "1.", "4.1.", "II.", "a)". */
const HEADING = /^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s/u;

export function maskedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  const h = HEADING.exec(text);
  if (h) spans.push({ start: 0, end: h[0].length });
  return spans;
}

export function isMasked(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}
