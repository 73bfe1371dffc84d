/** Validation of indicator sheets: resolve against the catalog, run every rule, sort issues. */
export { resolveSheet, unknownKey, isUsable } from "./resolve";
export { validateBatch, sortIssues } from "./validateBatch";
export { ALL_RULES, findRule } from "./registry";
export { DEFAULT_OPTIONS } from "./types";
export type {
  BatchRule,
  CatalogMatch,
  ExcludedValue,
  Finding,
  Matcher,
  ResolvedRow,
  ResolvedSheet,
  Rule,
  RuleContext,
  SheetRef,
  SheetRule,
  SkippedSheet,
  ValidateOptions,
  ValidationResult,
  ValueField,
} from "./types";
