import { summaryTable } from "../narrative/summaryTable";
import { runConsolidate, loadCatalog } from "../pipeline";
import { formatViNumber } from "../text/vnNumber";
import type { PlannedCell } from "../types";
import { twoPlanTitlesGrids } from "../validate/testing/fixtures";
import { planColumns } from "./summaryColumns";
import { summarySheetPlan } from "./summarySheet";

/** Two departments, the second titling its plan column "Dự toán tỉnh giao". */
function summary() {
  return runConsolidate(twoPlanTitlesGrids(), loadCatalog(null).catalog).summary;
}

const textOf = (c: PlannedCell | undefined) =>
  c?.value && "text" in c.value ? c.value.text : null;
const numberOf = (c: PlannedCell | undefined) =>
  c?.value && "number" in c.value ? c.value.number : null;

describe("one column model for every summary table", () => {
  it("shows the same “So cùng kỳ” figure in the Tổng hợp sheet and the report's table", () => {
    const s = summary();
    const rice = s.rows.find((r) => r.name === "Diện tích lúa");
    expect(rice?.yoy?.ratio).toBeCloseTo(101.676, 3);

    const sheet = summarySheetPlan(s);
    const header = sheet.rows.findIndex((r) => textOf(r[0]) === "STT");
    const yoyCol = sheet.rows[header + 1].findIndex((c) => textOf(c) === "Cùng kỳ");
    const sheetRow = sheet.rows.find((r) => textOf(r[2]) === "Diện tích lúa");
    expect(numberOf(sheetRow?.[yoyCol])).toBe(rice?.yoy?.ratio);

    const table = summaryTable(s, "Phụ lục");
    const tableCol = table.columns.indexOf("So với cùng kỳ (%)");
    const tableRow = table.rows.find((r) => r.cells[1] === "Diện tích lúa");
    expect(tableRow?.cells[tableCol]).toBe("101,68");
    expect(tableRow?.cells[tableCol]).toBe(formatViNumber(rice?.yoy?.ratio ?? NaN, 2));
  });

  it("gives each plan column the titles departments used: the sheet the first, the table all", () => {
    const s = summary();
    const [plan] = planColumns(s, 1);
    expect(plan.titlesWithValue).toEqual(["Kế hoạch năm", "Dự toán tỉnh giao"]);
    const sheet = summarySheetPlan(s);
    expect(sheet.rows.some((r) => r.some((c) => textOf(c) === "Kế hoạch năm"))).toBe(true);
    expect(summaryTable(s, "Phụ lục").columns).toContain("Kế hoạch năm / Dự toán tỉnh giao");
  });
});
