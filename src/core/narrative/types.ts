/**
 * The drafted report as plain data: what the "Báo cáo" sheet and the .docx both lay out.
 * Every figure in the prose is a `figure` run that names the summary value it shows, so a test
 * (or a reviewer) can trace each number in the text back to the summary.
 */
import type { Issue } from "../types";

/** Which value of a summary row a figure shows. */
export type FigureField =
  /** This period's figure. */
  | "current"
  /** Same period last year. */
  | "previous"
  /** |current − previous|, shown after "tăng"/"giảm". */
  | "yoy.abs"
  /** |yoy.pct|, shown after "tăng"/"giảm" as a percentage. */
  | "yoy.pct"
  /** plans[planIndex].pct, as a percentage. */
  | "plan.pct"
  /** plans[planIndex].value when it is a number. */
  | "plan.value"
  /** The current figure of the total this count is read against ("5/6 trường": the 6). */
  | "ofTotal"
  /** Number of reporting units in the summary (key ""). */
  | "units";

export interface TextRun {
  kind: "text";
  text: string;
  bold?: boolean;
  italic?: boolean;
  /**
   * Words quoted from the summary's own notes (what was left out and why): they may name
   * units or counts, and are shown as written rather than as figures of the report.
   */
  note?: boolean;
}

export interface FigureRun {
  kind: "figure";
  /** The figure as written, Vietnamese style ("12.480", "3,25%", "24,86"). */
  text: string;
  /** The number the text shows, in the unit written next to it, before rounding. */
  value: number;
  /** Summary row key ("" for whole-summary figures such as the unit count). */
  key: string;
  field: FigureField;
  /** For plan fields: which plan column. */
  planIndex?: number;
  /** Decimals written. */
  decimals: number;
  /** true when the text ends with "%". */
  percent: boolean;
  /**
   * Summary value × scale = value: 0.001 for triệu đồng shown as tỷ đồng; 1 otherwise.
   * For "yoy.abs"/"yoy.pct" the absolute value is taken first.
   */
  scale: number;
}

/** A plan kept as the department wrote it ("Trên 95", "6,6-6,8"): copied, not computed. */
export interface QuoteRun {
  kind: "quote";
  text: string;
  key: string;
  field: "plan.text";
  planIndex: number;
}

export type Run = TextRun | FigureRun | QuoteRun;

/** Heading levels of Nghị định 30/2020: I. / 1. / 1.1. / a) */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  | { kind: "heading"; level: HeadingLevel; number: string; text: string }
  | {
      kind: "paragraph";
      runs: Run[];
      /** Summary row keys this paragraph speaks of (for tracing and tests). */
      keys: string[];
      /** Placeholder text for the planner to replace (shown in italics). */
      placeholder?: boolean;
    };

export interface ReportHeader {
  /** Cơ quan chủ quản, upper case; empty when none. */
  parentBody: string;
  /** Cơ quan ban hành, upper case. */
  issuingBody: string;
  /** "Số: …/BC-UBND". */
  numberLine: string;
  nationalTitle: string;
  motto: string;
  /** "Hợp Hòa, ngày … tháng … năm 2026". */
  placeDate: string;
}

export interface SummaryTable {
  title: string;
  /** "(Kèm theo Báo cáo số …/BC-UBND …)". */
  caption: string;
  /** Header cells, one row. */
  columns: string[];
  /** Body rows, text in Vietnamese number format; `level` 0 = section row, 1 = indicator, 2 = component. */
  rows: Array<{ cells: string[]; level: 0 | 1 | 2 }>;
}

export interface Report {
  header: ReportHeader;
  /** "BÁO CÁO". */
  title: string;
  /** The subject line under the title. */
  subject: string;
  body: Block[];
  /** "Nơi nhận:" lines. */
  recipients: string[];
  signature: { titles: string[]; name: string };
  table: SummaryTable;
  /** Notes for the planner drafting, not part of the issued text (known errors in the data). */
  draftNotes: string[];
  /** Problems found while drafting (e.g. a catalog template with an unknown placeholder). */
  issues: Issue[];
}
