/**
 * Cùng kỳ in today's boundaries: each new unit's figure of last year is the sum of its former
 * units' figures, a split former unit counted by the planner's share (Bảng quy đổi) or, with
 * no share, not at all: that unit is then left without a comparison, and says why. A total
 * over new units that took in every piece of a split former unit counts it whole, so a
 * province's totals compare however its communes were split.
 */
import { exactSum } from "../consolidate/exactSum";
import type { Catalog, CatalogIndicator } from "../types";
import type { FormerFigures } from "./formerSheets";
import type { MergeType, NewUnit } from "./mapping";
import type { BoundaryScope, FormerEntry } from "./scope";
import type { ShareTable } from "./shareTable";

/** One former unit's part in a new unit's cùng kỳ (CONTRACT §4 `previousFrom`). */
export interface PreviousPart {
  code: string;
  name: string;
  type: MergeType;
  /** Percent used: 100 for a full merge, the Bảng quy đổi's share, or null when none is known. */
  share: number | null;
  /** The former unit's figure times the share, or null when it is missing or cannot be shared. */
  value: number | null;
  /** The former unit's own figure and where it is, when its sheet gave one. */
  source: { value: number; file: string; sheet: string; cell: string } | null;
}

export interface UnitPrevious {
  value: number | null;
  from: PreviousPart[];
  /** Why there is no figure, in Vietnamese; null when there is one. */
  note: string | null;
}

/** A batch unit (as named in this year's sheets) and the new unit it is. */
export interface TargetUnit {
  /** The name this year's sheets use, e.g. "UBND xã Tam Dương". */
  batchName: string;
  unit: NewUnit;
}

export interface BoundaryConversion {
  scope: BoundaryScope;
  targets: TargetUnit[];
  /** True when the whole batch is one new unit (a commune's departments; the settings name it). */
  wholeBatch: boolean;
  figures: Map<string, FormerFigures>;
  shares: ShareTable;
  /** How the province was chosen, for the Quy đổi địa giới sheet. */
  scopeReason: string;
  /** The catalog the figures were read with (rates per unit are recomputed from its formulas). */
  catalog: Catalog;
}

export type Additivity = "sum" | "ratio" | "none";

export function additivityOf(
  indicator: CatalogIndicator | null | undefined,
  additiveGuess: boolean,
): Additivity {
  if (indicator) return indicator.aggregation;
  return additiveGuess ? "sum" : "none";
}

function shareOf(conv: BoundaryConversion, former: string, type: MergeType, target: string) {
  if (type === "full") return 100;
  return conv.shares.get(former)?.get(target)?.share ?? null;
}

function partOf(
  conv: BoundaryConversion,
  key: string,
  f: { code: string; name: string; type: MergeType },
  target: NewUnit,
): PreviousPart {
  const fig = conv.figures.get(f.code);
  const v = fig?.values.get(key) ?? null;
  const share = shareOf(conv, f.code, f.type, target.code);
  return {
    code: f.code,
    name: f.name,
    type: f.type,
    share,
    value: v !== null && share !== null ? (v.value * share) / 100 : null,
    source: v,
  };
}

function missingNote(conv: BoundaryConversion, key: string, part: PreviousPart, into: string) {
  if (!conv.figures.has(part.code))
    return `thiếu biểu năm trước của ${part.name} (mã ${part.code})`;
  if (part.source === null) return `biểu năm trước của ${part.name} không có số của chỉ tiêu này`;
  return `${part.name} chỉ nhập một phần vào ${into}, chưa có tỷ lệ trong “Bảng quy đổi”`;
}

/**
 * One new unit's cùng kỳ of one indicator, as a sum of its parts. Rates and averages are not
 * summed: a new unit that is exactly one former unit keeps its figure; others get none here
 * (rates with a catalog formula are recomputed from their parts by the caller).
 */
