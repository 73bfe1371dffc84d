/** Every check of a draft, in the order their findings are listed for one paragraph. */
import type { FactRule } from "./context";
import { documentRule } from "./documentRule";
import { commaRule, numberRule } from "./numberRule";
import { partsRule } from "./partsRule";
import { shareRule } from "./shareRule";
import { summaryRule } from "./summaryRule";
import { trendRule } from "./trendRule";
import { yoyRule } from "./yoyRule";

export const FACT_RULES: readonly FactRule[] = [
  numberRule,
  commaRule,
  yoyRule,
  shareRule,
  partsRule,
  trendRule,
  summaryRule,
  documentRule,
];
