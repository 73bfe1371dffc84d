/**
 * "Soát báo cáo" inside Excel, on the strict Office.js fake: the "Báo cáo" sheet is read as the
 * planner left it (the pane's own draft, then a row the planner retyped), checked, and a
 * finding selects its row.
 */
import * as path from "path";
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import type { SheetGrid } from "../../src/core/types";
import { createExcelHost } from "../../src/excel";
import { workbookFileName } from "../../src/excel/api";
import { readWorkbookFile } from "../../src/io/node";
import { messagesFor } from "../../src/taskpane/i18n";
import {
  checkParagraphs,
  findingCell,
  readReportSheet,
} from "../../src/taskpane/reportCheck/reportCheck";
import { defaultDeps } from "../../src/taskpane/state/defaultDeps";
import { PaneController } from "../../src/taskpane/state/paneController";
import { gridToSheetData, resetFake, useFake } from "./helpers";

afterEach(resetFake);

const DIR = path.join(__dirname, "../../examples/departments");
const SHEET = "Báo cáo";

describe("Soát báo cáo on the Excel host", () => {
  it("reads an edited Báo cáo sheet in two syncs and selects the row of each finding", async () => {
    const rows = [
      ["ỦY BAN NHÂN DÂN XÃ HỢP HÒA"],
      ["Hợp Hòa, ngày 25 tháng 6 năm 2026"],
      [""],
      ["1. Nông nghiệp"],
      ["Đàn bò 2.389 con, tăng 2,97% (tăng 96 con) so với cùng kỳ."],
      ["Tiếp nhận 48 đơn, trong đó: 5 khiếu nại, 7 tố cáo, 36 kiến nghị."],
      ["Thực hiện Kế hoạch số 45/KH-UBND ngày 30/6/2026 của UBND xã."],
    ];
    const fake = useFake({ sheets: [{ name: "Tổng hợp" }, { name: SHEET, values: rows }] });
    const host = createExcelHost();
    const before = fake.state.syncCount;
    const paragraphs = await readReportSheet(host);
    expect(fake.state.syncCount - before).toBe(2);
    expect(paragraphs?.map((p) => p.text)).toEqual(rows.map((r) => r[0]));
    const result = checkParagraphs(
      { kind: "sheet", sheet: SHEET },
      paragraphs ?? [],
      null,
      "2026-06-26",
    );
    expect(result.findings.map((f) => [f.paragraph, f.rule])).toEqual([
      [5, "yoy-inconsistent"],
      [7, "doc-date-after-report"],
    ]);
    await host.selectCell(SHEET, findingCell(result.findings[0]));
    expect(fake.state.workbook.selected).toEqual({ sheet: SHEET, address: "A5" });
  });

  it("says there is no Báo cáo sheet rather than checking nothing", async () => {
    useFake({ sheets: [{ name: "Sheet1", values: [["Đàn bò 2.389 con"]] }] });
    expect(await readReportSheet(createExcelHost())).toBeNull();
  });

  it("checks the pane's own draft against its consolidation: only the examples' deliberate mistake", async () => {
    const files = [
      "VP_HDND_UBND_TiepCongDan.xlsx",
      "Cac_thon_chan_nuoi.xlsx",
      "PhongKinhTe_6thang2026.xlsx",
    ];
    const grids: SheetGrid[] = [];
    for (const f of files) grids.push(...(await readWorkbookFile(path.join(DIR, f))).grids);
    const names = grids.map((g, i) => `${g.sheet.slice(0, 20)} ${i}`);
    const fake = useFake({ sheets: grids.map((g, i) => gridToSheetData(g, names[i])) });
    const pane = new PaneController(createExcelHost(), messagesFor("vi"), {
      ...defaultDeps,
      yieldToUi: async () => undefined,
    });
    await pane.init();
    for (const n of names) pane.toggleSheet(n, true);
    await pane.consolidate();
    expect(pane.getState().error).toBeNull();
    expect(fake.state.workbook.hasSheet(SHEET)).toBe(true);
    const summary = pane.getState().summary;
    expect(summary).not.toBeNull();
    const direct = runConsolidate(
      grids.map((g, i) => ({ ...g, file: workbookFileName(), sheet: names[i] })),
      loadCatalog(null).catalog,
    );
    expect(summary?.rows.length).toBe(direct.summary.rows.length);

    const paragraphs = (await readReportSheet(createExcelHost())) ?? [];
    const result = checkParagraphs({ kind: "sheet", sheet: SHEET }, paragraphs, summary);
    expect(result.findings.map((f) => f.rule)).toEqual(["parts-total"]);
    const row = result.findings[0].paragraph;
    expect(fake.state.workbook.sheet(SHEET).value(row - 1, 0)).toContain(
      "số đơn đã giải quyết 14 đơn",
    );

    // The planner retypes a figure in the sheet: the next check reads it and finds it.
    const cowRow = paragraphs.find((p) => p.text.includes("Đàn bò 2.389 con"));
    expect(cowRow).toBeDefined();
    const ref = cowRow?.ref ?? 0;
    const text = (cowRow?.text ?? "").replace("Đàn bò 2.389 con", "Đàn bò 2.398 con");
    fake.state.workbook.sheet(SHEET).writeInput(ref - 1, 0, { value: text, formula: null });
    const reread = (await readReportSheet(createExcelHost())) ?? [];
    const again = checkParagraphs({ kind: "sheet", sheet: SHEET }, reread, summary);
    expect(again.findings.map((f) => [f.paragraph, f.rule])).toContainEqual([
      ref,
      "summary-mismatch",
    ]);
  });
});
