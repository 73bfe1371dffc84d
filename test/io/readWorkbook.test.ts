import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/io";
import type { SheetGrid } from "../../src/core/types";
import { xlsxBytes } from "./build";

describe("readWorkbook: values as a planner typed them", () => {
  let grids: SheetGrid[];
  let issues: Awaited<ReturnType<typeof readWorkbook>>["issues"];

  beforeAll(async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("Biểu số 1");
      ws.getCell("A1").value = "BÁO CÁO KẾT QUẢ";
      ws.getCell("B2").value = 1820.5;
      ws.getCell("B2").numFmt = "#,##0.00";
      ws.getCell("C2").value = "1.820"; // a number typed as text: stays text for the core to judge
      ws.getCell("D2").value = "  0,47 ";
      ws.getCell("A3").value = new Date(Date.UTC(2026, 5, 30));
      ws.getCell("A3").numFmt = "dd/mm/yyyy";
      ws.getCell("B3").value = 45838; // a serial shown as a plain number is a number, not a date
      ws.getCell("B4").value = { formula: "B2*2", result: 3641 };
      ws.getCell("C4").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue; // never calculated
      ws.getCell("D4").value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellFormulaValue;
      ws.getCell("E4").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      ws.getCell("F4").value = {
        formula: "TODAY()",
        result: new Date(Date.UTC(2026, 0, 15)),
      } as ExcelJS.CellFormulaValue;
      ws.getCell("F4").numFmt = "dd/mm/yyyy";
      ws.getCell("A5").value = {
        richText: [{ text: "Tæng sè ", font: { name: ".VnTime" } }, { text: "hé" }],
      };
      ws.getCell("B5").value = true;
      ws.getCell("C5").value = { text: "Cổng thông tin", hyperlink: "https://example.vn" };
      ws.getCell("D5").value = "Lúa";
      ws.getCell("D5").font = { name: "VNI-Times", size: 13 };
      ws.getCell("C7").value = "Thực hiện";
      ws.mergeCells("C7:D8");
      ws.getCell("Z20").font = { bold: true }; // styled but empty: no phantom value
    });
    ({ grids, issues } = await readWorkbook(bytes, "don-vi-a.xlsx"));
  });

  it("reads one grid per sheet, named after the file and the sheet, without issues", () => {
    expect(issues).toEqual([]);
    expect(grids.map((g) => [g.file, g.sheet])).toEqual([["don-vi-a.xlsx", "Biểu số 1"]]);
  });

  it("keeps numbers as numbers and text that looks like a number as text", () => {
    const v = grids[0].values;
    expect(v[0][0]).toBe("BÁO CÁO KẾT QUẢ");
    expect(v[1][1]).toBe(1820.5);
    expect(v[1][2]).toBe("1.820");
    expect(v[1][3]).toBe("  0,47 ");
    expect(v[2][1]).toBe(45838);
    expect(v[4][1]).toBe(true);
  });

  it("gives Dates only for date-formatted cells", () => {
    const d = grids[0].values[2][0];
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString().slice(0, 10)).toBe("2026-06-30");
    const f = grids[0].values[3][5];
    expect(f).toBeInstanceOf(Date);
    expect((f as Date).toISOString().slice(0, 10)).toBe("2026-01-15");
  });

  it("reads formulas by their cached result, null when never calculated, errors as errors", () => {
    const row = grids[0].values[3];
    expect(row[1]).toBe(3641);
    expect(row[2]).toBeNull();
    expect(row[3]).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(row[4]).toEqual({ kind: "error", code: "#REF!" });
  });

  it("joins rich text and takes its legacy font, reads hyperlink text", () => {
    const g = grids[0];
    expect(g.values[4][0]).toBe("Tæng sè hé");
    expect(g.fonts![4][0]).toBe(".VnTime");
    expect(g.values[4][2]).toBe("Cổng thông tin");
  });

  it("gives fonts and number formats parallel to values", () => {
    const g = grids[0];
    expect(g.fonts![4][3]).toBe("VNI-Times");
    expect(g.numberFormats![1][1]).toBe("#,##0.00");
    expect(g.numberFormats![2][0]).toBe("dd/mm/yyyy");
    g.values.forEach((row, r) => {
      expect(g.numberFormats![r].length).toBe(row.length);
      expect(g.fonts![r].length).toBe(row.length);
    });
  });

  it("lists merges as A1 ranges and does not repeat the merged value in covered cells", () => {
    const g = grids[0];
    expect(g.merges).toEqual(["C7:D8"]);
    expect(g.values[6][2]).toBe("Thực hiện");
    expect(g.values[6][3] ?? null).toBeNull();
    expect((g.values[7] ?? []).filter((x) => x !== null)).toEqual([]);
  });

  it("does not invent values for styled empty cells, and every row up to the last is an array", () => {
    const g = grids[0];
    // Last value is C7; row 8 only holds the merge, row 20 only a style.
    expect(g.values.length).toBe(7);
    for (const row of g.values) expect(Array.isArray(row)).toBe(true);
  });
});

describe("readWorkbook: several sheets", () => {
  it("reads sheets in tab order, keeps hidden sheets and notes them", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("Tổng hợp").getCell("A1").value = "x";
      const hidden = wb.addWorksheet("Danh mục");
      hidden.state = "hidden";
      hidden.getCell("A1").value = "Mã";
      wb.addWorksheet("Trống");
    });
    const { grids, issues } = await readWorkbook(bytes.buffer.slice(0) as ArrayBuffer, "f.xlsx");
    expect(grids.map((g) => g.sheet)).toEqual(["Tổng hợp", "Danh mục", "Trống"]);
    expect(grids[1].values[0][0]).toBe("Mã");
    expect(grids[2].values).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        sheet: "Danh mục",
        severity: "info",
        rule: "sheet-hidden",
        file: "f.xlsx",
      }),
    ]);
  });

  it("skips only the sheet over the row limit and still reads the others", async () => {
    const bytes = await xlsxBytes((wb) => {
      const big = wb.addWorksheet("Lớn");
      for (let r = 1; r <= 60; r++) big.getCell(r, 1).value = r;
      const small = wb.addWorksheet("Nhỏ");
      small.getCell("B2").value = 7;
    });
    const { grids, issues } = await readWorkbook(bytes, "f.xlsx", { maxRowsPerSheet: 50 });
    expect(grids.map((g) => g.sheet)).toEqual(["Nhỏ"]);
    expect(grids[0].values[1][1]).toBe(7);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: "f.xlsx",
      sheet: "Lớn",
      cell: null,
      severity: "error",
      rule: "sheet-too-large",
    });
    expect(issues[0].message).toContain("Lớn");
    expect(issues[0].message).toContain("60");
  });

  it("skips a sheet over the cell limit", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("Rộng");
      for (let c = 1; c <= 30; c++) ws.getCell(1, c).value = c;
    });
    const { grids, issues } = await readWorkbook(bytes, "f.xlsx", { maxCellsPerSheet: 20 });
    expect(grids).toEqual([]);
    expect(issues.map((i) => i.rule)).toEqual(["sheet-too-large"]);
  });
});

describe("readWorkbook: decoding", () => {
  it("decodes Excel's _xHHHH_ escapes and keeps line breaks inside cells", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "Dòng 1\nDòng 2";
    });
    const { grids } = await readWorkbook(bytes, "f.xlsx");
    expect(grids[0].values[0][0]).toBe("Dòng 1\nDòng 2");
  });
});
