/**
 * Document references (Nghị định 30/2020/NĐ-CP): "Quyết định số 1234/QĐ-UBND ngày 15/01/2026",
 * "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020". Checked: the type code is one of the appendix's
 * (a code missing its Đ, "QD", or one that differs from the type named before it is not); the
 * date exists; a referenced document is not dated after the report or in the future; and the
 * year in a legal document's number is the year of its date.
 */
import { foldKey } from "../text/normalize";
import type { DraftContext, FactRule, ParagraphView } from "./context";
import { sentenceAt } from "./context";
import { ADMINISTRATIVE_TYPES, COPY_CODES, LEGAL_TYPES, TYPES_WITHOUT_CODE } from "./documentTypes";
import { DOCUMENT_NUMBER } from "./masks";
import { snippetOf } from "./say";
import type { Finding, FindingSeverity } from "./types";

const ALL_CODES = new Set([
  ...ADMINISTRATIVE_TYPES.map((t) => t.code),
  ...LEGAL_TYPES.map((t) => t.code),
  ...COPY_CODES,
]);
/** Codes by their letters without marks and case ("QD" → "QĐ", "TTR" → "TTr"). */
const BY_FOLD = new Map([...ALL_CODES].map((c) => [fold(c), c]));
const TYPE_NAMES = [...ADMINISTRATIVE_TYPES, ...LEGAL_TYPES]
  .map((t) => t.name)
  .concat(TYPES_WITHOUT_CODE)
  .sort((a, b) => b.length - a.length);
