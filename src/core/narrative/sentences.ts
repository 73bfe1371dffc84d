/**
 * One indicator → one clause of the report, e.g. "Đàn bò 12.480 con, giảm 3,25% (giảm 419 con)
 * so với cùng kỳ". The words around the figures come from a template (the catalog's, or the
 * default for the indicator's kind); the figures come only from the summary row.
 */
import type { SummaryPlan, SummaryRow } from "../consolidate/types";
import { issueOf } from "../issues";
import type { Issue } from "../types";
import {
  PLAN_PCT_DECIMALS,
  YOY_PCT_DECIMALS,
  decimalsFor,
  figure,
  isPercentUnit,
  percentDecimals,
  shownUnit,
  toShown,
  valueFigure,
  type Shown,
} from "./figures";
import {
  PLACEHOLDERS,
  mergeText,
  parseTemplate,
  renderTemplate,
  type Piece,
  type SlotValues,
} from "./template";
import type { Run } from "./types";
import { lowerFirst, planTextWithUnit, planTitleInSentence, tidySpaces, upperFirst } from "./words";
import { PLACE_GROUP_END } from "../text/cellPlace";

/** The default phrasing per kind of indicator. Planners override it per indicator in the catalog. */
export const DEFAULT_TEMPLATES = {
  /** Counts, areas, money, averages: "Đàn bò 12.480 con, giảm 3,25% (giảm 419 con) so với cùng kỳ". */
  amount: "{ten} {gia_tri} {dvt}[, {so_voi_cung_ky}][, {so_voi_ke_hoach}]",
  /** A count read against its total: "Số trường đạt chuẩn quốc gia 5/6 trường, …". */
  ofTotal: "{ten} {gia_tri}/{tong_so} {dvt}[, {so_voi_cung_ky}][, {so_voi_ke_hoach}]",
  /** Rates: "Tỷ lệ hộ nghèo 0,47%, giảm 0,2 điểm phần trăm so với cùng kỳ". */
  rate: "{ten} {gia_tri}%[, {so_voi_cung_ky}][, {so_voi_ke_hoach}]",
} as const;

const PARSED_DEFAULTS = {
  amount: mustParse(DEFAULT_TEMPLATES.amount),
  ofTotal: mustParse(DEFAULT_TEMPLATES.ofTotal),
  rate: mustParse(DEFAULT_TEMPLATES.rate),
};

function mustParse(t: string): Piece[] {
  const p = parseTemplate(t);
  if (!p.ok) throw new Error(`default template does not parse: ${t}`);
  return p.pieces;
}

function text(t: string): Run {
  return { kind: "text", text: t };
}

export interface SentenceContext {
  /** Rows by key, to find the total a count is read against. */
  rowsByKey: Map<string, SummaryRow>;
  /** Catalog templates already reported, so one bad template gives one issue. */
  reported: Set<string>;
  issues: Issue[];
}

/** A change that can be written: none when last year's figure was (near) zero. */
function usableYoy(row: SummaryRow): SummaryRow["yoy"] {
  const y = row.yoy;
  return y && Number.isFinite(y.abs) && Number.isFinite(y.pct) ? y : null;
}

/** "giảm 3,25% (giảm 419 con) so với cùng kỳ" / "bằng cùng kỳ" / rates in điểm phần trăm. */
export function yoyClause(row: SummaryRow, shown: Shown): Run[] | null {
  const yoy = usableYoy(row);
  if (!yoy) return null;
  const abs = toShown(Math.abs(yoy.abs), row, shown);
  // 3,7757 % → 3,78 % shows as 3,78 % both years: "tăng 0,0043 điểm phần trăm" is a change
  // finer than the figures the sentence gives.
  // A count's change must round away in percent too: 9,6 → 10 ha is 4,2 % at 0 decimals.
  const nil =
    shown.maxDecimals !== undefined &&
    Math.round(abs * 10 ** shown.maxDecimals) === 0 &&
    (isPercentUnit(row.measureUnit) ||
      Math.round(Math.abs(yoy.pct) * 10 ** YOY_PCT_DECIMALS) === 0);
  if (yoy.abs === 0 || nil) return [text("bằng cùng kỳ")];
  const word = yoy.abs > 0 ? "tăng" : "giảm";
  const absFig = figure({
    key: row.key,
    field: "yoy.abs",
    value: abs,
    decimals: decimalsFor(abs, shown.maxDecimals),
    scale: shown.scale,
  });
  if (isPercentUnit(row.measureUnit)) {
    return [text(`${word} `), absFig, text(" điểm phần trăm so với cùng kỳ")];
  }
  const pct = Math.abs(yoy.pct);
  const pctFig = figure({
    key: row.key,
    field: "yoy.pct",
    value: pct,
    decimals: percentDecimals(pct, YOY_PCT_DECIMALS),
    percent: true,
  });
  const unit = shown.unit ? ` ${shown.unit}` : "";
  return [text(`${word} `), pctFig, text(` (${word} `), absFig, text(`${unit}) so với cùng kỳ`)];
}

