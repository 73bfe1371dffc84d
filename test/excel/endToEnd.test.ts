/**
 * The examples' department workbooks loaded into a fake Excel workbook as sheets, then
 * validated and consolidated through the Excel host: the host must read them as faithfully
 * as the file reader does, and write the same "Tổng hợp" the core plans.
 */
import * as path from "path";
import { columnLetters } from "../../src/core/a1";
import { consolidatedWorkbookPlan } from "../../src/core/output";
import { loadCatalog, runConsolidate, runValidate } from "../../src/core/pipeline";
import { DEFAULT_REPORT_SETTINGS, type SheetGrid } from "../../src/core/types";
import { consolidateInExcel, validateInExcel } from "../../src/excel";
import { plannedValues } from "../../src/excel/fingerprint";
import { readWorkbookFile } from "../../src/io/node";
import type { FakeSheetData } from "../fakes/office";
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

const FILE = "Sổ tổng hợp.xlsx";
const relabel = (grids: SheetGrid[], names: string[]) =>
  grids.map((g, i) => ({ ...g, file: FILE, sheet: names[i] }));

describe("validate and consolidate the examples inside Excel", () => {
  it("finds the same issues as reading the files", async () => {
    const grids = await exampleGrids();
    const { sheets, names } = asWorkbook(grids);
    const fake = useFake({ sheets });
    const catalog = loadCatalog(null).catalog;
    const inExcel = await validateInExcel(names, { catalog, file: FILE });
    expect(fake.state.syncCount).toBeLessThanOrEqual(3);
    const direct = runValidate(relabel(grids, names), catalog, {
      validate: { yoyThreshold: DEFAULT_REPORT_SETTINGS.yoyThreshold },
    });
    expect(direct.issues.length).toBeGreaterThan(0);
    expect(inExcel.issues).toEqual(direct.issues);
  });

  it("writes a “Tổng hợp” equal to the core's summary, in at most 5 syncs, departments untouched", async () => {
    const grids = await exampleGrids();
    const { sheets, names } = asWorkbook(grids);
    const fake = useFake({ sheets });
    const before = names.map((n) => snapshot(fake, n));
    const catalog = loadCatalog(null).catalog;
    const result = await consolidateInExcel(names, async () => true, { catalog, file: FILE });
    expect(fake.state.syncCount).toBeLessThanOrEqual(5);
    expect(result.outcome.written).toBe(true);
    expect(names.map((n) => snapshot(fake, n))).toEqual(before);

    const expected = runConsolidate(relabel(grids, names), catalog, {
      validate: { yoyThreshold: DEFAULT_REPORT_SETTINGS.yoyThreshold },
    });
    expect(expected.summary.rows.length).toBeGreaterThan(10);
    const plan = consolidatedWorkbookPlan(expected.summary, expected.issues, {
      issuingBody: DEFAULT_REPORT_SETTINGS.issuingBody,
    });
    const summary = plan.sheets[0];
    const wanted = plannedValues(summary).map((row) => row.map((v) => v ?? ""));
    const width = Math.max(...wanted.map((r) => r.length));
    const written = fake.state.workbook
      .sheet("Tổng hợp")
      .values(`A1:${columnLetters(width - 1)}${wanted.length}`);
    expect(written).toEqual(wanted.map((r) => [...r, ...Array(width - r.length).fill("")]));
    expect(fake.state.workbook.hasSheet("Nguồn")).toBe(true);
    expect(fake.state.workbook.hasSheet("Kiểm tra")).toBe(true);
  });
});
