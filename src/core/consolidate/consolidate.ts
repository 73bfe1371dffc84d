/**
 * From validated sheets to the summary. Each indicator adds up the way the catalog says:
 * counts, areas and money are summed in the catalog's unit; rates are recomputed from their
 * parts or, failing that, taken as is only when every unit reporting them agrees. A total that
 * misses a value says so; it is never silently smaller.
 */
import type { CatalogIndicator, Catalog, Issue, Period } from "../types";
import type { ResolvedSheet } from "../validate/types";
import { issueOf } from "../issues";
import { cellPlace, cellPlaces } from "../text/cellPlace";
import { previousPeriod } from "../parse/period";
import {
  VI_COLLATOR,
  collect,
  mostCommonPeriod,
  sameUnitSet,
  scanContributions,
  unitNameOf,
  type KeyInfo,
} from "./collect";
import type { SourceSeq, SourceTable } from "./sourceTable";
import { exactSum } from "./exactSum";
import { aggregate, looksNonAdditive, sameNumber, yoyOf } from "./aggregate";
import { aggregatePlans } from "./plans";
import { sourcePlace } from "./sources";
import { recomputeRatios, type OwnNotes } from "./ratios";
import { order } from "./order";
import type { PreviousFigures, Source, Summary, SummaryRow } from "./types";

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
  /** One unit's converted cùng kỳ of a summed indicator, to compare with what it wrote. */
  unitPreviousInNewBoundaries?: UnitPreviousResolver | null;
}

export type UnitPreviousResolver = (
  key: string,
  unit: string,
  indicator: CatalogIndicator | null,
) => number | null;

export type PreviousResolver = (
  key: string,
  units: ReadonlySet<string>,
  indicator: CatalogIndicator | null,
  additive: boolean,
) => { value: number | null; notes: string[] };

/**
 * A unit's own cùng kỳ column gives way to the figure converted from its former units' sheets:
 * where the two differ, the planner is told which was used, at the cell that was not.
 */
function noteOwnPrevious(
  info: KeyInfo,
  ind: CatalogIndicator | null,
  previousSources: SourceSeq,
  carried: UnitPreviousResolver,
  issues: Issue[],
): void {
  const byUnit = new Map<string, Source[]>();
  for (const s of previousSources) {
    const list = byUnit.get(s.from.reportingUnit);
    if (list) list.push(s);
    else byUnit.set(s.from.reportingUnit, [s]);
  }
  for (const [unit, own] of byUnit) {
    const converted = carried(info.key, unit, ind);
    const written = exactSum(own.map((s) => s.value));
    // A split unit's share rarely lands on the figure's decimals: the same to the unit's rounding.
    const decimals = Math.min(6, (String(written).split(".")[1] ?? "").length);
    if (converted === null || Math.abs(written - converted) <= 0.5 * 10 ** -decimals + 1e-9)
      continue;
    issues.push(
      issueOf(
        "boundary-previous-differs",
        {
          unit,
          indicator: info.name,
          measureUnit: info.measureUnit,
          written,
          converted,
        },
        sourcePlace(own[0]),
      ),
    );
  }
}

/**
 * `pending` collects "units disagree on a rate" findings: they become issues only if the rate
 * cannot be recomputed from its parts afterwards.
 */
