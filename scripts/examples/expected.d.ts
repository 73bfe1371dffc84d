// Types for expected.js: the independent computation of what the example batch consolidates to.
export interface ExpectedOptions {
  /** Leave out sheets whose period differs from the batch's (default true). */
  excludePeriodMismatch?: boolean;
  /** Leave out negative counts/areas/money (default true). */
  excludeNegative?: boolean;
  /** Leave out % shares outside 0–100 (default true). */
  excludeShareOutOfRange?: boolean;
  /** Which of two plan columns counts (default "first"). */
  planColumn?: "first" | "last";
}

export interface Contribution {
  file: string;
  sheet: string;
  unit: string;
  field: "current" | "previous" | "plan";
  /** In the catalog unit. */
  value: number;
}

export interface Expected {
  current: number | null;
  previous: number | null;
  plan: number | null;
  yoy: { abs: number; pct: number } | null;
  planPct: number | null;
}

export const CATALOG: Record<
  string,
  { unit: string; agg: "sum" | "none" | "ratio"; ratio?: [string, string]; share?: boolean }
>;
export const UNIT_FACTORS: Record<string, number>;
export function expectedContributions(options?: ExpectedOptions): Record<string, Contribution[]>;
export function expectedSummary(options?: ExpectedOptions): Record<string, Expected>;
/** Whether every unit listing the code has a current value that counts. */
export function currentComplete(code: string): boolean;
export function lastYearWorkbook(): Record<
  string,
  { current: number | null; previous: number | null; plan: number | null }
>;
export function previousDisagreements(
  options?: ExpectedOptions,
): { code: string; lastYear: number; departments: number }[];
