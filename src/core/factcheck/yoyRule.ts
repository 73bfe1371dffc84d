/**
 * Year-on-year statements that contradict themselves. From whichever of the current figure (C),
 * last year's (P), the change (D), the rate (R) and the ratio (X = C ÷ P) a sentence gives, last
 * year's figure is worked out every way it can be; the ways must agree within the rounding of
 * the figures as written. When they do not, the least trusted figure that, once dropped, leaves
 * the rest agreeing is named, with what it should be: the change first, then the rate, the
 * ratio, last year's figure, the current figure last (it is the figure the sentence reports).
 */
import { written, value, snippetOf } from "./say";
import { across, awayFromZero, figureRange, intersect, overlaps, type Range } from "./interval";
import type { Group } from "./groups";
import { unitFactorInto } from "./units";
import type { Figure } from "./figures";
import type { DraftContext, FactRule, ParagraphView } from "./context";
import { againstPreviousYear, checkableFacts, factSubjects, knowsYoy } from "./summaryMatch";
import type { Finding } from "./types";

type Key = "C" | "P" | "D" | "R" | "X";

interface Known {
  range: Range;
  figure: Figure;
  /** The signed value as written (D and R carry their tăng/giảm). */
  point: number;
}

type Vars = Partial<Record<Key, Known>>;

function signOf(f: Figure, fallback: 1 | -1): 1 | -1 {
  return f.sign === 0 ? fallback : f.sign;
}

/** Last year's figure as each pair of the given figures implies it. */
function previousRanges(v: Vars): Range[] {
  const out: Range[] = [];
  const { C, P, D, R, X } = v;
  if (P) out.push(P.range);
  if (C && D) out.push([C.range[0] - D.range[1], C.range[1] - D.range[0]]);
  const push = (r: Range | null): void => {
    if (r) out.push(r);
  };
  if (C && R) {
    const den = across((r) => 1 + r / 100, [R.range]);
    if (den && awayFromZero(den)) push(across((c, r) => c / (1 + r / 100), [C.range, R.range]));
  }
  if (C && X && awayFromZero(X.range)) push(across((c, x) => (c * 100) / x, [C.range, X.range]));
  if (D && R && awayFromZero(R.range)) push(across((d, r) => (d * 100) / r, [D.range, R.range]));
  if (D && X) {
    const den = across((x) => x - 100, [X.range]);
    if (den && awayFromZero(den)) push(across((d, x) => (d * 100) / (x - 100), [D.range, X.range]));
  }
  return out;
}

function consistent(v: Vars): boolean {
  if (v.R && v.X && !overlaps(v.R.range, [v.X.range[0] - 100, v.X.range[1] - 100])) return false;
  const ranges = previousRanges(v);
  let common: Range | null = ranges[0] ?? null;
  for (const r of ranges.slice(1)) {
    if (!common) break;
    common = intersect(common, r);
  }
  return ranges.length === 0 || common !== null;
}

/** The values the given figures imply for all five, from their points. */
function implied(v: Vars): Partial<Record<Key, number>> {
  const c = v.C?.point;
  let p = v.P?.point;
  const d = v.D?.point;
  const r = v.R?.point ?? (v.X ? v.X.point - 100 : undefined);
  if (p === undefined) {
    if (c !== undefined && d !== undefined) p = c - d;
    else if (c !== undefined && r !== undefined) p = c / (1 + r / 100);
    else if (d !== undefined && r !== undefined && r !== 0) p = (d * 100) / r;
  }
  if (p === undefined) return {};
  let cur = c;
  if (cur === undefined) {
    if (d !== undefined) cur = p + d;
    else if (r !== undefined) cur = p * (1 + r / 100);
  }
  if (cur === undefined) return { P: p };
  return {
    C: cur,
    P: p,
    D: cur - p,
    R: p !== 0 ? ((cur - p) / p) * 100 : undefined,
    X: p !== 0 ? (cur / p) * 100 : undefined,
  };
}

