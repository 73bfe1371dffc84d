/**
 * A figure as written stands for every value that rounds to it: "2,97%" is anything from 2,965
 * to 2,975 (and, since some offices cut rather than round, up to 2,98 for a percentage).
 * Comparisons are made between such ranges, so a correct figure rounded as written never fails.
 */
import type { Figure } from "./figures";
import { isCountUnit } from "./units";

export type Range = readonly [number, number];

export function halfStep(decimals: number): number {
  return 0.5 * Math.pow(10, -decimals);
}

/** The values a written number stands for; `sign` −1 for a "giảm" figure. */
export function rangeOf(
  value: number,
  decimals: number,
  percent: boolean,
  sign: 1 | -1 = 1,
): Range {
  const h = halfStep(decimals);
  const lo = value - h;
  const hi = value + (percent ? 2 * h : h);
  return sign === 1 ? [lo, hi] : [-hi, -lo];
}

/** A whole count of things counted one by one is exact: it is taken to the hundredth. */
export function figureRange(f: Figure, sign: 1 | -1 = 1, factor = 1): Range {
  const r =
    f.decimals === 0 && !f.percent && isCountUnit(f.unit)
      ? rangeOf(f.value, 2, false, sign)
      : rangeOf(f.value, f.decimals, f.percent, sign);
  return [r[0] * factor, r[1] * factor];
}

export function exact(v: number): Range {
  return [v, v];
}

/** The range of `fn` over the box of ranges, from its corners (fn monotone in each argument). */
export function across(fn: (...args: number[]) => number, ranges: Range[]): Range | null {
  let lo = Infinity;
  let hi = -Infinity;
  const n = ranges.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const args = ranges.map((r, i) => ((mask >> i) & 1 ? r[1] : r[0]));
    const v = fn(...args);
    if (!Number.isFinite(v)) return null;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [lo, hi];
}

/** True when the range does not hold 0 (a divisor that cannot be zero). */
export function awayFromZero(r: Range): boolean {
  return r[0] > 0 || r[1] < 0;
}

export function intersect(a: Range, b: Range): Range | null {
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  const slack = 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi));
  return lo <= hi + slack ? [Math.min(lo, hi), Math.max(lo, hi)] : null;
}

export function overlaps(a: Range, b: Range): boolean {
  return intersect(a, b) !== null;
}
