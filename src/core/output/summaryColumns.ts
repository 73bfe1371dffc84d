/**
 * The columns of every summary table — the "Tổng hợp" sheet, the report's appendix table, the
 * pane's preview — and what each shows for a row, decided once: a figure read off one table is
 * the figure of the others. Each table only words its headings and formats its cells.
 */
import type { PlanValue } from "../types";
import type { Summary, SummaryRow } from "../consolidate/types";
import { planTitleInSentence, upperFirst } from "../narrative/words";

/** One plan column: the i-th plan of every row (departments may give several). */
export interface PlanColumn {
  index: number;
  /** The title of the first row that has one, or null when no row titles this plan. */
  firstTitle: string | null;
  /** Each title used by a row with a value in this column, in row order, once. */
  titlesWithValue: string[];
}

export type SummaryColumn =
  | {
      kind:
        | "stt"
        | "code"
        | "name"
        | "unit"
        | "previous"
        | "current"
        /** "So sánh cùng kỳ (%)": this period as a percentage of the same period last year. */
        | "yoyRatio"
        | "note";
    }
  | { kind: "plan" | "planRatio"; plan: PlanColumn };

export type SummaryColumnKind = SummaryColumn["kind"];

export interface SummaryColumnOptions {
  /** With the catalog code column (the sheet has it, the report's table does not). */
  code: boolean;
  /** Plan columns shown even when no row has a plan (the sheet keeps one for its header). */
  minimumPlans: number;
}

export function planColumns(summary: Summary, minimumPlans: number): PlanColumn[] {
  const count = Math.max(minimumPlans, ...summary.rows.map((r) => r.plans.length));
  const columns: PlanColumn[] = [];
  for (let index = 0; index < count; index++) {
    let firstTitle: string | null = null;
    const used = new Set<string>();
    for (const r of summary.rows) {
      const plan = r.plans[index];
      if (!plan?.title) continue;
      firstTitle ??= plan.title;
      if (plan.value) used.add(plan.title);
    }
    columns.push({ index, firstTitle, titlesWithValue: [...used] });
  }
  return columns;
}

/**
 * The columns in table order: STT, code, name, unit, cùng kỳ, each plan, this period, the
 * ratios (cùng kỳ, then each plan), note.
 */
export function summaryColumns(summary: Summary, options: SummaryColumnOptions): SummaryColumn[] {
  const plans = planColumns(summary, options.minimumPlans);
  return [
    { kind: "stt" },
    ...(options.code ? [{ kind: "code" } as const] : []),
    { kind: "name" },
    { kind: "unit" },
    { kind: "previous" },
    ...plans.map((plan) => ({ kind: "plan", plan }) as const),
    { kind: "current" },
    { kind: "yoyRatio" },
    ...plans.map((plan) => ({ kind: "planRatio", plan }) as const),
    { kind: "note" },
  ];
}

/** "So sánh cùng kỳ (%)" as every table shows it: current ÷ previous × 100, or null. */
export function yoyRatio(row: SummaryRow): number | null {
  return row.yoy?.ratio ?? null;
}

/** The plan of the given column, as departments gave it (a number or text kept as written). */
export function planValue(row: SummaryRow, plan: PlanColumn): PlanValue | null {
  return row.plans[plan.index]?.value ?? null;
}

/** current ÷ plan × 100 for the given column, or null (no numeric plan over every unit). */
export function planRatio(row: SummaryRow, plan: PlanColumn): number | null {
  return row.plans[plan.index]?.pct ?? null;
}

/**
 * A plan column's heading. Departments title the same column differently ("Kế hoạch năm
 * 2026" for most, "Dự toán tỉnh giao" for the budget): every title used is shown, so no figure
 * sits under a heading that is not its own.
 */
export function planHeading(plan: PlanColumn): string {
  const used = new Set(plan.titlesWithValue.map((t) => upperFirst(planTitleInSentence(t))));
  return used.size > 0 ? [...used].join(" / ") : "Kế hoạch";
}