const BLAME_ORDER: Key[] = ["D", "R", "X", "P", "C"];

const LABEL: Record<Key, string> = {
  C: "số kỳ báo cáo",
  P: "số cùng kỳ",
  D: "mức tăng, giảm",
  R: "tỷ lệ tăng, giảm",
  X: "tỷ lệ so với cùng kỳ",
};

/** How a given figure is named when the others are worked out from it. */
const GIVEN: Record<Key, string> = {
  C: "kỳ này",
  P: "cùng kỳ",
  D: "",
  R: "",
  X: "",
};

function describe(key: Key, v: number, f: Figure, unit: string): string {
  switch (key) {
    case "D":
      return `${v < 0 ? "giảm" : "tăng"} ${value(Math.abs(v), f.decimals, f.unit || unit)}`;
    case "R":
      return `${v < 0 ? "giảm" : "tăng"} ${value(Math.abs(v), f.decimals, "%")}`;
    case "X":
      return `bằng ${value(v, f.decimals, "%")}`;
    default:
      return value(v, f.decimals, f.unit || unit);
  }
}

function asWritten(key: Key, k: Known): string {
  if (key === "D" || key === "R") return `${k.point < 0 ? "giảm" : "tăng"} ${written(k.figure)}`;
  if (key === "X") return `bằng ${written(k.figure)} so với cùng kỳ`;
  return written(k.figure);
}

function givenText(key: Key, k: Known): string {
  return [GIVEN[key], asWritten(key, k)].filter(Boolean).join(" ");
}

/**
 * The five quantities of one group; `asPoints`: a rate of a percentage read as points. Only
 * comparisons with cùng kỳ: "tăng 2% so với tháng trước" is of another base than its figures.
 */
function variables(text: string, group: Group, asPoints: boolean): Vars | null {
  const yoy = (f: Figure) => againstPreviousYear(text, group, f);
  const g = {
    ...group,
    change: group.change.filter(yoy),
    rate: group.rate.filter(yoy),
    ratio: group.ratio.filter(yoy),
  };
  const v: Vars = {};
  const unit = g.subject?.unit ?? "";
  let direction: 1 | -1 = 1;
  const signed = [...g.rate, ...g.change].find((f) => f.sign !== 0);
  if (signed && signed.sign !== 0) direction = signed.sign;
  if (g.subject) {
    v.C = { range: figureRange(g.subject), figure: g.subject, point: g.subject.value };
  }
  const prev = g.previous[0];
  if (prev) {
    const factor = unitFactorInto(prev.unit, unit) ?? 1;
    v.P = { range: figureRange(prev, 1, factor), figure: prev, point: prev.value * factor };
  }
  const change = g.change[0];
  if (change) {
    const factor = unitFactorInto(change.unit, unit) ?? 1;
    const s = signOf(change, direction);
    v.D = {
      range: figureRange(change, s, factor),
      figure: change,
      point: s * change.value * factor,
    };
  }
  const rate = g.rate[0];
  if (rate) {
    const s = signOf(rate, direction);
    if (asPoints) {
      if (v.D) return null;
      v.D = { range: figureRange(rate, s), figure: rate, point: s * rate.value };
    } else {
      v.R = { range: figureRange(rate, s), figure: rate, point: s * rate.value };
    }
  }
  const ratio = g.ratio[0];
  if (ratio) v.X = { range: figureRange(ratio), figure: ratio, point: ratio.value };
  return v;
}

function count(v: Vars): number {
  return Object.values(v).filter(Boolean).length;
}

