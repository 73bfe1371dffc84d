/**
 * Rates recomputed from their consolidated parts (tỷ lệ hộ nghèo = hộ nghèo ÷ tổng số hộ × 100),
 * once every row is built: the rows it changes are replaced by new ones, never patched.
 */
import { issueOf, messageOf, type RateOutOfRange } from "../issues";
import type { Issue } from "../types";
import { judgePlan, lowerIsBetter } from "./planJudgement";
import { yoyOf } from "./aggregate";
import type { KeyInfo } from "./collect";
import type { SummaryRow } from "./types";
import { sourcePlace } from "./sources";
import { exactSum } from "./exactSum";
import { compareText } from "./sourceTable";

type Recomputed = NonNullable<SummaryRow["recomputed"]>;

function withRecomputed(
  was: SummaryRow["recomputed"],
  ratio: { numerator: string; denominator: string },
  field: "current" | "previous",
): Recomputed {
  const base = was ?? {
    numerator: ratio.numerator,
    denominator: ratio.denominator,
    current: false,
    previous: false,
  };
  return { ...base, [field]: true };
}

/** Each unit's figure in `sources`, summed by unit (a unit may give a part in two sheets). */
function byUnit(sources: SummaryRow["sources"]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const s of sources) {
    const list = out.get(s.from.reportingUnit);
    if (list) list.push(s.value);
    else out.set(s.from.reportingUnit, [s.value]);
  }
  return out;
}

/**
 * The rate's parts over the units that give both, when some give only one: 8 communes'
 * settled applications over 9 communes' received ones is no rate of anything, and it put a
 * false "chưa đạt" in a report. null when every unit gives both (the totals are the parts).
 */
function commonParts(
  num: SummaryRow,
  den: SummaryRow,
): { numerator: number; denominator: number; units: number; of: number; missing: string[] } | null {
  const a = byUnit(num.sources);
  const b = byUnit(den.sources);
  const all = new Set([...a.keys(), ...b.keys()]);
  const both = [...all].filter((u) => a.has(u) && b.has(u));
  if (both.length === all.size) return null;
  return {
    numerator: exactSum(both.flatMap((u) => a.get(u)!)),
    denominator: exactSum(both.flatMap((u) => b.get(u)!)),
    units: both.length,
    of: all.size,
    missing: [...all].filter((u) => !(a.has(u) && b.has(u))).sort(compareText),
  };
}

/** The notes a row's own figures gave, current and cùng kỳ apart. */
export interface OwnNotes {
  current: readonly string[];
  previous: readonly string[];
}

/**
 * `ownNotes` holds, per row key, the notes the row's own figures gave: a rate recomputed from
 * its parts no longer rests on them, so those of each figure recomputed are taken back. A
 * unit's cùng kỳ rate of 120 % left out said the recomputed cùng kỳ was incomplete.
 */
export function recomputeRatios(
  rows: ReadonlyMap<string, SummaryRow>,
  infos: ReadonlyMap<string, KeyInfo>,
  ownNotes: ReadonlyMap<string, OwnNotes>,
): { rows: Map<string, SummaryRow>; issues: Issue[] } {
  const out = new Map(rows);
  const issues: Issue[] = [];
  for (const key of rows.keys()) {
    const row = out.get(key)!;
    const ind = infos.get(key)?.indicator;
    if (!ind || ind.aggregation !== "ratio" || !ind.ratio) continue;
    // Parts are read from `out`: a part that is itself a recomputed rate counts as recomputed.
    const num = out.get(ind.ratio.numerator);
    const den = out.get(ind.ratio.denominator);
    if (!num || !den) continue;
    const scale = ind.ratio.scale;
    const ratio = (a: number | null, b: number | null) =>
      a === null || b === null || b === 0 ? null : (a / b) * scale;
    // A share computed above 100 % (or below 0) means the parts contradict each other (e.g.
    // more applications settled than received): printing it would put an impossible rate in
    // the report, so it is left out and said, as validation does for a unit's own rate.
    const outOfRange = (v: number) => ind.isShare && (v < 0 || v > 100 + 1e-9);
    const outOfRangeFacts = (rate: number, a: number, b: number): RateOutOfRange => ({
      indicator: ind.name,
      numerator: { name: num.name, value: a },
      denominator: { name: den.name, value: b },
      rate,
    });
    // The same words explain the figure left out of the summary and, for cùng kỳ, its note.
    const explain = (v: number, a: number, b: number) =>
      messageOf("ratio-out-of-range", outOfRangeFacts(v, a, b));

    let { current, previous, notConsolidable, recomputed } = row;
    let incomplete = [...row.incomplete];
    // Summed parts only: a part that is itself a rate has no units' figures to pair.
    const paired =
      num.recomputed || den.recomputed || num.sources.length === 0 || den.sources.length === 0
        ? null
        : commonParts(num, den);
    const numerator = paired ? paired.numerator : num.current;
    const denominator = paired ? paired.denominator : den.current;
    const computed = ratio(numerator, denominator);
    if (computed !== null && outOfRange(computed)) {
      current = null;
      const facts = outOfRangeFacts(computed, numerator as number, denominator as number);
      notConsolidable = messageOf("ratio-out-of-range", facts);
      const at = num.sources.at(0) ?? den.sources.at(0);
      issues.push(issueOf("ratio-out-of-range", facts, at ? sourcePlace(at) : { file: "" }));
    } else if (computed !== null) {
      current = computed;
      notConsolidable = null;
      recomputed = withRecomputed(recomputed, ind.ratio, "current");
      const own = ownNotes.get(key)?.current ?? [];
      incomplete = incomplete.filter((note) => !own.includes(note));
      if (paired) {
        const missing = paired.missing.slice(0, 5).join(", ");
        const more =
          paired.missing.length > 5 ? ` và ${paired.missing.length - 5} đơn vị khác` : "";
        incomplete.push(
          `Tính trên ${paired.units}/${paired.of} đơn vị có đủ cả “${num.name}” và “${den.name}”; ` +
            `chưa có đủ hai số: ${missing}${more}.`,
        );
      } else {
        for (const part of [num, den]) {
          if (part.incomplete.length > 0)
            incomplete.push(`Tính từ “${part.name}”, mà số liệu này chưa đầy đủ.`);
        }
      }
    }
    if (!row.previousFromWorkbook) {
      const computedPrevious = ratio(num.previous, den.previous);
      if (computedPrevious !== null && outOfRange(computedPrevious)) {
        previous = null;
        incomplete.push(
          `Về số cùng kỳ, ${explain(computedPrevious, num.previous as number, den.previous as number)}`,
        );
      } else if (computedPrevious !== null) {
        const own = ownNotes.get(key)?.previous ?? [];
        incomplete = incomplete.filter((note) => !own.includes(note));
        previous = computedPrevious;
        recomputed = withRecomputed(recomputed, ind.ratio, "previous");
      }
    }
    const next: SummaryRow = {
      ...row,
      current,
      previous,
      notConsolidable,
      incomplete,
      yoy: yoyOf(current, previous),
      plans: row.plans.map((plan) => ({
        ...plan,
        judgement: judgePlan(plan.value, current, lowerIsBetter(row.name)),
        pct:
          plan.value?.kind === "number" && current !== null && plan.value.value !== 0
            ? (current / plan.value.value) * 100
            : null,
      })),
    };
    if (recomputed) next.recomputed = recomputed;
    out.set(key, next);
  }
  return { rows: out, issues };
}
