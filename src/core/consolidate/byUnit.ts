/**
 * One indicator's figures unit by unit (CONTRACT §4 `byUnit`): what each reporting unit
 * reported this period and its cùng kỳ — converted from its former units when the summary's
 * cùng kỳ was (`previousFrom` then says from which, with the share used), else the unit's own
 * cùng kỳ column. Computed on demand from the summary, so nothing is held per unit twice.
 */
import { targetOf, unitPrevious } from "../boundaries/convert";
import type { BoundaryConversion, PreviousPart } from "../boundaries/convert";
import { looksNonAdditive } from "./aggregate";
import { exactSum } from "./exactSum";
import type { SourceSeq } from "./sourceTable";
import type { Source, Summary, SummaryRow } from "./types";

export interface UnitFigures {
  /** The reporting unit as this year's sheets name it (the issuing body when the batch is one unit). */
  unit: string;
  /** Today's administrative unit code, when the unit is one. */
  code: string | null;
  current: number | null;
  previous: number | null;
  /** The former units the cùng kỳ was made from; empty without a conversion. */
  previousFrom: PreviousPart[];
  /** Why `previous` is missing, in Vietnamese; null otherwise. */
  note: string | null;
}

function valueOf(sources: Source[], additive: boolean): number | null {
  if (sources.length === 0) return null;
  return additive ? exactSum(sources.map((s) => s.value)) : sources[0].value;
}

function byUnitName(sources: SourceSeq): Map<string, Source[]> {
  const out = new Map<string, Source[]>();
  for (const s of sources) {
    const list = out.get(s.from.reportingUnit);
    if (list) list.push(s);
    else out.set(s.from.reportingUnit, [s]);
  }
  return out;
}

/** Whether the row's figures add up across units (a sum, or an unknown count). */
export function isAdditive(row: SummaryRow): boolean {
  return (
    row.aggregation === "sum" ||
    (row.aggregation === "unknown" && !looksNonAdditive(row.name, row.measureUnit))
  );
}

/**
 * What each reporting unit reported of one indicator this period, by unit (a unit with
 * several sheets adds them up where the indicator adds up), as byUnit's `current` says it.
 */
export function currentByUnit(row: SummaryRow): Map<string, number | null> {
  const additive = isAdditive(row);
  const out = new Map<string, number | null>();
  for (const [unit, sources] of byUnitName(row.sources)) out.set(unit, valueOf(sources, additive));
  return out;
}

/** A rate's cùng kỳ for one new unit, from its parts' converted figures (catalog formula). */
function convertedRatio(
  conv: BoundaryConversion,
  row: SummaryRow,
  unit: Parameters<typeof unitPrevious>[2],
): { value: number | null; note: string | null } | null {
  const ind = conv.catalog.indicators.find((i) => i.code === row.key);
  if (!ind || ind.aggregation !== "ratio" || !ind.ratio) return null;
  const num = unitPrevious(conv, ind.ratio.numerator, unit, "sum");
  const den = unitPrevious(conv, ind.ratio.denominator, unit, "sum");
  if (num.value === null || den.value === null || den.value === 0)
    return {
      value: null,
      note: num.note ?? den.note ?? `${unit.name}: không tính lại được từ các chỉ tiêu thành phần`,
    };
  return { value: (num.value / den.value) * ind.ratio.scale, note: null };
}

export function unitFigures(summary: Summary, row: SummaryRow): UnitFigures[] {
  const additive = isAdditive(row);
  const conv = summary.boundary ?? null;
  const current = byUnitName(row.sources);
  const previous = byUnitName(row.previousSources);
  if (conv?.wholeBatch) {
    const target = conv.targets[0].unit;
    return [figuresFromConversion(conv, row, target.name, target, row.current, additive)];
  }
  const out: UnitFigures[] = [];
  for (const unit of summary.reportingUnits) {
    const mine = current.get(unit) ?? [];
    const own = previous.get(unit) ?? [];
    if (mine.length === 0 && own.length === 0) continue;
    const target = conv ? targetOf(conv, unit) : null;
    if (conv && target) {
      out.push(figuresFromConversion(conv, row, unit, target, valueOf(mine, additive), additive));
      continue;
    }
    out.push({
      unit,
      code: null,
      current: valueOf(mine, additive),
      previous: conv ? null : valueOf(own, additive),
      previousFrom: [],
      note: conv
        ? `${unit} không phải đơn vị hành chính sau sắp xếp; không quy đổi số cùng kỳ.`
        : null,
    });
  }
  return out;
}

function figuresFromConversion(
  conv: BoundaryConversion,
  row: SummaryRow,
  unit: string,
  target: Parameters<typeof unitPrevious>[2],
  current: number | null,
  additive: boolean,
): UnitFigures {
  const kind = row.aggregation === "unknown" ? (additive ? "sum" : "none") : row.aggregation;
  const carried = unitPrevious(conv, row.key, target, kind);
  const ratio = kind === "ratio" ? convertedRatio(conv, row, target) : null;
  return {
    unit,
    code: target.code,
    current,
    previous: ratio && ratio.value !== null ? ratio.value : carried.value,
    previousFrom: carried.from,
    note: ratio && ratio.value === null && carried.value === null ? ratio.note : carried.note,
  };
}
