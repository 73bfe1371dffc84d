/**
 * The references between catalog rows: a part's parent, a rate's numerator and denominator.
 * They are checked once every row is read (a parent may come below its parts).
 */
import type { CatalogIndicator } from "../types";
import type { Draft, ReportCell } from "./catalogRow";
import { codeLookup } from "./matcher";

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
    const { numerator, denominator } = ind.ratio;
    for (const part of [numerator, denominator]) {
      if (!resolve(part)) {
        report(d.ratioCell, "catalog-bad-ratio", { why: "unknown-part", code: ind.code, part });
        ok = false;
      }
    }
    // "01/1": two spellings of one code (see codeLookup), a rate of a figure over itself.
    const n = resolve(numerator);
    if (ok && n !== undefined && n === resolve(denominator) && numerator !== denominator) {
      report(d.ratioCell, "catalog-bad-ratio", {
        why: "same-parts",
        written: `${numerator}/${denominator}`,
      });
      ok = false;
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
  let kept = [...drafts];
  let resolve = codeLookup(base);
  for (let changed = true; changed;) {
    // The catalog's own rows first: a code it redefines is its own, not the base's.
    resolve = codeLookup([...kept.map((d) => d.ind), ...base]);
    const next = kept.filter((d) => referencesHold(d, resolve, report));
    changed = next.length !== kept.length;
    kept = next;
  }
  // A reference written 1 to a row coded 01 (a General cell beside a "00" column) names that
  // row: from here on it is written as the row's code, which is what every later lookup uses.
  const canonical = (code: string): string => resolve(code)?.code ?? code;
  for (const { ind } of kept) {
    if (ind.parent !== null) ind.parent = canonical(ind.parent);
    if (ind.ratio) {
      ind.ratio.numerator = canonical(ind.ratio.numerator);
      ind.ratio.denominator = canonical(ind.ratio.denominator);
    }
    if (ind.ofTotal) ind.ofTotal = canonical(ind.ofTotal);
  }
  return kept;
}
