import { numberAsShown } from "./numberAsShown";

describe("numberAsShown", () => {
  it("pads a whole number to a zero-padded format, as Excel shows it", () => {
    expect(numberAsShown(1, "00")).toBe("01");
    expect(numberAsShown(105, "0000")).toBe("0105");
    expect(numberAsShown(4, "00000")).toBe("00004");
    expect(numberAsShown(7, "00;-00")).toBe("07");
    // Already as wide as the format, or wider: as typed.
    expect(numberAsShown(12345, "000")).toBe("12345");
  });

  it("gives the plain digits for any other number or format", () => {
    expect(numberAsShown(1, null)).toBe("1");
    expect(numberAsShown(1, undefined)).toBe("1");
    expect(numberAsShown(1, "General")).toBe("1");
    expect(numberAsShown(1, "0")).toBe("1");
    expect(numberAsShown(1820, "#,##0")).toBe("1820");
    expect(numberAsShown(1, "0.00")).toBe("1");
    expect(numberAsShown(1.5, "00")).toBe("1.5");
    expect(numberAsShown(-3, "00")).toBe("-3");
  });
});
