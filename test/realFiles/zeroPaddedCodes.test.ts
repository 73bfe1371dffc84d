/**
 * Codes typed as numbers in cells formatted "00": the planner sees 01, 02, and so must TongHop,
 * in a department's sheet and in the province's catalog, or the rows match no code.
 */
import { CATALOG_SHEET_NAME, catalogToGridRows, DEFAULT_SECTIONS } from "../../src/core/catalog";
import { createMatcher } from "../../src/core/catalog/matcher";
import { parseSheet } from "../../src/core/parse/parseSheet";
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

    // Without the format the cells show 1 and 2: all digits, so still the catalog's 01 and 02.
    const unformatted = runConsolidate(plain, catalog);
    expect(unformatted.issues.filter((i) => i.rule === "unknown-indicator")).toEqual([]);
    const plainByCode = new Map(unformatted.summary.rows.map((r) => [r.code, r]));
    expect(plainByCode.get("01")?.current).toBe(415);
    expect(plainByCode.get("02")?.current).toBe(12480);
  });

  it("a catalog whose codes are 1 and 2 takes a department's 01 and 02", async () => {
    const plain = await officeGrids("KinhTe.xlsx", [livestock]);
    const first = plain[0].values.findIndex((row) => row[1] === 1) + 1;
    const grids = await officeGrids("KinhTe.xlsx", [formatted(livestock, first)]);
    const unpadded = {
      sections: CATALOG.sections,
      indicators: [indicator("1", "Tổng đàn trâu"), indicator("2", "Tổng đàn bò")],
    };
    const catalogGrid: SheetGrid = {
      file: "DanhMuc.xlsx",
      sheet: CATALOG_SHEET_NAME,
      values: catalogToGridRows(unpadded),
    };
    const { catalog } = loadCatalog([catalogGrid]);
    const run = runConsolidate(grids, catalog);
    expect(run.issues.filter((i) => i.rule === "unknown-indicator")).toEqual([]);
    const byCode = new Map(run.summary.rows.map((r) => [r.code, r]));
    expect(byCode.get("1")?.current).toBe(415);
    expect(byCode.get("2")?.current).toBe(12480);
  });

  it("two catalog codes with the same digits (01 and 001) take neither by digits", () => {
    const { catalog } = loadCatalog([
      {
        file: "DanhMuc.xlsx",
        sheet: CATALOG_SHEET_NAME,
        values: catalogToGridRows({
          sections: CATALOG.sections,
          indicators: [indicator("01", "Tổng đàn trâu"), indicator("001", "Tổng đàn bò")],
        }),
      },
    ]);
    const match = createMatcher(catalog);
    expect(match({ code: "01", name: "" })?.indicator.code).toBe("01");
    expect(match({ code: "001", name: "" })?.indicator.code).toBe("001");
    expect(match({ code: "1", name: "" })).toBeNull();
  });

  it("an STT column formatted 00 still numbers parts 1.1 under 1", async () => {
    const sheet: OfficeSheet = {
      name: "Chăn nuôi",
      body: ["UBND XÃ HỢP HÒA", "PHÒNG KINH TẾ"],
      placeDate: "Hợp Hòa, ngày 18 tháng 6 năm 2026",
      titles: ["BÁO CÁO CHĂN NUÔI 6 THÁNG ĐẦU NĂM 2026"],
      header: STANDARD,
      rows: [
        [1, "Tổng đàn gia súc", "con", 13310, 12920, 12895],
        ["1.1", "Đàn trâu", "con", 410, 420, 415],
        ["1.2", "Đàn bò", "con", 12900, 12500, 12480],
      ],
    };
    const plain = await officeGrids("KinhTe.xlsx", [sheet]);
    const first = plain[0].values.findIndex((row) => row[0] === 1) + 1;
    expect(first).toBeGreaterThan(0);
    const grids = await officeGrids("KinhTe.xlsx", [
      { ...sheet, formats: { [`A${first}`]: "00" } },
    ]);
    const parsed = parseSheet(grids[0]);
    if (parsed.kind !== "sheet") throw new Error(parsed.reason);
    const [total, buffalo, cattle] = parsed.sheet.rows;
    expect(total.stt).toBe("1");
    expect(buffalo).toMatchObject({ isComponent: true, parentRow: total.row });
    expect(cattle).toMatchObject({ isComponent: true, parentRow: total.row });
  });
});

