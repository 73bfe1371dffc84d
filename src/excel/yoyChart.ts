/**
 * Excel's own chart of the largest year-on-year changes, beside "Tổng hợp": planners paste it
 * into reports. A chart needs cells, so its figures are added to the summary's plan as a small
 * block below the table and right of its last column, where the parser of next year's
 * "cùng kỳ" never looks (no header row, no indicator column), and where the fingerprint sees
 * them as the add-in's own. Charts exist since ExcelApi 1.1, but the bars read top-down only
 * with categoryAxis.reversePlotOrder (1.7): older Excel gets no chart and no block.
 */
import { a1 } from "../core/a1";
import type { ChartBar } from "../core/output/chartData";
import type { SheetPlan } from "../core/types";
import { supportsExcelApi } from "./api";

export const CHART_SHEET = "Tổng hợp";
export const CHART_TITLE = "Chỉ tiêu thay đổi nhiều nhất so với cùng kỳ (%)";

export interface ChartPlacement {
  sheet: string;
  /** The figures the chart is drawn from, e.g. "M40:N47". */
  source: string;
  /** Where the chart sits: under the figures. */
  from: string;
  to: string;
}

export function chartsSupported(): boolean {
  return supportsExcelApi("1.7");
}

/** The summary's plan with the chart's figures added, and where the chart goes. */
export function withChartData(
  plan: SheetPlan,
  bars: readonly ChartBar[],
): { plan: SheetPlan; chart: ChartPlacement } | null {
  if (bars.length === 0) return null;
  const left = Math.max(0, ...plan.rows.map((r) => r.length)) + 1;
  const top = plan.rows.length + 2;
  const rows = plan.rows.map((r) => [...r]);
  const put = (row: number, col: number, cell: SheetPlan["rows"][number][number]) => {
    while (rows.length <= row) rows.push([]);
    const line = rows[row];
    while (line.length < col) line.push({ value: null });
    line[col] = cell;
  };
  put(top, left, { value: { text: CHART_TITLE }, style: { bold: true } });
  bars.forEach((bar, i) => {
    put(top + 1 + i, left, { value: { text: bar.label } });
    put(top + 1 + i, left + 1, { value: { number: bar.pct }, style: { numFmt: "0.0" } });
  });
  const last = top + bars.length;
  const widths = [...plan.columnWidths];
  while (widths.length < left) widths.push(10);
  widths[left] = Math.max(widths[left] ?? 0, 40);
  widths[left + 1] = Math.max(widths[left + 1] ?? 0, 10);
  return {
    plan: { ...plan, rows, columnWidths: widths },
    chart: {
      sheet: plan.name,
      source: `${a1(top + 1, left)}:${a1(last, left + 1)}`,
      from: a1(last + 2, left),
      to: a1(last + 2 + Math.max(12, bars.length * 2), left + 5),
    },
  };
}

/** Queues the chart on the sheet being built (the swap then names it "Tổng hợp"). */
export function addYoyChart(sheet: Excel.Worksheet, placement: ChartPlacement): void {
  const chart = sheet.charts.add(
    Excel.ChartType.barClustered,
    sheet.getRange(placement.source),
    Excel.ChartSeriesBy.columns,
  );
  chart.title.text = CHART_TITLE;
  chart.legend.visible = false;
  // Bar charts list categories bottom-up; the largest change belongs on top.
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(placement.from, placement.to);
}
