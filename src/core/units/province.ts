/**
 * A starter Danh sách đơn vị for a province: its communes, wards and special zones since
 * 1/7/2025, from the official mapping the boundaries module already loads.
 */
import type { BoundaryMap, Province } from "../boundaries/mapping";
import { unitNameKey } from "../boundaries/unitNames";
import { foldKey } from "../text/normalize";
import type { ListedUnit } from "./types";

const TYPES = ["Xã", "Phường", "Đặc khu", "Thị trấn"];

/** "Xã Tam Dương" → "Xã"; the mapping always writes the type word first. */
export function unitTypeOf(name: string): string | null {
  return TYPES.find((t) => name.startsWith(t + " ")) ?? null;
}

/** The province named ("Tỉnh Phú Thọ", "Phú Thọ", "TP. Hồ Chí Minh"); null when none is. */
export function findProvince(map: BoundaryMap, name: string): Province | null {
  const base = unitNameKey(name).base;
  if (base === "") return null;
  const exact = map.provinces.find((p) => unitNameKey(p.name).base === base);
  if (exact) return exact;
  // Typed without diacritics ("Phu Tho"), or the city's short name ("TP.HCM").
  const folded = SHORT_NAMES.get(foldKey(base).replace(/[\s.]+/g, "")) ?? foldKey(base);
  return map.provinces.find((p) => foldKey(unitNameKey(p.name).base) === folded) ?? null;
}

const SHORT_NAMES = new Map([
  ["hcm", "ho chi minh"],
  ["tphcm", "ho chi minh"],
  ["hn", "ha noi"],
  ["tphn", "ha noi"],
]);

/** The province's level-2 units in the mapping's order, with their codes and type. */
export function provinceUnits(province: Province): ListedUnit[] {
  return province.communes.map((c) => ({
    code: c.code,
    name: c.name,
    type: unitTypeOf(c.name),
    contact: null,
    phone: null,
    deadline: null,
    cell: "",
  }));
}
