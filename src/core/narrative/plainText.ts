/** The report as plain lines of text: what the sheet writes and what a reader sees. */
import type { Block, Report, Run } from "./types";

export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}

export function headingText(block: Extract<Block, { kind: "heading" }>): string {
  return `${block.number} ${block.text}`;
}

export function blockText(block: Block): string {
  return block.kind === "heading" ? headingText(block) : runsText(block.runs);
}

/** The whole report body as lines, header block first (for previews and tests). */
export function reportLines(report: Report): string[] {
  const h = report.header;
  return [
    ...(h.parentBody ? [h.parentBody] : []),
    h.issuingBody,
    h.numberLine,
    h.nationalTitle,
    h.motto,
    h.placeDate,
    report.title,
    report.subject,
    ...report.body.map(blockText),
    "Nơi nhận:",
    ...report.recipients,
    ...report.signature.titles,
    ...(report.signature.name ? [report.signature.name] : []),
  ];
}
