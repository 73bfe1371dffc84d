/**
 * A commune's sheet often closes with its own "Tổng cộng" line, adding hectares, head of
 * cattle and households together. Summed as an indicator it would print a meaningless figure
 * in the province's tables: it is set aside, and the planner is told so at its cell.
 */
import { loadCatalog, runConsolidate, runDraft } from "../../src/core/pipeline";
import { reportLines } from "../../src/core/narrative/plainText";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/types";
import { officeGrids, STANDARD, type OfficeSheet } from "./officeLayouts";

const catalog = loadCatalog(null).catalog;

function commune(name: string, cattle: number): OfficeSheet {
  return {
    name: "Biểu",
    body: ["UBND TỈNH PHÚ THỌ", `UBND XÃ ${name.toUpperCase()}`],
    placeDate: `${name}, ngày 20 tháng 6 năm 2026`,
    titles: ["BÁO CÁO CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2026"],
    header: STANDARD,
    rows: [
      [1, "Diện tích gieo trồng lúa", "ha", 600, 640, 650],
      [2, "Tổng đàn bò", "con", 300, 310, cattle],
      [null, "Tổng cộng", null, 900, 950, 650 + cattle],
    ],
  };
}

describe("a sheet's own Tổng cộng line", () => {
  it("is not consolidated, and each sheet says where it was set aside", async () => {
    const grids = [
      ...(await officeGrids("XaDongTien.xlsx", [commune("Đồng Tiến", 320)])),
      ...(await officeGrids("XaHopHoa.xlsx", [commune("Hợp Hòa", 280)])),
    ];
    const run = runConsolidate(grids, catalog);
    const names = run.summary.rows.map((r) => r.name);
    expect(names.some((n) => /tổng cộng/i.test(n))).toBe(false);
    expect(run.issues.filter((i) => i.rule === "unknown-indicator")).toEqual([]);
    const cattle = run.summary.rows.find((r) => r.code === "NN07");
    expect(cattle?.current).toBe(600);

    const setAside = run.issues.filter((i) => i.rule === "total-line-set-aside");
    expect(setAside.map((i) => [i.file, i.cell, i.severity])).toEqual([
      ["XaDongTien.xlsx", expect.stringMatching(/^B\d+$/), "info"],
      ["XaHopHoa.xlsx", expect.stringMatching(/^B\d+$/), "info"],
    ]);
    expect(setAside[0].message).toContain("“Tổng cộng”");
    expect(setAside[0].message).toContain("không đưa vào tổng hợp");

    const text = reportLines(runDraft(run, DEFAULT_REPORT_SETTINGS).report).join("\n");
    expect(text).not.toMatch(/tổng cộng/i);
  });
});
