export { checkDraft, checkDraftText, hasErrorFindings } from "./checkDraft";
export { FACT_RULES } from "./registry";
export { paragraphsOfText } from "./sentences";
export type { CheckOptions, DraftParagraph, Finding, FindingSeverity, SummaryFact } from "./types";
export { summaryFacts, summaryFactsFromGrids, type SummaryFactsRead } from "./summaryFacts";
