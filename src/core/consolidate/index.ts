/** Consolidation: from validated sheets to the summary, with last year's figures and plans. */
export { consolidate } from "./consolidate";
export type { ConsolidateOptions } from "./consolidate";
export { readPreviousFigures } from "./previous";
export { exactSum } from "./exactSum";
export { judgePlan, planText } from "./planJudgement";
export type * from "./types";
export { unitFigures } from "./byUnit";
export type { UnitFigures } from "./byUnit";
