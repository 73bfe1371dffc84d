/**
 * Codes typed as numbers in cells formatted "00": the planner sees 01, 02, and so must TongHop,
 * in a department's sheet and in the province's catalog, or the rows match no code.
 */
import { CATALOG_SHEET_NAME, catalogToGridRows, DEFAULT_SECTIONS } from "../../src/core/catalog";
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import type { CatalogIndicator, SheetGrid } from "../../src/core/types";
import { officeGrids, STANDARD, type OfficeSheet } from "./officeLayouts";

function indicator(code: string, name: string): CatalogIndicator {
  return {
    code,
    name,
    synonyms: [],
    unit: "con",
    section: "nong-nghiep",
    parent: null,
    componentRule: "notExceed",
    aggregation: "sum",
    isShare: false,
    nonNegative: true,
  };
}

const CATALOG = {
  sections: DEFAULT_SECTIONS.map((s) => ({ ...s })),
  indicators: [indicator("01", "Tổng đàn trâu"), indicator("02", "Tổng đàn bò")],
};

/** A department names its rows its own way: only the code can say which indicator each is. */
const livestock: OfficeSheet = {
  name: "Chăn nuôi",
  body: ["UBND XÃ HỢP HÒA", "PHÒNG KINH TẾ"],
  placeDate: "Hợp Hòa, ngày 18 tháng 6 năm 2026",
  titles: ["BÁO CÁO CHĂN NUÔI 6 THÁNG ĐẦU NĂM 2026"],
  header: ["STT", "Mã số", ...STANDARD.slice(1)],
  rows: [
    [1, 1, "Đàn trâu toàn xã", "con", 410, 420, 415],
    [2, 2, "Đàn bò toàn xã", "con", 12900, 12500, 12480],
  ],
};

/** The sheet with its code cells (column B of the two data rows, from `first`) formatted "00". */
function formatted(sheet: OfficeSheet, first: number): OfficeSheet {
  return { ...sheet, formats: { [`B${first}`]: "00", [`B${first + 1}`]: "00" } };
}

describe("zero-padded codes typed as numbers", () => {
  it("a department's 1 and 2 shown as 01 and 02 match the catalog's 01 and 02", async () => {
    const plain = await officeGrids("KinhTe.xlsx", [livestock]);
    // The first data row's number, wherever the layout put it (1-based for A1).
    const first = plain[0].values.findIndex((row) => row[1] === 1) + 1;
    expect(first).toBeGreaterThan(0);
    const grids = await officeGrids("KinhTe.xlsx", [formatted(livestock, first)]);
    const catalogGrid: SheetGrid = {
      file: "DanhMuc.xlsx",
      sheet: CATALOG_SHEET_NAME,
      values: catalogToGridRows(CATALOG),
    };
    const { catalog } = loadCatalog([catalogGrid]);
    const run = runConsolidate(grids, catalog);
    expect(run.issues.filter((i) => i.rule === "unknown-indicator")).toEqual([]);
    const byCode = new Map(run.summary.rows.map((r) => [r.code, r]));
    expect(byCode.get("01")?.current).toBe(415);
    expect(byCode.get("02")?.current).toBe(12480);

    // Without the format the cells show 1 and 2: they are not the catalog's codes.
    const unformatted = runConsolidate(plain, catalog);
    expect(unformatted.issues.filter((i) => i.rule === "unknown-indicator")).toHaveLength(2);
  });

  it("a catalog's codes typed as numbers and formatted 00 read as 01 and 02", async () => {
    const values = catalogToGridRows(CATALOG).map((row, r) =>
      r === 0 ? row : [Number(row[0]), ...row.slice(1)],
    );
    const numberFormats = values.map((row, r) => (r === 0 ? [] : ["00"]));
    const { catalog, issues } = loadCatalog([
      { file: "DanhMuc.xlsx", sheet: CATALOG_SHEET_NAME, values, numberFormats },
    ]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(catalog.indicators.filter((i) => i.code === "01" || i.code === "02")).toHaveLength(2);
  });
});
