/**
 * Consistency: figures that must agree with each other — "trong đó" parts against their total,
 * the department's own So sánh (%) against the ratio recomputed from its figures, and changes
 * so large against last year that a typing slip is more likely than reality.
 */
import { unitFactor } from "../../catalog";
import { formatViPercent } from "../../text/vnNumber";
import { num, readable, rowLabel, valueUnit, withUnit } from "../rule";
import type { Finding, ResolvedRow, ResolvedSheet, SheetRule } from "../types";
import type { NumberField } from "../../types";
import { isUsableStatus } from "../../text/readNumber";
import { ROW_FACT, rowsWithFact } from "./fields";

/** Float noise only: parts and totals are compared on the values the cells really hold. */
function epsilon(total: number): number {
  return 1e-9 * Math.max(1, Math.abs(total));
}

/** Multiplier from a part's value unit to its total's; null when they cannot be compared. */
function partFactor(part: ResolvedRow, total: ResolvedRow): number | null {
  const from = valueUnit(part);
  const to = valueUnit(total);
  if (!from || !to || from === to) return 1;
  return unitFactor(from, to);
}

interface ComponentCheck {
  total: ResolvedRow;
  field: "current" | "previous";
  sum: number;
  totalValue: number;
  complete: boolean;
}

/**
 * Whether a part adds up with the other parts of its total. The catalog knows which of its
 * indicators break a total down (their parent is the total); one it knows under no total, or
 * under another, may overlap its neighbours ("hồ sơ trực tuyến" and "hồ sơ đúng hạn" are both
 * among "hồ sơ tiếp nhận"), so it is held against the total alone. A part the catalog does not
 * know is taken as the sheet lays it out, a share of the total.
 */
function addsUp(part: ResolvedRow, total: ResolvedRow): boolean {
  return part.indicator === null || part.indicator.parent === total.key;
}

type TotalParts = Array<{ total: ResolvedRow; parts: ResolvedRow[] }>;

// Three rules ask for a sheet's totals and parts, and two for its component sums, each rule
// over every sheet in turn: both are worked out once per sheet. Kept only while the sheet's
// rows are the same array of the same length (a resolved sheet is not changed afterwards).
interface SheetMemo {
  rows: readonly ResolvedRow[];
  length: number;
  groups?: TotalParts;
  checks?: ComponentCheck[];
  firstByKey?: Map<string, ResolvedRow>;
}
const memos = new WeakMap<ResolvedSheet, SheetMemo>();

function memoOf(s: ResolvedSheet): SheetMemo {
  const m = memos.get(s);
  if (m !== undefined && m.rows === s.rows && m.length === s.rows.length) return m;
  const fresh: SheetMemo = { rows: s.rows, length: s.rows.length };
  memos.set(s, fresh);
  return fresh;
}

/** Forgets the sheet's memo: validateBatch's rules are done with it (see forgetRuleMemos). */
export function forgetSheetMemo(s: ResolvedSheet): void {
  memos.delete(s);
}

/** Each total with its parts, first row of each key, in sheet order (the same array each time). */
function partsOfTotals(s: ResolvedSheet): TotalParts {
  const memo = memoOf(s);
  return (memo.groups ??= partsOfTotalsUncached(s));
}

/** The first row of each key, in sheet order (the same map each time). */
function firstRowByKey(s: ResolvedSheet): Map<string, ResolvedRow> {
  const memo = memoOf(s);
  if (memo.firstByKey === undefined) {
    const firstByKey = new Map<string, ResolvedRow>();
    for (const r of s.rows) if (!firstByKey.has(r.key)) firstByKey.set(r.key, r);
    memo.firstByKey = firstByKey;
  }
  return memo.firstByKey;
}

function partsOfTotalsUncached(s: ResolvedSheet): TotalParts {
  const firstByKey = firstRowByKey(s);
  // Parts grouped by their parent's key in one pass (sheet order kept), not one scan per total.
  const partsByParent = new Map<string, ResolvedRow[]>();
  for (const r of s.rows) {
    if (r.parentKey === null) continue;
    const list = partsByParent.get(r.parentKey);
    if (list) list.push(r);
    else partsByParent.set(r.parentKey, [r]);
  }
  const out: Array<{ total: ResolvedRow; parts: ResolvedRow[] }> = [];
  for (const total of firstByKey.values()) {
    const parts = (partsByParent.get(total.key) ?? []).filter((r) => r !== total);
    if (parts.length > 0) out.push({ total, parts });
  }
  return out;
}