const KIND_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${TYPE_NAMES.join("|")})(?:\\s+số)?\\s*:?\\s*$`,
  "iu",
);

function fold(code: string): string {
  return foldKey(code).toUpperCase();
}

function codesFor(name: string): string[] {
  return [
    ...new Set(
      [...ADMINISTRATIVE_TYPES, ...LEGAL_TYPES].filter((t) => t.name === name).map((t) => t.code),
    ),
  ];
}

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

const DATE_AFTER =
  /^\s*,?\s*(?:của\s+[^,;.\d]{1,50}?\s+)?(?:ban hành\s+)?(?:ngày\s+)(\d{1,2})\s*(?:\/|-|\.|\s+tháng\s+)(\d{1,2})\s*(?:\/|-|\.|\s+năm\s+)(\d{4})/iu;
const ANY_DATE =
  /ngày\s+(\d{1,2})\s*(?:\/|-|\.|\s+tháng\s+)(\d{1,2})\s*(?:\/|-|\.|\s+năm\s+)(\d{4})/giu;
/** "Hợp Hòa, ngày 25 tháng 6 năm 2026": the report's own place-and-date line. */
const PLACE_DATE = /^[^\d,]{2,60},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$/u;

export function isRealDate(d: DateParts): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const days = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  return d.day <= days;
}

function isoOf(d: DateParts): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

function shown(d: DateParts): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

function fromIso(s: string | undefined): DateParts | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** The report's date: given, or read from its place-and-date line. */
export function reportDateOf(ctx: DraftContext): DateParts | null {
  const given = fromIso(ctx.options.reportDate);
  if (given) return given;
  for (const p of ctx.paragraphs) {
    const m = PLACE_DATE.exec(p.text);
    if (m) {
      const d = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
      if (isRealDate(d)) return d;
    }
  }
  return null;
}

function finding(
  p: ParagraphView,
  at: number,
  severity: FindingSeverity,
  rule: string,
  message: string,
  suggestion: string | null,
): Finding {
  const s = sentenceAt(p, at);
  return {
    paragraph: p.ref,
    snippet: snippetOf(p.text, s.start, s.end, at),
    severity,
    rule,
    message,
    suggestion,
  };
}

function checkCode(
  p: ParagraphView,
  at: number,
  ref: string,
  code: string,
  kind: string | null,
): Finding | null {
  const expected = kind ? codesFor(kind) : [];
  if (ALL_CODES.has(code)) {
    if (expected.length > 0 && !expected.includes(code)) {
      return finding(
        p,
        at,
        "error",
        "doc-type-mismatch",
        `Số hiệu “${ref}” mang mã “${code}”, nhưng văn bản được gọi là ${kind}: mã của ${kind} là “${expected.join("”, “")}” (Nghị định 30/2020/NĐ-CP, Phụ lục III).`,
        ref.replace(code, expected[0]),
      );
    }
    return null;
  }
  const meant = BY_FOLD.get(fold(code));
  const wanted =
    meant && (expected.length === 0 || expected.includes(meant))
      ? meant
      : expected.find((e) => fold(e) === fold(code));
  if (!wanted) return null;
  return finding(
    p,
    at,
    "error",
    "doc-type-unknown",
    `“${code}” trong số hiệu “${ref}” không phải là mã loại văn bản nào của Nghị định 30/2020/NĐ-CP (Phụ lục III); mã đúng là “${wanted}”.`,
    ref.replace(code, wanted),
  );
}

export const documentRule: FactRule = {
  id: "doc-reference",
  severity: "error",
  description:
    "Số hiệu, ngày của văn bản được dẫn: mã loại văn bản đúng Phụ lục III Nghị định 30/2020/NĐ-CP, ngày có thật, không sau ngày báo cáo, năm trong số hiệu khớp năm ban hành.",
  check(ctx: DraftContext): Finding[] {
    const out: Finding[] = [];
    const reportDate = reportDateOf(ctx);
    const today = fromIso(ctx.options.today);
    for (const p of ctx.paragraphs) {
      ANY_DATE.lastIndex = 0;
      for (let m = ANY_DATE.exec(p.text); m; m = ANY_DATE.exec(p.text)) {
        const d = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
        if (!isRealDate(d)) {
          out.push(
            finding(
              p,
              m.index,
              "error",
              "date-invalid",
              `Ngày “${m[0].replace(/^ngày\s+/iu, "")}” không có thật (tháng ${d.month} năm ${d.year} không có ngày ${d.day}).`,
              null,
            ),
          );
        }
      }
      const re = new RegExp(DOCUMENT_NUMBER.source, "gu");
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        const [ref, , yearText, chain] = m;
        const kindMatch = KIND_BEFORE.exec(p.text.slice(Math.max(0, m.index - 40), m.index));
        const kind = kindMatch ? kindMatch[1].toLowerCase() : null;
        const code = chain.split("-")[0];
        const isHeaderNumber = /^(?:…|\.{3})$/u.test(m[1]);
        const c = checkCode(
          p,
          m.index,
          ref,
          code,
          kind && !TYPES_WITHOUT_CODE.includes(kind) ? kind : null,
        );
        if (c) out.push(c);
        if (isHeaderNumber) continue;
        const dm = DATE_AFTER.exec(p.text.slice(m.index + ref.length, m.index + ref.length + 60));
        if (!dm) continue;
        const date = { day: Number(dm[1]), month: Number(dm[2]), year: Number(dm[3]) };
        if (!isRealDate(date)) continue; // reported above
        const iso = isoOf(date);
        if (reportDate && iso > isoOf(reportDate)) {
          out.push(
            finding(
              p,
              m.index,
              "error",
              "doc-date-after-report",
              `Văn bản “${ref}” ghi ngày ${shown(date)}, sau ngày của chính báo cáo (${shown(reportDate)}).`,
              null,
            ),
          );
        } else if (today && iso > isoOf(today)) {
          out.push(
            finding(
              p,
              m.index,
              "error",
              "doc-date-future",
              `Văn bản “${ref}” ghi ngày ${shown(date)}, là ngày trong tương lai (hôm nay ${shown(today)}).`,
              null,
            ),
          );
        }
        if (yearText && Number(yearText) !== date.year) {
          out.push(
            finding(
              p,
              m.index,
              "error",
              "doc-year-mismatch",
              `Số hiệu “${ref}” mang năm ${yearText} nhưng văn bản ghi ngày ${shown(date)}: năm trong số hiệu văn bản quy phạm pháp luật là năm ban hành.`,
              null,
            ),
          );
        }
      }
    }
    return out;
  },
};
