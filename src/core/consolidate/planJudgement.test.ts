import { judgePlan, lowerIsBetter } from "./planJudgement";
import type { PlanValue } from "../types";

const range: PlanValue = { kind: "range", low: 2.5, high: 3, text: "2,5-3,0" };
const about: PlanValue = { kind: "bound", op: "about", value: 3, text: "Khoảng 3" };

describe("judging a plan written as a range or “khoảng”", () => {
  it("more is better by default: above the range exceeds it", () => {
    expect(judgePlan(range, 3.78)).toBe("Vượt");
    expect(judgePlan(range, 2.7)).toBe("Đạt");
    expect(judgePlan(range, 2.1)).toBe("Không đạt");
  });

  it("for a poverty rate, above the range missed it and below did better", () => {
    expect(judgePlan(range, 3.78, true)).toBe("Không đạt");
    expect(judgePlan(range, 2.7, true)).toBe("Đạt");
    expect(judgePlan(range, 2.1, true)).toBe("Vượt");
    expect(judgePlan(about, 3.5, true)).toBe("Không đạt");
    expect(judgePlan(about, 2.5, true)).toBe("Vượt");
    expect(judgePlan(about, 3.05, true)).toBe("Đạt");
  });

  it("tells from the name which indicators are better lower", () => {
    for (const name of [
      "Tỷ lệ hộ nghèo",
      "Tỷ lệ hộ cận nghèo",
      "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
      "Số vụ tai nạn giao thông",
      "Tỷ lệ thất nghiệp khu vực thành thị",
      "TY LE HO NGHEO",
    ])
      expect([name, lowerIsBetter(name)]).toEqual([name, true]);
    for (const name of [
      "Tỷ lệ giảm hộ nghèo",
      "Số hộ thoát nghèo",
      "Số vụ vi phạm được xử lý",
      "Diện tích lúa",
      "Tỷ lệ hồ sơ giải quyết đúng hạn",
    ])
      expect([name, lowerIsBetter(name)]).toEqual([name, false]);
  });
});
