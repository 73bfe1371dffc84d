/**
 * Against the summary: a figure the prose gives for an indicator the consolidated summary has
 * must be the summary's, within the rounding written. The indicator is found by its name in
 * the sentence ("Đàn bò 2.398 con" when the summary holds 2.389); the figure right after the
 * name is its figure for the period, and a "cùng kỳ" figure of the same clause last year's.
 */
import { unitFactor } from "../catalog/units";
import { unifyTones } from "../text/normalize";
import type { DraftContext, FactRule, ParagraphView } from "./context";
import type { Figure } from "./figures";
import { figureRange, overlaps } from "./interval";
import { snippetOf, value, written } from "./say";
import { sentenceAt } from "./context";
import type { Finding, SummaryFact } from "./types";

const FILLER =
  /^\s*(?:[:,–-]\s*)?(?:(?:ước thực hiện|ước đạt|thực hiện|ước|đạt|là|có|được|khoảng|gần|trên|tổng cộng|toàn xã|toàn huyện|toàn tỉnh)\s*)*:?\s*$/u;

function key(s: string): string {
  return unifyTones(s.normalize("NFC")).toLowerCase();
}

/** The fact's value in the unit the figure is written in; null when the units differ. */
function inUnitOf(v: number, fact: SummaryFact, f: Figure): number | null {
  if (fact.unit.trim() === "%" || f.percent)
    return fact.unit.trim() === "%" && f.percent ? v : null;
  if (!f.unit) return v;
  const factor = unitFactor(fact.unit, f.unit);
  return factor === null ? null : v * factor;
}

function compare(
  p: ParagraphView,
  fact: SummaryFact,
  f: Figure,
  truth: number | null,
  what: string,
): Finding | null {
  if (truth === null) return null;
  const expected = inUnitOf(truth, fact, f);
  if (expected === null) return null;
  if (overlaps(figureRange(f), [expected, expected])) return null;
  const s = sentenceAt(p, f.start);
  const correct = value(expected, f.decimals, f.percent ? "%" : f.unit);
  return {
    paragraph: p.ref,
    snippet: snippetOf(p.text, s.start, s.end, f.start),
    severity: "error",
    rule: "summary-mismatch",
    message: `${what} của “${fact.name}” trong bảng tổng hợp là ${correct}, văn bản ghi ${written(f)}.`,
    suggestion: correct,
  };
}

function checkParagraph(p: ParagraphView, facts: SummaryFact[]): Finding[] {
  const out: Finding[] = [];
  const text = key(p.text);
  const taken: [number, number][] = [];
  for (const fact of facts) {
    const name = key(fact.name.trim());
    if (name.length < 3) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/\p{L}/u.test(text.charAt(at - 1)) || taken.some(([a, b]) => at < b && a < end)) continue;
      const f = p.figures.find((x) => x.start >= end);
      if (!f || !FILLER.test(text.slice(end, f.start))) continue;
      taken.push([at, end]);
      const current = f.denominator ? null : compare(p, fact, f, fact.current, "Số kỳ báo cáo");
      if (current) out.push(current);
      const group = p.groups.find((g) => g.subject === f);
      const prev = group?.previous[0];
      if (prev && !prev.percent === !f.percent) {
        const previous = compare(p, fact, prev, fact.previous, "Số cùng kỳ");
        if (previous) out.push(previous);
      }
    }
  }
  return out;
}

export const summaryRule: FactRule = {
  id: "summary-mismatch",
  severity: "error",
  description:
    "Số liệu văn bản nêu cho một chỉ tiêu phải bằng số của chỉ tiêu đó trong bảng tổng hợp (tính cả làm tròn).",
  check(ctx: DraftContext): Finding[] {
    const facts = [...(ctx.options.summary ?? [])]
      .filter((f) => f.current !== null || f.previous !== null)
      .sort((a, b) => b.name.length - a.name.length);
    if (facts.length === 0) return [];
    return ctx.paragraphs.flatMap((p) => checkParagraph(p, facts));
  },
};
