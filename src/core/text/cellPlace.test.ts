import { cellPlace, cellPlaces, PLACE_GROUP_END } from "./cellPlace";

describe("cellPlace", () => {
  it("names file, sheet and cell in the pane's order", () => {
    expect(cellPlace({ file: "Phòng KT.xlsx", sheet: "Biểu 01", cell: "E5" })).toBe(
      "tệp Phòng KT.xlsx, trang “Biểu 01”, ô E5",
    );
  });

  it("names each file and sheet once, cells in the order given, repeats dropped", () => {
    expect(
      cellPlaces([
        { file: "a.xlsx", sheet: "Biểu", cell: "D18" },
        { file: "b.xlsx", sheet: "Thôn Nam", cell: "E9" },
        { file: "a.xlsx", sheet: "Biểu", cell: "D19" },
        { file: "a.xlsx", sheet: "Biểu", cell: "D20" },
        { file: "a.xlsx", sheet: "Biểu", cell: "D19" },
      ]),
    ).toBe("tệp a.xlsx, trang “Biểu”, ô D18, ô D19 và ô D20; tệp b.xlsx, trang “Thôn Nam”, ô E9");
  });

  it("keeps two sheets of one file apart", () => {
    expect(
      cellPlaces([
        { file: "a.xlsx", sheet: "S1", cell: "A1" },
        { file: "a.xlsx", sheet: "S2", cell: "A1" },
      ]),
    ).toBe("tệp a.xlsx, trang “S1”, ô A1; tệp a.xlsx, trang “S2”, ô A1");
  });

  it("ends in what the narrative strips by", () => {
    expect(
      PLACE_GROUP_END.test(`(${cellPlace({ file: "x (1).xlsx", sheet: "S", cell: "AB12" })})`),
    ).toBe(true);
    expect(PLACE_GROUP_END.test("(so với 2025)")).toBe(false);
  });
});
