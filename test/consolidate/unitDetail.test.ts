/**
 * "Chi tiết theo đơn vị", the phụ lục of figures unit by unit: each unit's column is what its
 * own sheets reported (a rate its own rate), the total
 * column is the summary's, and the file ExcelJS writes prints landscape with the header row
 * and the indicator columns on every page, as LibreOffice reads it back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { defaultCatalog } from "../../src/core/catalog";
import {
  UNIT_DETAIL_SHEET,
  consolidatedWorkbookPlan,
  unitDetailSheetPlan,
} from "../../src/core/output";
import { runConsolidate } from "../../src/core/pipeline";
import type { PlannedCell, SheetPlan } from "../../src/core/types";
import { gridFromRows, row } from "../../src/core/validate/testing/fixtures";
import { writeWorkbook } from "../../src/io";
import { convertWithLibreOffice, libreOfficeAvailable, parseCsv } from "../helpers/libreoffice";
import { consolidateExamples, readExamples } from "./helpers";

const value = (c: PlannedCell | undefined): string | number | null =>
  c?.value
    ? "number" in c.value
      ? c.value.number
      : "text" in c.value
        ? c.value.text
        : null
    : null;

function table(plan: SheetPlan): {
  units: string[];
  rows: Map<string, (string | number | null)[]>;
} {
  const h = plan.rows.findIndex((r) => value(r[0]) === "STT");
  const units = plan.rows[h].slice(4).map((c) => String(value(c)));
  const rows = new Map<string, (string | number | null)[]>();
  for (const r of plan.rows.slice(h + 1)) {
    const name = value(r[1]);
    if (typeof name === "string" && value(r[2]) !== null) rows.set(name, r.slice(3).map(value));
  }
  return { units, rows };
}

const catalog = defaultCatalog();

function twoCommunes() {
  const kt = (file: string, unit: string, cows: number, poorRate: number) =>
    gridFromRows(
      [
        row({ stt: 1, name: "Đàn bò", unit: "con", current: cows }),
        row({ stt: 2, name: "Tỷ lệ hộ nghèo", unit: "%", current: poorRate }),
      ],
      { unit, file },
    );
  return runConsolidate(
    [
      kt("a.xlsx", "UBND xã Hợp Hòa", 1200, 2.5),
      kt("b.xlsx", "UBND xã Kim Long", 800, 4.1),
      gridFromRows([row({ stt: 1, name: "Số hộ nghèo", unit: "hộ", current: 61 })], {
        unit: "UBND xã Kim Long",
        file: "b2.xlsx",
      }),
    ],
    catalog,
  );
}

describe("Chi tiết theo đơn vị", () => {
  it("one column per unit: its own figures, the total beside them, blank where it reported none", () => {
    const run = twoCommunes();
    const plan = unitDetailSheetPlan(run.summary, { issuingBody: "UBND tỉnh Phú Thọ" });
    const { units, rows } = table(plan);
    expect(units).toEqual(run.summary.reportingUnits);
    const at = (name: string) => {
      const r = rows.get(name)!;
      return Object.fromEntries([["Tổng số", r[0]], ...units.map((u, i) => [u, r[i + 1]])]);
    };
    expect(at("Đàn bò")).toEqual({
      "Tổng số": 2000,
      "UBND xã Hợp Hòa": 1200,
      "UBND xã Kim Long": 800,
    });
    expect(at("Tỷ lệ hộ nghèo")).toMatchObject({ "UBND xã Hợp Hòa": 2.5, "UBND xã Kim Long": 4.1 });
    expect(at("Số hộ nghèo")).toEqual({
      "Tổng số": 61,
      "UBND xã Hợp Hòa": null,
      "UBND xã Kim Long": 61,
    });
    expect(plan.rows[0].map(value)).toEqual(["UBND TỈNH PHÚ THỌ"]);
  });

  it("adds up to the summary's total on every additive row of the examples", async () => {
    const run = consolidateExamples(await readExamples(), true);
    const plan = unitDetailSheetPlan(run.summary);
    const { units, rows } = table(plan);
    expect(units.length).toBe(run.summary.reportingUnits.length);
    let checked = 0;
    for (const r of run.summary.rows) {
      const cells = rows.get(r.name)!;
      expect(cells[0]).toBe(r.current);
      if (r.aggregation !== "sum" || r.current === null || r.incomplete.length > 0) continue;
      const sum = cells.slice(1).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
      expect({ name: r.name, sum: Math.round(sum * 1e6) / 1e6 }).toEqual({
        name: r.name,
        sum: r.current,
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("follows the report in the workbook, print-ready across many pages for 150 units", async () => {
    const grids = Array.from({ length: 150 }, (_, i) =>
      gridFromRows([row({ stt: 1, name: "Đàn bò", unit: "con", current: 100 + i })], {
        unit: `UBND xã Số ${i + 1}`,
        file: `xa${i + 1}.xlsx`,
      }),
    );
    const run = runConsolidate(grids, catalog);
    const plan = consolidatedWorkbookPlan(run.summary, run.issues);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      UNIT_DETAIL_SHEET,
    ]);
    const detail = plan.sheets[3];
    const header = detail.rows.findIndex((r) => value(r[0]) === "STT") + 1;
    expect(detail.printTitleRows).toEqual([header, header]);
    expect(detail.printTitleColumns).toEqual([1, 3]);
    expect(detail.freeze).toEqual({ rows: header, columns: 4 });
    expect(detail.page).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: false });
    expect(detail.columnWidths).toHaveLength(154);

    const wb = new ExcelJS.Workbook();
    const bytes = await writeWorkbook(plan);
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet(UNIT_DETAIL_SHEET)!;
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(ws.pageSetup.printTitlesColumn).toBe("A:C");
    expect(ws.pageSetup.orientation).toBe("landscape");
    const cows = ws.getRow(header + 2);
    expect(cows.getCell(2).value).toBe("Đàn bò");
    expect(cows.getCell(4).value).toBe(run.summary.rows[0].current);
    const last = (ws.getRow(header).values as unknown[]).indexOf("UBND xã Số 150");
    expect(last).toBeGreaterThan(4);
    expect(cows.getCell(last).value).toBe(249);
    expect(ws.getRow(header).cellCount).toBe(154);
  });

  const lo = libreOfficeAvailable() || process.env.CI ? test : test.skip;
  lo(
    "LibreOffice opens it with the figures where the plan put them",
    async () => {
      const run = twoCommunes();
      const dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-detail-"));
      const file = path.join(dir, "TongHop.xlsx");
      writeFileSync(file, await writeWorkbook(consolidatedWorkbookPlan(run.summary, run.issues)));
      const csv = await convertWithLibreOffice(file, "csv", dir, { sheet: 4 });
      const rows = parseCsv(readFileSync(csv, "utf8"));
      const header = rows.find((r) => r[0] === "STT")!;
      expect(header.slice(0, 6)).toEqual([
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Tổng số",
        "UBND xã Hợp Hòa",
        "UBND xã Kim Long",
      ]);
      const cows = rows.find((r) => r[1] === "Đàn bò")!;
      expect(cows.slice(2, 6)).toEqual(["con", "2000", "1200", "800"]);
    },
    180_000,
  );
});
