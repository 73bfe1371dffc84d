/** The fact-check of a draft: every rule over every paragraph, findings in paragraph order. */
import { viewParagraph, type DraftContext } from "./context";
import { FACT_RULES } from "./registry";
import { paragraphsOfText } from "./sentences";
import type { CheckOptions, DraftParagraph, Finding } from "./types";

export function checkDraft(paragraphs: DraftParagraph[], options: CheckOptions = {}): Finding[] {
  const ctx: DraftContext = {
    paragraphs: paragraphs.filter((p) => p.text.trim() !== "").map(viewParagraph),
    options,
  };
  const findings = FACT_RULES.flatMap((rule) => rule.check(ctx));
  const order = new Map(FACT_RULES.map((r, i) => [r.id, i]));
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        a.f.paragraph - b.f.paragraph ||
        (order.get(a.f.rule) ?? 0) - (order.get(b.f.rule) ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

/** Plain text (a .txt file, text pasted into the pane): one paragraph per line. */
export function checkDraftText(text: string, options: CheckOptions = {}): Finding[] {
  return checkDraft(paragraphsOfText(text), options);
}

export function hasErrorFindings(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