function buildRow(
  info: KeyInfo,
  unitIds: number,
  table: SourceTable,
  options: ConsolidateOptions,
  issues: Issue[],
  pending: Issue[],
): { row: SummaryRow; ownNotes: OwnNotes } {
  const ind = info.indicator;
  const aggregation = ind ? ind.aggregation : "unknown";
  const additive = ind ? ind.aggregation === "sum" : !looksNonAdditive(info.name, info.measureUnit);
  // Only the few contributions with a value left out give "incomplete" notes: found once
  // here rather than by walking every unit's row again for each field and plan.
  const {
    sources,
    previousSources,
    flagged,
    emptyCurrent,
    unitCount,
    currentUnits,
    previousUnits,
  } = scanContributions(info.contributions, unitIds, table);
  const cur = aggregate(info, "current", sources, additive, "Số thực hiện", flagged);
  const prev = aggregate(info, "previous", previousSources, additive, "Số cùng kỳ", flagged);
  const converted =
    options.previousInNewBoundaries?.(
      info.key,
      new Set(sources.map((s) => s.from.reportingUnit)),
      ind,
      additive,
    ) ?? null;
  const wb = converted ? undefined : options.previous?.values.get(info.key);
  // Only where the converted figure is used: without one, the summary has no cùng kỳ at all.
  if (converted && converted.value !== null && additive && options.unitPreviousInNewBoundaries)
    noteOwnPrevious(info, ind, previousSources, options.unitPreviousInNewBoundaries, issues);
  // With last year's consolidated figure in use, a unit's left-out cùng kỳ value no longer
  // makes the figure incomplete.
  const incomplete = [
    ...cur.incomplete,
    ...(wb || converted ? [] : prev.incomplete),
    ...(converted?.notes ?? []),
  ];
  // A unit that lists the indicator but leaves the figure empty makes a sum short.
  if (additive) {
    for (const c of emptyCurrent) {
      const f = c.rr.row.current as NonNullable<typeof c.rr.row.current>;
      incomplete.push(
        `${c.reportingUnit} chưa điền số thực hiện (${cellPlace({ file: c.sheet.file, sheet: c.sheet.sheetName, cell: f.cell })}).`,
      );
    }
  }
  // The current figures' conflict is worded once: its issue's message is the row's reason
  // (a rate's conflict lists every unit's figure, up to 150 of them, each formatted).
  const currentConflict = cur.conflict
    ? issueOf("non-additive-conflict", cur.conflict, sourcePlace(sources.at(0)!))
    : null;
  const notConsolidable = currentConflict ? currentConflict.message : null;
  if (currentConflict) pending.push(currentConflict);
  if (prev.conflict) {
    pending.push(
      issueOf("non-additive-conflict", prev.conflict, sourcePlace(previousSources.at(0)!)),
    );
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
      const first = sourcePlace(previousSources.at(0)!);
      const cells = cellPlaces(previousSources.map(sourcePlace));
      issues.push(
        issueOf(
          "previous-mismatch",
          {
            indicator: info.name,
            measureUnit: info.measureUnit,
            fromUnits: previous,
            unitCells: cells,
            fromWorkbook: wb.value,
            workbookCell: cellPlace({
              file: options.previous.file,
              sheet: options.previous.sheet,
              cell: wb.cell,
            }),
          },
          first,
        ),
      );
    }
    previous = wb.value;
  }
  // Every unit that lists the indicator gave a figure that counts: only then is a sum
  // comparable with last year's total or with the plan.
  const currentComplete = currentUnits.size === unitCount;
  const planNotes: string[] = [];
  const plans = aggregatePlans(
    info,
    additive,
    cur.value,
    currentUnits,
    currentComplete,
    planNotes,
    flagged,
    table,
  );
  let yoy = yoyOf(cur.value, previous);
  if (yoy && additive) {
    const likeForLike =
      currentComplete &&
      (converted !== null || wb !== undefined || sameUnitSet(previousUnits, currentUnits));
    if (!likeForLike) {
      yoy = null;
      // A value left out is already said; otherwise say why there is no comparison.
      if (incomplete.length === 0)
        incomplete.push(
          `Số cùng kỳ và số thực hiện không cùng các đơn vị (số thực hiện của ${currentUnits.size}/${unitCount} đơn vị, số cùng kỳ ${wb ? "lấy từ bảng năm trước" : `của ${previousUnits.size} đơn vị`}); không so sánh với cùng kỳ.`,
        );
    }
  }
  const row: SummaryRow = {
    key: info.key,
    code: ind ? ind.code : (info.contributions.find((c) => c.rr.row.code)?.rr.row.code ?? null),
    name: info.name,
    measureUnit: info.measureUnit,
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
    planNotes,
    notConsolidable,
    decimals: ind?.decimals,
    displayUnit: ind?.displayUnit,
    template: ind?.template,
    ofTotal: ind?.ofTotal,
  };
  return {
    row,
    ownNotes: { current: cur.incomplete, previous: wb || converted ? [] : prev.incomplete },
  };
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
    issues.push(
      issueOf(
        "previous-period-mismatch",
        {
          file: prevFigures.file,
          period: prevFigures.period.label,
          current: period.label,
          sameLastYear: previousPeriod(period).label,
        },
        { file: prevFigures.file, sheet: prevFigures.sheet },
      ),
    );
    options = { ...options, previous: null };
  }
  const { infos, table, unitIds } = collect(sheets, catalog, period);
  const built = new Map<string, SummaryRow>();
  const ownNotes = new Map<string, OwnNotes>();
  const pending = new Map<string, Issue[]>();
  for (const info of [...infos.values()].sort((a, b) => a.firstSeen - b.firstSeen)) {
    const conflicts: Issue[] = [];
    const { row, ownNotes: notes } = buildRow(info, unitIds, table, options, issues, conflicts);
    built.set(info.key, row);
    ownNotes.set(info.key, notes);
    pending.set(info.key, conflicts);
  }
  const recomputed = recomputeRatios(built, infos, ownNotes);
  issues.push(...recomputed.issues);
  const rows = recomputed.rows;
  for (const [key, conflicts] of pending) {
    const row = rows.get(key);
    if (!row) continue;
    for (const c of conflicts) {
      const aboutCurrent = row.sources.some(
        (s) => s.cell === c.cell && s.from.file === c.file && s.from.sheet === c.sheet,
      );
      if (aboutCurrent ? row.notConsolidable !== null : row.previous === null) issues.push(c);
    }
  }
  const ordered = order(rows, infos, catalog);
  const units = [
    ...new Set(
      sheets
        .filter((s) => !period || !s.parsed.period || s.parsed.period.key === period.key)
        .map(unitNameOf),
    ),
  ].sort(VI_COLLATOR.compare);
  return {
    period,
    reportingUnits: units,
    sections: ordered.sections,
    rows: ordered.rows,
    issues,
  };
}
