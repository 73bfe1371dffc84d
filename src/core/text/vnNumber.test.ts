import fc from "fast-check";
import {
  autoDecimals,
  formatViNumber,
  formatViPercent,
  parseViNumber,
  parseViNumberDetailed,
} from "./vnNumber";

describe("parseViNumber", () => {
  it.each<[string, number]>([
    ["2.715,40", 2715.4],
    ["1.820", 1820],
    ["0,47", 0.47],
    ["-12,5", -12.5],
    ["12.480", 12480],
    ["1 820", 1820],
    ["1\u00A0820", 1820],
    ["1\u202F820,5", 1820.5],
    ["12 345 678", 12345678],
    ["12,5%", 12.5],
    ["12,5 %", 12.5],
    ["(1.234)", -1234],
    ["(12,5%)", -12.5],
    ["+7", 7],
    ["\u22123,5", -3.5],
    ["  512.340 ", 512340],
    ["1820", 1820],
    ["007", 7],
    ["0", 0],
    ["-0", 0],
    ["1.234.567,891", 1234567.891],
    ["1.500", 1500],
    ["1,234", 1.234],
  ])("reads %j as %p", (text, expected) => {
    expect(parseViNumber(text)).toBe(expected);
  });

  it.each([
    "2.7150.000",
    "1.2.3",
    "12,5,0",
    "abc",
    "",
    "   ",
    "1,2,3",
    "12 ha",
    "--5",
    "+-5",
    "(-5)",
    "1.5",
    "0.47",
    "1,234.56",
    "1.234,5.6",
    "1.23",
    "1.2345",
    "0.123",
    "1 82",
    "1  820",
    "1.820 000",
    ",5",
    "5,",
    "5-",
    "- 5",
    "%",
    "1e5",
    "Infinity",
    "12,5%%",
    "(1.234",
    "12 3",
  ])("refuses %j", (text) => {
    expect(parseViNumber(text)).toBeNull();
  });

  it("never yields -0", () => {
    expect(Object.is(parseViNumber("-0,00"), 0)).toBe(true);
  });

  it("tells written decimals and percent", () => {
    expect(parseViNumberDetailed("2.715,40")).toEqual({
      value: 2715.4,
      decimals: 2,
      percent: false,
    });
    expect(parseViNumberDetailed("108,5%")).toEqual({ value: 108.5, decimals: 1, percent: true });
    expect(parseViNumberDetailed("1.820")).toEqual({ value: 1820, decimals: 0, percent: false });
  });

  it("accepts decomposed or exotic-space input only where it is a group", () => {
    expect(parseViNumber("\u00A01.820\u00A0")).toBe(1820);
    expect(parseViNumber("1\t820")).toBeNull();
  });
});

describe("formatViNumber", () => {
  it("groups with dots and uses a decimal comma", () => {
    expect(formatViNumber(1820)).toBe("1.820");
    expect(formatViNumber(2715.4, 2)).toBe("2.715,40");
    expect(formatViNumber(2715.4)).toBe("2.715,4");
    expect(formatViNumber(-1820)).toBe("-1.820");
    expect(formatViNumber(12345678.5, 1)).toBe("12.345.678,5");
    expect(formatViNumber(999)).toBe("999");
    expect(formatViNumber(1000)).toBe("1.000");
    expect(formatViNumber(1e12)).toBe("1.000.000.000.000");
    expect(formatViNumber(0.47)).toBe("0,47");
  });

  it("rounds decimally, half away from zero", () => {
    expect(formatViNumber(1.005, 2)).toBe("1,01");
    expect(formatViNumber(2.5, 0)).toBe("3");
    expect(formatViNumber(-2.5, 0)).toBe("-3");
    expect(formatViNumber(1820.456, 0)).toBe("1.820");
  });

  it("never prints -0 and never uses NBSP", () => {
    expect(formatViNumber(-0.001, 2)).toBe("0,00");
    expect(formatViNumber(-0)).toBe("0");
    for (const v of [1820, -1234567.89, 0.5, 1e9])
      expect(formatViNumber(v, 2)).not.toMatch(/[\u00A0\u202F\s]/);
  });

  it("round-trips through parseViNumber", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        (cents, d) => {
          const x = cents / 100; // finite, up to 2 decimals, within ±1e12
          const expected = Number(x.toFixed(2)); // x has ≤2 decimals already
          const rounded = roundHalfAway(expected, d);
          const got = parseViNumber(formatViNumber(x, d));
          expect(got).not.toBeNull();
          expect(got).toBeCloseTo(rounded, 6);
          expect(got).toBe(rounded);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("round-trips arbitrary doubles at their auto decimals", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const text = formatViNumber(x);
        const back = parseViNumber(text);
        expect(back).not.toBeNull();
        expect(Math.abs((back as number) - x)).toBeLessThanOrEqual(0.005 + Math.abs(x) * 1e-15);
      }),
    );
  });
});

/** Rounds a value with ≤2 decimals to d decimals, half away from zero, exactly via integers. */
function roundHalfAway(x: number, d: number): number {
  const cents = Math.round(Math.abs(x) * 100); // exact for ≤2 decimals within range
  const step = 10 ** (2 - d);
  const q = Math.floor(cents / step);
  const r = cents - q * step;
  const up = r * 2 >= step ? q + 1 : q;
  const v = (up * step) / 100;
  const res = Number(v.toFixed(d));
  return x < 0 && res !== 0 ? -res : res;
}

describe("autoDecimals", () => {
  it("keeps at most two decimals, drops trailing zeros", () => {
    expect(autoDecimals(1820)).toBe(0);
    expect(autoDecimals(2715.4)).toBe(1);
    expect(autoDecimals(3.25)).toBe(2);
    expect(autoDecimals(12345.678)).toBe(2);
    expect(autoDecimals(7.999)).toBe(0); // rounds to 8
    expect(autoDecimals(0)).toBe(0);
  });

  it("shows tiny non-zero values with two significant digits", () => {
    expect(autoDecimals(0.0047)).toBe(4);
    expect(formatViNumber(0.0047)).toBe("0,0047");
    expect(autoDecimals(0.0000001)).toBeLessThanOrEqual(6);
  });
});

describe("formatViPercent", () => {
  it.each<[number, string]>([
    [0.47, "0,47%"],
    [0.5, "0,50%"],
    [108.5, "108,5%"],
    [100, "100%"],
    [3.25, "3,25%"],
    [3.2, "3,2%"],
    [0, "0%"],
    [-12.345, "-12,35%"],
    [1234.5, "1.234,5%"],
  ])("%p → %j", (pct, text) => {
    expect(formatViPercent(pct)).toBe(text);
  });

  it("fixes decimals when given", () => {
    expect(formatViPercent(108.5, 2)).toBe("108,50%");
    expect(formatViPercent(0.4712, 1)).toBe("0,5%");
  });

  it("reads back as the same percentage", () => {
    for (const p of [0.47, 108.5, 3.25, -7.1]) expect(parseViNumber(formatViPercent(p))).toBe(p);
  });
});
