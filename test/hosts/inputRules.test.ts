/**
 * The input rules (core/prepareBatch) as every host applies them: an earlier TongHop output
 * given among the department files is skipped, not added a second time (Diện tích lúa 1.820
 * would become 3.640), and a department's biểu given as the catalog or as last year's workbook
 * is refused with the same words — by the CLI, the pane in Excel and the standalone page.
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { createExcelHost } from "../../src/excel";
import { readWorkbook } from "../../src/io";
import { createStandaloneHost, type StandaloneEnvironment } from "../../src/standalone/host";
import type { PaneHost } from "../../src/taskpane/host";
import { messagesFor } from "../../src/taskpane/i18n";
import { defaultDeps } from "../../src/taskpane/state/defaultDeps";
import { PaneController, type PickedFile } from "../../src/taskpane/state/paneController";
import { gridToSheetData, resetFake, useFake } from "../excel/helpers";
import { addDeptSheet, runCli, tmpDir, type ConsolidateJson } from "../hostile/helpers";

afterEach(resetFake);

async function departmentBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addDeptSheet(wb, "Biểu NN", "Phòng Kinh tế", [
    { code: null, name: "Diện tích lúa", unit: "ha", current: 1820, previous: 1790 },
    { code: null, name: "Sản lượng lúa", unit: "tấn", current: 9560, previous: 9400 },
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Fixture {
  dir: string;
  department: string;
  output: string;
}

/** A department's file, and the TongHop output made from it by `tonghop consolidate`. */
async function fixture(): Promise<Fixture> {
  const dir = tmpDir();
  const department = path.join(dir, "PhongKinhTe_6T2026.xlsx");
  writeFileSync(department, await departmentBytes());
  const output = path.join(dir, "TongHop_6thang_2026.xlsx");
  const made = await runCli(["consolidate", department, "--out", output]);
  expect(made.code).toBe(0);
  return { dir, department, output };
}

function picked(file: string, name = path.basename(file)): PickedFile {
  const bytes = new Uint8Array(readFileSync(file));
  return { id: name, name, size: bytes.length, read: async () => bytes };
}

function pane(host: PaneHost): PaneController {
  return new PaneController(host, messagesFor("vi"), {
    ...defaultDeps,
    yieldToUi: async () => undefined,
  });
}

function standalone(): { host: PaneHost; saved: Uint8Array[] } {
  const saved: Uint8Array[] = [];
  const env: StandaloneEnvironment = {
    storage: null,
    save: (_name, bytes) => saved.push(bytes),
    languages: ["vi-VN"],
    query: "",
  };
  return { host: createStandaloneHost(env), saved };
}

/** "Diện tích lúa" on the written "Tổng hợp" sheet, as a planner reads it. */
function riceAreaOnSummary(values: unknown[][]): unknown[] {
  const row = values.find((r) => r.includes("Diện tích lúa"));
  if (row === undefined) throw new Error("Tổng hợp has no “Diện tích lúa” row");
  return row.filter((v) => typeof v === "number");
}

function currentRiceArea(controller: PaneController): number | null {
  const row = controller.getState().summary?.rows.find((r) => r.name === "Diện tích lúa");
  if (row === undefined) throw new Error("no summary row for “Diện tích lúa”");
  return row.current;
}

const skippedRule = (c: PaneController) =>
  (c.getState().issues ?? []).filter((i) => i.rule === "tonghop-output-skipped").map((i) => i.file);

