import fc from "fast-check";
import { convertValue, normalizeUnit, unitFactor } from "./units";

describe("normalizeUnit", () => {
  test.each([
    ["Ha", "ha"],
    ["hécta", "ha"],
    ["HA", "ha"],
    ["(ha)", "ha"],
    ["Tấn", "tấn"],
    ["Tr.đ", "triệu đồng"],
    ["trđ", "triệu đồng"],
    ["Triệu đồng", "triệu đồng"],
    ["tr.đồng", "triệu đồng"],
    ["Tr. đồng", "triệu đồng"],
    ["trieu dong", "triệu đồng"],
    ["Tỷ đồng", "tỷ đồng"],
    ["tỷ đ", "tỷ đồng"],
    ["Tỉ đồng", "tỷ đồng"],
    ["Con", "con"],
    ["Người", "người"],
    ["%", "%"],
    ["Tạ/ha", "tạ/ha"],
    ["tạ / ha", "tạ/ha"],
    ["nghìn con", "nghìn con"],
    ["ngàn con", "nghìn con"],
    ["1000 con", "nghìn con"],
    ["1.000 con", "nghìn con"],
    ["m²", "m2"],
    ["Km²", "km2"],
    ["Lượt khách", "lượt"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeUnit(input)).toBe(expected);
  });

  test("decomposed Unicode and odd spacing give the same unit", () => {
    expect(normalizeUnit("Triệu\u00A0 đồng".normalize("NFD"))).toBe("triệu đồng");
    expect(normalizeUnit(" Người ".normalize("NFD"))).toBe("người");
  });

  test("an unknown unit comes back cleaned and lower case, tones unified", () => {
    expect(normalizeUnit("  Trạm ")).toBe("trạm");
    expect(normalizeUnit("Học Sinh")).toBe("học sinh");
    expect(normalizeUnit("Thuỷ thủ")).toBe(normalizeUnit("thủy thủ"));
  });
});

describe("unitFactor", () => {
  test.each([
    // mass
    ["kg", "tấn", 0.001],
    ["tấn", "kg", 1000],
    ["tạ", "tấn", 0.1],
    ["nghìn tấn", "tấn", 1000],
    // area
    ["ha", "m2", 10000],
    ["m²", "ha", 0.0001],
    ["nghìn ha", "ha", 1000],
    ["km2", "ha", 100],
    // money
    ["tỷ đồng", "triệu đồng", 1000],
    ["Tr.đ", "tỷ đồng", 0.001],
    ["nghìn đồng", "đồng", 1000],
    ["triệu đồng", "nghìn đồng", 1000],
    // heads, people, households
    ["nghìn con", "con", 1000],
    ["con", "nghìn con", 0.001],
    ["nghìn người", "người", 1000],
    ["nghìn hộ", "Hộ", 1000],
  ])("%s → %s is ×%d", (from, to, f) => {
    expect(unitFactor(from, to)).toBe(f);
  });

  test("the same unit in any spelling is 1, even one this module does not know", () => {
    expect(unitFactor("Ha", "hécta")).toBe(1);
    expect(unitFactor("Trường", "trường")).toBe(1);
    expect(unitFactor("Tr.đ", "triệu đồng")).toBe(1);
  });

  test.each([
    ["con", "ha"],
    ["người", "hộ"],
    ["tấn", "ha"],
    ["triệu đồng", "người"],
    ["%", "ha"],
    ["trường", "học sinh"],
    ["nghìn con", "nghìn người"],
  ])("%s and %s cannot be converted", (from, to) => {
    expect(unitFactor(from, to)).toBeNull();
    expect(convertValue(5, from, to)).toBeNull();
  });
});

describe("convertValue", () => {
  test("typical money conversions are exact", () => {
    expect(convertValue(2.5, "tỷ đồng", "triệu đồng")).toBe(2500);
    expect(convertValue(0.1, "tỷ đồng", "triệu đồng")).toBe(100);
    expect(convertValue(0.7, "tạ", "kg")).toBe(70);
    expect(convertValue(2500, "triệu đồng", "tỷ đồng")).toBe(2.5);
    expect(convertValue(1234, "kg", "tấn")).toBe(1.234);
    expect(convertValue(512340, "triệu đồng", "tỷ đồng")).toBe(512.34);
  });

  test("a decimal with up to 6 places moves its decimal point exactly, both ways", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 6 }),
        (digits, places) => {
          const value = Number(`${digits}e-${places}`);
          expect(convertValue(value, "tỷ đồng", "triệu đồng")).toBe(
            Number(`${digits}e${3 - places}`),
          );
          expect(convertValue(value, "triệu đồng", "tỷ đồng")).toBe(
            Number(`${digits}e${-3 - places}`),
          );
          expect(convertValue(value, "ha", "m2")).toBe(Number(`${digits}e${4 - places}`));
        },
      ),
    );
  });

  test("the same unit leaves the value untouched", () => {
    expect(convertValue(0.1 + 0.2, "ha", "Ha")).toBe(0.1 + 0.2);
  });
});
