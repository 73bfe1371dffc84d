/** The figure cells of a row, each with the words a planner uses for its column. */
import type { NumberStatus, PlanValue } from "../../types";
import type { ResolvedRow } from "../types";
import { isUsableStatus } from "../../text/readNumber";

export type FieldKind = "previous" | "plan" | "current" | "ratioYoy" | "ratioPlan";

export interface FieldCell {
  kind: FieldKind;
  /** Vietnamese column name for messages. */
  column: string;
  status: NumberStatus;
  cell: string;
  raw: unknown;
  /** Numbers the cell holds, in the row's own unit (a plan range gives two). */
  numbers: number[];
}

function planNumbers(p: PlanValue | null): number[] {
  if (!p) return [];
  if (p.kind === "number" || p.kind === "bound") return [p.value];
  if (p.kind === "range") return [p.low, p.high];
  return [];
}

/** The status fieldCells gives a plan cell. */
function planStatus(p: { status: NumberStatus; value: PlanValue | null }): NumberStatus {
  // A plan in words ("Theo chỉ tiêu tỉnh giao") is a plan, not a malformed figure.
  return p.status === "not-number" && p.value ? "empty" : p.status;
}

/**
 * Whether any of the row's figure cells has one of `statuses` (as fieldCells reports them),
 * without building them: most rows have nothing a status rule reports, and those rules run
 * over every row of every sheet.
 */
export function anyFieldStatus(r: ResolvedRow, statuses: ReadonlySet<NumberStatus>): boolean {
  const row = r.row;
  if (row.previous && statuses.has(row.previous.status)) return true;
  for (const p of row.plans) if (statuses.has(planStatus(p))) return true;
  if (row.current && statuses.has(row.current.status)) return true;
  if (row.ratioYoy && statuses.has(row.ratioYoy.status)) return true;
  if (row.ratioPlan && statuses.has(row.ratioPlan.status)) return true;
  return false;
}

/** Sheet order: cùng kỳ, kế hoạch, thực hiện, then the department's ratios. */
export function fieldCells(r: ResolvedRow): FieldCell[] {
  const out: FieldCell[] = [];
  const row = r.row;
  const num = (
    kind: FieldKind,
    column: string,
    f: { status: NumberStatus; cell: string; raw: unknown; value: number | null } | null,
  ) => {
    if (!f) return;
    out.push({
      kind,
      column,
      status: f.status,
      cell: f.cell,
      raw: f.raw,
      numbers: isUsableStatus(f.status) && f.value !== null ? [f.value] : [],
    });
  };
  num("previous", "thực hiện cùng kỳ năm trước", row.previous);
  for (const p of row.plans) {
    out.push({
      kind: "plan",
      column: p.title ? p.title.toLowerCase() : "kế hoạch",
      status: planStatus(p),
      cell: p.cell,
      raw: p.raw,
      numbers: isUsableStatus(p.status) ? planNumbers(p.value) : [],
    });
  }
  num("current", "thực hiện kỳ báo cáo", row.current);
  num("ratioYoy", "so sánh cùng kỳ", row.ratioYoy);
  num("ratioPlan", "so sánh kế hoạch", row.ratioPlan);
  return out;
}

/** Whether a field feeds the totals (the department's own ratios never do). */
export function isValueField(kind: FieldKind): boolean {
  return kind === "previous" || kind === "plan" || kind === "current";
}
