import { readPlan } from "./plan";

describe("readPlan", () => {
  test("a number cell is a plain number plan", () => {
    expect(readPlan(1820)).toEqual({ value: { kind: "number", value: 1820 }, status: "number" });
    expect(readPlan(6.5, "0.0")).toEqual({
      value: { kind: "number", value: 6.5 },
      status: "number",
    });
  });

  test("a number typed the Vietnamese way is read and flagged as text", () => {
    expect(readPlan("2.715,40")).toEqual({
      value: { kind: "number", value: 2715.4 },
      status: "text-number",
    });
    expect(readPlan(" 1.820 ")).toEqual({
      value: { kind: "number", value: 1820 },
      status: "text-number",
    });
  });

  test.each([
    ["6,6-6,8", 6.6, 6.8],
    ["6,6 - 6,8", 6.6, 6.8],
    ["6,6÷6,8", 6.6, 6.8],
    ["6,6 ÷ 6,8", 6.6, 6.8],
    ["6,6 – 6,8%", 6.6, 6.8],
    ["Từ 6,6 đến 6,8", 6.6, 6.8],
    ["1.200-1.500", 1200, 1500],
  ])("range %p", (text, low, high) => {
    expect(readPlan(text)).toEqual({
      value: { kind: "range", low, high, text: text.trim() },
      status: "number",
    });
  });

  test.each([
    ["Trên 4", "above", 4],
    ["trên 4%", "above", 4],
    ["Từ 4 trở lên", "atLeast", 4],
    ["4 trở lên", "atLeast", 4],
    ["Ít nhất 4", "atLeast", 4],
    ["≥ 4", "atLeast", 4],
    [">=95", "atLeast", 95],
    ["Không dưới 90", "atLeast", 90],
    ["Dưới 3", "below", 3],
    ["dưới 1,5%", "below", 1.5],
    ["Không quá 3", "atMost", 3],
    ["≤3", "atMost", 3],
    ["Tối đa 2,5", "atMost", 2.5],
    ["Khoảng 4", "about", 4],
    ["khoảng 1.200", "about", 1200],
    ["TRÊN 4", "above", 4],
  ])("bound %p", (text, op, value) => {
    expect(readPlan(text)).toEqual({ value: { kind: "bound", op, value, text }, status: "number" });
  });

  test("decomposed text reads like composed", () => {
    expect(readPlan("Khoảng 4".normalize("NFD")).value).toMatchObject({
      kind: "bound",
      op: "about",
      value: 4,
    });
    expect(readPlan("Từ 4 trở lên".normalize("NFD")).value).toMatchObject({
      kind: "bound",
      op: "atLeast",
      value: 4,
    });
  });

  test("free text stays a text plan, with nothing to compare against", () => {
    expect(readPlan("Theo chỉ tiêu tỉnh giao")).toEqual({
      value: { kind: "text", text: "Theo chỉ tiêu tỉnh giao" },
      status: "not-number",
    });
    expect(readPlan("Giai đoạn 2026-2030").status).toBe("not-number");
  });

  test.each(["1.2.3", "12,5,0", "2.7150.000", "6,8-6,6", "1.5", "Trên 1.2.3"])(
    "malformed figures %p are invalid, never guessed",
    (text) => {
      expect(readPlan(text)).toEqual({ value: null, status: "invalid" });
    },
  );

  test("blanks, placeholders, errors and dates give no plan", () => {
    expect(readPlan(null)).toEqual({ value: null, status: "empty" });
    expect(readPlan("  ")).toEqual({ value: null, status: "empty" });
    expect(readPlan("-")).toEqual({ value: null, status: "empty" });
    expect(readPlan("x")).toEqual({ value: null, status: "empty" });
    expect(readPlan({ kind: "error", code: "#REF!" })).toEqual({ value: null, status: "error" });
    expect(readPlan(new Date(Date.UTC(2026, 0, 1)))).toEqual({ value: null, status: "not-number" });
  });
});