function checkGroup(p: ParagraphView, g: Group): Finding | null {
  const percentSubject = g.subject?.percent === true;
  const readings = [
    variables(p.text, g, false),
    ...(percentSubject ? [variables(p.text, g, true)] : []),
  ].filter((v): v is Vars => v !== null);
  const v = readings[0];
  if (!v) return null;
  const checkable = count(v) >= 3 || (v.R !== undefined && v.X !== undefined);
  if (!checkable) return null;
  if (readings.some(consistent)) return null;
  const unit = g.subject?.unit ?? "";
  const blamed: { key: Key; should: number }[] = [];
  for (const key of blameOrder(v)) {
    if (!v[key]) continue;
    const rest: Vars = { ...v };
    delete rest[key];
    if (!consistent(rest)) continue;
    const values = implied(rest);
    const should = values[key];
    if (should === undefined || !Number.isFinite(should)) continue;
    // Last year's figure of a quantity is never negative: a correction implying one is no help.
    if (values.P !== undefined && values.P < 0) continue;
    // A figure whose corrected value reads as written is not the one to blame.
    const known = v[key] as Known;
    if (describe(key, should, known.figure, unit) === asWritten(key, known)) continue;
    blamed.push({ key, should });
  }
  const given = (Object.keys(v) as Key[]).filter((k) => v[k]);
  const first = g.all[0];
  const snippet = snippetOf(p.text, g.statement.start, g.statement.end, first.start);
  const main = blamed[0];
  if (!main) {
    return {
      paragraph: p.ref,
      snippet,
      severity: "error",
      rule: "yoy-inconsistent",
      message: `Các số so sánh cùng kỳ không khớp nhau: ${given.map((k) => givenText(k, v[k] as Known)).join(", ")}.`,
      suggestion: null,
    };
  }
  const k = v[main.key] as Known;
  const others = given.filter((x) => x !== main.key).map((x) => givenText(x, v[x] as Known));
  const correct = describe(main.key, main.should, k.figure, unit);
  const wrongBase = main.key === "R" && ratedOnCurrent(v);
  const alternative = blamed[1];
  const otherwise =
    alternative && !wrongBase
      ? ` Nếu ${asWritten(main.key, k)} là đúng thì ${LABEL[alternative.key]} phải là ` +
        `${describe(alternative.key, alternative.should, (v[alternative.key] as Known).figure, unit)}.`
      : "";
  return {
    paragraph: p.ref,
    snippet,
    severity: "error",
    rule: "yoy-inconsistent",
    message:
      `Từ ${others.join(", ")}: ${LABEL[main.key]} đúng là ${correct}, ` +
      `không phải ${asWritten(main.key, k)}` +
      (wrongBase ? " (tỷ lệ đã bị tính trên số kỳ này thay vì trên số cùng kỳ)." : ".") +
      otherwise,
    suggestion: correct,
  };
}

/**
 * A rate worked out on this period's figure instead of last year's (12 ÷ 29 = 41,4 % where
 * 12 ÷ 41 = 29,3 % was meant) is the commonest slip: when the rate matches it, the rate is wrong.
 */
function ratedOnCurrent(v: Vars): boolean {
  if (!v.C || !v.D || !v.R || v.C.point === 0) return false;
  const onCurrent = across((d, c) => (d / c) * 100, [v.D.range, v.C.range]);
  return onCurrent !== null && overlaps(onCurrent, v.R.range);
}

function blameOrder(v: Vars): Key[] {
  return ratedOnCurrent(v) ? ["R", ...BLAME_ORDER.filter((k) => k !== "R")] : BLAME_ORDER;
}

export const yoyRule: FactRule = {
  id: "yoy-inconsistent",
  severity: "error",
  description:
    "Số kỳ báo cáo, số cùng kỳ, mức tăng/giảm và tỷ lệ tăng/giảm trong một câu phải khớp nhau (tính cả làm tròn).",
  check(ctx: DraftContext): Finding[] {
    const out: Finding[] = [];
    const facts = checkableFacts(ctx);
    for (const p of ctx.paragraphs) {
      // Where the summary knows this year's and last year's figures, summary-mismatch says
      // which figure is wrong; guessing from the sentence alone blamed a right one.
      const known = new Set(
        factSubjects(p, facts)
          .filter((s) => knowsYoy(s.fact))
          .map((s) => s.figure),
      );
      for (const g of p.groups) {
        if (g.subject && known.has(g.subject)) continue;
        const f = checkGroup(p, g);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