describe("a catalog's codes typed as numbers", () => {
  /** The catalog's rows with the given columns' cells typed as numbers and formatted. */
  function typed(ind: CatalogIndicator[], columns: Record<number, string | null>): SheetGrid {
    const rows = catalogToGridRows({ sections: CATALOG.sections, indicators: ind });
    const values = rows.map((row, r) =>
      r === 0
        ? row
        : row.map((v, c) =>
            c in columns && typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v,
          ),
    );
    const numberFormats = values.map((row, r) =>
      r === 0 ? [] : row.map((_, c) => columns[c] ?? null),
    );
    return { file: "DanhMuc.xlsx", sheet: CATALOG_SHEET_NAME, values, numberFormats };
  }

  it("codes typed as numbers and formatted 00 read as 01 and 02", async () => {
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

  it("a parent typed 1 in a General cell names the row coded 01", () => {
    const header = catalogToGridRows(CATALOG)[0];
    const codeCol = header.indexOf("Mã chỉ tiêu");
    const parentCol = header.indexOf("Thuộc chỉ tiêu (mã cha)");
    expect(codeCol).toBeGreaterThanOrEqual(0);
    expect(parentCol).toBeGreaterThanOrEqual(0);
    const cattle = { ...indicator("02", "Tổng đàn bò"), parent: "1" };
    const { catalog, issues } = loadCatalog([
      typed([indicator("01", "Tổng đàn gia súc"), cattle], { [codeCol]: "00", [parentCol]: null }),
    ]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(catalog.indicators.find((i) => i.code === "02")?.parent).toBe("01");
  });

  it("a yes/no flag typed 1 in a cell formatted 00 still reads as yes", () => {
    const header = catalogToGridRows(CATALOG)[0];
    const flagCol = header.findIndex((t) => typeof t === "string" && /không được âm/i.test(t));
    expect(flagCol).toBeGreaterThanOrEqual(0);
    const values = catalogToGridRows({
      sections: CATALOG.sections,
      indicators: [{ ...indicator("01", "Tổng đàn trâu"), nonNegative: false }],
    });
    values[1] = values[1].map((v, c) => (c === flagCol ? 1 : v));
    const numberFormats = values.map((row, r) =>
      r === 0 ? [] : row.map((_, c) => (c === flagCol ? "00" : null)),
    );
    const { catalog, issues } = loadCatalog([
      { file: "DanhMuc.xlsx", sheet: CATALOG_SHEET_NAME, values, numberFormats },
    ]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(catalog.indicators.find((i) => i.code === "01")?.nonNegative).toBe(true);
  });
});

describe("codes that match only by their digits", () => {
  it("a rate written 01/1 is a rate of one figure over itself: refused", () => {
    const households = indicator("01", "Tổng số hộ");
    const rate: CatalogIndicator = {
      ...indicator("02", "Tỷ lệ hộ có điện"),
      unit: "%",
      aggregation: "ratio",
      ratio: { numerator: "01", denominator: "1", scale: 100 },
    };
    const { catalog, issues } = loadCatalog([
      {
        file: "DanhMuc.xlsx",
        sheet: CATALOG_SHEET_NAME,
        values: catalogToGridRows({ sections: CATALOG.sections, indicators: [households, rate] }),
      },
    ]);
    const bad = issues.filter((i) => i.rule === "catalog-bad-ratio");
    expect(bad.map((i) => i.message)).toEqual([expect.stringContaining("“01/1”")]);
    expect(catalog.indicators.find((i) => i.code === "02")).toBeUndefined();
  });

  it("a name that is exactly another indicator's wins over a code matched by digits", () => {
    const match = createMatcher(CATALOG);
    // 1 is 01 (Tổng đàn trâu) by its digits only; the name is exactly 02's.
    expect(match({ code: "1", name: "Tổng đàn bò" })?.indicator.code).toBe("02");
    expect(match({ code: "1", name: "Đàn trâu toàn xã" })?.indicator.code).toBe("01");
    // Written exactly, the code still wins (and the mismatch is reported).
    expect(match({ code: "01", name: "Tổng đàn bò" })).toMatchObject({
      indicator: { code: "01" },
      nameMismatch: true,
    });
  });
});