export function unitPrevious(
  conv: BoundaryConversion,
  key: string,
  target: NewUnit,
  additivity: Additivity,
): UnitPrevious {
  const from = target.formers.map((f) => partOf(conv, key, f, target));
  const missing = from.filter((p) => p.value === null);
  if (missing.length > 0) {
    return {
      value: null,
      from,
      note: `${target.name}: ${missing.map((p) => missingNote(conv, key, p, target.name)).join("; ")}`,
    };
  }
  if (additivity === "sum")
    return { value: exactSum(from.map((p) => p.value as number)), from, note: null };
  if (from.length === 1 && from[0].type === "full")
    return { value: from[0].value, from, note: null };
  return {
    value: null,
    from,
    note:
      additivity === "ratio"
        ? null
        : `${target.name} gồm ${from.length} đơn vị cũ, mà chỉ tiêu này không cộng được giữa các đơn vị`,
  };
}

export interface TotalPrevious {
  value: number | null;
  notes: string[];
}

/**
 * Cùng kỳ of a total over some of the batch's new units (those that reported the indicator
 * this year). A split former unit all of whose pieces are among them counts whole, with or
 * without shares; one whose other pieces lie outside counts by its shares, or the total has
 * no cùng kỳ.
 */
export function totalPrevious(
  conv: BoundaryConversion,
  key: string,
  units: readonly NewUnit[],
  additivity: Additivity,
): TotalPrevious {
  if (units.length === 0) return { value: null, notes: [] };
  if (additivity !== "sum") {
    if (units.length === 1) {
      const one = unitPrevious(conv, key, units[0], additivity);
      return { value: one.value, notes: one.note ? [one.note] : [] };
    }
    return {
      value: null,
      notes:
        additivity === "ratio"
          ? []
          : ["Chỉ tiêu này không cộng được giữa các đơn vị, nên không quy đổi được số cùng kỳ."],
    };
  }
  const inBatch = new Set(units.map((u) => u.code));
  const formers = new Map<string, FormerEntry>();
  for (const u of units) {
    for (const f of u.formers) {
      const entry = conv.scope.formers.get(f.code);
      if (entry) formers.set(f.code, entry);
    }
  }
  const values: number[] = [];
  const notes: string[] = [];
  for (const f of formers.values()) {
    const v = conv.figures.get(f.code)?.values.get(key) ?? null;
    if (!conv.figures.has(f.code)) {
      notes.push(
        `thiếu biểu năm trước của ${f.name} (mã ${f.code}, nay thuộc ${f.into.map((i) => i.unit.name).join(", ")})`,
      );
      continue;
    }
    if (v === null) {
      notes.push(`biểu năm trước của ${f.name} không có số của chỉ tiêu này`);
      continue;
    }
    const outside = f.into.filter((i) => !inBatch.has(i.unit.code));
    if (outside.length === 0) {
      values.push(v.value);
      continue;
    }
    const inside = f.into.filter((i) => inBatch.has(i.unit.code));
    const shares = inside.map((i) => shareOf(conv, f.code, i.type, i.unit.code));
    if (shares.some((s) => s === null)) {
      notes.push(
        `${f.name} chỉ nhập một phần vào ${inside.map((i) => i.unit.name).join(", ")} ` +
          `(phần còn lại vào ${outside.map((i) => i.unit.name).join(", ")}), chưa có tỷ lệ trong “Bảng quy đổi”`,
      );
      continue;
    }
    values.push((v.value * exactSum(shares as number[])) / 100);
  }
  if (notes.length > 0) {
    return { value: null, notes: [`Không quy đổi được số cùng kỳ vì ${notes.join("; ")}.`] };
  }
  return { value: exactSum(values), notes: [] };
}

// Looked up once per unit and indicator: a province's 600 units × 300 indicators.
const targetsByName = new WeakMap<BoundaryConversion, Map<string, NewUnit>>();

/** The new unit a batch unit name stands for, when the batch maps onto new units. */
export function targetOf(conv: BoundaryConversion, batchName: string): NewUnit | null {
  if (conv.wholeBatch) return conv.targets[0]?.unit ?? null;
  let byName = targetsByName.get(conv);
  if (!byName) {
    byName = new Map(conv.targets.map((t) => [t.batchName, t.unit]));
    targetsByName.set(conv, byName);
  }
  return byName.get(batchName) ?? null;
}
