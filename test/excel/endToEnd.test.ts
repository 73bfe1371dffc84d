/**
 * The examples' department workbooks loaded into a fake Excel workbook as sheets, then
 * validated and consolidated the way a planner does it: the task pane's controller over the
 * Excel host, on the strict Office.js fake. The host must read them as faithfully as the file
 * reader does, and write the same four sheets the core plans.
 */
import * as path from "path";
import { columnLetters } from "../../src/core/a1";
import { reportSheetPlan } from "../../src/core/narrative";
import { consolidatedWorkbookPlan } from "../../src/core/output";
import { loadCatalog, runConsolidate, runDraft, runValidate } from "../../src/core/pipeline";
import { DEFAULT_REPORT_SETTINGS, type SheetGrid, type SheetPlan } from "../../src/core/types";
import { createExcelHost } from "../../src/excel";
import { workbookFileName } from "../../src/excel/api";
import { plannedValues } from "../../src/excel/fingerprint";
import { readWorkbookFile } from "../../src/io/node";
import { messagesFor } from "../../src/taskpane/i18n";
import { defaultDeps } from "../../src/taskpane/state/defaultDeps";
import { PaneController } from "../../src/taskpane/state/paneController";
import type { FakeExcel, FakeSheetData } from "../fakes/office";
import { gridToSheetData, resetFake, snapshot, useFake } from "./helpers";

afterEach(resetFake);

const DIR = path.join(__dirname, "../../examples/departments");
const FILES = [
  "BCHQS_xa_6T2026.xlsx",
  "Cac_thon_chan_nuoi.xlsx",
  "CongAnXa_BC6T.xlsx",
  "PhongKinhTe_6thang2026.xlsx",
  "PhongVHXH_BaoCao_6T2026.xlsx",
  "TTPVHCC_6T2026.xlsx",
  "TramYTe_6thang.xlsx",
  "VP_HDND_UBND_TiepCongDan.xlsx",
];

async function exampleGrids(): Promise<SheetGrid[]> {
  const grids: SheetGrid[] = [];
  for (const f of FILES) grids.push(...(await readWorkbookFile(path.join(DIR, f))).grids);
  return grids;
}

/** Sheet names unique in one workbook (several files have a "Sheet1" or "Hướng dẫn"). */
function asWorkbook(grids: SheetGrid[]): { sheets: FakeSheetData[]; names: string[] } {
  const taken = new Set<string>();
  const names = grids.map((g, i) => {
    let name = g.sheet.slice(0, 26);
    if (taken.has(name.toUpperCase())) name = `${name.slice(0, 24)} ${i}`;
    taken.add(name.toUpperCase());
    return name;
  });
  return { sheets: grids.map((g, i) => gridToSheetData(g, names[i])), names };
}

const relabel = (grids: SheetGrid[], names: string[]) =>
  grids.map((g, i) => ({ ...g, file: workbookFileName(), sheet: names[i] }));

/** The pane in Excel with every example sheet ticked, as a planner leaves it. */
async function paneWithSheets(names: string[]): Promise<PaneController> {
  const controller = new PaneController(createExcelHost(), messagesFor("vi"), {
    ...defaultDeps,
    yieldToUi: async () => undefined,
  });
  await controller.init();
  for (const name of names) controller.toggleSheet(name, true);
  return controller;
}

/** What a sheet of the fake workbook shows where its plan has values, and what it should. */
function writtenAndWanted(fake: FakeExcel, plan: SheetPlan): [unknown, unknown] {
  const wanted = plannedValues(plan).map((row) => row.map((v) => v ?? ""));
  const width = Math.max(...wanted.map((r) => r.length));
  const range = `A1:${columnLetters(width - 1)}${wanted.length}`;
  return [
    fake.state.workbook.sheet(plan.name).values(range),
    wanted.map((r) => [...r, ...Array(width - r.length).fill("")]),
  ];
}

describe("validate and consolidate the examples inside Excel, through the pane", () => {
  it("finds the same issues as reading the files", async () => {
    const grids = await exampleGrids();
    const { sheets, names } = asWorkbook(grids);
    const fake = useFake({ sheets });
    const pane = await paneWithSheets(names);
    expect(pane.getState().workbookSheets.map((s) => s.name)).toEqual(names);
    const before = fake.state.syncCount;
    await pane.validate();
    expect(pane.getState().error).toBeNull();
    expect(fake.state.syncCount - before).toBeLessThanOrEqual(3);
    const direct = runValidate(relabel(grids, names), loadCatalog(null).catalog, {
      validate: { yoyThreshold: DEFAULT_REPORT_SETTINGS.yoyThreshold },
    });
    expect(direct.issues.length).toBeGreaterThan(0);
    expect(pane.getState().issues).toEqual(direct.issues);
  });

  it("writes the four sheets the core plans, departments untouched", async () => {
    const grids = await exampleGrids();
    const { sheets, names } = asWorkbook(grids);
    const fake = useFake({ sheets });
    const before = names.map((n) => snapshot(fake, n));
    const pane = await paneWithSheets(names);
    const syncs = fake.state.syncCount;
    await pane.consolidate();
    expect(pane.getState().error).toBeNull();
    expect(fake.state.syncCount - syncs).toBeLessThanOrEqual(5);
    expect(names.map((n) => snapshot(fake, n))).toEqual(before);

    const expected = runConsolidate(relabel(grids, names), loadCatalog(null).catalog, {
      validate: { yoyThreshold: DEFAULT_REPORT_SETTINGS.yoyThreshold },
    });
    expect(expected.summary.rows.length).toBeGreaterThan(10);
    const { report, issues } = runDraft(expected, DEFAULT_REPORT_SETTINGS);
    expect(pane.getState().issues).toEqual(issues);
    const plan = consolidatedWorkbookPlan(expected.summary, issues, {
      issuingBody: DEFAULT_REPORT_SETTINGS.issuingBody,
      report: reportSheetPlan(report),
    });
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      "Báo cáo",
      "Chi tiết theo đơn vị",
    ]);
    for (const sheet of plan.sheets) {
      const [written, wanted] = writtenAndWanted(fake, sheet);
      expect(written).toEqual(wanted);
    }
  });
});
