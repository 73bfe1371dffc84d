/**
 * The text helpers skip work on the common case (whole numbers, plain ASCII, no old-style tone
 * marks) and keep answers in bounded caches. These tests hold every shortcut to what the full
 * computation gives, so a planner sees the same figures and matches whichever path ran.
 */
import fc from "fast-check";
import { cleanText, foldKey, matchKey, unifyTones } from "./normalize";
import { formatViNumber } from "./vnNumber";
import { isBlank } from "../parse/gridText";

/** formatViNumber as it was written on Intl alone: the reference for the shortcut. */
function formatWithIntl(value: number, decimals: number): string {
  const parts = new Intl.NumberFormat("vi-VN", {
    useGrouping: false,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).formatToParts(Math.abs(value));
  let int = "";
  let frac = "";
  for (const p of parts) {
    if (p.type === "integer") int += p.value;
    else if (p.type === "fraction") frac += p.value;
  }
  int = int.replace(/\D/g, "") || "0";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = frac ? grouped + "," + frac : grouped;
  return value < 0 && !/^[0.,]*$/.test(body) ? "-" + body : body;
}

/** cleanText without its shortcut and cache. */
function cleanTextFull(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u200B-\u200D\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    .replace(/[\s\u00A0]+/g, " ")
    .trim();
}

describe("formatViNumber rounds exactly as Intl does", () => {
  it.each<[number, number, string]>([
    [1.005, 2, "1,01"],
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [99.995, 2, "100,00"],
    [9999.96, 1, "10.000,0"],
    [0.045, 2, "0,05"],
    [-0.004, 2, "0,00"],
    [1234567.891, 2, "1.234.567,89"],
  ])("%p at %p decimals → %p", (value, decimals, shown) => {
    expect(formatViNumber(value, decimals)).toBe(shown);
    expect(formatViNumber(value, decimals)).toBe(formatWithIntl(value, decimals));
  });

  it("matches Intl for any figure and any number of decimals", () => {
    const figure = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      // Ties: a 5 right after the last decimal kept.
      fc
        .tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 5 }))
        .map(([n, k]) => (n + 0.5) / 10 ** k),
    );
    fc.assert(
      fc.property(figure, fc.integer({ min: 0, max: 20 }), (value, decimals) => {
        expect(formatViNumber(value, decimals)).toBe(formatWithIntl(value, decimals));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("text clean-up shortcuts", () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc
      .array(
        fc.constantFrom(
          "a",
          "o",
          "O",
          "u",
          "y",
          " ",
          "\u00A0",
          "\u0300",
          "\u0309",
          "à",
          "q",
          "\u200B",
          "\t",
        ),
      )
      .map((cs) => cs.join("")),
  );

  it("cleanText gives what the full clean-up gives, also when asked again", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(cleanText(s)).toBe(cleanTextFull(s));
        expect(cleanText(s)).toBe(cleanTextFull(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("a cell is blank exactly when its cleaned text is empty", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(isBlank(s)).toBe(cleanTextFull(s) === "");
      }),
      { numRuns: 2000 },
    );
    for (const s of ["", " ", "\u00A0\u200B", "\u2066\u2069\n", "\u3000", " x "]) {
      expect(isBlank(s)).toBe(cleanTextFull(s) === "");
    }
  });

  it("old and new tone placement still give one key whatever the text around them", () => {
    expect(unifyTones("Thuỷ lợi hoà bình")).toBe("Thủy lợi hòa bình");
    expect(unifyTones("quý hoàn")).toBe("quý hoàn");
    expect(matchKey("HOÀ BÌNH:")).toBe(matchKey("Hòa Bình"));
    expect(foldKey("Đàn bò")).toBe("dan bo");
  });

  it("keys stay right after the caches fill up and are cleared", () => {
    const names = Array.from({ length: 60_000 }, (_, i) => `Chỉ tiêu hoà số ${i}`);
    for (const n of names) matchKey(n);
    expect(matchKey("Diện tích Thuỷ sản (ha):")).toBe("diện tích thủy sản(ha)");
    expect(matchKey(names[0])).toBe("chỉ tiêu hòa số 0");
    expect(foldKey(names[59_999])).toBe("chi tieu hoa so 59999");
  });
});
