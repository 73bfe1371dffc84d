/**
 * The figures of a paragraph and what each one says. A report writes a figure with words that
 * give it its part in a comparison: "2.389 con" is the figure spoken of, "tăng 2,97%" a rate of
 * change, "(tăng 69 con)" the change itself, "bằng 103,2% so với cùng kỳ" a ratio to last year,
 * "cùng kỳ 1.808 ha" last year's figure, "bằng 64,6% dự toán" a share of the plan. The words
 * before and after each number decide its role; anything not clearly one of these is left alone.
 */
import { isConvertibleUnit } from "../catalog/units";
import { parseViNumberDetailed } from "../text/vnNumber";
import { isMasked, maskedSpans } from "./masks";
import type { Span } from "./sentences";

export type Role =
  /** The figure an indicator is reported at: "Đàn bò 2.389 con". */
  | "subject"
  /** Last year's (or the base's) figure: "cùng kỳ 1.808 ha", "(1.808 ha)" after a rate, "từ 1.808 ha". */
  | "previous"
  /** The change: "tăng 69 con". */
  | "change"
  /** The rate of change: "tăng 2,97%". */
  | "rate"
  /** Current ÷ previous: "bằng 103,2% so với cùng kỳ". */
  | "ratio"
  /** A plan or estimate figure: "dự toán tỉnh giao 38.500 triệu đồng". */
  | "plan"
  /** Current ÷ plan: "bằng 64,6% dự toán tỉnh giao". */
  | "planPct"
  /** Current ÷ plan − 100 %: "vượt 8% dự toán". */
  | "planExcess"
  /** Numerator ÷ denominator: "tỷ lệ 13,9%", "chiếm 14%", "đạt 83,3%". */
  | "share"
  /** A figure in a role none of the checks reads. */
  | "other";

export interface Figure {
  start: number;
  end: number;
  /** As written, with its percent sign. */
  text: string;
  value: number;
  decimals: number;
  percent: boolean;
  /** The unit written after it ("con", "triệu đồng", "điểm phần trăm"); "%" for percentages. */
  unit: string;
  /** End of the unit in the paragraph text. */
  unitEnd: number;
  /** "5/36 trường": the 36. */
  denominator: { value: number; decimals: number; text: string } | null;
  role: Role;
  /** For a change or rate: +1 tăng, −1 giảm, 0 not said. */
  sign: 1 | -1 | 0;
  /** Words from the figure's clause boundary to it, lower case. */
  before: string;
  /** Words after its unit to the next boundary, lower case. */
  after: string;
  inParens: boolean;
  /** "…từ 41 hộ xuống còn 29 hộ": the figure the change arrives at, of the same indicator. */
  arrival: boolean;
}

/** A number written in the text that is not a valid Vietnamese number. */
export interface BadNumber {
  start: number;
  end: number;
  text: string;
}

export interface ParagraphFigures {
  figures: Figure[];
  bad: BadNumber[];
  masked: Span[];
}

const ADVERBS =
  "(?:\\s+(?:nhẹ|mạnh|sâu|cao|thêm|đi|khoảng|gần|hơn|trên|dưới|rất|đáng kể|tương ứng|là|được|ở mức|mức|có|chỉ|nhanh|chậm))*";
const CHANGE = new RegExp(`(?:^|\\s)(tăng|giảm)${ADVERBS}\\s*:?$`, "u");
const EQUIVALENT =
  /(?:^|\s)(?:tương ứng|tương đương)(?:\s+(?:với|mức|là))*(?:\s+(tăng|giảm))?\s*:?$/u;
const FROM = /(?:^|\s)từ$/u;
const TO = /(?:^|\s)(?:lên|xuống|còn)$/u;
const RATIO_WORD =
  /(?:^|\s)(?:bằng|đạt|đạt mức|bằng mức|chỉ bằng|chỉ đạt|ước đạt|đạt được|đạt khoảng|bằng khoảng|ước bằng)$/u;
