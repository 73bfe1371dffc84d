/**
 * Plans written in words ("Trên 95", "6,6-6,8", "Khoảng 4", "Dưới 3") cannot give a percentage
 * of plan reached; reports instead say whether the target was met (Đạt), missed (Không đạt) or
 * exceeded (Vượt).
 */
import type { PlanValue } from "../types";
import type { PlanJudgement } from "./types";
import { foldKey } from "../text/normalize";

/** "Khoảng 4" is met within ±5 % of 4: the tolerance reports use when they say "about". */
const ABOUT_TOLERANCE = 0.05;

// Indicators of which less is better: a poverty rate above its target range missed it, and
// one below the range did better than planned. Read from the name, since catalogs do not say.
const LOWER_IS_BETTER_RE =
  /\b(?:ho ngheo|ho can ngheo|suy dinh duong|that nghiep|tai nan|vi pham|toi pham|o nhiem|tu vong|bo hoc|sinh con thu (?:ba|3)|no xau|chay rung|ma tuy|khieu nai|to cao|thiet hai)\b/;
// … unless the indicator counts what is done against it ("Tỷ lệ giảm hộ nghèo", "Số hộ thoát
// nghèo", "Số vụ vi phạm được xử lý").
const AGAINST_IT_RE =
  /\b(?:giam|thoat|xu ly|giai quyet|khac phuc|phong chong|phong ngua|ngan chan|triet pha|dieu tra|kham pha)\b/;

/** Whether less of the indicator is better, by its name ("Tỷ lệ hộ nghèo", "Số vụ tai nạn"). */
export function lowerIsBetter(name: string): boolean {
  const f = foldKey(name);
  return LOWER_IS_BETTER_RE.test(f) && !AGAINST_IT_RE.test(f);
}

export function judgePlan(
  plan: PlanValue | null,
  current: number | null,
  lessIsBetter = false,
): PlanJudgement | null {
  if (!plan || current === null) return null;
  switch (plan.kind) {
    case "number":
    case "text":
      return null;
    case "range":
      if (lessIsBetter) {
        if (current > plan.high) return "Không đạt";
        return current < plan.low ? "Vượt" : "Đạt";
      }
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
          const short = lessIsBetter ? current > v + tol : current < v - tol;
          const beyond = lessIsBetter ? current < v - tol : current > v + tol;
          if (short) return "Không đạt";
          return beyond ? "Vượt" : "Đạt";
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
