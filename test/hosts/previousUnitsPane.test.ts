/**
 * Cùng kỳ from former units' sheets in the task pane, inside Excel (the strict Office.js fake):
 * this year's commune files and last year's sheets of the units they were made from picked as
 * a planner picks them, the quy đổi shown before anything is written, and the same figures
 * unit by unit as the command line (the built bin, run as a child process) gives.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { consolidateJson } from "../../src/core/json";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/types";
import { createExcelHost } from "../../src/excel";
import { messagesFor } from "../../src/taskpane/i18n";
import { defaultDeps } from "../../src/taskpane/state/defaultDeps";
import { PaneController, type PickedFile } from "../../src/taskpane/state/paneController";
import {
  FORMER_COWS,
  PHU_THO_SETTINGS,
  writeFormerBatch,
  type FormerBatch,
} from "../boundaries/formerBatch";
import { resetFake, useFake } from "../excel/helpers";

const ROOT = path.resolve(__dirname, "../..");
const t = messagesFor("vi");

let batch: FormerBatch;
beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "dist/core/boundaries/index.js")))
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
  batch = await writeFormerBatch(mkdtempSync(path.join(tmpdir(), "tonghop-pane-previous-")));
}, 120_000);
afterEach(resetFake);

function picked(file: string): PickedFile {
  const bytes = new Uint8Array(readFileSync(file));
  const name = path.basename(file);
  return { id: file, name, size: bytes.length, read: async () => bytes };
}

async function paneInExcel(): Promise<PaneController> {
  const controller = new PaneController(createExcelHost(), t, {
    ...defaultDeps,
    yieldToUi: async () => undefined,
  });
  await controller.init();
  await controller.saveSettings({ ...DEFAULT_REPORT_SETTINGS, ...PHU_THO_SETTINGS });
  controller.addFiles(batch.thisYearFiles.map(picked));
  controller.addPreviousFiles([...batch.lastYearFiles, batch.shareTable].map(picked));
  return controller;
}

/** Resolves once the controller asks the planner about the quy đổi. */
function reviewAsked(controller: PaneController): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!controller.getState().boundaryPending) return;
      stop();
      resolve();
    };
    const stop = controller.subscribe(check);
    check();
  });
}

interface UnitJson {
  unit: string;
  current: number | null;
  previous: number | null;
  previousFrom: unknown[];
  note: string | null;
}

