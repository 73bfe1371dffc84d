/** Figures in messages, written the way the draft writes them. */
import { formatViNumber } from "../text/vnNumber";
import type { Figure } from "./figures";

/** "1.808 ha", "2,97%", "5/36 trường": the figure as written, with its unit. */
export function written(f: Figure): string {
  if (f.percent) return f.text.replace(/\s%$/u, "%");
  return f.unit ? `${f.text} ${f.unit}` : f.text;
}

/** A computed value with the decimals the draft used for that figure (at least `min`). */
export function value(v: number, decimals: number, unit: string, min = 0): string {
  const d = Math.max(decimals, min);
  const n = formatViNumber(v, d);
  if (unit === "%") return `${n}%`;
  return unit ? `${n} ${unit}` : n;
}

/** The sentence a finding is about, shortened around `at` when long. */
export function snippetOf(text: string, start: number, end: number, at = start): string {
  const s = text.slice(start, end).trim();
  if (s.length <= 220) return s;
  const from = Math.max(start, at - 100);
  const to = Math.min(end, from + 220);
  return (from > start ? "…" : "") + text.slice(from, to).trim() + (to < end ? "…" : "");
}
