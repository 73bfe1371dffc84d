/**
 * The shapes validation speaks. Consolidation builds on ResolvedSheet: every figure in it is
 * already in the catalog's unit, and every value that could not be trusted is listed in
 * `excluded` instead of being guessed.
 */
import type {
  Catalog,
  CatalogIndicator,
  IndicatorRow,
  IndicatorSheet,
  Issue,
  ParseResult,
  Period,
  PlanValue,
  Severity,
} from "../types";

/** What the catalog matcher says about one row (structurally the catalog module's match). */
export interface CatalogMatch {
  indicator: CatalogIndicator;
  by: "code" | "name" | "synonym" | "part";
  /** The code names one indicator and the written name another; the code wins. */
  nameMismatch: boolean;
}

export interface Matcher {
  (row: { code: string | null; name: string }): CatalogMatch | null;
  /** A row unknown by itself, read as a part of the catalog indicator above it (matcher.ts). */
  partOf?(total: CatalogIndicator, row: { name: string; unit: string | null }): CatalogMatch | null;
}

export type ValueField = "current" | "previous" | "plan";

export interface ExcludedValue {
  field: ValueField;
  cell: string;
  /** Why, for rules: unreadable text or error cell, a unit that cannot be converted, or a figure the indicator cannot take. */
  kind: "unreadable" | "unit" | "negative" | "share";
  /** For "negative" and "share": the figure as the cell shows it, in the row's own unit. */
  value?: number;
  /** Vietnamese, short: why the value does not count. */
  reason: string;
}

export interface ResolvedRow {
  row: IndicatorRow;
  indicator: CatalogIndicator | null;
  match: CatalogMatch | null;
  /** Catalog code, or "?" + matchKey(name) for an indicator the catalog does not know. */
  key: string;
  /**
   * Multiplier from the row's unit to the catalog unit: 1 when the same, when the row gives no
   * unit, or for an unknown indicator; null when the units cannot be converted.
   */
  factor: number | null;
  /** In the catalog unit; null when empty or left out. */
  current: number | null;
  previous: number | null;
  /** One per plan column, converted by factor; null when empty or left out. */
  plans: (PlanValue | null)[];
  /** Key of the total a "trong đó" row belongs to: the sheet's layout first, then the catalog. */
  parentKey: string | null;
  /** Shared by the rows that have none: read it, never add to it. */
  excluded: readonly ExcludedValue[];
}

/** Where a finding lives: a whole sheet, named by file and sheet. */
export interface SheetRef {
  file: string;
  sheetName: string;
}

export interface ResolvedSheet extends SheetRef {
  parsed: IndicatorSheet;
  /** Every non-heading row, in sheet order. */
  rows: ResolvedRow[];
}

/** A sheet the parser did not take as an indicator sheet. */
export type SkippedSheet = Extract<ParseResult, { kind: "skipped" }>;

export interface ValidateOptions {
  /** Year-on-year change (±%) beyond which a warning asks to check; an indicator's own wins. */
  yoyThreshold: number;
  /** When given, every sheet must report this period (else the batch's majority is used). */
  expectedPeriod?: Period;
  /**
   * The planner's Danh sách đơn vị has already said whose each sheet is (statusPrepared): a
   * stray code on a listed unit's sheet must not split it into two units (separateNamesakes).
   */
  unitsFromList?: boolean;
}

export const DEFAULT_OPTIONS: ValidateOptions = { yoyThreshold: 50 };

export interface RuleContext {
  catalog: Catalog;
  options: ValidateOptions;
  /** Sheets the parser skipped (only batch rules look at them). */
  skipped: SkippedSheet[];
}

export interface Finding {
  sheet: SheetRef;
  cell: string | null;
  message: string;
  /** Overrides the rule's severity for this one finding. */
  severity?: Severity;
}

interface RuleBase {
  /** kebab-case, stable: it appears in the CLI JSON. */
  id: string;
  severity: Severity;
  /** Vietnamese, one line, for docs and the task pane. */
  description: string;
}

export interface SheetRule extends RuleBase {
  scope: "sheet";
  check(sheet: ResolvedSheet, ctx: RuleContext): Finding[];
}

export interface BatchRule extends RuleBase {
  scope: "batch";
  check(sheets: ResolvedSheet[], ctx: RuleContext): Finding[];
}

export type Rule = SheetRule | BatchRule;

export interface ValidationResult {
  /** Resolved indicator sheets, ordered by file then sheet. */
  sheets: ResolvedSheet[];
  skipped: SkippedSheet[];
  issues: Issue[];
}