function planQuote(row: SummaryRow, plan: SummaryPlan, index: number, shown: Shown): Run | null {
  const v = plan.value;
  if (!v) return null;
  if (v.kind === "number") return valueFigure(row, shown, "plan.value", v.value, index);
  return {
    kind: "quote",
    text: planTextWithUnit(v.text, shown.unit),
    key: row.key,
    field: "plan.text",
    planIndex: index,
  };
}

/** One plan column as a clause: "bằng 108,5% dự toán tỉnh giao", "đạt kế hoạch năm (trên 95%)". */
export function planClause(
  row: SummaryRow,
  plan: SummaryPlan,
  index: number,
  shown: Shown,
): Run[] | null {
  const v = plan.value;
  if (!v) return null;
  const title = planTitleInSentence(plan.title);
  if (v.kind === "number") {
    if (isPercentUnit(row.measureUnit)) {
      // A ratio of two rates reads oddly ("bằng 99,2% kế hoạch" for 99,2% against 100%):
      // the target is stated, and the reader compares.
      return [
        text(`${title} là `),
        valueFigure(row, shown, "plan.value", v.value, index),
        text("%"),
      ];
    }
    if (plan.pct === null || !Number.isFinite(plan.pct)) return null;
    const pct = figure({
      key: row.key,
      field: "plan.pct",
      value: plan.pct,
      decimals: percentDecimals(plan.pct, PLAN_PCT_DECIMALS),
      percent: true,
      planIndex: index,
    });
    return [text("bằng "), pct, text(` ${title}`)];
  }
  const quote = planQuote(row, plan, index, shown);
  if (!quote) return null;
  switch (plan.judgement) {
    case "Đạt":
      return [text(`đạt ${title} (`), quote, text(")")];
    case "Vượt":
      return [text(`vượt ${title} (`), quote, text(")")];
    case "Không đạt":
      return [text(`chưa đạt ${title} (`), quote, text(")")];
    default:
      return [text(`${title}: `), quote];
  }
}

function plansClause(row: SummaryRow, shown: Shown): Run[] | null {
  const parts = row.plans
    .map((p, i) => planClause(row, p, i, shown))
    .filter((p): p is Run[] => p !== null);
  if (parts.length === 0) return null;
  const out: Run[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(text(", "));
    out.push(...p);
  });
  return out;
}

/** Placeholder values for one row; null where the row has no such value. */
export function slotValues(
  row: SummaryRow,
  ctx: SentenceContext,
  asComponent: boolean,
): SlotValues {
  const shown = shownUnit(row);
  const yoy = usableYoy(row);
  const first = row.plans.find((p) => p.value !== null);
  const firstIndex = first ? row.plans.indexOf(first) : -1;
  const total = row.ofTotal ? ctx.rowsByKey.get(row.ofTotal) : undefined;
  const values: SlotValues = {
    ten: [text(asComponent ? lowerFirst(row.name) : upperFirst(row.name))],
    gia_tri: row.current === null ? null : [valueFigure(row, shown, "current", row.current)],
    dvt: [text(shown.unit)],
    cung_ky: row.previous === null ? null : [valueFigure(row, shown, "previous", row.previous)],
    xu_huong: yoy ? [text(yoy.abs > 0 ? "tăng" : yoy.abs < 0 ? "giảm" : "bằng")] : null,
    ty_le_cung_ky: yoy
      ? [
          figure({
            key: row.key,
            field: "yoy.pct",
            value: Math.abs(yoy.pct),
            decimals: percentDecimals(yoy.pct, YOY_PCT_DECIMALS),
            percent: true,
          }),
        ]
      : null,
    chenh_lech: yoy ? [valueFigureAbs(row, shown, yoy.abs)] : null,
    so_voi_cung_ky: yoyClause(row, shown),
    ke_hoach: first ? nonNull(planQuote(row, first, firstIndex, shown)) : null,
    ten_ke_hoach: first ? [text(planTitleInSentence(first.title))] : null,
    ty_le_ke_hoach:
      first && first.pct !== null && Number.isFinite(first.pct)
        ? [
            figure({
              key: row.key,
              field: "plan.pct",
              value: first.pct,
              decimals: percentDecimals(first.pct, PLAN_PCT_DECIMALS),
              percent: true,
              planIndex: firstIndex,
            }),
          ]
        : null,
    so_voi_ke_hoach: plansClause(row, shown),
    tong_so:
      total && total.current !== null ? [valueFigure(row, shown, "ofTotal", total.current)] : null,
  };
  return values;
}

function valueFigureAbs(row: SummaryRow, shown: Shown, abs: number): Run {
  const v = toShown(Math.abs(abs), row, shown);
  return figure({
    key: row.key,
    field: "yoy.abs",
    value: v,
    decimals: decimalsFor(v, shown.maxDecimals),
    scale: shown.scale,
  });
}