function componentChecks(s: ResolvedSheet): ComponentCheck[] {
  const memo = memoOf(s);
  return (memo.checks ??= componentChecksUncached(s));
}

function componentChecksUncached(s: ResolvedSheet): ComponentCheck[] {
  const checks: ComponentCheck[] = [];
  for (const group of partsOfTotals(s)) {
    const total = group.total;
    const parts = group.parts.filter((p) => addsUp(p, total));
    if (parts.length === 0) continue;
    const factors = parts.map((p) => partFactor(p, total));
    if (factors.some((f) => f === null)) continue;
    for (const field of ["current", "previous"] as const) {
      const totalValue = total[field];
      if (totalValue === null) continue;
      let sum = 0;
      let present = 0;
      parts.forEach((p, i) => {
        const v = p[field];
        if (v === null) return;
        sum += v * (factors[i] as number);
        present++;
      });
      if (present === 0) continue;
      checks.push({ total, field, sum, totalValue, complete: present === parts.length });
    }
  }
  return checks;
}

const FIELD_WORDS = { current: "thực hiện kỳ báo cáo", previous: "cùng kỳ năm trước" } as const;

function fieldCell(r: ResolvedRow, field: "current" | "previous"): string {
  const f = r.row[field];
  return f ? f.cell : r.row.nameCell;
}

/** A part that may overlap its neighbours, above its total on its own. */
function overlappingPartFindings(s: ResolvedSheet): Finding[] {
  const findings: Finding[] = [];
  for (const { total, parts } of partsOfTotals(s)) {
    for (const part of parts) {
      if (addsUp(part, total)) continue;
      const factor = partFactor(part, total);
      if (factor === null) continue;
      for (const field of ["current", "previous"] as const) {
        const t = total[field];
        const v = part[field];
        if (t === null || v === null || v * factor <= t + epsilon(t)) continue;
        const unit = valueUnit(total);
        findings.push({
          sheet: s,
          cell: fieldCell(part, field),
          message:
            `Chỉ tiêu “trong đó” ${rowLabel(part)} ghi ${withUnit(v * factor, unit)}, vượt tổng ` +
            `${withUnit(t, unit)} của ${rowLabel(total)} (${FIELD_WORDS[field]}).`,
        });
      }
    }
  }
  return findings;
}

export const componentsExceedTotal: SheetRule = {
  id: "components-exceed-total",
  severity: "error",
  scope: "sheet",
  description:
    "Các chỉ tiêu “trong đó” cộng lại (hoặc từng chỉ tiêu, khi chúng có thể trùng nhau) không được vượt chỉ tiêu tổng.",
  check(s) {
    const findings: Finding[] = overlappingPartFindings(s);
    for (const c of componentChecks(s)) {
      const exact = c.total.indicator?.componentRule === "exact";
      // An exact total whose parts are all given is judged by components-not-sum instead.
      if (exact && c.complete) continue;
      if (c.sum <= c.totalValue + epsilon(c.totalValue)) continue;
      const unit = valueUnit(c.total);
      findings.push({
        sheet: s,
        cell: fieldCell(c.total, c.field),
        message:
          `Các chỉ tiêu “trong đó” cộng lại ${withUnit(c.sum, unit)}, vượt tổng ${withUnit(c.totalValue, unit)} ` +
          `của ${rowLabel(c.total)} (${FIELD_WORDS[c.field]}).`,
      });
    }
    return findings;
  },
};

export const componentsNotSum: SheetRule = {
  id: "components-not-sum",
  severity: "error",
  scope: "sheet",
  description:
    "Chỉ tiêu tổng phải bằng tổng các chỉ tiêu “trong đó” khi danh mục quy định cộng đủ.",
  check(s) {
    const findings: Finding[] = [];
    for (const c of componentChecks(s)) {
      if (c.total.indicator?.componentRule !== "exact" || !c.complete) continue;
      if (Math.abs(c.sum - c.totalValue) <= epsilon(c.totalValue)) continue;
      const unit = valueUnit(c.total);
      findings.push({
        sheet: s,
        cell: fieldCell(c.total, c.field),
        message:
          `Các chỉ tiêu “trong đó” cộng lại ${withUnit(c.sum, unit)}, khác tổng ${withUnit(c.totalValue, unit)} ` +
          `của ${rowLabel(c.total)} (${FIELD_WORDS[c.field]}); tổng phải bằng tổng các phần.`,
      });
    }
    return findings;
  },
};