const SHARE_WORD =
  /(?:^|\s)(?:tỷ lệ|tỉ lệ|chiếm|chiếm tỷ lệ|chiếm tỉ lệ|đạt tỷ lệ|đạt tỉ lệ|bằng tỷ lệ|tỷ lệ đạt|tỉ lệ đạt)\s*:?$/u;
const EXCEED = /(?:^|\s)vượt(?:\s+(?:mức|hơn|khoảng))?$/u;
export const YOY_ANCHOR =
  /so\s+(?:với\s+)?(?:cùng\s+kỳ|năm\s+trước|cùng\s+thời\s+điểm|năm\s+\d{4}|\d+\s+tháng\s+đầu\s+năm\s+\d{4})/u;
/** Words that end with the comparison itself: "so với cùng kỳ (1.808 ha)". */
const YOY_ENDS =
  /so\s+(?:với\s+)?(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+trước|năm\s+\d{4})$/u;
const PREVIOUS =
  /(?:^|\s)cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?(?:\s+(?:đạt|là|có|chỉ đạt|đạt được))?\s*:?$/u;
export const PLAN_WORD =
  /(?:kế hoạch|dự toán|(?<![\p{L}])kh(?![\p{L}])|mục tiêu|chỉ tiêu(?: được)?(?: (?:tỉnh|huyện|thành phố|xã|cấp trên|trên))? giao|nghị quyết|chỉ tiêu năm|chỉ tiêu kế hoạch)/u;
const BOUNDARY = /[,;()]/u;

/** Words that end a unit: what follows a figure's unit is the next part of the sentence. */
const NOT_UNIT = new Set(
  (
    "tăng giảm bằng đạt so trong chiếm tương gồm bao của với và là được trên dưới từ lên xuống còn " +
    "vượt chỉ ước cùng kế dự tính hơn khoảng gần thì nhưng do vì có đã đang sẽ này đó theo " +
    "tại ở cho đến về mà nên các những như năm tháng quý ngày"
  ).split(" "),
);

/** "con, …" → "con"; "triệu đồng so với …" → "triệu đồng"; "điểm phần trăm" kept whole. */
function readUnit(text: string, from: number): { unit: string; end: number } {
  const rest = text.slice(from);
  const points = /^\s+(điểm(?:\s+phần\s+trăm|\s*%)?)(?![\p{L}])/u.exec(rest);
  if (points) return { unit: "điểm phần trăm", end: from + points[0].length };
  const words: { word: string; end: number }[] = [];
  const re = /^\s+([\p{L}\p{N}²³]+(?:\/[\p{L}\p{N}²³]+)?)/u;
  let at = 0;
  while (words.length < 3) {
    const m = re.exec(rest.slice(at));
    if (!m) break;
    const word = m[1];
    const lower = word.toLowerCase();
    if (NOT_UNIT.has(lower) || /^\d/.test(word)) break;
    if ((lower === "tỷ" || lower === "tỉ") && /^\s+lệ/u.test(rest.slice(at + m[0].length))) break;
    at += m[0].length;
    words.push({ word, end: from + at });
  }
  for (let n = words.length; n >= 1; n--) {
    const candidate = words
      .slice(0, n)
      .map((w) => w.word)
      .join(" ");
    if (isConvertibleUnit(candidate)) return { unit: candidate, end: words[n - 1].end };
  }
  const n = Math.min(2, words.length);
  if (n === 0) return { unit: "", end: from };
  return {
    unit: words
      .slice(0, n)
      .map((w) => w.word)
      .join(" "),
    end: words[n - 1].end,
  };
}

interface Token {
  start: number;
  end: number;
  text: string;
  /** Written right after "digit/": a denominator ("5/36"), or part of a date or number. */
  afterSlash: boolean;
}

