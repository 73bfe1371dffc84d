/** Every validation rule, in one list: a rule not listed here does not run. */
import { CATALOG_RULES } from "./rules/catalog";
import { CONSISTENCY_RULES, forgetSheetMemo } from "./rules/consistency";
import { forgetStatusIndex } from "./rules/fields";
import { META_SOURCE_RULES } from "./rules/metaSources";
import { STRUCTURE_RULES } from "./rules/structure";
import { TEXT_RULES } from "./rules/text";
import { VALUE_RULES } from "./rules/values";
import type { ResolvedSheet, Rule } from "./types";

export const ALL_RULES: readonly Rule[] = [
  ...STRUCTURE_RULES,
  ...META_SOURCE_RULES,
  ...VALUE_RULES,
  ...CATALOG_RULES,
  ...CONSISTENCY_RULES,
  ...TEXT_RULES,
];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

/**
 * Drops what the rules worked out once per sheet for one another (row statuses, totals and
 * their parts, first rows by key). Kept by sheet, they lived as long as the resolved sheets,
 * which the hosts keep for the whole run: ~2 MB at 150 units that no one reads again. A rule
 * run later on the same sheet works them out anew.
 */
export function forgetRuleMemos(sheet: ResolvedSheet): void {
  forgetStatusIndex(sheet);
  forgetSheetMemo(sheet);
}
