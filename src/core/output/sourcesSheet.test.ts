import { defaultCatalog } from "../catalog";
import { runConsolidate } from "../pipeline";
import type { PlannedCell, SheetPlan } from "../types";
import { gridFromRows, row, twoPlanTitlesGrids } from "../validate/testing/fixtures";
import { sourcesSheetPlan } from "./sourcesSheet";

const textOf = (c: PlannedCell | undefined) =>
  c?.value && "text" in c.value ? c.value.text : null;

function column(plan: SheetPlan, title: string): number {
  const k = plan.rows[0].map(textOf).indexOf(title);
  if (k < 0) throw new Error(`no column ${title}: ${plan.rows[0].map(textOf).join(" | ")}`);
  return k;
}

function rowsOf(plan: SheetPlan, code: string, unit: string): PlannedCell[][] {
  const [c, u] = [column(plan, "Mã chỉ tiêu"), column(plan, "Đơn vị báo cáo")];
  return plan.rows.filter((r) => textOf(r[c]) === code && textOf(r[u]) === unit);
}

describe("Nguồn", () => {
  it("heads a plan column with every title departments gave it (one each per indicator)", () => {
    const grids = twoPlanTitlesGrids();
    const plan = sourcesSheetPlan(runConsolidate(grids, defaultCatalog()).summary);
    const titles = plan.rows[0].map(textOf).filter((t) => t && /Kế hoạch|Dự toán/i.test(t));
    expect(titles[0]).toContain("Dự toán tỉnh giao");
    expect(titles[0]).toContain("Kế hoạch năm");
  });

  it("notes a recomputed rate on each figure it concerns, cùng kỳ-only rows too", () => {
    const both = gridFromRows(
      [
        row({
          stt: 1,
          code: "YT01",
          name: "Dân số trung bình",
          unit: "người",
          previous: 1000,
          current: 1000,
        }),
        row({
          stt: 2,
          code: "YT02",
          name: "Số người tham gia bảo hiểm y tế",
          unit: "người",
          previous: 900,
          current: 950,
        }),
        row({
          stt: 3,
          code: "YT03",
          name: "Tỷ lệ dân số tham gia bảo hiểm y tế",
          unit: "%",
          previous: 90,
          current: 95,
        }),
      ],
      { file: "a.xlsx", unit: "Xã A" },
    );
    const previousOnly = gridFromRows(
      [
        row({
          stt: 1,
          code: "YT03",
          name: "Tỷ lệ dân số tham gia bảo hiểm y tế",
          unit: "%",
          previous: 91,
        }),
      ],
      { file: "b.xlsx", unit: "Xã B" },
    );
    const summary = runConsolidate([both, previousOnly], defaultCatalog()).summary;
    expect(summary.rows.find((r) => r.code === "YT03")?.recomputed).toMatchObject({
      current: true,
      previous: true,
    });
    const plan = sourcesSheetPlan(summary);
    const note = column(plan, "Ghi chú");
    expect(textOf(rowsOf(plan, "YT03", "Xã A")[0][note])).toBe(
      "Tỷ lệ thực hiện và cùng kỳ do đơn vị ghi; tổng hợp tính lại từ YT02/YT01.",
    );
    expect(textOf(rowsOf(plan, "YT03", "Xã B")[0][note])).toBe(
      "Tỷ lệ cùng kỳ do đơn vị ghi; tổng hợp tính lại từ YT02/YT01.",
    );
  });

  it("gives an indicator's figures one number format, with the most decimals shown", () => {
    const grid = gridFromRows([
      row({
        stt: 1,
        code: "NN02",
        name: "Diện tích lúa",
        unit: "ha",
        previous: 1815,
        current: 1820.25,
      }),
    ]);
    const plan = sourcesSheetPlan(runConsolidate([grid], defaultCatalog()).summary);
    const [cur, prev] = [column(plan, "Thực hiện"), column(plan, "Cùng kỳ")];
    const line = rowsOf(plan, "NN02", "Phòng Kinh tế")[0];
    expect(line[cur].style?.numFmt).toBe("#,##0.00");
    expect(line[prev].style?.numFmt).toBe("#,##0.00");
  });
});
