/**
 * From validated sheets to the summary. Each indicator adds up the way the catalog says:
 * counts, areas and money are summed in the catalog's unit; rates are recomputed from their
 * parts or, failing that, taken as is only when every unit reporting them agrees. A total that
 * misses a value says so; it is never silently smaller.
 */
import { parseA1 } from "../a1";
import { matchKey } from "../text/normalize";
import type { Catalog, CatalogIndicator, Issue, Period, PlanValue } from "../types";
import type { ResolvedRow, ResolvedSheet } from "../validate/types";
import { formatViNumber } from "../text/vnNumber";
import { cellPlace, cellPlaces } from "../text/cellPlace";
import { previousPeriod } from "../parse/period";
import { exactSum } from "./exactSum";
import { judgePlan } from "./planJudgement";
import { planSlots, type PlanSlot } from "./planSlots";
import type {
  PreviousFigures,
  Source,
  Summary,
  SummaryPlan,
  SummaryRow,
  SummarySection,
  YearOnYear,
} from "./types";
import { roman } from "../text/roman";

export interface ConsolidateOptions {
  /** Last year's consolidated workbook, when the planner gives one. */
  previous?: PreviousFigures | null;
  /**
   * The period being consolidated, when the planner names it (validation's expectedPeriod);
   * otherwise the period most sheets report. Sheets of any other period are left out.
   */
  period?: Period | null;
  /**
   * Cùng kỳ from last year's figures of former units, converted to today's boundaries
   * (src/core/boundaries): given the units whose current figures make the total, it gives the
   * total's cùng kỳ, or null with the reasons. It replaces the units' own cùng kỳ columns.
   */
  previousInNewBoundaries?: PreviousResolver | null;
}

export type PreviousResolver = (
  key: string,
  units: ReadonlySet<string>,
  indicator: CatalogIndicator | null,
  additive: boolean,
) => { value: number | null; notes: string[] };

const OTHER_SECTION: { id: string; name: string } = { id: "khac", name: "Chỉ tiêu khác" };

// The order localeCompare(b, "vi") gives, with one collator instead of one per comparison.
const VI_COLLATOR = new Intl.Collator("vi");

/** One unit's row for one indicator. */
interface Contribution {
  sheet: ResolvedSheet;
  unit: string;
  rr: ResolvedRow;
}

