/**
 * One figure of an indicator from its units' values: summed when it adds up, taken as is when
 * every unit agrees, else not consolidable with the reason; and the comparisons built on it.
 */
import type { NonAdditiveConflict } from "../issues";
import { matchKey } from "../text/normalize";
import { cellPlace } from "../text/cellPlace";
import { exactSum } from "./exactSum";
import { sourcePlace } from "./sources";
import type { Contribution, Field, KeyInfo } from "./collect";
import { sourceValues, type SourceSeq } from "./sourceTable";
import type { YearOnYear } from "./types";

/** Indicators outside the catalog: rates and averages must not be added up. */
export function looksNonAdditive(name: string, unit: string): boolean {
  const n = matchKey(name);
  return (
    unit.trim() === "%" ||
    /^(tỷ lệ|tỉ lệ|năng suất|bình quân|trung bình|tốc độ)/.test(n) ||
    /\/ha$/.test(unit)
  );
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export interface Aggregate {
  value: number | null;
  incomplete: string[];
  /** Units that report a figure that does not add up differently (the message is the registry's). */
  conflict: NonAdditiveConflict | null;
}

/** Adds up or takes as is, as the indicator's aggregation says. */
export function aggregate(
  info: KeyInfo,
  field: Field,
  sources: SourceSeq,
  additive: boolean,
  fieldLabel: string,
  flagged: Contribution[],
): Aggregate {
  const incomplete: string[] = [];
  for (const c of flagged) {
    for (const ex of c.rr.excluded) {
      if (ex.field === field) {
        incomplete.push(
          `${fieldLabel} của ${c.reportingUnit} (${cellPlace({ file: c.sheet.file, sheet: c.sheet.sheetName, cell: ex.cell })}) bị loại vì ${ex.reason}`,
        );
      }
    }
  }
  if (sources.length === 0) return { value: null, incomplete, conflict: null };
  const values = sourceValues(sources);
  if (additive) return { value: exactSum(values), incomplete, conflict: null };
  const first = values[0];
  if (values.every((v) => sameNumber(v, first)))
    return { value: first, incomplete, conflict: null };
  return {
    value: null,
    incomplete,
    conflict: {
      indicator: info.name,
      field: fieldLabel,
      values: sources.map((s) => ({
        reportingUnit: s.from.reportingUnit,
        place: cellPlace(sourcePlace(s)),
        value: s.value,
      })),
    },
  };
}

/** How many units list the indicator at all. */
export function allUnits(info: KeyInfo): number {
  return new Set(info.contributions.map((c) => c.reportingUnit)).size;
}

export function yoyOf(current: number | null, previous: number | null): YearOnYear | null {
  if (current === null || previous === null || previous === 0) return null;
  return {
    abs: exactSum([current, -previous]),
    pct: ((current - previous) / previous) * 100,
    ratio: (current / previous) * 100,
  };
}
