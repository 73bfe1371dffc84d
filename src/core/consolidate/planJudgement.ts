/**
 * Plans written in words ("Trên 95", "6,6-6,8", "Khoảng 4", "Dưới 3") cannot give a percentage
 * of plan reached; reports instead say whether the target was met (Đạt), missed (Không đạt) or
 * exceeded (Vượt).
 */
import type { PlanValue } from "../types";
import type { PlanJudgement } from "./types";

/** "Khoảng 4" is met within ±5 % of 4: the tolerance reports use when they say "about". */
const ABOUT_TOLERANCE = 0.05;

export function judgePlan(plan: PlanValue | null, current: number | null): PlanJudgement | null {
  if (!plan || current === null) return null;
  switch (plan.kind) {
    case "number":
    case "text":
      return null;
    case "range":
      if (current < plan.low) return "Không đạt";
      return current > plan.high ? "Vượt" : "Đạt";
    case "bound": {
      const v = plan.value;
      switch (plan.op) {
        case "above":
          return current > v ? "Đạt" : "Không đạt";
        case "atLeast":
          return current >= v ? "Đạt" : "Không đạt";
        case "below":
          return current < v ? "Đạt" : "Không đạt";
        case "atMost":
          return current <= v ? "Đạt" : "Không đạt";
        case "about": {
          const tol = Math.abs(v) * ABOUT_TOLERANCE;
          if (current < v - tol) return "Không đạt";
          return current > v + tol ? "Vượt" : "Đạt";
        }
      }
    }
  }
}

/** The plan as a planner wrote it, for tables and text. */
export function planText(plan: PlanValue, format: (n: number) => string): string {
  switch (plan.kind) {
    case "number":
      return format(plan.value);
    case "text":
    case "range":
    case "bound":
      return plan.text;
  }
}