function nonNull(r: Run | null): Run[] | null {
  return r ? [r] : null;
}

function defaultPieces(row: SummaryRow, values: SlotValues): Piece[] {
  if (isPercentUnit(row.measureUnit)) return PARSED_DEFAULTS.rate;
  if (row.ofTotal && values.tong_so) return PARSED_DEFAULTS.ofTotal;
  return PARSED_DEFAULTS.amount;
}

function reportTemplate(
  row: SummaryRow,
  ctx: SentenceContext,
  unknown: string[],
  malformed: string | null,
): void {
  const id = `${row.key}\u0000${row.template}`;
  if (ctx.reported.has(id)) return;
  ctx.reported.add(id);
  const template = { indicator: row.name, code: row.code, allowed: Object.keys(PLACEHOLDERS) };
  ctx.issues.push(
    unknown.length > 0
      ? issueOf("template-unknown-placeholder", { ...template, unknown }, { file: "" })
      : issueOf("template-malformed", { ...template, problem: malformed ?? "" }, { file: "" }),
  );
}

/** Text of the "(số liệu chưa đầy đủ: …)" note: the summary's reasons, without file paths. */
export function incompleteNote(row: SummaryRow): string {
  // Reasons may begin with a unit's proper name ("Trạm Y tế xã … chưa điền"): only the
  // consolidation's own lead words are lower-cased.
  const reasons = row.incomplete.map((r) => {
    const s = stripLocations(r).replace(/[.;\s]+$/, "");
    return /^(Số|Kế hoạch|Tính|Giá trị)\s/u.test(s) ? lowerFirst(s) : s;
  });
  return `số liệu chưa đầy đủ: ${[...new Set(reasons)].join("; ")}`;
}

/**
 * "(tệp …/Thôn Nam.xlsx, trang “Thôn Nam”, ô E9)" locates a cell for the planner checking the
 * data; in the report it is noise. Parenthesised groups that end in a cell are dropped, walking
 * back from their end because a file name may hold parentheses of its own.
 */
export function stripLocations(s: string): string {
  let out = s;
  for (let guard = 0; guard < 20; guard++) {
    const m = PLACE_GROUP_END.exec(out);
    if (!m) break;
    const end = m.index + m[0].length;
    let depth = 0;
    let start = -1;
    for (let i = end - 1; i >= 0; i--) {
      if (out[i] === ")") depth++;
      else if (out[i] === "(") {
        depth--;
        if (depth === 0) {
          start = i;
          break;
        }
      }
    }
    if (start < 0) break;
    out = out.slice(0, start).replace(/\s+$/, "") + out.slice(end);
  }
  return out.replace(/\s{2,}/g, " ").trim();
}

/** The clause for one row, without its components and without a final full stop. */
export function rowClause(row: SummaryRow, ctx: SentenceContext, asComponent: boolean): Run[] {
  const name = asComponent ? lowerFirst(row.name) : upperFirst(row.name);
  let runs: Run[];
  if (row.notConsolidable) {
    runs = [text(`${name}: không tổng hợp được do các đơn vị báo cáo số liệu không thống nhất`)];
  } else if (row.current === null) {
    runs = [text(`${name}: chưa có số liệu kỳ báo cáo`)];
  } else {
    const values = slotValues(row, ctx, asComponent);
    let rendered: Run[] | null = null;
    if (row.template && row.template.trim()) {
      const parsed = parseTemplate(row.template.trim());
      if (parsed.ok) rendered = renderTemplate(parsed.pieces, values);
      else reportTemplate(row, ctx, parsed.unknown, parsed.malformed);
    }
    rendered =
      rendered ??
      renderTemplate(defaultPieces(row, values), values) ??
      renderTemplate(PARSED_DEFAULTS.amount, values);
    runs = rendered ?? [text(name)];
  }
  if (row.incomplete.length > 0) {
    runs = [
      ...runs,
      text(" ("),
      { kind: "text", text: incompleteNote(row), note: true },
      text(")"),
    ];
  }
  return tidy(runs);
}

function tidy(runs: Run[]): Run[] {
  return mergeText(runs).map((r) =>
    r.kind === "text" && !r.note ? { ...r, text: tidySpaces(r.text) } : r,
  );
}

/**
 * A top-level indicator with its "trong đó" parts: "Tổng thu … 24.860 triệu đồng, …; trong đó:
 * thu nội địa …; thu tiền sử dụng đất …".
 */
export function indicatorSentence(
  row: SummaryRow,
  children: Map<string, SummaryRow[]>,
  ctx: SentenceContext,
  asComponent = false,
): Run[] {
  const runs = rowClause(row, ctx, asComponent);
  const kids = children.get(row.key) ?? [];
  if (kids.length === 0) return runs;
  const out: Run[] = [...runs, text("; trong đó: ")];
  kids.forEach((kid, i) => {
    if (i > 0) out.push(text("; "));
    out.push(...indicatorSentence(kid, children, ctx, true));
  });
  return mergeText(out);
}
