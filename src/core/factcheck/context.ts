/** A draft read once for all rules: paragraphs cut into sentences, figures and groups. */
import { assignRoles, readFigures, type BadNumber, type Figure } from "./figures";
import { groupFigures, type Group } from "./groups";
import { cleanParagraph, sentenceSpans, statementSpans, type Span } from "./sentences";
import type { CheckOptions, DraftParagraph, Finding, FindingSeverity } from "./types";

export interface ParagraphView {
  ref: number;
  text: string;
  sentences: Span[];
  figures: Figure[];
  bad: BadNumber[];
  masked: Span[];
  groups: Group[];
}

export interface DraftContext {
  paragraphs: ParagraphView[];
  options: CheckOptions;
}

export interface FactRule {
  id: string;
  severity: FindingSeverity;
  /** What the rule checks, in Vietnamese (for help texts and the golden tests). */
  description: string;
  check(ctx: DraftContext): Finding[];
}

export function viewParagraph(p: DraftParagraph): ParagraphView {
  const text = cleanParagraph(p.text);
  const sentences = sentenceSpans(text);
  const { figures, bad, masked } = readFigures(text);
  const statements = sentences.flatMap((s) => statementSpans(text, s));
  assignRoles(text, figures, statements);
  const groups = groupFigures(text, figures, sentences, (s) => statementSpans(text, s));
  return { ref: p.ref, text, sentences, figures, bad, masked, groups };
}

export function sentenceAt(p: ParagraphView, at: number): Span {
  return p.sentences.find((s) => at >= s.start && at < s.end) ?? { start: 0, end: p.text.length };
}
