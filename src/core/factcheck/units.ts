/** What the unit written after a figure says about how it may be compared and rounded. */
import { normalizeUnit, unitFactor } from "../catalog/units";

export const POINTS = "điểm phần trăm";

const QUANTITY_BASES = ["đồng", "ha", "tấn", "m3", "m2", "USD"];

/** Money, area, weight, volume: units a plan is a quantity of, not a count of things. */
export function isQuantityUnit(unit: string): boolean {
  return unit !== "" && QUANTITY_BASES.some((b) => unitFactor(unit, b) !== null);
}

/**
 * Things counted one by one (con, vụ, người, hộ, trường, đơn): a whole number written of them
 * is exact, not rounded, so "3 vụ, tăng 1 vụ" cannot be 25 %. Thousands ("nghìn con") are not.
 */
export function isCountUnit(unit: string): boolean {
  return (
    unit !== "" &&
    unit !== "%" &&
    unit !== POINTS &&
    !isQuantityUnit(unit) &&
    !/^(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn|trăm)(?![\p{L}])/u.test(unit.toLowerCase()) &&
    !/\//u.test(unit)
  );
}

/**
 * What a value in `from` is multiplied by to be in `to`; 1 when either is unsaid; null when a
 * figure in `from` cannot be a change or a previous figure of one in `to`.
 */
export function unitFactorInto(from: string, to: string): number | null {
  if (!from || !to) return 1;
  if (to === "%") return from === "%" || from === POINTS ? 1 : null;
  if (from === POINTS || from === "%") return null;
  if (normalizeUnit(from) === normalizeUnit(to)) return 1;
  return unitFactor(from, to);
}
