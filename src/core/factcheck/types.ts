/**
 * Fact-checking a report draft (CONTRACT.md §4, `tonghop check-report`): the draft comes in as
 * paragraphs of plain text, the findings go out in the shape the CLI's JSON prints.
 */

/** One paragraph of the draft as the planner sees it. */
export interface DraftParagraph {
  /**
   * Where the planner finds it: the paragraph's number in the document (1-based, empty
   * paragraphs counted, as Word counts them), or the row of the "Báo cáo" sheet.
   */
  ref: number;
  text: string;
}

export type FindingSeverity = "error" | "warning";

export interface Finding {
  /** DraftParagraph.ref of the paragraph the finding is in. */
  paragraph: number;
  /** The sentence (or the part of it) the finding is about, as written. */
  snippet: string;
  severity: FindingSeverity;
  rule: string;
  /** Why, in Vietnamese, with the figures as written and as they should be. */
  message: string;
  /** The corrected text or figure, when one can be computed. */
  suggestion: string | null;
}

/** A figure the summary holds for an indicator, for checking the prose against it. */
export interface SummaryFact {
  name: string;
  unit: string;
  current: number | null;
  previous: number | null;
  /** Its plans given as numbers, by column title; absent when not known. */
  plans?: Array<{ title: string; value: number }>;
  /**
   * false when the summary made no comparison with cùng kỳ (not the same units both years):
   * its current and previous figures are then no base for a sentence's change.
   */
  yoyComparable?: boolean;
}

export interface CheckOptions {
  /** Today, "yyyy-mm-dd": document dates after it are in the future. */
  today?: string;
  /** The report's own date, "yyyy-mm-dd", when known from elsewhere (else read from the draft). */
  reportDate?: string;
  /** Indicators of the consolidated summary, to check the prose's figures against. */
  summary?: SummaryFact[];
}
