/**
 * The references between catalog rows: a part's parent, a rate's numerator and denominator.
 * They are checked once every row is read (a parent may come below its parts).
 */
import type { CatalogIndicator } from "../types";
import type { Draft, ReportCell } from "./catalogRow";

function hasCycle(
  start: CatalogIndicator,
  resolve: (code: string) => CatalogIndicator | undefined,
): boolean {
  const seen = new Set<string>([start.code]);
  let cur = start.parent;
  while (cur !== null) {
    if (seen.has(cur)) return true;
    seen.add(cur);
    const p = resolve(cur);
    if (!p) return false;
    cur = p.parent;
  }
  return false;
}

/** Why `d` cannot be kept given the indicators `resolve` knows, each reported; true if none. */
function referencesHold(
  d: Draft,
  resolve: (code: string) => CatalogIndicator | undefined,
  report: ReportCell,
): boolean {
  const { ind } = d;
  let ok = true;
  if (ind.parent !== null) {
    const p = resolve(ind.parent);
    if (!p) {
      report(d.parentCell, "catalog-unknown-parent", {
        why: "unknown",
        code: ind.code,
        parent: ind.parent,
      });
      ok = false;
    } else if (p.section !== ind.section) {
      report(d.parentCell, "catalog-unknown-parent", {
        why: "other-section",
        code: ind.code,
        parent: ind.parent,
      });
      ok = false;
    } else if (hasCycle(ind, resolve)) {
      report(d.parentCell, "catalog-unknown-parent", {
        why: "cycle",
        code: ind.code,
        parent: ind.parent,
      });
      ok = false;
    }
  }
  if (ind.ratio) {
    for (const part of [ind.ratio.numerator, ind.ratio.denominator]) {
      if (!resolve(part)) {
        report(d.ratioCell, "catalog-bad-ratio", { why: "unknown-part", code: ind.code, part });
        ok = false;
      }
    }
  }
  return ok;
}

/**
 * The rows whose references hold, against each other and the base catalog. Checked again after
 * each removal, since leaving out a total orphans its parts.
 */
export function keepResolvable(
  drafts: readonly Draft[],
  base: readonly CatalogIndicator[],
  report: ReportCell,
): Draft[] {
  const baseByCode = new Map(base.map((i) => [i.code.toUpperCase(), i]));
  let kept = [...drafts];
  for (let changed = true; changed;) {
    const byCode = new Map(kept.map((d) => [d.ind.code, d.ind]));
    const resolve = (code: string): CatalogIndicator | undefined =>
      byCode.get(code) ?? baseByCode.get(code);
    const next = kept.filter((d) => referencesHold(d, resolve, report));
    changed = next.length !== kept.length;
    kept = next;
  }
  return kept;
}
