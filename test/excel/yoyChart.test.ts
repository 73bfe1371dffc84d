/*
 * Excel's own chart of the largest year-on-year changes beside "Tổng hợp", on the strict fake:
 * drawn in the same syncs, from figures the add-in owns (no edit question next run), kept and
 * restored with its sheet, absent on Excel older than ExcelApi 1.7, and invisible to next
 * year's "cùng kỳ" reading of the workbook.
 */
import { largestYoyChanges } from "../../src/core/output/chartData";
import { summarySheetPlan } from "../../src/core/output/summarySheet";
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import type { SheetGrid, WorkbookPlan } from "../../src/core/types";
import { createExcelHost } from "../../src/excel/excelHost";
import { plannedValues } from "../../src/excel/fingerprint";
import { restoreKeptOutputs } from "../../src/excel/keptOutputs";
import { CHART_TITLE } from "../../src/excel/yoyChart";
import { departmentGrid } from "../taskpane/fakeHost";
import { resetFake, useFake } from "./helpers";

afterEach(resetFake);

const catalog = loadCatalog(null).catalog;
const sheets: SheetGrid[] = [
  departmentGrid("PhongKinhTe.xlsx", "Biểu 01", "Phòng Kinh tế", [
    ["Sản lượng lúa", "tấn", 1790, 3600, 1820],
    ["Sản lượng ngô", "tấn", 410, 800, 600],
    ["Số hộ nghèo", "hộ", 120, 100, 90],
  ]),
];
const run = runConsolidate(sheets, catalog);
const bars = largestYoyChanges(run.summary);
const plan: WorkbookPlan = { sheets: [summarySheetPlan(run.summary)] };
const yes = async () => true;

function gridOf(values: unknown[][], sheet: string): SheetGrid {
  return {
    file: "TongHop_6thang_2025.xlsx",
    sheet,
    values: values.map((r) => r.map((v) => (v === "" ? null : (v as string | number)))),
  };
}

describe("the year-on-year chart in Excel", () => {
  it("adds a bar chart from its own figures in the same 2 syncs, largest change on top", async () => {
    expect(bars.length).toBeGreaterThan(1);
    const fake = useFake({ sheets: [{ name: "Biểu 01" }] });
    await createExcelHost().writeOutputs(plan, yes, { chart: bars });
    expect(fake.state.syncCount).toBe(2);
    const s = fake.state.workbook.sheet("Tổng hợp");
    expect(s.charts).toHaveLength(1);
    const [chart] = s.charts;
    expect(chart).toMatchObject({
      type: "BarClustered",
      seriesBy: "Columns",
      title: CHART_TITLE,
      legendVisible: false,
      reversedCategories: true,
    });
    const source = s.formulas(chart.source);
    expect(source).toEqual(bars.map((b) => [b.label, b.pct]));
    expect(Math.abs(bars[0].pct)).toBeGreaterThanOrEqual(Math.abs(bars[1].pct));
    expect(chart.position).not.toBeNull();
  });

  it("counts its figures as the add-in's own: the next run asks nothing; kept and restored with its sheet", async () => {
    const fake = useFake({ sheets: [{ name: "Biểu 01" }] });
    const host = createExcelHost();
    await host.writeOutputs(plan, yes, { chart: bars });
    const asked: string[][] = [];
    await host.writeOutputs(
      plan,
      async (names) => {
        asked.push(names);
        return true;
      },
      { chart: bars },
    );
    expect(asked).toEqual([]);
    expect(fake.state.workbook.sheet("Tổng hợp (bản trước)").charts).toHaveLength(1);
    await restoreKeptOutputs();
    expect(fake.state.workbook.sheet("Tổng hợp").charts).toHaveLength(1);
  });

  it("draws nothing on Excel older than ExcelApi 1.7, and writes exactly the plan", async () => {
    const fake = useFake(
      { sheets: [{ name: "Biểu 01" }] },
      { requirementSets: { ExcelApi: "1.6" } },
    );
    await createExcelHost().writeOutputs(plan, yes, { chart: bars });
    const old = fake.state.workbook.sheet("Tổng hợp");
    expect(old.charts).toEqual([]);
    const cells = old.formulas();
    resetFake();
    const plain = useFake({ sheets: [{ name: "Biểu 01" }] });
    await createExcelHost().writeOutputs(plan, yes);
    expect(cells).toEqual(plain.state.workbook.sheet("Tổng hợp").formulas());
  });

  it("leaves next year's cùng kỳ reading of the sheet unchanged", async () => {
    const fake = useFake({ sheets: [{ name: "Biểu 01" }] });
    await createExcelHost().writeOutputs(plan, yes, { chart: bars });
    const written = gridOf(fake.state.workbook.sheet("Tổng hợp").formulas(), "Tổng hợp");
    const bare = gridOf(plannedValues(plan.sheets[0]), "Tổng hợp");
    const withChart = runConsolidate(sheets, catalog, {
      previous: { file: written.file, grids: [written] },
    });
    const without = runConsolidate(sheets, catalog, {
      previous: { file: bare.file, grids: [bare] },
    });
    expect(withChart.summary.rows.map((r) => r.yoy)).toEqual(
      without.summary.rows.map((r) => r.yoy),
    );
    expect(withChart.summary.rows.some((r) => r.yoy !== null)).toBe(true);
    expect(withChart.issues.map((i) => i.message)).toEqual(without.issues.map((i) => i.message));
  });
});
