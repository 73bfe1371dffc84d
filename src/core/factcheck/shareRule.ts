/**
 * Shares and plan percentages: "đạt 5/36 trường, tỷ lệ 13,9%", "25.310/180.450 triệu đồng,
 * bằng 14,0% dự toán", "41.580 triệu đồng, bằng 108% dự toán tỉnh giao (38.500 triệu đồng)".
 *
 * "a/b" followed by a share of the plan is read as thực hiện/kế hoạch only for quantities
 * (money, area, weight, volume): "5/6 trường, bằng 100% kế hoạch" counts 5 schools of 6 and
 * compares the 5 with a plan the sentence does not give, so it is not checked.
 */
import type { DraftContext, FactRule, ParagraphView } from "./context";
import type { Figure } from "./figures";
import type { Group } from "./groups";
import { isQuantityUnit, unitFactorInto } from "./units";
import { across, awayFromZero, figureRange, overlaps, rangeOf, type Range } from "./interval";
import { snippetOf, value, written } from "./say";
import type { Finding } from "./types";

function denominatorRange(f: Figure): Range | null {
  const d = f.denominator;
  return d ? rangeOf(d.value, d.decimals, false) : null;
}

function finding(
  p: ParagraphView,
  g: Group,
  at: Figure,
  message: string,
  suggestion: string,
): Finding {
  return {
    paragraph: p.ref,
    snippet: snippetOf(p.text, g.statement.start, g.statement.end, at.start),
    severity: "error",
    rule: "share-inconsistent",
    message,
    suggestion,
  };
}

function checkFraction(p: ParagraphView, g: Group): Finding | null {
  const s = g.subject;
  if (!s || !s.denominator) return null;
  const next = g.all[1];
  if (!next || !next.percent) return null;
  const readsAsShare = next.role === "share" || (next.role === "planPct" && isQuantityUnit(s.unit));
  if (!readsAsShare) return null;
  const den = denominatorRange(s);
  if (!den || !awayFromZero(den)) return null;
  const share = across((a, b) => (a / b) * 100, [figureRange(s), den]);
  if (!share || overlaps(share, figureRange(next))) return null;
  const should = (s.value / s.denominator.value) * 100;
  const correct = value(should, next.decimals, "%");
  return finding(p, g, next, `${s.text} = ${correct}, không phải ${written(next)}.`, correct);
}

/** The plan figure a group is compared with: its own, or one the statement gave just before. */
function planOf(g: Group, before: Group | undefined): Figure | null {
  const s = g.subject;
  if (!s) return null;
  const fits = (f: Figure): boolean => !f.percent && unitFactorInto(f.unit, s.unit) !== null;
  const own = g.plan.find(fits);
  if (own) return own;
  if (before && before.subject === null && before.statement === g.statement) {
    return before.plan.find(fits) ?? null;
  }
  return null;
}

function checkPlan(p: ParagraphView, g: Group, before: Group | undefined): Finding | null {
  const s = g.subject;
  if (!s || s.denominator) return null;
  const plan = planOf(g, before);
  if (!plan) return null;
  const claim =
    g.planPct[0] ??
    g.planExcess[0] ??
    (before?.subject === null ? g.share.find((f) => f.percent) : undefined);
  if (!claim) return null;
  const factor = unitFactorInto(plan.unit, s.unit) ?? 1;
  const planRange = figureRange(plan, 1, factor);
  if (!awayFromZero(planRange)) return null;
  const excess = claim.role === "planExcess";
  const pct = across((c, k) => (c / k) * 100 - (excess ? 100 : 0), [figureRange(s), planRange]);
  if (!pct || overlaps(pct, figureRange(claim))) return null;
  const should = (s.value / (plan.value * factor)) * 100 - (excess ? 100 : 0);
  const correct = value(should, claim.decimals, "%");
  return finding(
    p,
    g,
    claim,
    `${written(s)} so với ${written(plan)} là ${excess ? "vượt " : "bằng "}${correct}, ` +
      `không phải ${written(claim)}.`,
    correct,
  );
}

export const shareRule: FactRule = {
  id: "share-inconsistent",
  severity: "error",
  description:
    "Tỷ lệ viết sau “a/b” hoặc sau số thực hiện và số kế hoạch, dự toán trong cùng câu phải bằng phép chia của chúng.",
  check(ctx: DraftContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.paragraphs) {
      p.groups.forEach((g, i) => {
        const f = checkFraction(p, g) ?? checkPlan(p, g, p.groups[i - 1]);
        if (f) out.push(f);
      });
    }
    return out;
  },
};
