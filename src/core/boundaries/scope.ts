/**
 * Where a batch sits on the map: the province whose communes it reports (or, for a batch of
 * provinces, the whole country), today's units it covers, and the former units they were
 * made from. Names are matched as unitNames.ts keys them; a name that fits several units is
 * reported with every candidate, never settled by a guess.
 */
import { matchKey } from "../text/normalize";
import type { BoundaryMap, FormerUnit, MergeType, NewUnit, Province } from "./mapping";
import { looksLikeAdministrativeUnit, unitNameKey, type UnitKind } from "./unitNames";

/** A former unit and where it went. */
export interface FormerEntry extends FormerUnit {
  into: Array<{ unit: NewUnit; type: MergeType }>;
}

export interface BoundaryScope {
  /** 2 = communes of one province; 1 = provinces. */
  level: 1 | 2;
  /** The province, at level 2. */
  province: Province | null;
  newUnits: NewUnit[];
  formers: Map<string, FormerEntry>;
  /** The mapping's new units that took in part of a former unit (level 2). */
  splitInto: BoundaryMap["splitInto"];
}

export type UnitMatch<T> =
  | { kind: "found"; unit: T; by: "code" | "name" }
  | { kind: "ambiguous"; candidates: T[] }
  | { kind: "none" };

interface Named {
  code: string;
  name: string;
}

export interface UnitIndex<T extends Named> {
  byCode: Map<string, T>;
  byBase: Map<string, T[]>;
}

export function indexUnits<T extends Named>(units: Iterable<T>): UnitIndex<T> {
  const byCode = new Map<string, T>();
  const byBase = new Map<string, T[]>();
  for (const u of units) {
    byCode.set(u.code, u);
    const base = unitNameKey(u.name).base;
    const list = byBase.get(base);
    if (list) list.push(u);
    else byBase.set(base, [u]);
  }
  return { byCode, byBase };
}

/** By code when one is given (a wrong code is "none", never a name's guess), else by name. */
export function matchUnit<T extends Named>(
  index: UnitIndex<T>,
  name: string | null,
  code: string | null,
): UnitMatch<T> {
  if (code !== null) {
    const unit = index.byCode.get(code);
    return unit ? { kind: "found", unit, by: "code" } : { kind: "none" };
  }
  if (name === null) return { kind: "none" };
  const key = unitNameKey(name);
  let candidates = index.byBase.get(key.base) ?? [];
  // The type word separates "Xã Hợp Hòa" from "Thị trấn Hợp Hòa" when both existed.
  if (candidates.length > 1 && key.kind !== null) {
    const sameKind = candidates.filter((u) => unitNameKey(u.name).kind === key.kind);
    if (sameKind.length > 0) candidates = sameKind;
  }
  if (candidates.length === 1) return { kind: "found", unit: candidates[0], by: "name" };
  if (candidates.length > 1) return { kind: "ambiguous", candidates };
  return { kind: "none" };
}

function formersOf(units: NewUnit[]): Map<string, FormerEntry> {
  const formers = new Map<string, FormerEntry>();
  for (const unit of units) {
    for (const f of unit.formers) {
      let entry = formers.get(f.code);
      if (!entry) {
        entry = { code: f.code, name: f.name, into: [] };
        formers.set(f.code, entry);
      }
      entry.into.push({ unit, type: f.type });
    }
  }
  return formers;
}

export function provinceScope(map: BoundaryMap, province: Province): BoundaryScope {
  return {
    level: 2,
    province,
    newUnits: province.communes,
    formers: formersOf(province.communes),
    splitInto: map.splitInto,
  };
}

export function nationalScope(map: BoundaryMap): BoundaryScope {
  return {
    level: 1,
    province: null,
    newUnits: map.provinces,
    formers: formersOf(map.provinces),
    splitInto: new Map(),
  };
}

const PROVINCE_KINDS: ReadonlySet<UnitKind | null> = new Set<UnitKind | null>(["tinh", "thanhpho"]);

/** "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "Sở Tài chính tỉnh Phú Thọ" → the province named in it. */
function provinceNamedIn(map: BoundaryMap, text: string): Province | null {
  const key = matchKey(text);
  const at = /(?:^|\s)(tỉnh|thành phố)\s+(.+)$/u.exec(key);
  if (!at) return null;
  const base = unitNameKey(at[2]).base;
  return map.provinces.find((p) => unitNameKey(p.name).base === base) ?? null;
}

export interface ScopeChoice {
  scope: BoundaryScope | null;
  /** How it was chosen, or why none could be: shown to the planner. */
  reason: string;
}

/**
 * The province is the one the report settings name (cơ quan ban hành, then cơ quan chủ
 * quản), else the only province whose new units match the batch's own unit names. A batch of
 * provinces is compared across the whole country.
 */
export function chooseScope(
  map: BoundaryMap,
  bodies: { issuingBody: string; parentBody: string },
  unitNames: readonly string[],
): ScopeChoice {
  const adminNames = unitNames.filter(looksLikeAdministrativeUnit);
  const provinceIndex = indexUnits(map.provinces);
  if (
    adminNames.length > 0 &&
    adminNames.every(
      (n) =>
        PROVINCE_KINDS.has(unitNameKey(n).kind) &&
        matchUnit(provinceIndex, n, null).kind === "found",
    )
  ) {
    return { scope: nationalScope(map), reason: "các đơn vị báo cáo là tỉnh, thành phố" };
  }
  for (const body of [bodies.issuingBody, bodies.parentBody]) {
    const p = provinceNamedIn(map, body);
    if (p) return { scope: provinceScope(map, p), reason: `theo thiết lập báo cáo (“${body}”)` };
  }
  const names = [...adminNames, bodies.issuingBody].filter(looksLikeAdministrativeUnit);
  let best: Province[] = [];
  let bestCount = 0;
  for (const p of map.provinces) {
    const index = indexUnits(p.communes);
    const count = names.filter((n) => matchUnit(index, n, null).kind === "found").length;
    if (count > bestCount) {
      best = [p];
      bestCount = count;
    } else if (count === bestCount && count > 0) best.push(p);
  }
  if (best.length === 1) {
    return {
      scope: provinceScope(map, best[0]),
      reason: `vì tên ${bestCount} đơn vị trong biểu năm nay khớp với các xã, phường của ${best[0].name}`,
    };
  }
  const candidates = best.map((p) => p.name).join(", ");
  return {
    scope: null,
    reason:
      best.length > 1
        ? `tên các đơn vị năm nay khớp với xã, phường của nhiều tỉnh (${candidates})`
        : "tên các đơn vị năm nay không khớp với xã, phường nào sau sắp xếp",
  };
}
