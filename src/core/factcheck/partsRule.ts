/**
 * Parts and totals: "tiếp nhận 48 đơn, trong đó: 5 khiếu nại, 7 tố cáo, 36 kiến nghị",
 * "30/30 trường (gồm 10 mầm non, 11 tiểu học, 1 liên cấp, 8 THCS)".
 *
 * What a report means by its words decides how strict the check is:
 * - "gồm", "bao gồm", "chia ra", "cụ thể" list every part: they must add up to the total.
 * - "trong đó" may name only some parts ("trong đó: thu nội địa …" of a budget), so a shortfall
 *   is normal; but parts counted out by number ("trong đó: 5 khiếu nại, 7 tố cáo") that fall
 *   short are worth a look (a warning), and such parts that exceed the total are wrong; named
 *   parts may overlap ("lao động nữ", "lao động qua đào tạo") and are only held each to the
 *   total.
 * - One part larger than its total is always an error.
 */
import type { DraftContext, FactRule, ParagraphView } from "./context";
import type { Figure } from "./figures";
import { unitFactorInto } from "./units";
import { figureRange } from "./interval";
import { isQuantityUnit } from "./units";
import { snippetOf, value, written } from "./say";
import type { Finding, FindingSeverity } from "./types";

const MARKER =
  /(?:^|[\s,;:(])(trong đó|trong số đó|bao gồm|gồm có|gồm|chia ra|cụ thể)(?![\p{L}])\s*:?/gu;
const EXHAUSTIVE = new Set(["bao gồm", "gồm có", "gồm", "chia ra", "cụ thể"]);

interface Part {
  figure: Figure;
  /** In the total's unit. */
  value: number;
  slack: number;
  numberFirst: boolean;
}

/** Half the width of the values a written figure stands for. */
function slackOf(f: Figure): number {
  const [lo, hi] = figureRange(f);
  return (hi - lo) / 2;
}

function regionEnd(text: string, markerAt: number, sentenceEnd: number, inParens: boolean): number {
  if (inParens) {
    const close = text.indexOf(")", markerAt);
    return close >= 0 && close < sentenceEnd ? close : sentenceEnd;
  }
  MARKER.lastIndex = markerAt + 1;
  const again = MARKER.exec(text);
  return again && again.index < sentenceEnd ? again.index : sentenceEnd;
}

function partsOf(p: ParagraphView, total: Figure, from: number, to: number): Part[] {
  const parts: Part[] = [];
  for (const f of p.figures) {
    if (f.start < from || f.end > to || f.role !== "subject" || f.percent || f.denominator)
      continue;
    const clause = f.before.replace(
      /^(?:trong đó|trong số đó|bao gồm|gồm có|gồm|chia ra|cụ thể)\s*:?\s*/u,
      "",
    );
    if (/^tổng(?![\p{L}])/u.test(clause)) break; // a new total begins
    const numberFirst = clause === "";
    let factor = unitFactorInto(f.unit, total.unit);
    if (factor === null && numberFirst && !isQuantityUnit(total.unit) && !isQuantityUnit(f.unit)) {
      factor = 1; // "48 đơn, trong đó: 5 khiếu nại": the word after the number names the part
    }
    if (factor === null) continue;
    parts.push({ figure: f, value: f.value * factor, slack: slackOf(f) * factor, numberFirst });
  }
  return parts;
}

function listWritten(parts: Part[]): string {
  return parts.map((x) => written(x.figure)).join(" + ");
}

function checkMarker(
  p: ParagraphView,
  at: number,
  word: string,
  markerEnd: number,
): Finding | null {
  const sentence = p.sentences.find((s) => at >= s.start && at < s.end);
  if (!sentence) return null;
  const total = [...p.figures]
    .reverse()
    .find((f) => f.end <= at && f.start >= sentence.start && f.role === "subject" && !f.percent);
  if (!total) return null;
  const inParens = p.text.lastIndexOf("(", markerEnd) > total.end;
  const end = regionEnd(p.text, markerEnd, sentence.end, inParens);
  const parts = partsOf(p, total, markerEnd, end);
  if (parts.length === 0) return null;
  const t = total.value;
  const tSlack = slackOf(total);
  const exhaustive = EXHAUSTIVE.has(word);
  const numbered = parts.every((x) => x.numberFirst);
  const snippet = snippetOf(p.text, sentence.start, sentence.end, total.start);
  const make = (
    severity: FindingSeverity,
    message: string,
    suggestion: string | null,
  ): Finding => ({
    paragraph: p.ref,
    snippet,
    severity,
    rule: "parts-total",
    message,
    suggestion,
  });
  const big = parts.find((x) => x.value - x.slack > t + tSlack);
  if (big) {
    return make(
      "error",
      `Phần “${written(big.figure)}” lớn hơn tổng số ${written(total)} mà nó thuộc về.`,
      null,
    );
  }
  if (parts.length < 2 && !exhaustive) return null;
  const sum = parts.reduce((a, x) => a + x.value, 0);
  const slack = parts.reduce((a, x) => a + x.slack, 0) + tSlack;
  if (Math.abs(sum - t) <= slack + 1e-9 * Math.max(1, Math.abs(t))) return null;
  const decimals = Math.max(total.decimals, ...parts.map((x) => x.figure.decimals));
  const sumText = value(sum, decimals, total.unit);
  const stated = `${listWritten(parts)} = ${sumText}`;
  if (sum > t) {
    // Named parts of a "trong đó" may overlap ("lao động nữ", "lao động qua đào tạo"): only
    // parts counted out by number, or listed as all the parts, must not exceed the total.
    if (!exhaustive && !numbered) return null;
    return make(
      "error",
      `Các phần cộng lại ${stated}, lớn hơn tổng số ${written(total)}.`,
      sumText,
    );
  }
  if (exhaustive) {
    return make(
      "error",
      `Các phần được kể đủ (“${word}”) cộng lại ${stated}, khác tổng số ${written(total)}.`,
      sumText,
    );
  }
  if (numbered) {
    return make(
      "warning",
      `Các phần “trong đó” cộng lại ${stated}, ít hơn tổng số ${written(total)}: nếu đã kể đủ các loại thì có số sai.`,
      null,
    );
  }
  return null;
}

export const partsRule: FactRule = {
  id: "parts-total",
  severity: "error",
  description:
    "Các phần kể sau “gồm”, “trong đó” phải cộng lại đúng (hoặc không vượt) tổng số của chúng.",
  check(ctx: DraftContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.paragraphs) {
      MARKER.lastIndex = 0;
      const found: { at: number; word: string; end: number }[] = [];
      for (let m = MARKER.exec(p.text); m; m = MARKER.exec(p.text)) {
        found.push({ at: m.index + m[0].indexOf(m[1]), word: m[1], end: m.index + m[0].length });
      }
      for (const m of found) {
        const f = checkMarker(p, m.at, m.word, m.end);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