/** Digit runs with their dots and commas; a sign only when it stands before the number. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /\d[\d.,]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let body = m[0].replace(/[.,]+$/u, "");
    const before = text.charAt(start - 1);
    const afterSlash = before === "/" && /\d/u.test(text.charAt(start - 2));
    if (!afterSlash && /[\p{L}\p{N}/.,]/u.test(before)) continue;
    let negative = false;
    if (before === "-" || before === "−") {
      const b2 = text.charAt(start - 2);
      if (/[\p{L}\p{N}]/u.test(b2)) continue; // "COVID-19", "2025-2026", "6,6-6,8"
      if (start - 2 < 0 || /[\s(]/u.test(b2)) {
        negative = true;
        start -= 1;
      }
    }
    // "63,5-64 tạ/ha", "6,6–6,8%": a range is not one figure.
    if (/^\s?[-–]\s?\d/u.test(text.slice(m.index + body.length))) continue;
    const pct = /^\s?%/u.exec(text.slice(m.index + body.length));
    if (pct) body += pct[0];
    const end = m.index + body.length;
    out.push({ start, end, text: negative ? text.slice(start, end) : body, afterSlash });
  }
  return out;
}

/** Punctuation that ends a clause; a full stop only where a sentence may end (". "). */
function isBoundary(text: string, i: number): boolean {
  return BOUNDARY.test(text[i]) || (text[i] === "." && text.charAt(i + 1) === " ");
}

function lastBoundary(text: string, from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) if (isBoundary(text, i)) return i;
  return floor - 1;
}

function nextBoundary(text: string, from: number, ceiling: number): number {
  for (let i = from; i < ceiling; i++) if (isBoundary(text, i)) return i;
  return ceiling;
}

/** Every figure and every malformed number of a cleaned paragraph, in order. */
export function readFigures(text: string): ParagraphFigures {
  const masked = maskedSpans(text);
  const figures: Figure[] = [];
  const bad: BadNumber[] = [];
  const list = tokens(text);
  for (let k = 0; k < list.length; k++) {
    const t = list[k];
    if (t.afterSlash || isMasked(masked, t.start, t.end)) continue;
    const parsed = parseViNumberDetailed(t.text);
    if (!parsed) {
      bad.push({ start: t.start, end: t.end, text: t.text });
      continue;
    }
    let end = t.end;
    let denominator: Figure["denominator"] = null;
    const next = list[k + 1];
    if (
      !parsed.percent &&
      next &&
      next.afterSlash &&
      next.start === t.end + 1 &&
      !isMasked(masked, next.start, next.end) &&
      text.charAt(next.end) !== "/"
    ) {
      const d = parseViNumberDetailed(next.text);
      if (d && !d.percent) {
        denominator = { value: d.value, decimals: d.decimals, text: next.text };
        end = next.end;
        k++;
      }
    }
    const unit = parsed.percent ? { unit: "%", end } : readUnit(text, end);
    figures.push({
      start: t.start,
      end,
      text: text.slice(t.start, end),
      value: parsed.value,
      decimals: parsed.decimals,
      percent: parsed.percent,
      unit: unit.unit,
      unitEnd: unit.end,
      denominator,
      role: "other",
      sign: 0,
      before: "",
      after: "",
      inParens: false,
      arrival: false,
    });
  }
  // The words around each figure, bounded by punctuation and by the figures next to it.
  figures.forEach((f, i) => {
    const floor = i > 0 ? figures[i - 1].unitEnd : 0;
    const b = lastBoundary(text, f.start, floor);
    f.before = text
      .slice(b + 1, f.start)
      .trim()
      .toLowerCase();
    f.inParens = b >= 0 && text[b] === "(";
    const ceiling = i + 1 < figures.length ? figures[i + 1].start : text.length;
    f.after = text
      .slice(f.unitEnd, nextBoundary(text, f.unitEnd, ceiling))
      .trim()
      .toLowerCase();
  });
  return { figures, bad, masked };
}

function signOf(word: string | undefined): 1 | -1 | 0 {
  return word === "tăng" ? 1 : word === "giảm" ? -1 : 0;
}

/**
 * The text just before the "(" a figure opens with, and the figure that ends there, if any:
 * "tăng 0,66% (1.808 ha)" → the rate; "so với cùng kỳ (1.808 ha)" → the words.
 */
