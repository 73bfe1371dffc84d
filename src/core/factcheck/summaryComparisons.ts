/**
 * Against the summary, the comparisons: a change, a rate of change or a ratio to last year that
 * the prose gives for an indicator of the summary must be the summary's current against its cùng
 * kỳ, and a share of a plan its current against that plan, within the rounding written. The
 * figures of a sentence may agree among themselves and still be wrong: "Đàn bò 50.829 con, tăng
 * 0,56%" where the herd fell by 0,56 % passed, and the self-consistency check (yoyRule) could
 * only guess which of two figures to correct. With the summary's figures, it does not guess.
 * Part of summary-mismatch (summaryRule).
 */
import { matchKey } from "../text/normalize";
import type { ParagraphView } from "./context";
import type { Figure } from "./figures";
import type { Group } from "./groups";
import { figureRange, overlaps } from "./interval";
import { snippetOf, value, written } from "./say";
import { againstPreviousYear, knowsYoy } from "./summaryMatch";
import type { Finding, SummaryFact } from "./types";
import { POINTS, unitFactorInto } from "./units";

/** The sign a change or rate is read with: its own tăng/giảm, else another of its group's. */
function signOf(text: string, f: Figure, g: Group): 1 | -1 | 0 {
  if (f.sign !== 0) return f.sign;
  return (
    [...g.rate, ...g.change].find((x) => x.sign !== 0 && againstPreviousYear(text, g, x))?.sign ?? 0
  );
}

/** Does the written figure stand for `truth` (in the fact's unit)? Unsigned: its size only. */
function standsFor(f: Figure, sign: 1 | -1 | 0, truth: number, factor: number): boolean {
  const t = sign === 0 ? Math.abs(truth) : truth;
  return overlaps(figureRange(f, sign === 0 ? 1 : sign, factor), [t, t]);
}

function signed(v: number, f: Figure, unit: string): string {
  return `${v < 0 ? "giảm" : "tăng"} ${value(Math.abs(v), f.decimals, unit)}`;
}

function asWritten(f: Figure, sign: 1 | -1 | 0): string {
  return sign === 0 ? written(f) : `${sign < 0 ? "giảm" : "tăng"} ${written(f)}`;
}

function finding(p: ParagraphView, g: Group, f: Figure, message: string, fix: string): Finding {
  return {
    paragraph: p.ref,
    snippet: snippetOf(p.text, g.statement.start, g.statement.end, f.start),
    severity: "error",
    rule: "summary-mismatch",
    message,
    suggestion: fix,
  };
}

function checkYoy(p: ParagraphView, fact: SummaryFact, g: Group): Finding[] {
  if (!knowsYoy(fact)) return [];
  const c = fact.current as number;
  const prev = fact.previous as number;
  const diff = c - prev;
  const rate = (diff / prev) * 100;
  const percentFact = fact.unit.trim() === "%";
  const out: Finding[] = [];
  // "tăng 0,3% so với tháng trước, giảm 0,56% so với cùng kỳ": only the second is the summary's.
  for (const change of g.change.filter((f) => againstPreviousYear(p.text, g, f))) {
    const factor = unitFactorInto(change.unit, fact.unit);
    const sign = signOf(p.text, change, g);
    if (factor !== null && !standsFor(change, sign, diff, factor)) {
      const unit = change.unit || fact.unit;
      const fix = signed(diff / factor, change, unit);
      out.push(
        finding(
          p,
          g,
          change,
          `Mức tăng, giảm của “${fact.name}” so với cùng kỳ theo bảng tổng hợp là ${fix}, văn bản ghi ${asWritten(change, sign)}.`,
          fix,
        ),
      );
    }
  }
  for (const r of g.rate.filter((f) => againstPreviousYear(p.text, g, f))) {
    const sign = signOf(p.text, r, g);
    // A rate's change written as "giảm 0,8%" may mean points: either reading that holds passes.
    const holds = standsFor(r, sign, rate, 1) || (percentFact && standsFor(r, sign, diff, 1));
    if (!holds) {
      const fix = percentFact ? signed(diff, r, POINTS) : signed(rate, r, "%");
      out.push(
        finding(
          p,
          g,
          r,
          `${percentFact ? "Mức tăng, giảm" : "Tỷ lệ tăng, giảm"} của “${fact.name}” so với cùng kỳ theo bảng tổng hợp là ${fix}, văn bản ghi ${asWritten(r, sign)}.`,
          fix,
        ),
      );
    }
  }
  for (const x of g.ratio.filter((f) => againstPreviousYear(p.text, g, f))) {
    if (standsFor(x, 1, (c / prev) * 100, 1)) continue;
    const fix = `bằng ${value((c / prev) * 100, x.decimals, "%")}`;
    out.push(
      finding(
        p,
        g,
        x,
        `“${fact.name}” theo bảng tổng hợp ${fix} so với cùng kỳ, văn bản ghi bằng ${written(x)}.`,
        fix,
      ),
    );
  }
  return out;
}

