/**
 * The pane's preview takes its columns and figures from the one summary column model
 * (src/core/output/summaryColumns.ts), so what it shows is what the Tổng hợp sheet shows.
 */
import type { Summary } from "../../src/core/consolidate";
import type { PlanColumn } from "../../src/core/output/summaryColumns";
import { runConsolidate, loadCatalog } from "../../src/core/pipeline";
import { gridFromRows, row } from "../../src/core/validate/testing/fixtures";
import {
  planRatioText,
  previewColumns,
  yoyRatioText,
} from "../../src/taskpane/components/SummaryPreview";

function rice(plan?: number): Summary {
  const grid = gridFromRows([
    row({ stt: 1, name: "Diện tích lúa", unit: "ha", previous: 1790, plan, current: 1820 }),
  ]);
  return runConsolidate([grid], loadCatalog(null).catalog).summary;
}

function previewPlan(s: Summary): PlanColumn {
  const column = previewColumns(s).find((c) => c.kind === "planRatio");
  if (column?.kind !== "planRatio") throw new Error("no plan column");
  return column.plan;
}

describe("the preview's columns", () => {
  it("are name, ĐVT, this period, so cùng kỳ and the first plan, in the model's order", () => {
    expect(previewColumns(rice(3640)).map((c) => c.kind)).toEqual([
      "name",
      "unit",
      "current",
      "yoyRatio",
      "planRatio",
    ]);
  });

  it("keep a So KH column when no unit gave a plan, shown empty", () => {
    const s = rice();
    expect(planRatioText(s.rows[0], previewPlan(s))).toBe("");
  });

  it("show the model's figures: so cùng kỳ 101,7%, so KH 50,0%", () => {
    const s = rice(3640);
    expect(yoyRatioText(s.rows[0])).toBe("101,7%");
    expect(planRatioText(s.rows[0], previewPlan(s))).toBe("50,0%");
  });
});