describe("a TongHop output given among the department files is not counted again", () => {
  it("CLI: its figures are the department's alone", async () => {
    const f = await fixture();
    const r = await runCli([
      "consolidate",
      f.department,
      f.output,
      "--out",
      path.join(f.dir, "lan2.xlsx"),
      "--json",
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as ConsolidateJson;
    expect(doc.indicators.find((i) => i.name === "Diện tích lúa")?.current).toBe(1820);
    expect(doc.units).toEqual(["Phòng Kinh tế"]);
    expect(
      doc.issues.filter((i) => i.rule === "tonghop-output-skipped").map((i) => i.file),
    ).toEqual([f.output]);
  });

  it("standalone page: picked next to the department's file, the downloaded Tổng hợp shows 1.820", async () => {
    const f = await fixture();
    const { host, saved } = standalone();
    const controller = pane(host);
    await controller.init();
    controller.addFiles([picked(f.department), picked(f.output)]);
    await controller.consolidate();
    expect(controller.getState().error).toBeNull();
    expect(currentRiceArea(controller)).toBe(1820);
    expect(controller.getState().summary?.reportingUnits).toEqual(["Phòng Kinh tế"]);
    expect(skippedRule(controller)).toEqual(["TongHop_6thang_2026.xlsx"]);
    expect(saved).toHaveLength(1);
    const written = await readWorkbook(saved[0], "TongHop.xlsx");
    const summary = written.grids.find((g) => g.sheet === "Tổng hợp");
    expect(riceAreaOnSummary(summary?.values ?? [])).toContain(1820);
    expect(riceAreaOnSummary(summary?.values ?? [])).not.toContain(3640);
  });

  it("Excel: a picked output beside the workbook's department sheet is skipped", async () => {
    const f = await fixture();
    const dept = (await readWorkbook(await departmentBytes(), "x.xlsx")).grids[0];
    const fake = useFake({ sheets: [gridToSheetData(dept, "Biểu NN")] });
    const controller = pane(createExcelHost());
    await controller.init();
    controller.toggleSheet("Biểu NN", true);
    controller.addFiles([picked(f.output)]);
    await controller.consolidate();
    expect(controller.getState().error).toBeNull();
    expect(currentRiceArea(controller)).toBe(1820);
    expect(skippedRule(controller)).toEqual(["TongHop_6thang_2026.xlsx"]);
    const sheet = fake.state.workbook.sheet("Tổng hợp");
    const used = sheet.usedAddress(true);
    expect(used).not.toBeNull();
    expect(riceAreaOnSummary(sheet.values(used ?? "A1"))).toEqual(expect.arrayContaining([1820]));
    expect(riceAreaOnSummary(sheet.values(used ?? "A1"))).not.toContain(3640);
  });
});

describe("a department's biểu in the wrong place is refused by every host", () => {
  it("given as the catalog: the CLI exits 2, both panes show the same refusal and run nothing", async () => {
    const f = await fixture();
    const cli = await runCli(["validate", f.department, "--catalog", f.department]);
    expect(cli.code).toBe(2);
    const expected =
      "Tệp “PhongKinhTe_6T2026.xlsx” là một biểu chỉ tiêu (trang “Biểu NN” có cột thực hiện), không phải danh mục.";
    expect(cli.stderr).toContain(expected.replace("PhongKinhTe_6T2026.xlsx", f.department));

    for (const host of [standalone().host, createExcelHost()]) {
      if (host.kind === "excel") useFake({ sheets: [] });
      const controller = pane(host);
      await controller.init();
      controller.addFiles([picked(f.department)]);
      controller.setCatalog(picked(f.department));
      await controller.validate();
      expect(controller.getState().error?.message).toContain(expected);
      expect(controller.getState().issues).toBeNull();
      resetFake();
    }
  });

  it("given as last year's workbook and as a department: refused, not silently left out", async () => {
    const f = await fixture();
    const cli = await runCli([
      "consolidate",
      f.dir,
      "--previous",
      f.department,
      "--out",
      path.join(f.dir, "lan2.xlsx"),
    ]);
    expect(cli.code).toBe(2);
    const expected =
      "là biểu của đơn vị “Phòng Kinh tế” (trang “Biểu NN”) nằm trong các tệp đầu vào";
    expect(cli.stderr).toContain(expected);

    for (const host of [standalone().host, createExcelHost()]) {
      if (host.kind === "excel") useFake({ sheets: [] });
      const controller = pane(host);
      await controller.init();
      controller.addFiles([picked(f.department)]);
      controller.addPreviousFiles([picked(f.department)]);
      await controller.consolidate();
      expect(controller.getState().error?.message).toContain(expected);
      expect(controller.getState().summary).toBeNull();
      resetFake();
    }
  });

  it("a TongHop output picked as last year's and among the department files is read once, as last year's", async () => {
    const f = await fixture();
    const { host } = standalone();
    const controller = pane(host);
    await controller.init();
    controller.addFiles([picked(f.department), picked(f.output)]);
    controller.addPreviousFiles([picked(f.output)]);
    await controller.consolidate();
    expect(controller.getState().error).toBeNull();
    const row = controller.getState().summary?.rows.find((r) => r.name === "Diện tích lúa");
    expect(row?.current).toBe(1820);
    // Read as last year's (and found to be this year's period), not skipped as a source.
    const rules = (controller.getState().issues ?? [])
      .filter((i) => i.file === "TongHop_6thang_2026.xlsx")
      .map((i) => i.rule);
    expect(rules).toEqual(["previous-period-mismatch"]);
  });
});