/** Decimals a figure shows: the cell's own when known, else those of the value itself. */
function shownDecimals(field: { shownDecimals?: number; value: number | null }): number {
  if (field.shownDecimals !== undefined) return field.shownDecimals;
  const v = field.value ?? 0;
  const m = /\.(\d+)$/.exec(String(Math.abs(v)));
  return m ? Math.min(m[1].length, 10) : 0;
}

/** Half a unit of the last decimal shown, plus a little for float noise. */
function rounding(decimals: number): number {
  return 0.5 * Math.pow(10, -decimals) + 1e-9;
}

/**
 * A figure as its cell shows it (a percent-formatted 0,933 is 93,3): the department's ratio
 * was worked out on the figures it saw, whichever way each cell stores them.
 */
function asShown(field: NumberField | null): number | null {
  const v = readable(field);
  return v !== null && field?.percent === "format" ? v * 100 : v;
}

function isPercentRow(r: ResolvedRow): boolean {
  return (r.indicator ? r.indicator.unit : (r.row.unit ?? "")).trim() === "%";
}

export const ratioMismatch: SheetRule = {
  id: "ratio-mismatch",
  severity: "warning",
  scope: "sheet",
  description:
    "Tỷ lệ so sánh (%) đơn vị ghi khác tỷ lệ tính lại từ số liệu; bảng tổng hợp dùng số tính lại.",
  check(s) {
    const findings: Finding[] = [];
    for (const r of rowsWithFact(s, ROW_FACT.ratioColumns)) {
      // Most sheets have no ratio columns: nothing to compare, no need to gather the bases.
      if (!r.row.ratioYoy && !r.row.ratioPlan) continue;
      const cur = asShown(r.row.current);
      if (cur === null) continue;
      const pairs: Array<{
        field: NonNullable<typeof r.row.ratioYoy>;
        bases: number[];
        words: string;
      }> = [];
      const prev = asShown(r.row.previous);
      if (r.row.ratioYoy && prev !== null && prev !== 0) {
        pairs.push({ field: r.row.ratioYoy, bases: [prev], words: "so sánh cùng kỳ" });
      }
      const planBases = r.row.plans
        .filter((p) => isUsableStatus(p.status))
        .map((p) =>
          p.value && p.value.kind === "number"
            ? p.percent === "format"
              ? p.value.value * 100
              : p.value.value
            : 0,
        )
        .filter((v) => v !== 0);
      if (r.row.ratioPlan && planBases.length > 0) {
        pairs.push({ field: r.row.ratioPlan, bases: planBases, words: "so sánh kế hoạch" });
      }
      for (const { field, bases, words } of pairs) {
        const value = readable(field);
        if (value === null) continue;
        const d = shownDecimals(field);
        const ratios = bases.map((b) => (cur / b) * 100);
        // For a rate (%), offices often compare in percentage points: accept the difference too.
        const diffs = isPercentRow(r) ? bases.map((b) => cur - b) : [];
        // A cell formatted "0.0%" stores 1.0168 for 101,68%. When the parser says so, that is
        // how it is read; when it does not, the fraction reading (some offices also type the
        // fraction itself) is accepted too, two decimals fewer once shown as a percentage.
        const readings =
          field.percent === "format"
            ? [{ written: value * 100, decimals: d }]
            : field.percent === "text"
              ? [{ written: value, decimals: d }]
              : [
                  { written: value, decimals: d },
                  { written: value * 100, decimals: Math.max(0, d - 2) },
                ];
        const near = (x: number) =>
          readings.some((w) => Math.abs(x - w.written) <= rounding(w.decimals));
        if ([...ratios, ...diffs].some(near)) continue;
        const shown = readings.reduce((a, b) =>
          Math.abs(b.written - ratios[0]) < Math.abs(a.written - ratios[0]) ? b : a,
        );
        const written = shown.written;
        findings.push({
          sheet: s,
          cell: field.cell,
          message:
            `Ô ${words} của ${rowLabel(r)} ghi ${formatViPercent(written, shown.decimals)}, nhưng tính lại từ số liệu được ` +
            `${formatViPercent(ratios[0], Math.max(shown.decimals, 1))} (${num(cur)} / ${num(bases[0])} × 100); ` +
            "bảng tổng hợp dùng số tính lại.",
        });
      }
    }
    return findings;
  },
};