interface KeyInfo {
  key: string;
  indicator: CatalogIndicator | null;
  name: string;
  unit: string;
  section: string;
  parentKey: string | null;
  firstSeen: number;
  contributions: Contribution[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareCell(a: string, b: string): number {
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return compareText(a, b);
  return p.row - q.row || p.col - q.col;
}

function compareSources(a: Source, b: Source): number {
  return (
    compareText(a.file, b.file) || compareText(a.sheet, b.sheet) || compareCell(a.cell, b.cell)
  );
}

// Contributions arrive in file/sheet order already, so sources nearly always do too: checking
// that takes one pass, and sorting (stable) an already ordered list changes nothing.
function sortSources(sources: Source[]): Source[] {
  for (let i = 1; i < sources.length; i++) {
    if (compareSources(sources[i - 1], sources[i]) > 0) return sources.sort(compareSources);
  }
  return sources;
}

function unitNameOf(sheet: ResolvedSheet): string {
  return sheet.sheet.reportingUnit?.value ?? sheet.sheetName;
}

/** Indicators outside the catalog: rates and averages must not be added up. */
export function looksNonAdditive(name: string, unit: string): boolean {
  const n = matchKey(name);
  return (
    unit.trim() === "%" ||
    /^(tỷ lệ|tỉ lệ|năng suất|bình quân|trung bình|tốc độ)/.test(n) ||
    /\/ha$/.test(unit)
  );
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The period most sheets report (ties: the earliest key), or null. */
export function mostCommonPeriod(sheets: ResolvedSheet[]): Period | null {
  const counts = new Map<string, { period: Period; n: number }>();
  for (const s of sheets) {
    const p = s.sheet.period;
    if (!p) continue;
    const c = counts.get(p.key);
    if (c) c.n++;
    else counts.set(p.key, { period: p, n: 1 });
  }
  let best: { period: Period; n: number } | null = null;
  for (const c of [...counts.values()].sort((a, b) => compareText(a.period.key, b.period.key))) {
    if (!best || c.n > best.n) best = c;
  }
  return best?.period ?? null;
}

type Field = "current" | "previous";

function sourcesOf(contribs: Contribution[], field: Field): Source[] {
  const out: Source[] = [];
  for (const c of contribs) {
    const value = c.rr[field];
    const cellField = c.rr.row[field];
    if (value === null || !cellField) continue;
    out.push({
      file: c.sheet.file,
      sheet: c.sheet.sheetName,
      cell: cellField.cell,
      unit: c.unit,
      value,
      raw: cellField.raw,
      rawUnit: c.rr.row.unit,
      factor: c.rr.factor ?? 1,
    });
  }
  return sortSources(out);
}

function sourceLabel(s: { unit: string; file: string; sheet: string; cell: string }): string {
  return `${s.unit} (${cellPlace(s)})`;
}

interface Aggregate {
  value: number | null;
  incomplete: string[];
  conflict: string | null;
}

/** Adds up or takes as is, as the indicator's aggregation says. */
function aggregate(
  info: KeyInfo,
  field: Field,
  sources: Source[],
  additive: boolean,
  fieldLabel: string,
  flagged: Contribution[],
): Aggregate {
  const incomplete: string[] = [];
  for (const c of flagged) {
    for (const ex of c.rr.excluded) {
      if (ex.field === field) {
        incomplete.push(
          `${fieldLabel} của ${c.unit} (${cellPlace({ file: c.sheet.file, sheet: c.sheet.sheetName, cell: ex.cell })}) bị loại vì ${ex.reason}`,
        );
      }
    }
  }
  if (sources.length === 0) return { value: null, incomplete, conflict: null };
  if (additive) return { value: exactSum(sources.map((s) => s.value)), incomplete, conflict: null };
  const first = sources[0].value;
  if (sources.every((s) => sameNumber(s.value, first)))
    return { value: first, incomplete, conflict: null };
  const list = sources.map((s) => `${sourceLabel(s)}: ${formatViNumber(s.value)}`).join("; ");
  return {
    value: null,
    incomplete,
    conflict: `Chỉ tiêu “${info.name}” không cộng được giữa các đơn vị, mà các đơn vị báo cáo ${fieldLabel.toLowerCase()} khác nhau (${list}); không tổng hợp được.`,
  };
}

function sameUnits(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((u) => b.has(u));
}

/** How many units list the indicator at all. */
function allUnits(info: KeyInfo): number {
  return new Set(info.contributions.map((c) => c.unit)).size;
}

/**
 * Units whose plan columns stood in the same place but say different things ("Dự toán năm 2026"
 * here, "Dự toán tỉnh giao" there) were once added into one column; they are kept apart, and
 * the planner is told why the plan columns of this indicator are several.
 */
function noteApartPlans(slots: PlanSlot<Contribution>[], incomplete: string[]): void {
  const positions = new Map<number, PlanSlot<Contribution>[]>();
  for (const slot of slots) {
    for (const pos of slot.positions) positions.set(pos, [...(positions.get(pos) ?? []), slot]);
  }
  const noted = new Set<PlanSlot<Contribution>>();
  for (const group of positions.values()) {
    if (group.length < 2 || group.every((g) => noted.has(g))) continue;
    group.forEach((g) => noted.add(g));
    const parts = group.map((g) => {
      const units = [...new Set(g.members.map((m) => m.contribution.unit))].join(", ");
      return `“${g.titles.join("”, “")}” (${units})`;
    });
    incomplete.push(
      `Kế hoạch các đơn vị ghi theo cột khác nhau: ${parts.join("; ")}; ` +
        "tên cột không cho biết là cùng một kế hoạch, nên được giữ thành cột riêng, không cộng chung.",
    );
  }
}

function aggregatePlans(
  info: KeyInfo,
  additive: boolean,
  current: number | null,
  currentUnits: Set<string>,
  currentComplete: boolean,
  incomplete: string[],
  flagged: Contribution[],
): SummaryPlan[] {
  const slots = planSlots(info.contributions, (c) => c.rr.row.plans.map((p) => p.title));
  noteApartPlans(slots, incomplete);
  const plans: SummaryPlan[] = [];
  for (const slot of slots) {
    const given: Array<{ c: Contribution; plan: PlanValue; i: number }> = [];
    const title = slot.title;
    const indexOf = new Map<Contribution, number>();
    for (const { contribution: c, index: i } of slot.members) {
      indexOf.set(c, i);
      const p = c.rr.plans[i];
      if (p) given.push({ c, plan: p, i });
    }
    for (const c of flagged) {
      const i = indexOf.get(c);
      if (i === undefined) continue;
      for (const ex of c.rr.excluded) {
        if (ex.field === "plan" && c.rr.row.plans[i]?.cell === ex.cell) {
          incomplete.push(
            `Kế hoạch của ${c.unit} (${cellPlace({ file: c.sheet.file, sheet: c.sheet.sheetName, cell: ex.cell })}) bị loại vì ${ex.reason}`,
          );
        }
      }
    }
    const sources: Source[] = given
      .filter((g) => g.plan.kind === "number")
      .map((g) => ({
        file: g.c.sheet.file,
        sheet: g.c.sheet.sheetName,
        cell: g.c.rr.row.plans[g.i].cell,
        unit: g.c.unit,
        value: (g.plan as { value: number }).value,
        raw: g.c.rr.row.plans[g.i].raw,
        rawUnit: g.c.rr.row.unit,
        factor: g.c.rr.factor ?? 1,
      }));
    sortSources(sources);
    let value: PlanValue | null = null;
    let pct: number | null = null;
    if (given.length > 0 && given.every((g) => g.plan.kind === "number")) {
      const nums = sources.map((s) => s.value);
      if (additive) {
        value = { kind: "number", value: exactSum(nums) };
      } else if (nums.every((n) => sameNumber(n, nums[0]))) {
        value = { kind: "number", value: nums[0] };
      } else {
        incomplete.push(
          `${title || "Kế hoạch"}: các đơn vị ghi khác nhau, mà chỉ tiêu này không cộng được; không có kế hoạch chung.`,
        );
      }
      const planUnits = new Set(given.map((g) => g.c.unit));
      if (value && value.kind === "number" && current !== null && value.value !== 0) {
        // A sum is compared with its plan only unit for unit: a unit whose figure was left
        // out must not leave its plan in the denominator, nor the reverse.
        if (!additive || (currentComplete && sameUnits(planUnits, currentUnits))) {
          pct = (current / value.value) * 100;
        } else if (currentComplete) {
          incomplete.push(
            `Kế hoạch chỉ có ở ${planUnits.size}/${currentUnits.size} đơn vị báo cáo số thực hiện; không tính tỷ lệ so với kế hoạch.`,
          );
        } else {
          incomplete.push(
            `Số thực hiện dùng được ở ${currentUnits.size}/${allUnits(info)} đơn vị; không tính tỷ lệ so với kế hoạch.`,
          );
        }
      }
    } else if (given.length > 0) {
      // A plan in words or a range is kept as written when it is the only one, or when every
      // unit wrote the same for a rate. Two units' "Khoảng 4" of a count do not make a total
      // of "Khoảng 4", and a number cannot be added to words: no plan rather than a wrong one.
      const texts = new Set(given.map((g) => JSON.stringify(g.plan)));
      if (texts.size === 1 && (given.length === 1 || !additive)) value = given[0].plan;
      else {
        const units = given.map((g) => g.c.unit).join(", ");
        incomplete.push(
          `${title || "Kế hoạch"} của các đơn vị (${units}) có chỗ ghi bằng chữ hoặc khoảng, không cộng được thành một kế hoạch chung.`,
        );
      }
    }
    plans.push({
      title: title || "Kế hoạch",
      value,
      pct,
      judgement: judgePlan(value, current),
      sources,
    });
  }
  return plans;
}

function yoyOf(current: number | null, previous: number | null): YearOnYear | null {
  if (current === null || previous === null || previous === 0) return null;
  return {
    abs: exactSum([current, -previous]),
    pct: ((current - previous) / previous) * 100,
    ratio: (current / previous) * 100,
  };
}

/** Collects each indicator's contributions, in a fixed order whatever order the files came in. */
function collect(
  sheets: ResolvedSheet[],
  catalog: Catalog,
  period: Period | null,
): Map<string, KeyInfo> {
  const infos = new Map<string, KeyInfo>();
  const sorted = [...sheets].sort(
    (a, b) => compareText(a.file, b.file) || compareText(a.sheetName, b.sheetName),
  );
  let seen = 0;
  // The same unit reporting the same indicator in two sheets is counted once (validation says so).
  // Keyed by period and unit, then by indicator key: no joined string per row.
  const unitKeys = new Map<string, Set<string>>();
  for (const sheet of sorted) {
    // A sheet of another period (validation reports it) must not be added into this one.
    if (period && sheet.sheet.period && sheet.sheet.period.key !== period.key) continue;
    const unit = unitNameOf(sheet);
    // Computed once per sheet, not per row: matchKey is costly and the unit is the same.
    const unitPrefix = (sheet.sheet.period?.key ?? "") + "\u0000" + matchKey(unit) + "\u0000";
    let keysOfUnit = unitKeys.get(unitPrefix);
    if (!keysOfUnit) {
      keysOfUnit = new Set<string>();
      unitKeys.set(unitPrefix, keysOfUnit);
    }
    const inSheet = new Set<string>();
    let lastSection: string | null = null;
    for (const rr of sheet.rows) {
      const indicator = rr.indicator;
      if (indicator) lastSection = indicator.section;
      // The same indicator twice in one sheet is reported by validation; only the first counts.
      if (inSheet.has(rr.key)) continue;
      inSheet.add(rr.key);
      if (keysOfUnit.has(rr.key)) continue;
      keysOfUnit.add(rr.key);
      let info = infos.get(rr.key);
      if (!info) {
        info = {
          key: rr.key,
          indicator,
          name: indicator ? indicator.name : rr.row.name,
          unit: indicator ? indicator.unit : (rr.row.unit ?? ""),
          section: indicator ? indicator.section : (lastSection ?? OTHER_SECTION.id),
          parentKey: indicator ? indicator.parent : rr.parentKey,
          firstSeen: seen++,
          contributions: [],
        };
        infos.set(rr.key, info);
      }
      info.contributions.push({ sheet, unit, rr });
    }
  }
  // Rates the catalog can compute from parts appear even when no unit reported them.
  for (const ind of catalog.indicators) {
    if (ind.aggregation !== "ratio" || !ind.ratio || infos.has(ind.code)) continue;
    if (infos.has(ind.ratio.numerator) && infos.has(ind.ratio.denominator)) {
      infos.set(ind.code, {
        key: ind.code,
        indicator: ind,
        name: ind.name,
        unit: ind.unit,
        section: ind.section,
        parentKey: ind.parent,
        firstSeen: seen++,
        contributions: [],
      });
    }
  }
  return infos;
}

/**
 * `pending` collects "units disagree on a rate" findings: they become issues only if the rate
 * cannot be recomputed from its parts afterwards.
 */
function buildRow(
  info: KeyInfo,
  options: ConsolidateOptions,
  issues: Issue[],
  pending: Issue[],
): SummaryRow {
  const ind = info.indicator;
  const aggregation = ind ? ind.aggregation : "unknown";
  const additive = ind ? ind.aggregation === "sum" : !looksNonAdditive(info.name, info.unit);
  const sources = sourcesOf(info.contributions, "current");
  const previousSources = sourcesOf(info.contributions, "previous");
  // Only the few contributions with a value left out give "incomplete" notes: found once
  // here rather than by walking every unit's row again for each field and plan.
  const flagged = info.contributions.filter((c) => c.rr.excluded.length > 0);
  const cur = aggregate(info, "current", sources, additive, "Số thực hiện", flagged);
  const prev = aggregate(info, "previous", previousSources, additive, "Số cùng kỳ", flagged);
  const converted =
    options.previousInNewBoundaries?.(
      info.key,
      new Set(sources.map((s) => s.unit)),
      ind,
      additive,
    ) ?? null;
  const wb = converted ? undefined : options.previous?.values.get(info.key);
  // With last year's consolidated figure in use, a unit's left-out cùng kỳ value no longer
  // makes the figure incomplete.
  const incomplete = [
    ...cur.incomplete,
    ...(wb || converted ? [] : prev.incomplete),
    ...(converted?.notes ?? []),
  ];
  // A unit that lists the indicator but leaves the figure empty makes a sum short.
  if (additive) {
    for (const c of info.contributions) {
      const f = c.rr.row.current;
      if (f && f.status === "empty") {
        incomplete.push(
          `${c.unit} chưa điền số thực hiện (${cellPlace({ file: c.sheet.file, sheet: c.sheet.sheetName, cell: f.cell })}).`,
        );
      }
    }
  }
  const notConsolidable = cur.conflict;
  for (const conflict of [cur.conflict, prev.conflict]) {
    if (!conflict) continue;
    const first = (conflict === cur.conflict ? sources : previousSources)[0];
    pending.push({
      file: first.file,
      sheet: first.sheet,
      cell: first.cell,
      severity: "warning",
      rule: "non-additive-conflict",
      message: conflict,
    });
  }
  let previous = converted ? converted.value : prev.value;
  let previousFromWorkbook: SummaryRow["previousFromWorkbook"] = null;
  if (options.previous && wb) {
    previousFromWorkbook = {
      file: options.previous.file,
      sheet: options.previous.sheet,
      cell: wb.cell,
      value: wb.value,
    };
    if (previous !== null && !sameNumber(previous, wb.value)) {
      const first = previousSources[0];
      const cells = cellPlaces(previousSources);
      issues.push({
        file: first.file,
        sheet: first.sheet,
        cell: first.cell,
        severity: "warning",
        rule: "previous-mismatch",
        message:
          `Số cùng kỳ của “${info.name}” theo các đơn vị là ${formatViNumber(previous)} ${info.unit} (${cells}), ` +
          `khác số đã tổng hợp năm trước ${formatViNumber(wb.value)} ${info.unit} (${cellPlace({ file: options.previous.file, sheet: options.previous.sheet, cell: wb.cell })}); ` +
          `dùng số đã tổng hợp năm trước.`,
      });
    }
    previous = wb.value;
  }
  const currentUnits = new Set(sources.map((s) => s.unit));
  // Every unit that lists the indicator gave a figure that counts: only then is a sum
  // comparable with last year's total or with the plan.
  const currentComplete = currentUnits.size === allUnits(info);
  const plans = aggregatePlans(
    info,
    additive,
    cur.value,
    currentUnits,
    currentComplete,
    incomplete,
    flagged,
  );
  let yoy = yoyOf(cur.value, previous);
  if (yoy && additive) {
    const previousUnits = new Set(previousSources.map((s) => s.unit));
    const likeForLike =
      currentComplete &&
      (converted !== null || wb !== undefined || sameUnits(previousUnits, currentUnits));
    if (!likeForLike) {
      yoy = null;
      // A value left out is already said; otherwise say why there is no comparison.
      if (incomplete.length === 0)
        incomplete.push(
          `Số cùng kỳ và số thực hiện không cùng các đơn vị (số thực hiện của ${currentUnits.size}/${allUnits(info)} đơn vị, số cùng kỳ ${wb ? "lấy từ bảng năm trước" : `của ${previousUnits.size} đơn vị`}); không so sánh với cùng kỳ.`,
        );
    }
  }
  const row: SummaryRow = {
    key: info.key,
    code: ind ? ind.code : (info.contributions.find((c) => c.rr.row.code)?.rr.row.code ?? null),
    name: info.name,
    unit: info.unit,
    section: info.section,
    sectionName: "",
    stt: "",
    isComponent: false,
    parentKey: info.parentKey,
    aggregation,
    current: cur.value,
    previous,
    plans,
    yoy,
    sources,
    previousSources,
    previousFromWorkbook,
    incomplete,
    notConsolidable,
    decimals: ind?.decimals,
    displayUnit: ind?.displayUnit,
    template: ind?.template,
    ofTotal: ind?.ofTotal,
  };
  currentNotes.set(row, cur.incomplete);
  return row;
}

/** Rates recomputed from their consolidated parts (tỷ lệ hộ nghèo = hộ nghèo ÷ tổng số hộ × 100). */
/**
 * The notes a row's own current figures gave: a rate recomputed from its parts no longer rests
 * on them, so they are taken back then (by identity, not by their wording).
 */
const currentNotes = new WeakMap<SummaryRow, readonly string[]>();

function markRecomputed(
  row: SummaryRow,
  ratio: { numerator: string; denominator: string },
  field: "current" | "previous",
): void {
  row.recomputed ??= {
    numerator: ratio.numerator,
    denominator: ratio.denominator,
    current: false,
    previous: false,
  };
  row.recomputed[field] = true;
}

function recomputeRatios(
  rows: Map<string, SummaryRow>,
  infos: Map<string, KeyInfo>,
  issues: Issue[],
): void {
  for (const row of rows.values()) {
    const ind = infos.get(row.key)?.indicator;
    if (!ind || ind.aggregation !== "ratio" || !ind.ratio) continue;
    const num = rows.get(ind.ratio.numerator);
    const den = rows.get(ind.ratio.denominator);
    if (!num || !den) continue;
    const scale = ind.ratio.scale;
    const ratio = (a: number | null, b: number | null) =>
      a === null || b === null || b === 0 ? null : (a / b) * scale;
    // A share computed above 100 % (or below 0) means the parts contradict each other (e.g.
    // more applications settled than received): printing it would put an impossible rate in
    // the report, so it is left out and said, as validation does for a unit's own rate.
    const outOfRange = (v: number) => ind.isShare && (v < 0 || v > 100 + 1e-9);
    const explain = (v: number, a: number, b: number) =>
      `“${ind.name}” tính từ “${num.name}” (${formatViNumber(a)}) và “${den.name}” (${formatViNumber(b)}) ` +
      `được ${formatViNumber(v, 2)}%, ngoài khoảng 0–100%: số liệu của hai chỉ tiêu này mâu thuẫn, cần kiểm tra lại.`;
    const current = ratio(num.current, den.current);
    if (current !== null && outOfRange(current)) {
      row.current = null;
      row.notConsolidable = explain(current, num.current as number, den.current as number);
      const at = num.sources[0] ?? den.sources[0];
      issues.push({
        file: at?.file ?? "",
        sheet: at?.sheet ?? null,
        cell: at?.cell ?? null,
        severity: "warning",
        rule: "ratio-out-of-range",
        message: row.notConsolidable,
      });
    } else if (current !== null) {
      row.current = current;
      row.notConsolidable = null;
      markRecomputed(row, ind.ratio, "current");
      const own = currentNotes.get(row) ?? [];
      row.incomplete = row.incomplete.filter((note) => !own.includes(note));
      for (const part of [num, den]) {
        if (part.incomplete.length > 0)
          row.incomplete.push(`Tính từ “${part.name}”, mà số liệu này chưa đầy đủ.`);
      }
    }
    if (!row.previousFromWorkbook) {
      const previous = ratio(num.previous, den.previous);
      if (previous !== null && outOfRange(previous)) {
        row.previous = null;
        row.incomplete.push(
          `Số cùng kỳ: ${explain(previous, num.previous as number, den.previous as number)}`,
        );
      } else if (previous !== null) {
        row.previous = previous;
        markRecomputed(row, ind.ratio, "previous");
      }
    }
    row.yoy = yoyOf(row.current, row.previous);
    for (const plan of row.plans) {
      plan.judgement = judgePlan(plan.value, row.current);
      plan.pct =
        plan.value?.kind === "number" && row.current !== null && plan.value.value !== 0
          ? (row.current / plan.value.value) * 100
          : null;
    }
  }
}

/** Orders rows by section, catalog order, components under their totals; numbers them. */
function order(
  rows: Map<string, SummaryRow>,
  infos: Map<string, KeyInfo>,
  catalog: Catalog,
): { rows: SummaryRow[]; sections: SummarySection[] } {
  const catalogIndex = new Map(catalog.indicators.map((ind, i) => [ind.code, i]));
  const rank = (r: SummaryRow) => {
    const ci = catalogIndex.get(r.key);
    return ci !== undefined ? ci : 1e9 + (infos.get(r.key)?.firstSeen ?? 0);
  };
  const children = new Map<string, SummaryRow[]>();
  const tops: SummaryRow[] = [];
  // Parents taken from different sheets' layouts could point at each other; a row in such a
  // loop is shown as a total of its own rather than vanish from the table.
  const inLoop = (row: SummaryRow): boolean => {
    let key = row.parentKey;
    for (let steps = 0; key && steps <= rows.size; steps++) {
      if (key === row.key) return true;
      key = rows.get(key)?.parentKey ?? null;
    }
    return false;
  };
  for (const row of rows.values()) {
    if (row.parentKey && rows.has(row.parentKey) && row.parentKey !== row.key && !inLoop(row)) {
      const list = children.get(row.parentKey) ?? [];
      list.push(row);
      children.set(row.parentKey, list);
    } else {
      tops.push(row);
    }
  }
  const sectionDefs = [...catalog.sections]
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ id: s.id, name: s.name }));
  sectionDefs.push(OTHER_SECTION);
  const known = new Set(sectionDefs.map((s) => s.id));
  const out: SummaryRow[] = [];
  const sections: SummarySection[] = [];
  const placed = new Set<string>();
  const place = (
    row: SummaryRow,
    stt: string,
    section: { id: string; name: string },
    isComponent: boolean,
  ) => {
    if (placed.has(row.key)) return;
    placed.add(row.key);
    row.stt = stt;
    // The group the row is shown in: components follow their total, and a section the catalog
    // does not list becomes "Chỉ tiêu khác", so every table that groups by section shows it.
    row.section = section.id;
    row.sectionName = section.name;
    row.isComponent = isComponent;
    out.push(row);
    const kids = (children.get(row.key) ?? []).sort((a, b) => rank(a) - rank(b));
    kids.forEach((kid, i) => place(kid, `${stt}.${i + 1}`, section, true));
  };
  for (const def of sectionDefs) {
    const inSection = tops
      .filter((r) => r.section === def.id || (def.id === OTHER_SECTION.id && !known.has(r.section)))
      .sort((a, b) => rank(a) - rank(b));
    if (inSection.length === 0) continue;
    const stt = roman(sections.length + 1);
    sections.push({ id: def.id, name: def.name, stt });
    inSection.forEach((row, i) => place(row, String(i + 1), def, false));
  }
  return { rows: out, sections };
}

