/**
 * What the year-on-year chart shows, for both the pane's SVG preview and Excel's own chart:
 * the indicators that changed most on the same period last year, largest change first.
 * Totals only (a "trong đó" component repeats its total's story), and only rows whose change
 * is a real percentage (a previous figure of 0 has none).
 */
import type { Summary } from "../consolidate/types";

export interface ChartBar {
  key: string;
  /** The indicator's name with its unit, as the chart's category label. */
  label: string;
  /** Change on last year, in percent, rounded to 0,1. */
  pct: number;
}

export const CHART_BARS = 8;

export function largestYoyChanges(summary: Summary, count = CHART_BARS): ChartBar[] {
  return summary.rows
    .filter((r) => !r.isComponent && r.yoy !== null && Number.isFinite(r.yoy.pct))
    .map((r) => ({
      key: r.key,
      label: r.measureUnit ? `${r.name} (${r.measureUnit})` : r.name,
      pct: Math.round((r.yoy?.pct ?? 0) * 10) / 10,
    }))
    .filter((b) => b.pct !== 0)
    .sort((a, b) => Math.abs(b.pct) - Math.abs(a.pct) || a.label.localeCompare(b.label, "vi"))
    .slice(0, count);
}