/**
 * A unit's own rate that its own parts contradict: a health station writes 93,8% of people
 * insured while its own 23.105 insured of 24.870 people make 92,90%. The summary recomputes the
 * rate from the parts, so the written one is never used; the planner must still hear of it, at
 * the cell, before the report goes out.
 */
export const ratioContradictsParts: SheetRule = {
  id: "ratio-contradicts-parts",
  severity: "warning",
  scope: "sheet",
  description:
    "Tỷ lệ đơn vị ghi khác tỷ lệ tính từ tử số và mẫu số ghi trong chính biểu đó; bảng tổng hợp dùng số tính lại.",
  check(s) {
    const findings: Finding[] = [];
    let firstByKey: Map<string, ResolvedRow> | null = null;
    for (const r of s.rows) {
      const ratio = r.indicator?.aggregation === "ratio" ? r.indicator.ratio : undefined;
      if (!ratio) continue;
      if (firstByKey === null) firstByKey = firstRowByKey(s);
      const top = firstByKey.get(ratio.numerator);
      const bottom = firstByKey.get(ratio.denominator);
      if (!top || !bottom) continue;
      for (const field of ["current", "previous"] as const) {
        const written = r[field];
        const cell = r.row[field];
        const a = top[field];
        const b = bottom[field];
        if (written === null || !cell || a === null || b === null || b === 0) continue;
        const computed = (a / b) * ratio.scale;
        const d = shownDecimals(cell);
        if (Math.abs(computed - written) <= rounding(d)) continue;
        findings.push({
          sheet: s,
          cell: cell.cell,
          message:
            `${rowLabel(r)} ghi ${formatViPercent(written, d)} (${FIELD_WORDS[field]}), nhưng tính từ ` +
            `${rowLabel(top)} (${num(a)}) và ${rowLabel(bottom)} (${num(b)}) của chính biểu này được ` +
            `${formatViPercent(computed, Math.max(d + 1, 2))}; bảng tổng hợp tính lại tỷ lệ từ hai chỉ tiêu này, ` +
            "không dùng số đơn vị ghi. Đề nghị đơn vị kiểm tra lại.",
        });
      }
    }
    return findings;
  },
};

export const yoyThreshold: SheetRule = {
  id: "yoy-threshold",
  severity: "warning",
  scope: "sheet",
  description:
    "Số thực hiện tăng, giảm so với cùng kỳ vượt ngưỡng (mặc định ±50%): đề nghị kiểm tra lại.",
  check(s, ctx) {
    const findings: Finding[] = [];
    for (const r of s.rows) {
      if (r.current === null || r.previous === null || r.previous <= 0) continue;
      const threshold = r.indicator?.yoyThreshold ?? ctx.options.yoyThreshold;
      const pct = ((r.current - r.previous) / r.previous) * 100;
      if (Math.abs(pct) <= threshold) continue;
      const unit = valueUnit(r);
      findings.push({
        sheet: s,
        cell: r.row.current ? r.row.current.cell : r.row.nameCell,
        message:
          `${rowLabel(r)} ${pct > 0 ? "tăng" : "giảm"} ${formatViPercent(Math.abs(pct), 1)} so với cùng kỳ ` +
          `(từ ${withUnit(r.previous, unit)} ${pct > 0 ? "lên" : "xuống"} ${withUnit(r.current, unit)}), ` +
          `vượt ngưỡng ±${num(threshold)}%; đề nghị kiểm tra lại số liệu.`,
      });
    }
    return findings;
  },
};

export const CONSISTENCY_RULES = [
  componentsExceedTotal,
  componentsNotSum,
  ratioMismatch,
  ratioContradictsParts,
  yoyThreshold,
];
