/** Every validation rule, in one list: a rule not listed here does not run. */
import { CATALOG_RULES } from "./rules/catalog";
import { CONSISTENCY_RULES } from "./rules/consistency";
import { META_SOURCE_RULES } from "./rules/metaSources";
import { STRUCTURE_RULES } from "./rules/structure";
import { TEXT_RULES } from "./rules/text";
import { VALUE_RULES } from "./rules/values";
import type { Rule } from "./types";

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
