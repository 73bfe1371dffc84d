/**
 * Each indicator's contributions gathered from the validated sheets, in a fixed order whatever
 * order the files came in: one unit's row counts once per indicator and period.
 */
import { matchKey } from "../text/normalize";
import type { Catalog, CatalogIndicator, CellValue, Period } from "../types";
import type { ResolvedRow, ResolvedSheet } from "../validate/types";
import { byPreference } from "../validate/copies";
import { SourceTable, compareText, type SourceList } from "./sourceTable";
import type { SourceSheet } from "./types";

export const OTHER_SECTION: { id: string; name: string } = { id: "khac", name: "Chỉ tiêu khác" };

// The order localeCompare(b, "vi") gives, with one collator instead of one per comparison.
export const VI_COLLATOR = new Intl.Collator("vi");

/** One unit's row for one indicator. */
export interface Contribution {
  sheet: ResolvedSheet;
  reportingUnit: string;
  /**
   * The unit as a small number (one per reportingUnit name of the batch, 0 …
   * unitIds − 1): sets of units are then marks in a small array, not Sets of names.
   */
  unit: number;
  /**
   * The sheet's place in file/sheet order (sheets with the same file and sheet name share it):
   * contributions come in that order, so sources are in order when their ranks increase.
   */
  rank: number;
  rr: ResolvedRow;
  /** The row's plan column titles: one array shared by the rows with the same ones (made here). */
  planTitles: readonly string[];
  /**
   * The current and cùng kỳ figures' sources, or null when the row gives none; and whether
   * the current cell is there but empty. Made while collect walks each sheet's rows in order:
   * read per indicator instead (scanContributions), the same rows are visited all over the
   * heap, a cache miss for each object on the way, and that walk was a third of consolidating.
   */
  currentSource: number;
  previousSource: number;
  emptyCurrent: boolean;
  /** By plan column: the plan's source when it is a number, else NO_SOURCE (made as above). */
  planSources: readonly number[];
}

/** A Contribution's source id when the figure gives none. */
export const NO_SOURCE = -1;

const NO_PLAN_SOURCES: readonly number[] = Object.freeze([]);

/**
 * A set of units, by Contribution.unit: a mark per unit of the batch and the count of marked.
 * At 150 units and 300 indicators, several sets per indicator of up to 150 names each were
 * a good part of what consolidating allocated.
 */
export interface UnitSet {
  marks: Uint8Array;
  size: number;
}

export function unitSet(unitIds: number): UnitSet {
  return { marks: new Uint8Array(unitIds), size: 0 };
}

export function addUnit(set: UnitSet, unit: number): void {
  if (set.marks[unit] === 0) {
    set.marks[unit] = 1;
    set.size++;
  }
}

export function sameUnitSet(a: UnitSet, b: UnitSet): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.marks.length; i++) if (a.marks[i] !== b.marks[i]) return false;
  return true;
}

/** What collect gives: each indicator's contributions, and how many unit names there are. */
export interface Collected {
  infos: Map<string, KeyInfo>;
  /** Every source the contributions name, by id. */
  table: SourceTable;
  /** Contribution.unit is below this. */
  unitIds: number;
}

export interface KeyInfo {
  key: string;
  indicator: CatalogIndicator | null;
  name: string;
  measureUnit: string;
  section: string;
  parentKey: string | null;
  firstSeen: number;
  contributions: Contribution[];
}

export { compareText };

// Contributions arrive in file/sheet order already, so sources nearly always do too: checking
// that takes one pass, and sorting (stable) an already ordered list changes nothing.
export function sortSourceIds(table: SourceTable, ids: number[]): number[] {
  const compare = (a: number, b: number) => table.compare(a, b);
  for (let i = 1; i < ids.length; i++) {
    if (compare(ids[i - 1], ids[i]) > 0) return ids.sort(compare);
  }
  return ids;
}

export function unitNameOf(sheet: ResolvedSheet): string {
  return sheet.parsed.reportingUnit?.value ?? sheet.sheetName;
}

/**
 * For the sheets of a unit that has several in the period: which of them each indicator is
 * counted from (byPreference). Sheets alone in their unit and period are not in the map.
 */
