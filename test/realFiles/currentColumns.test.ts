/**
 * Half-year sheets often carry the month's figures beside the half-year's: "Thực hiện" merged
 * over "Tháng 5", "Ước tháng 6" and "Ước 6 tháng". The half-year report must read the last;
 * a title naming another period than the sheet's is pointed out at its cell.
 */
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import { officeGrids, type OfficeSheet } from "./officeLayouts";

const catalog = loadCatalog(null).catalog;

function commune(period: string, labels: Array<[string, string]> = []): OfficeSheet {
  return {
    name: "Biểu",
    body: ["UBND TỈNH PHÚ THỌ", "UBND XÃ ĐỒNG TIẾN"],
    placeDate: "Đồng Tiến, ngày 20 tháng 6 năm 2026",
    titles: [`BÁO CÁO CÁC CHỈ TIÊU CHỦ YẾU ${period.toUpperCase()}`],
    labels,
    header: ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", null, null, "Kế hoạch năm"] as string[],
    subHeader: [null, null, null, "Tháng 5", "Ước tháng 6", "Ước 6 tháng", null] as string[],
    rows: [
      [1, "Diện tích gieo trồng lúa", "ha", 100, 110, 650, 700],
      [2, "Tổng đàn bò", "con", 318, 320, 320, 330],
    ],
  };
}

/** The layout's header group merge, wherever the heading put the header row. */
async function grids(spec: OfficeSheet) {
  const plain = await officeGrids("XaDongTien.xlsx", [spec]);
  const top = plain[0].values.findIndex((row) => row[3] === "Thực hiện") + 1;
  expect(top).toBeGreaterThan(0);
  const merged: OfficeSheet = {
    ...spec,
    merges: [`D${top}:F${top}`, `A${top}:A${top + 1}`, `B${top}:B${top + 1}`],
  };
  return { grids: await officeGrids("XaDongTien.xlsx", [merged]), top };
}

describe("several columns of this period's figures", () => {
  it("a half-year report reads Ước 6 tháng, and says which column it read", async () => {
    const { grids: g, top } = await grids(commune("6 tháng đầu năm 2026"));
    const run = runConsolidate(g, catalog);
    const rice = run.summary.rows.find((r) => r.code === "NN02");
    expect(rice?.current).toBe(650);
    const said = run.issues.filter((i) => i.rule === "several-current-columns");
    expect(said.map((i) => [i.severity, i.cell])).toEqual([["info", `F${top + 1}`]]);
    expect(run.issues.filter((i) => i.rule === "current-column-period")).toEqual([]);
  });

  it("a report on Tháng 5/2026 reads the month's own column", async () => {
    const { grids: g } = await grids(commune("tháng 5 năm 2026"));
    const run = runConsolidate(g, catalog);
    expect(run.summary.rows.find((r) => r.code === "NN02")?.current).toBe(100);
  });

  it("a label of 6 tháng over a column titled Quý II/2026 is pointed out", async () => {
    const spec: OfficeSheet = {
      ...commune("6 tháng đầu năm 2026"),
      header: ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện Quý II/2026", "Kế hoạch năm"],
      subHeader: undefined,
      rows: [[1, "Diện tích gieo trồng lúa", "ha", 650, 700]],
    };
    const g = await officeGrids("XaDongTien.xlsx", [spec]);
    const run = runConsolidate(g, catalog);
    const found = run.issues.filter((i) => i.rule === "current-column-period");
    expect(found.map((i) => i.severity)).toEqual(["warning"]);
    expect(found[0].message).toContain("“Quý II/2026”");
  });
});
