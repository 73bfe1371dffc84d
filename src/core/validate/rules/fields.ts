/** The figure cells of a row, each with the words a planner uses for its column. */
import type { NumberStatus, PlanValue } from "../../types";
import type { ResolvedRow, ResolvedSheet } from "../types";
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

const STATUS_BITS: Record<NumberStatus, number> = {
  number: 1,
  "text-number": 2,
  empty: 4,
  invalid: 8,
  error: 16,
  "not-number": 32,
};

/**
 * Other facts of a row that a rule walking every row asks first, to pass over the rest: read
 * in the same single walk as the statuses (bits above the six status bits).
 */
export const ROW_FACT = {
  /** The current figure cell is there and empty, and the row has a name (empty-current). */
  currentEmptyNamed: 64,
  /** The row has a So sánh cùng kỳ or So sánh kế hoạch column (ratio-mismatch). */
  ratioColumns: 128,
  /** resolveSheet left a value of the row out (the range rules). */
  excluded: 256,
} as const;

function bitsOf(statuses: ReadonlySet<NumberStatus>): number {
  let bits = 0;
  for (const st of statuses) bits |= STATUS_BITS[st];
  return bits;
}

/** The statuses of a row's figure cells as anyFieldStatus sees them, one bit each. */
function rowBits(r: ResolvedRow): number {
  const row = r.row;
  let bits = 0;
  if (row.previous) bits |= STATUS_BITS[row.previous.status];
  for (const p of row.plans) bits |= STATUS_BITS[planStatus(p)];
  if (row.current) bits |= STATUS_BITS[row.current.status];
  if (row.ratioYoy) bits |= STATUS_BITS[row.ratioYoy.status];
  if (row.ratioPlan) bits |= STATUS_BITS[row.ratioPlan.status];
  const cur = row.current;
  if (cur && cur.status === "empty" && row.name.trim() !== "") bits |= ROW_FACT.currentEmptyNamed;
  if (row.ratioYoy || row.ratioPlan) bits |= ROW_FACT.ratioColumns;
  if (r.excluded.length > 0) bits |= ROW_FACT.excluded;
  return bits;
}

// The status rules, empty-current, ratio-mismatch and the range rules each walked every row of
// every sheet, following each row to its figure cells, to find the few rows they report. A
// sheet's row statuses and facts are read once into a small array (and which occur at all),
// kept while the sheet's rows are the same array of the same length (a resolved sheet is not
// changed afterwards).
interface StatusIndex {
  rows: readonly ResolvedRow[];
  length: number;
  bits: Uint16Array;
  any: number;
}
const statusIndexes = new WeakMap<ResolvedSheet, StatusIndex>();

function statusIndex(s: ResolvedSheet): StatusIndex {
  const known = statusIndexes.get(s);
  if (known !== undefined && known.rows === s.rows && known.length === s.rows.length) return known;
  const bits = new Uint16Array(s.rows.length);
  let any = 0;
  for (let i = 0; i < s.rows.length; i++) any |= bits[i] = rowBits(s.rows[i]);
  const index: StatusIndex = { rows: s.rows, length: s.rows.length, bits, any };
  statusIndexes.set(s, index);
  return index;
}

/** Forgets the sheet's index: validateBatch's rules are done with it (see forgetRuleMemos). */
export function forgetStatusIndex(s: ResolvedSheet): void {
  statusIndexes.delete(s);
}

/** The sheet's rows for which anyFieldStatus(r, statuses) holds, in sheet order. */
export function rowsWithFieldStatus(
  s: ResolvedSheet,
  statuses: ReadonlySet<NumberStatus>,
): ResolvedRow[] {
  return rowsWithBits(s, bitsOf(statuses));
}

/** The sheet's rows with the fact (a ROW_FACT), in sheet order. */
export function rowsWithFact(
  s: ResolvedSheet,
  fact: (typeof ROW_FACT)[keyof typeof ROW_FACT],
): ResolvedRow[] {
  return rowsWithBits(s, fact);
}

function rowsWithBits(s: ResolvedSheet, want: number): ResolvedRow[] {
  const index = statusIndex(s);
  if ((index.any & want) === 0) return [];
  const out: ResolvedRow[] = [];
  for (let i = 0; i < index.bits.length; i++) if (index.bits[i] & want) out.push(s.rows[i]);
  return out;
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
