/**
 * Which listed unit a sheet is from: by Mã đơn vị first, then by name as offices write it
 * ("UBND xã Hợp Hòa", "Xã Hợp Hòa", "xã hợp hoà" are one unit). A name that fits several
 * listed units is reported, never guessed.
 */
import { looksLikeAdministrativeUnit, unitNameKey, type UnitKind } from "../boundaries/unitNames";
import { matchKey } from "../text/normalize";
import type { ListedUnit } from "./types";

/** A code's key: "08869" and 8869 (a number cell drops the leading 0) are one code. */
export function codeKey(code: string): string {
  const k = matchKey(code);
  return /^\d+$/.test(k) ? String(Number(k)) : k;
}

interface NameKey {
  kind: UnitKind | null;
  base: string;
}

/**
 * An administrative unit's name loses "UBND" and its type word (kept apart); any other name
 * ("Phòng Kinh tế - Hạ tầng") is compared whole, since its dash is part of the name.
 */
export function nameKey(name: string): NameKey {
  if (looksLikeAdministrativeUnit(name)) return unitNameKey(name);
  return { kind: null, base: matchKey(name) };
}

export interface UnitIndex {
  byCode: Map<string, ListedUnit>;
  byBase: Map<string, Array<{ unit: ListedUnit; kind: UnitKind | null }>>;
}

export function indexListedUnits(units: readonly ListedUnit[]): UnitIndex {
  const byCode = new Map<string, ListedUnit>();
  const byBase: UnitIndex["byBase"] = new Map();
  for (const unit of units) {
    if (unit.code !== null) byCode.set(codeKey(unit.code), unit);
    const key = nameKey(unit.name);
    const list = byBase.get(key.base);
    if (list) list.push({ unit, kind: key.kind });
    else byBase.set(key.base, [{ unit, kind: key.kind }]);
  }
  return { byCode, byBase };
}

export type ListedMatch =
  | { kind: "found"; unit: ListedUnit; by: "code" | "name" }
  | { kind: "ambiguous"; candidates: ListedUnit[] }
  | { kind: "none" };

/**
 * A code the list does not hold falls back to the name: the code may be a typo, the name
 * still tells. Type words must agree when both names carry one ("Xã Hợp Hòa" is not
 * "Phường Hợp Hòa"); a name without one fits either. A code and a name that point at two
 * different listed units (a sheet copied from a neighbour's, its old code kept) are reported,
 * never decided for either: a wrong choice would credit one unit with the other's figures.
 */
export function matchListedUnit(
  index: UnitIndex,
  name: string | null,
  code: string | null,
): ListedMatch {
  const byName = matchByName(index, name);
  if (code !== null) {
    const unit = index.byCode.get(codeKey(code));
    if (unit) {
      if (byName.kind === "found" && byName.unit !== unit)
        return { kind: "ambiguous", candidates: [unit, byName.unit] };
      return { kind: "found", unit, by: "code" };
    }
  }
  return byName;
}

function matchByName(index: UnitIndex, name: string | null): ListedMatch {
  if (name === null || name.trim() === "") return { kind: "none" };
  const key = nameKey(name);
  let candidates = (index.byBase.get(key.base) ?? []).filter(
    (c) => c.kind === null || key.kind === null || c.kind === key.kind,
  );
  if (candidates.length > 1 && key.kind !== null) {
    const same = candidates.filter((c) => c.kind === key.kind);
    if (same.length > 0) candidates = same;
  }
  if (candidates.length === 1) return { kind: "found", unit: candidates[0].unit, by: "name" };
  if (candidates.length > 1)
    return { kind: "ambiguous", candidates: candidates.map((c) => c.unit) };
  return { kind: "none" };
}
