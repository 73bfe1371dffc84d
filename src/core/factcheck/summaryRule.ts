/**
 * Against the summary: a figure the prose gives for an indicator the consolidated summary has
 * must be the summary's, within the rounding written. The indicator is found by its name in
 * the sentence ("Đàn bò 2.398 con" when the summary holds 2.389); the figure right after the
 * name is its figure for the period, and a "cùng kỳ" figure of the same clause last year's.
 * Its changes and plan shares are checked too (summaryComparisons).
 */
import { unitFactor } from "../catalog/units";
import type { DraftContext, FactRule, ParagraphView } from "./context";
import type { Figure } from "./figures";
import { figureRange, overlaps } from "./interval";
import { snippetOf, value, written } from "./say";
import { sentenceAt } from "./context";
import { comparisonFindings } from "./summaryComparisons";
import { checkableFacts, factSubjects } from "./summaryMatch";
import type { Finding, SummaryFact } from "./types";

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
  for (const { fact, figure: f } of factSubjects(p, facts)) {
    const current = f.denominator ? null : compare(p, fact, f, fact.current, "Số kỳ báo cáo");
    const group = p.groups.find((g) => g.subject === f);
    const comparisons = group ? comparisonFindings(p, fact, group) : [];
    if (current) {
      // Changes worked out from a wrong figure are wrong with it: one finding gives them all.
      const fixes = comparisons.map((c) => c.suggestion).filter((x): x is string => x !== null);
      if (fixes.length > 0) current.message += ` Theo bảng tổng hợp: ${fixes.join(", ")}.`;
      out.push(current);
    }
    const prev = group?.previous[0];
    if (prev && !prev.percent === !f.percent) {
      const previous = compare(p, fact, prev, fact.previous, "Số cùng kỳ");
      if (previous) out.push(previous);
    }
    if (!current) out.push(...comparisons);
  }
  return out;
}

export const summaryRule: FactRule = {
  id: "summary-mismatch",
  severity: "error",
  description:
    "Số liệu văn bản nêu cho một chỉ tiêu (số kỳ báo cáo, số cùng kỳ, mức và tỷ lệ tăng, giảm, tỷ lệ so với kế hoạch) phải bằng số của chỉ tiêu đó trong bảng tổng hợp (tính cả làm tròn).",
  check(ctx: DraftContext): Finding[] {
    const facts = checkableFacts(ctx);
    if (facts.length === 0) return [];
    return ctx.paragraphs.flatMap((p) => checkParagraph(p, facts));
  },
};
