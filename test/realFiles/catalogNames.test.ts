/**
 * Names that are not synonyms (issue 10 item 9): a longer, qualified name is another indicator
 * unless the catalog lists it, and a planner's own catalog wins over the default one.
 */
import {
  CATALOG_SHEET_NAME,
  catalogToGridRows,
  DEFAULT_SECTIONS,
  defaultCatalog,
  indicatorNameKey,
} from "../../src/core/catalog";
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import type { CatalogIndicator, SheetGrid } from "../../src/core/types";
import { officeGrids, STANDARD, type OfficeSheet } from "./officeLayouts";

const labour: OfficeSheet = {
  name: "LĐ-XH",
  body: ["UBND XÃ HỢP HÒA", "PHÒNG VĂN HÓA - XÃ HỘI"],
  placeDate: "Hợp Hòa, ngày 18 tháng 6 năm 2026",
  titles: ["BÁO CÁO CHỈ TIÊU LAO ĐỘNG, AN SINH XÃ HỘI 6 THÁNG ĐẦU NĂM 2026"],
  header: ["STT", "Mã số", ...STANDARD.slice(1)],
  rows: [
    [1, null, "Tỷ lệ lao động qua đào tạo", "%", 69.8, 71, 70.5],
    [2, null, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", 27.1, 29, 28.4],
    [3, "LD04", "Số hộ nghèo", "hộ", 212, 190, 198],
  ],
};

function indicator(code: string, name: string, unit: string, aggregation: "sum" | "none") {
  const ind: CatalogIndicator = {
    code,
    name,
    synonyms: [],
    unit,
    section: "lao-dong",
    parent: null,
    componentRule: "notExceed",
    aggregation,
    isShare: unit === "%",
    nonNegative: true,
  };
  return ind;
}

/** The province's own catalog sheet, as `tonghop template` writes it and planners edit it. */
function provinceCatalog(): SheetGrid {
  const rows = catalogToGridRows({
    sections: DEFAULT_SECTIONS.map((s) => ({ ...s })),
    indicators: [
      indicator("LD20", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", "none"),
      indicator("XH04", "Số hộ nghèo", "hộ", "sum"),
    ],
  });
  return { file: "DanhMuc_tinh.xlsx", sheet: CATALOG_SHEET_NAME, values: rows };
}

describe("a longer, qualified name is another indicator", () => {
  it("two lao động rows are two indicators, not a duplicate row", async () => {
    const run = runConsolidate(await officeGrids("VHXH.xlsx", [labour]), loadCatalog(null).catalog);
    expect(run.issues.map((i) => i.rule)).not.toContain("duplicate-indicator");
    const [plain, qualified] = run.validation.sheets[0].rows;
    expect(plain.key).toBe("LD08");
    expect(qualified.indicator).toBeNull();
    const summary = run.summary.rows.filter((r) => r.name.startsWith("Tỷ lệ lao động qua đào tạo"));
    expect(summary.map((r) => r.current)).toEqual([70.5, 28.4]);
  });

  it("the default catalog's synonyms that extend their own name only add words that do not change it", () => {
    // Reviewed: each of these says the same indicator (a period, a scope, a wording), unlike
    // "có bằng cấp, chứng chỉ" or "- khu thể thao", which name other indicators.
    const harmless = new Set([
      "các loại",
      "cả năm",
      "gieo cấy",
      "bình quân",
      "bình quân cả năm",
      "hiện có",
      "nuôi trồng và khai thác",
      "- tiểu thủ công nghiệp",
      "tiêu dùng",
      "tiêu dùng xã hội",
      "hàng hóa",
      "trên địa bàn",
      "so với kế hoạch",
      "ngân sách",
      "xảy ra",
      "các cấp",
      "năm",
      "đa chiều",
      "theo chuẩn đa chiều",
      "theo chuẩn nghèo đa chiều",
      "theo chuẩn mới",
      "cuối năm",
      "bắt buộc và tự nguyện",
      "theo quy chuẩn",
      "để thực hiện dự án",
      "tiếp nhận",
    ]);
    const added: string[] = [];
    for (const ind of defaultCatalog().indicators) {
      const own = indicatorNameKey(ind.name);
      for (const syn of ind.synonyms) {
        const key = indicatorNameKey(syn);
        if (key.startsWith(own + " ")) added.push(`${ind.code}: ${key.slice(own.length + 1)}`);
      }
    }
    expect(added.filter((a) => !harmless.has(a.replace(/^\w+: /, "")))).toEqual([]);
    expect(added.length).toBeGreaterThan(20);
  });
});

describe("a planner's catalog that defines a name the default has under another code", () => {
  it("wins for names, and a row under the old code with that same name is no mismatch", async () => {
    const load = loadCatalog([provinceCatalog()], "DanhMuc_tinh.xlsx");
    expect(load.issues.filter((i) => i.severity === "error")).toEqual([]);
    const run = runConsolidate(await officeGrids("VHXH.xlsx", [labour]), load.catalog);
    const rows = run.validation.sheets[0].rows;
    expect(rows.map((r) => r.key)).toEqual(["LD08", "LD20", "LD04"]);
    expect(run.issues.map((i) => i.rule)).not.toContain("code-name-mismatch");
    // Written without its code, "Số hộ nghèo" is now the province's XH04.
    const again: OfficeSheet = { ...labour, rows: [[1, null, "Số hộ nghèo", "hộ", 212, 190, 198]] };
    const byName = runConsolidate(await officeGrids("VHXH2.xlsx", [again]), load.catalog);
    expect(byName.validation.sheets[0].rows[0].key).toBe("XH04");
  });
});
