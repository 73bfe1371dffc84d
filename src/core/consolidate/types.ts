/**
 * The consolidated summary: one row per indicator, every figure carrying the cells it came
 * from. The CLI's JSON (CONTRACT.md §2), the output sheets and the narrative all read this.
 */
import type { SubmissionSummary } from "../units/types";
import type { BoundaryConversion } from "../boundaries/convert";
import type { Aggregation, CellValue, Issue, Period, PlanValue } from "../types";
import type { SourceSeq } from "./sourceTable";

/**
 * The sheet a unit's figures were read from: one object per sheet, shared by all the sources
 * read from it (150 units × 300 indicators make ~125 000 sources, each had its own copies).
 */
export interface SourceSheet {
  file: string;
  sheet: string;
  /** Đơn vị báo cáo. */
  reportingUnit: string;
}

/** One reporting unit's contribution to a total. */
export interface Source {
  /** The file, sheet and unit (shared by the sheet's sources). */
  from: SourceSheet;
  /** A1 address of the value cell. */
  cell: string;
  /** In the catalog's unit. */
  value: number;
  /** The cell as read. */
  raw: CellValue;
  /** The unit the department wrote (ĐVT), or null. */
  rawUnit: string | null;
  /** raw × factor = value. */
  factor: number;
}

export type PlanJudgement = "Đạt" | "Không đạt" | "Vượt";

export interface SummaryPlan {
  /** Column title the departments used, e.g. "Dự toán tỉnh giao". */
  title: string;
  /** A number (summed), or a range/bound/text plan kept as written; null when none. */
  value: PlanValue | null;
  /** current ÷ plan × 100, unrounded, for a numeric plan covering every reporting unit. */
  pct: number | null;
  /** For plans written as ranges or bounds, judged against the current figure. */
  judgement: PlanJudgement | null;
  sources: SourceSeq;
}

export interface YearOnYear {
  /** current − previous, in the indicator's unit. */
  abs: number;
  /** (current − previous) ÷ previous × 100, unrounded. */
  pct: number;
  /** current ÷ previous × 100, unrounded: "So sánh cùng kỳ (%)" as the tables show it. */
  ratio: number;
}

export interface SummaryRow {
  /** Catalog code, or "?" + the name key for an indicator outside the catalog. */
  key: string;
  code: string | null;
  name: string;
  measureUnit: string;
  section: string;
  sectionName: string;
  /** I, 1, 1.1 … as the summary table numbers it. */
  stt: string;
  isComponent: boolean;
  parentKey: string | null;
  aggregation: Aggregation | "unknown";
  current: number | null;
  previous: number | null;
  plans: SummaryPlan[];
  yoy: YearOnYear | null;
  sources: SourceSeq;
  previousSources: SourceSeq;
  /** The previous year's consolidated workbook cell, when one was given and held this indicator. */
  previousFromWorkbook: { file: string; sheet: string; cell: string; value: number } | null;
  /** Values of this indicator that were left out, in Vietnamese; empty when the total is whole. */
  incomplete: string[];
  /**
   * Why a plan is missing or not compared (plans in columns of different titles, given by some
   * units only, written in words), in Vietnamese. The figures themselves may be whole: these
   * are for the planner finishing the report, not "số liệu chưa đầy đủ" in its text.
   */
  planNotes: string[];
  /** Why no total could be made (e.g. units report different rates); null when it could. */
  notConsolidable: string | null;
  decimals?: number;
  displayUnit?: string;
  template?: string;
  /** Catalog `ofTotal`: key of the total this count is read against ("5/6 trường"). */
  ofTotal?: string;
  /**
   * A rate recomputed from its consolidated parts: which figures were (current, previous).
   * The units' own written rates then stay in `sources` as what they wrote, not as what the
   * total was made of.
   */
  recomputed?: { numerator: string; denominator: string; current: boolean; previous: boolean };
}

export interface SummarySection {
  id: string;
  name: string;
  /** Roman numeral shown in STT. */
  stt: string;
}

export interface Summary {
  period: Period | null;
  reportingUnits: string[];
  sections: SummarySection[];
  rows: SummaryRow[];
  /** Issues found while consolidating (validation's own issues are kept by the caller). */
  issues: Issue[];
  /** Cùng kỳ converted from former administrative units (1/7/2025), when it was. */
  boundary?: BoundaryConversion | null;
  /** What came in against the planner's Danh sách đơn vị, when one was given. */
  submission?: SubmissionSummary | null;
}

/** Figures from last year's consolidated workbook, by indicator key. */
export interface PreviousFigures {
  file: string;
  sheet: string;
  period: Period | null;
  values: Map<string, { value: number; cell: string; name: string }>;
}