/** Words that say whose plan it is: a plan named by one of them is not a plan without it. */
const PLAN_QUALIFIERS = [
  "hđnd",
  "hội đồng nhân dân",
  "ubnd",
  "tỉnh giao",
  "xã giao",
  "phường giao",
  "huyện giao",
  "cấp trên",
  "trung ương",
  "nghị quyết",
  "điều chỉnh",
  // A plan of another period: "bằng 105% kế hoạch 6 tháng" is not the year's plan.
  "tháng",
  "quý",
  "giai đoạn",
  "nhiệm kỳ",
].map(matchKey);

/**
 * The plan a share of plan speaks of: the one whose column title the words after the figure
 * name ("bằng 95,5% dự toán HĐND tỉnh giao"), else the only one when those words name no other
 * ("bằng 95,5% kế hoạch"); none when that is not clear: the summary may not hold that plan.
 */
function planOf(fact: SummaryFact, f: Figure): { title: string; value: number } | null {
  const plans = (fact.plans ?? []).filter((pl) => pl.value !== 0);
  const after = matchKey(f.after);
  let best: { title: string; value: number } | null = null;
  let bestLength = 0;
  for (const pl of plans) {
    for (const title of pl.title.split(" / ")) {
      const t = matchKey(title);
      if (t.length > bestLength && after.includes(t)) {
        best = pl;
        bestLength = t.length;
      }
    }
  }
  if (best || plans.length !== 1) return best;
  const only = matchKey(plans[0].title);
  return PLAN_QUALIFIERS.some((q) => after.includes(q) && !only.includes(q)) ? null : plans[0];
}

function checkPlans(p: ParagraphView, fact: SummaryFact, g: Group): Finding[] {
  if (fact.current === null) return [];
  const out: Finding[] = [];
  for (const f of [...g.planPct, ...g.planExcess]) {
    const plan = planOf(fact, f);
    if (!plan) continue;
    const share = (fact.current / plan.value) * 100;
    const excess = f.role === "planExcess";
    const truth = excess ? share - 100 : share;
    if (standsFor(f, 1, truth, 1)) continue;
    // Below the plan there is nothing to exceed: the share itself is the fix.
    const fix =
      excess && truth > 0
        ? `vượt ${value(truth, f.decimals, "%")}`
        : `bằng ${value(share, f.decimals, "%")}`;
    out.push(
      finding(
        p,
        g,
        f,
        `“${fact.name}” theo bảng tổng hợp ${fix} kế hoạch (cột “${plan.title}”), văn bản ghi ${excess ? "vượt" : "bằng"} ${written(f)}.`,
        fix,
      ),
    );
  }
  return out;
}

/** What the summary says of a group's comparisons that the text gets wrong. */
export function comparisonFindings(p: ParagraphView, fact: SummaryFact, g: Group): Finding[] {
  return [...checkYoy(p, fact, g), ...checkPlans(p, fact, g)];
}
