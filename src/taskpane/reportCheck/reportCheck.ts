/**
 * What the "Soát báo cáo" step does, apart from drawing: read the draft from where it is (the
 * "Báo cáo" sheet as the planner edited it, text pasted in, a .docx or .txt picked), check it
 * against the consolidation in memory, and say where each finding is.
 */
import type { Summary } from "../../core/consolidate/types";
import {
  checkDraft,
  paragraphsOfText,
  summaryFacts,
  type DraftParagraph,
  type Finding,
} from "../../core/factcheck";
import { REPORT_SHEET } from "../../core/narrative";
import { readDocxParagraphs } from "../../io/docxText";
import type { PaneHost } from "../host";

export type DraftSource =
  | { kind: "sheet"; sheet: string }
  | { kind: "pasted"; text: string }
  | { kind: "file"; name: string };

export interface ReportCheckResult {
  source: DraftSource;
  findings: Finding[];
  /** The summary the figures were compared with (false: the text's own arithmetic only). */
  againstSummary: boolean;
}

/**
 * Column A of the "Báo cáo" sheet, one paragraph per row; null when the workbook has no such
 * sheet. One read (the host reports a missing sheet as an issue rather than failing).
 */
export async function readReportSheet(host: PaneHost): Promise<DraftParagraph[] | null> {
  const { grids } = await host.readWorkbookSheets([REPORT_SHEET]);
  const grid = grids.find((g) => g.sheet === REPORT_SHEET);
  if (!grid) return null;
  return grid.values.map((row, i) => {
    const v = row?.[0];
    return { ref: i + 1, text: typeof v === "string" ? v : typeof v === "number" ? String(v) : "" };
  });
}

/** Today in the planner's time zone, "yyyy-mm-dd". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function checkParagraphs(
  source: DraftSource,
  paragraphs: DraftParagraph[],
  summary: Summary | null,
  today: string = localToday(),
): ReportCheckResult {
  const findings = checkDraft(paragraphs, {
    today,
    summary: summary ? summaryFacts(summary) : undefined,
  });
  return { source, findings, againstSummary: summary !== null };
}

export function checkPastedText(text: string, summary: Summary | null): ReportCheckResult {
  return checkParagraphs({ kind: "pasted", text }, paragraphsOfText(text), summary);
}

/** A picked .docx or .txt draft. Throws a Vietnamese message for a file it cannot read. */
export function draftFileParagraphs(name: string, bytes: Uint8Array): DraftParagraph[] {
  if (/\.docx$/iu.test(name)) return readDocxParagraphs(bytes, name);
  return paragraphsOfText(new TextDecoder("utf-8").decode(bytes));
}

/** Where paragraph `ref` (a line) of pasted text starts and ends, for selecting it. */
export function lineRange(text: string, ref: number): { start: number; end: number } {
  const lines = text.split(/\r\n|\r|\n/u);
  let start = 0;
  for (let i = 0; i < ref - 1 && i < lines.length; i++) {
    start +=
      lines[i].length +
      (text.slice(start + lines[i].length, start + lines[i].length + 2) === "\r\n" ? 2 : 1);
  }
  const line = lines[ref - 1] ?? "";
  return { start, end: start + line.length };
}

/** The A1 cell of a finding in the "Báo cáo" sheet. */
export function findingCell(f: Finding): string {
  return `A${f.paragraph}`;
}