export function consolidate(
  sheets: ResolvedSheet[],
  catalog: Catalog,
  options: ConsolidateOptions = {},
): Summary {
  const issues: Issue[] = [];
  const period = options.period ?? mostCommonPeriod(sheets);
  // Last year's workbook of another period (9 tháng given for 6 tháng, or two years back)
  // would replace right cùng kỳ figures with wrong ones: it is not used, and the planner told.
  const prevFigures = options.previous;
  if (prevFigures?.period && period && prevFigures.period.key !== previousPeriod(period).key) {
    issues.push({
      file: prevFigures.file,
      sheet: prevFigures.sheet,
      cell: null,
      severity: "warning",
      rule: "previous-period-mismatch",
      message:
        `Bảng tổng hợp năm trước “${prevFigures.file}” là kỳ “${prevFigures.period.label}”, không phải cùng kỳ năm trước ` +
        `của “${period.label}” (${previousPeriod(period).label}); không dùng bảng này, số cùng kỳ lấy theo biểu của các đơn vị.`,
    });
    options = { ...options, previous: null };
  }
  const infos = collect(sheets, catalog, period);
  const rows = new Map<string, SummaryRow>();
  const pending = new Map<string, Issue[]>();
  for (const info of [...infos.values()].sort((a, b) => a.firstSeen - b.firstSeen)) {
    const conflicts: Issue[] = [];
    rows.set(info.key, buildRow(info, options, issues, conflicts));
    pending.set(info.key, conflicts);
  }
  recomputeRatios(rows, infos, issues);
  for (const [key, conflicts] of pending) {
    const row = rows.get(key);
    if (!row) continue;
    for (const c of conflicts) {
      const aboutCurrent = row.sources.some(
        (s) => s.cell === c.cell && s.file === c.file && s.sheet === c.sheet,
      );
      if (aboutCurrent ? row.notConsolidable !== null : row.previous === null) issues.push(c);
    }
  }
  const ordered = order(rows, infos, catalog);
  const units = [
    ...new Set(
      sheets
        .filter((s) => !period || !s.sheet.period || s.sheet.period.key === period.key)
        .map(unitNameOf),
    ),
  ].sort(VI_COLLATOR.compare);
  return {
    period,
    units,
    sections: ordered.sections,
    rows: ordered.rows,
    issues,
  };
}
