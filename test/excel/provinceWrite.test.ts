/**
 * Issue 12, item 3: a province's batch (150 communes × 300 indicators) written by the Excel
 * host on the strict fake: every output sheet in at most 8 syncs, each request under Excel on
 * the web's 5 MB, with Nguồn one row per unit and indicator. Counts, not times, are asserted.
 */
import { defaultCatalog } from "../../src/core/catalog";
import { largestYoyChanges } from "../../src/core/output/chartData";
import { consolidatedWorkbookPlan, SOURCES_SHEET } from "../../src/core/output";
import { reportSheetPlan } from "../../src/core/narrative/reportSheet";
import { runConsolidate, runDraft } from "../../src/core/pipeline";
import { DEFAULT_REPORT_SETTINGS, type CellValue, type SheetGrid } from "../../src/core/types";
import { gridFromRows, row } from "../../src/core/validate/testing/fixtures";
import { createExcelHost } from "../../src/excel/excelHost";
import { FIVE_MB } from "../../src/excel/payload";
import { resetFake, useFake } from "./helpers";

afterEach(resetFake);

const UNITS = 150;
const ROWS = 300;

/** A commune's sheet: the catalog's summed indicators first, then its own, 300 in all. */
function commune(i: number): SheetGrid {
  const summed = defaultCatalog().indicators.filter((d) => d.aggregation === "sum");
  const rows: CellValue[][] = [];
  for (let k = 0; k < ROWS; k++) {
    const ind = summed[k];
    const base = 1000 + ((i * 37 + k * 101) % 9000);
    rows.push(
      row({
        stt: k + 1,
        code: ind ? ind.code : null,
        name: ind ? ind.name : `Chỉ tiêu riêng của xã số ${k + 1}`,
        unit: ind ? ind.unit : "cái",
        previous: base,
        plan: base * 2,
        // Decimals that vary from unit to unit, as real figures do (1.820; 1.820,25; 1.820,5).
        current: base + ((i + k) % 4) * 0.25,
      }),
    );
  }
  const name = `Xã Số ${String(i + 1).padStart(3, "0")}`;
  return gridFromRows(rows, { unit: `UBND ${name}`, file: `${name}.xlsx` });
}

describe("a province's outputs written inside Excel", () => {
  it("take at most 8 syncs, each request under 5 MB, with Nguồn one row per contribution", async () => {
    const grids = Array.from({ length: UNITS }, (_, i) => commune(i));
    const run = runConsolidate(grids, defaultCatalog());
    const { report } = runDraft(run, DEFAULT_REPORT_SETTINGS);
    const plan = consolidatedWorkbookPlan(run.summary, run.issues, {
      report: reportSheetPlan(report),
    });
    const sources = plan.sheets.find((s) => s.name === SOURCES_SHEET)!;
    // One row per unit and indicator (plus the header): a third of one row per figure.
    expect(sources.rows.length - 1).toBe(UNITS * ROWS);

    const fake = useFake({ sheets: [{ name: "Trang tính 1", values: [["Ghi chú"]] }] });
    const host = createExcelHost();
    await host.writeOutputs(plan, async () => true, { chart: largestYoyChanges(run.summary) });

    const syncs = fake.state.syncs;
    expect(syncs.every((s) => s.ok)).toBe(true);
    expect(syncs.length).toBeLessThanOrEqual(8);
    expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThan(FIVE_MB);
    const written = fake.state.workbook.sheet(SOURCES_SHEET);
    expect(written.usedAddress(false)).toMatch(new RegExp(`^A1:[A-Z]+${UNITS * ROWS + 1}$`));
  }, 120_000);
});
