/**
 * The pre-check before ExcelJS: a sheet over the row or cell limit is counted from the zip and
 * blanked, so ExcelJS never builds it; the other sheets are left exactly as they were.
 */
import { precheckSheets } from "../../src/io/sheetPrecheck";
import { readWorkbook } from "../../src/io/readWorkbook";
import { readZipDirectory } from "../../src/io/zipDirectory";
import { xlsxBytes } from "./build";

function twoSheets(bigRows: number): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const small = wb.addWorksheet("Biểu 1");
    small.getCell("A1").value = "Chỉ tiêu";
    small.getCell("B1").value = 42;
    const big = wb.addWorksheet("Dữ liệu lớn");
    for (let r = 1; r <= bigRows; r++) {
      big.getCell(r, 1).value = r;
      big.getCell(r, 2).value = `dòng ${r}`;
    }
  });
}

describe("precheckSheets", () => {
  it("names the sheet over the row limit with its counts and blanks it in a copy", async () => {
    const bytes = await twoSheets(400);
    const before = bytes.slice();
    const pre = precheckSheets(bytes, readZipDirectory(bytes), {
      maxRowsPerSheet: 100,
      maxCellsPerSheet: 1_000_000,
    });
    expect(pre.oversized).toEqual([{ name: "Dữ liệu lớn", rows: 400, cells: 800 }]);
    expect(bytes).toEqual(before); // the caller's bytes are not touched
    const r = await readWorkbook(pre.bytes, "lon.xlsx", undefined, { engine: "exceljs" });
    const bySheet = new Map(r.grids.map((g) => [g.sheet, g]));
    expect(bySheet.get("Biểu 1")!.values[0]).toEqual(["Chỉ tiêu", 42]);
    expect(bySheet.get("Dữ liệu lớn")!.values).toEqual([]);
  });

  it("also catches a sheet over the cell limit, and leaves a workbook within limits as is", async () => {
    const bytes = await twoSheets(60);
    const cells = precheckSheets(bytes, readZipDirectory(bytes), {
      maxRowsPerSheet: 1000,
      maxCellsPerSheet: 100,
    });
    expect(cells.oversized.map((o) => [o.name, o.cells])).toEqual([["Dữ liệu lớn", 120]]);
    const fine = precheckSheets(bytes, readZipDirectory(bytes), {
      maxRowsPerSheet: 1000,
      maxCellsPerSheet: 1000,
    });
    expect(fine.oversized).toEqual([]);
    expect(fine.bytes).toBe(bytes);
  });

  it("through readWorkbook with ExcelJS: the big sheet is reported, the other one read", async () => {
    const bytes = await twoSheets(400);
    const r = await readWorkbook(
      bytes,
      "lon.xlsx",
      { maxRowsPerSheet: 100 },
      { engine: "exceljs" },
    );
    expect(r.grids.map((g) => g.sheet)).toEqual(["Biểu 1"]);
    expect(r.issues.map((i) => [i.rule, i.sheet])).toEqual([["sheet-too-large", "Dữ liệu lớn"]]);
    expect(r.issues[0].message).toContain("400");
  });
});