function countedSheets(
  sheets: readonly ResolvedSheet[],
  period: Period | null,
): Map<ResolvedSheet, Map<string, ResolvedSheet>> {
  const groups = new Map<string, ResolvedSheet[]>();
  for (const sheet of sheets) {
    if (period && sheet.parsed.period && sheet.parsed.period.key !== period.key) continue;
    const id = (sheet.parsed.period?.key ?? "") + "\u0000" + matchKey(unitNameOf(sheet));
    const group = groups.get(id);
    if (group) group.push(sheet);
    else groups.set(id, [sheet]);
  }
  const out = new Map<ResolvedSheet, Map<string, ResolvedSheet>>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const claims = new Map<string, ResolvedSheet>();
    for (const sheet of byPreference(group))
      for (const rr of sheet.rows) if (!claims.has(rr.key)) claims.set(rr.key, sheet);
    for (const sheet of group) out.set(sheet, claims);
  }
  return out;
}

/** The period most sheets report (ties: the earliest key), or null. */
export function mostCommonPeriod(sheets: ResolvedSheet[]): Period | null {
  const counts = new Map<string, { period: Period; n: number }>();
  for (const s of sheets) {
    const p = s.parsed.period;
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

export type Field = "current" | "previous";

/** What buildRow needs from an indicator's contributions, gathered in one pass over them. */
export interface ContributionScan {
  /** The current figures' sources, sorted (sortSourceIds). */
  sources: SourceList;
  /** The cùng kỳ figures' sources, sorted. */
  previousSources: SourceList;
  /** The contributions with a value left out, in order. */
  flagged: Contribution[];
  /** The contributions whose current figure cell is there but empty, in order. */
  emptyCurrent: Contribution[];
  /** How many units list the indicator (allUnits). */
  unitCount: number;
  /** The units of `sources`. */
  currentUnits: UnitSet;
  /** The units of `previousSources`. */
  previousUnits: UnitSet;
}

function sourceOf(
  table: SourceTable,
  from: SourceSheet,
  rr: ResolvedRow,
  value: number,
  cellField: { cell: string; raw: CellValue },
): number {
  return table.add(from, cellField.cell, value, cellField.raw, rr.row.unit, rr.factor ?? 1);
}

/**
 * Both fields' sources (made by collect as it walked each sheet), the flagged contributions,
 * the empty current cells and the unit count, from one walk over an indicator's contributions.
 */
export function scanContributions(
  contribs: Contribution[],
  unitIds: number,
  table: SourceTable,
): ContributionScan {
  const sources: number[] = [];
  const previousSources: number[] = [];
  const flagged: Contribution[] = [];
  const emptyCurrent: Contribution[] = [];
  const units = unitSet(unitIds);
  const currentUnits = unitSet(unitIds);
  const previousUnits = unitSet(unitIds);
  // Contributions come in sheet order, one per sheet: sources whose sheets' ranks increase are
  // in order without comparing their file names (sortSources is asked only otherwise).
  let currentRank = -1;
  let currentOrdered = true;
  let previousRank = -1;
  let previousOrdered = true;
  for (const c of contribs) {
    addUnit(units, c.unit);
    if (c.rr.excluded.length > 0) flagged.push(c);
    if (c.currentSource !== NO_SOURCE) {
      sources.push(c.currentSource);
      addUnit(currentUnits, c.unit);
      if (c.rank <= currentRank) currentOrdered = false;
      currentRank = c.rank;
    }
    if (c.emptyCurrent) emptyCurrent.push(c);
    if (c.previousSource !== NO_SOURCE) {
      previousSources.push(c.previousSource);
      addUnit(previousUnits, c.unit);
      if (c.rank <= previousRank) previousOrdered = false;
      previousRank = c.rank;
    }
  }
  return {
    sources: table.list(currentOrdered ? sources : sortSourceIds(table, sources)),
    previousSources: table.list(
      previousOrdered ? previousSources : sortSourceIds(table, previousSources),
    ),
    flagged,
    emptyCurrent,
    unitCount: units.size,
    currentUnits,
    previousUnits,
  };
}

function planSourcesOf(table: SourceTable, from: SourceSheet, rr: ResolvedRow): number[] {
  return rr.plans.map((p, i) =>
    p !== null && p.kind === "number"
      ? sourceOf(table, from, rr, p.value, rr.row.plans[i])
      : NO_SOURCE,
  );
}

// The previous row's titles array when this row's titles are the same ones (checked, so a row
// that differs gets its own).
function planTitlesOf(row: ResolvedRow["row"], known: readonly string[]): readonly string[] {
  const plans = row.plans;
  if (known.length === plans.length) {
    let same = true;
    for (let i = 0; i < plans.length && same; i++) same = known[i] === plans[i].title;
    if (same) return known;
  }
  return plans.map((p) => p.title);
}

/** Collects each indicator's contributions, in a fixed order whatever order the files came in. */
export function collect(
  sheets: ResolvedSheet[],
  catalog: Catalog,
  period: Period | null,
): Collected {
  const infos = new Map<string, KeyInfo>();
  const table = new SourceTable();
  const sorted = [...sheets].sort(
    (a, b) => compareText(a.file, b.file) || compareText(a.sheetName, b.sheetName),
  );
  const unitIds = new Map<string, number>();
  let rank = -1;
  let previousSheet: ResolvedSheet | null = null;
  // Every unit's form has the same plan columns, as a rule: the titles array is shared by all
  // the rows with those titles, of every sheet (planSlots then works out their slots once).
  let titles: readonly string[] = [];
  let seen = 0;
  // The same unit reporting the same indicator in two sheets is counted once (validation says
  // so), from the sheet copies.ts prefers: the newest, else the first in file and sheet order.
  const counted = countedSheets(sorted, period);
  for (const sheet of sorted) {
    // A sheet of another period (validation reports it) must not be added into this one.
    if (period && sheet.parsed.period && sheet.parsed.period.key !== period.key) continue;
    if (
      previousSheet === null ||
      previousSheet.file !== sheet.file ||
      previousSheet.sheetName !== sheet.sheetName
    )
      rank++;
    previousSheet = sheet;
    const unit = unitNameOf(sheet);
    // The file, sheet and unit of every source read from this sheet, held once.
    const from: SourceSheet = { file: sheet.file, sheet: sheet.sheetName, reportingUnit: unit };
    let unitId = unitIds.get(unit);
    if (unitId === undefined) {
      unitId = unitIds.size;
      unitIds.set(unit, unitId);
    }
    const claims = counted.get(sheet);
    // The same indicator twice in one sheet is reported by validation; only the first counts.
    const seenHere = new Set<string>();
    let lastSection: string | null = null;
    for (const rr of sheet.rows) {
      const indicator = rr.indicator;
      if (indicator) lastSection = indicator.section;
      if (seenHere.has(rr.key)) continue;
      seenHere.add(rr.key);
      // Another of the unit's sheets is the one counted for this indicator.
      if (claims !== undefined && claims.get(rr.key) !== sheet) continue;
      let info = infos.get(rr.key);
      if (!info) {
        info = {
          key: rr.key,
          indicator,
          name: indicator ? indicator.name : rr.row.name,
          measureUnit: indicator ? indicator.unit : (rr.row.unit ?? ""),
          section: indicator ? indicator.section : (lastSection ?? OTHER_SECTION.id),
          parentKey: indicator ? indicator.parent : rr.parentKey,
          firstSeen: seen++,
          contributions: [],
        };
        infos.set(rr.key, info);
      }
      const row = rr.row;
      titles = planTitlesOf(row, titles);
      const current = row.current;
      const previous = row.previous;
      info.contributions.push({
        sheet,
        reportingUnit: unit,
        unit: unitId,
        rank,
        rr,
        planTitles: titles,
        currentSource:
          current !== null && rr.current !== null
            ? sourceOf(table, from, rr, rr.current, current)
            : NO_SOURCE,
        previousSource:
          previous !== null && rr.previous !== null
            ? sourceOf(table, from, rr, rr.previous, previous)
            : NO_SOURCE,
        emptyCurrent: current !== null && current.status === "empty",
        planSources: rr.plans.length === 0 ? NO_PLAN_SOURCES : planSourcesOf(table, from, rr),
      });
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
        measureUnit: ind.unit,
        section: ind.section,
        parentKey: ind.parent,
        firstSeen: seen++,
        contributions: [],
      });
    }
  }
  return { infos, table, unitIds: unitIds.size };
}
