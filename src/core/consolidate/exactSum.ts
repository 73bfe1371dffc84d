/**
 * Sums that do not depend on the order of their terms. Floating-point addition is not
 * associative (0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1 in the last bit), and a planner who sends the
 * same files in another order must get the same total to the last digit. Figures in indicator
 * sheets carry few decimals, so they are added as scaled integers whenever that is exact.
 */

function decimalsOf(x: number): number {
  if (Number.isInteger(x)) return 0;
  const s = String(Math.abs(x));
  const e = s.indexOf("e-");
  if (e >= 0)
    return Math.min(
      20,
      Number(s.slice(e + 2)) + (s.indexOf(".") >= 0 ? e - s.indexOf(".") - 1 : 0),
    );
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

export function exactSum(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const d = Math.max(...values.map(decimalsOf));
  if (d <= 9) {
    const f = 10 ** d;
    const scaled = values.map((v) => Math.round(v * f));
    let total = 0;
    for (const s of scaled) total += s;
    if (scaled.every((s) => Number.isSafeInteger(s)) && Number.isSafeInteger(total)) {
      return Number((total / f).toPrecision(15));
    }
  }
  // Too many decimals to scale exactly: add in a fixed order so the result is still repeatable.
  const sorted = [...values].sort((a, b) => a - b);
  let total = 0;
  for (const v of sorted) total += v;
  return total;
}