describe("the pane in Excel with last year's sheets of former units", () => {
  it("shows the quy đổi, writes only once it is accepted, in 2 syncs, with the CLI's figures", async () => {
    const fake = useFake({ sheets: [] });
    const controller = await paneInExcel();
    const before = fake.state.syncCount;
    const sheets = fake.state.workbook.sheetNames();
    const job = controller.consolidate();
    await reviewAsked(controller);

    // Nothing has reached the workbook while the planner looks.
    expect(fake.state.syncCount).toBe(before);
    expect(fake.state.workbook.sheetNames()).toEqual(sheets);
    const review = controller.getState().boundary!;
    expect(review.scope).toContain("Tỉnh Phú Thọ");
    expect(review.units.map((u) => [u.name, u.complete, u.formers.map((f) => f.code)])).toEqual([
      ["Phường Thống Nhất", true, ["04789", "04819", "04828", "04891"]],
      ["Xã Tam Dương", true, ["08869", "08878", "08881", "08884"]],
      ["Xã Tiền Phong", true, ["04888", "04891"]],
    ]);
    const vayNua = review.units[2].formers.find((f) => f.code === "04891")!;
    expect(vayNua).toMatchObject({
      type: "partial",
      share: 40,
      sheet: "UBND_xã_Vầy_Nưa.xlsx, trang Biểu 01",
    });
    expect(review.formers).toBe(10);
    expect(review.formersWithSheet).toBe(10);

    controller.answerBoundaryReview(true);
    await job;
    const state = controller.getState();
    expect(state.error).toBeNull();
    expect(state.boundaryPending).toBe(false);
    // The workbook written in the Excel host's own budget: one sync to look, one to write.
    expect(fake.state.syncCount - before).toBe(2);
    expect(fake.state.workbook.sheetNames()).toEqual([
      ...sheets,
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      "Báo cáo",
      "Chi tiết theo đơn vị",
      "Quy đổi địa giới",
    ]);
    const carried = fake.state.workbook.sheet("Quy đổi địa giới").values("B1:J80").flat();
    expect(carried).toContain("Cùng kỳ quy đổi của Xã Tam Dương");

    // The command line on the same files gives the same cùng kỳ, unit by unit.
    const cli = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "bin/tonghop.js"),
        "consolidate",
        batch.thisYear,
        "--previous",
        batch.lastYear,
        batch.shareTable,
        "--settings",
        batch.settings,
        "--out",
        path.join(batch.thisYear, "..", "kq", "TongHop.xlsx"),
        "--json",
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    expect(cli.status).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as {
      indicators: Array<{ code: string; previous: number | null; byUnit: UnitJson[] }>;
    };
    const fromPane = consolidateJson(state.summary!, state.issues!);
    const byUnit = (json: typeof fromCli) =>
      json.indicators.map((i) => ({ code: i.code, previous: i.previous, byUnit: i.byUnit }));
    expect(byUnit(fromPane as typeof fromCli)).toEqual(byUnit(fromCli));
    const cows = fromPane.indicators.find((i) => i.code === "NN07")!;
    expect(cows.previous).toBe(FORMER_COWS);
    expect(cows.byUnit.find((u) => u.unit === "UBND phường Thống Nhất")!.previous).toBe(
      100 + 120 + 130 + 300,
    );
  }, 60_000);

  it("writes nothing when the planner does not accept the quy đổi, and says so", async () => {
    const fake = useFake({ sheets: [] });
    const controller = await paneInExcel();
    const before = fake.state.syncCount;
    const sheets = fake.state.workbook.sheetNames();
    const job = controller.consolidate();
    await reviewAsked(controller);
    controller.answerBoundaryReview(false);
    await job;
    expect(fake.state.syncCount).toBe(before);
    expect(fake.state.workbook.sheetNames()).toEqual(sheets);
    expect(controller.getState().notice).toBe(t.boundaryDeclined);
    expect(controller.getState().running).toBeNull();
  }, 60_000);

  it("Hủy while the quy đổi is shown cancels the job: nothing written", async () => {
    const fake = useFake({ sheets: [] });
    const controller = await paneInExcel();
    const sheets = fake.state.workbook.sheetNames();
    const job = controller.consolidate();
    await reviewAsked(controller);
    controller.cancel();
    await job;
    expect(fake.state.workbook.sheetNames()).toEqual(sheets);
    expect(controller.getState().notice).toBe(t.cancelled);
  }, 60_000);

  it("without the Bảng quy đổi, the split commune's new units are shown as not compared", async () => {
    useFake({ sheets: [] });
    const controller = await paneInExcel();
    const table = controller.getState().previousFiles.find((f) => f.name === "Bang_quy_doi.xlsx")!;
    controller.removePreviousFile(table.id);
    const job = controller.consolidate();
    await reviewAsked(controller);
    const review = controller.getState().boundary!;
    expect(review.units.map((u) => [u.name, u.complete])).toEqual([
      ["Phường Thống Nhất", false],
      ["Xã Tam Dương", true],
      ["Xã Tiền Phong", false],
    ]);
    expect(review.units[2].formers.find((f) => f.code === "04891")!.note).toBe(
      "Chưa có tỷ lệ trong Bảng quy đổi: đơn vị hiện nay không so sánh cùng kỳ.",
    );
    controller.answerBoundaryReview(true);
    await job;
    expect(controller.getState().error).toBeNull();
  }, 60_000);
});