function beforeParen(
  text: string,
  f: Figure,
  prev: Figure | undefined,
): { words: string; figure: Figure | null } {
  const open = text.lastIndexOf("(", f.start);
  const head = text.slice(0, open).trimEnd();
  const figure =
    prev && head.length === prev.unitEnd
      ? prev
      : prev && text.slice(prev.unitEnd, open).trim() === ""
        ? prev
        : null;
  return { words: head.slice(Math.max(0, head.length - 60)).toLowerCase(), figure };
}

/**
 * Gives each figure its role. `lastSign` is the direction last said in the statement, for
 * "tương ứng 69 con" and "…tăng 2,97%, bằng 69 con", which do not repeat it.
 */
export function assignRoles(text: string, figures: Figure[], statements: Span[]): void {
  for (const st of statements) {
    let lastSign: 1 | -1 | 0 = 0;
    let rateWithoutChange = false;
    const inside = figures.filter((f) => f.start >= st.start && f.end <= st.end);
    inside.forEach((f, i) => {
      const b = f.before;
      const prev = i > 0 ? inside[i - 1] : undefined;
      const change = CHANGE.exec(b);
      const equivalent = EQUIVALENT.exec(b);
      if (f.percent) {
        if (change && !/(?:^|\s)tăng trưởng/u.test(b)) {
          f.role = "rate";
          f.sign = signOf(change[1]);
        } else if (equivalent) {
          f.role = "rate";
          f.sign = signOf(equivalent[1]) || lastSign;
        } else if (SHARE_WORD.test(b)) {
          f.role = "share";
        } else if (EXCEED.test(b) && PLAN_WORD.test(f.after)) {
          f.role = "planExcess";
        } else if (RATIO_WORD.test(b)) {
          if (YOY_ANCHOR.test(f.after) || YOY_ANCHOR.test(b)) f.role = "ratio";
          else if (PLAN_WORD.test(f.after) || PLAN_WORD.test(b)) f.role = "planPct";
          else f.role = "share";
        } else if (PREVIOUS.test(b)) {
          f.role = "previous";
        } else if (PLAN_WORD.test(b)) {
          f.role = "plan";
        } else if (b === "" && f.inParens) {
          const p = beforeParen(text, f, prev);
          const after = p.figure?.role;
          f.role =
            after === "rate" || after === "change" || after === "ratio" ? "previous" : "other";
        } else {
          f.role = "subject";
        }
      } else if (FROM.test(b)) {
        f.role = "previous";
        const m = /(?:^|\s)(tăng|giảm)\s+từ$/u.exec(b);
        if (m) lastSign = signOf(m[1]);
      } else if (TO.test(b)) {
        f.role = "subject";
        f.arrival = true;
      } else if (change) {
        f.role = "change";
        f.sign = signOf(change[1]);
      } else if (equivalent) {
        f.role = "change";
        f.sign = signOf(equivalent[1]) || lastSign;
      } else if (/(?:^|\s)bằng$/u.test(b) && rateWithoutChange) {
        f.role = "change";
        f.sign = lastSign;
      } else if (PREVIOUS.test(b) && !/(?:tăng|giảm)/u.test(b)) {
        f.role = "previous";
      } else if (PLAN_WORD.test(b)) {
        f.role = "plan";
      } else if (f.inParens && b === "") {
        const p = beforeParen(text, f, prev);
        if (p.figure && (p.figure.role === "rate" || p.figure.role === "ratio"))
          f.role = "previous";
        else if (PLAN_WORD.test(p.words.slice(-40))) f.role = "plan";
        else if (YOY_ENDS.test(p.words)) f.role = "previous";
        else f.role = "other";
      } else if (EXCEED.test(b)) {
        f.role = "other";
      } else {
        f.role = "subject";
      }
      if (f.role === "rate" || f.role === "change") {
        if (f.sign !== 0) lastSign = f.sign;
      }
      if (f.role === "rate") rateWithoutChange = true;
      else if (f.role === "change" || f.role === "subject") rateWithoutChange = false;
      if (f.role === "subject") lastSign = 0;
    });
  }
}
