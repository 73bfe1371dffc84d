import { describeNumberFormat, readNumber } from "./readNumber";

describe("readNumber", () => {
  it("takes number cells as they are", () => {
    expect(readNumber(1820)).toEqual({ value: 1820, status: "number" });
    expect(readNumber(-3.5, null)).toEqual({ value: -3.5, status: "number" });
    expect(readNumber(0)).toEqual({ value: 0, status: "number" });
  });

  it("reports the decimals the number format shows", () => {
    expect(readNumber(2715.4, "#,##0.00")).toEqual({
      value: 2715.4,
      status: "number",
      shownDecimals: 2,
    });
    expect(readNumber(1820, "#,##0")).toMatchObject({ shownDecimals: 0 });
    expect(readNumber(1820, "General")).not.toHaveProperty("shownDecimals");
  });

  it("keeps a percent-formatted cell's raw ratio and says the format is percent", () => {
    const r = readNumber(0.0047, "0.00%");
    expect(r.value).toBe(0.0047);
    expect(r.status).toBe("number");
    expect(r.shownDecimals).toBe(2);
    expect(r.percent).toBe("format");
  });

  it("reads Vietnamese numbers typed as text", () => {
    expect(readNumber("2.715,40")).toEqual({
      value: 2715.4,
      status: "text-number",
      shownDecimals: 2,
    });
    expect(readNumber(" 1.820 ")).toEqual({ value: 1820, status: "text-number", shownDecimals: 0 });
    expect(readNumber("1\u00A0820")).toMatchObject({ value: 1820, status: "text-number" });
    expect(readNumber("108,5%")).toEqual({
      value: 108.5,
      status: "text-number",
      shownDecimals: 1,
      percent: "text",
    });
  });

  it("treats blanks and placeholders as empty", () => {
    for (const raw of [null, undefined, "", "   ", "\u00A0", "-", "–", "—", "...", "…"]) {
      expect(readNumber(raw)).toEqual({ value: null, status: "empty" });
    }
  });

  it("never guesses a value from text that is not one number", () => {
    for (const raw of [
      "2.7150.000",
      "1.2.3",
      "12,5,0",
      "12 ha",
      "khoảng 5",
      "1.5",
      "--5",
      "Tăng",
    ]) {
      expect(readNumber(raw)).toEqual({ value: null, status: "invalid" });
    }
  });

  it("keeps Excel errors apart", () => {
    expect(readNumber({ kind: "error", code: "#REF!" })).toEqual({ value: null, status: "error" });
    expect(readNumber({ kind: "error", code: "#DIV/0!" }, "0.00")).toEqual({
      value: null,
      status: "error",
    });
  });

  it("says booleans and dates are not figures", () => {
    expect(readNumber(true)).toEqual({ value: null, status: "not-number" });
    expect(readNumber(new Date(2026, 4, 1))).toEqual({ value: null, status: "not-number" });
  });
});

describe("describeNumberFormat", () => {
  it.each<[string, number | undefined, boolean]>([
    ["#,##0.00", 2, false],
    ["#,##0", 0, false],
    ["0", 0, false],
    ["0.0", 1, false],
    ["0%", 0, true],
    ["0.00%", 2, true],
    ["#,##0.000;[Red]-#,##0.000", 3, false],
    ['#,##0.0 "tr.đ"', 1, false],
    ["#,##0 [$₫-42A]", 0, false],
    ['_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-', 2, false],
    ["General", undefined, false],
    ["@", undefined, false],
    ["0.00E+00", 2, false],
  ])("%j → %p decimals, percent %p", (fmt, decimals, percent) => {
    const d = describeNumberFormat(fmt);
    expect(d.decimals).toBe(decimals);
    expect(d.percent).toBe(percent);
    expect(d.date).toBe(false);
  });

  it("recognises date formats", () => {
    expect(describeNumberFormat("dd/mm/yyyy").date).toBe(true);
    expect(describeNumberFormat("[$-42A]d mmmm yyyy").date).toBe(true);
  });
});
