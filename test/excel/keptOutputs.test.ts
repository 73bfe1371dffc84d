/*
 * The outputs a run replaces are kept as hidden "… (bản trước)" sheets until the next run, and
 * Khôi phục brings them back, on the strict Office.js fake: a wrong "Ghi đè" costs nothing.
 */
import type { PlannedCell, SheetPlan, WorkbookPlan } from "../../src/core/types";
import { ExcelHostError } from "../../src/excel/errors";
import { FINGERPRINTS_KEY } from "../../src/excel/fingerprint";
import { keptNameFor, keptOutputsInExcel, restoreKeptOutputs } from "../../src/excel/keptOutputs";
import { listSheetsInExcel } from "../../src/excel/listSheets";
import { writeOutputSheets } from "../../src/excel/writeOutputs";
import type { FakeExcel } from "../fakes/office";
import { resetFake, snapshot, useFake } from "./helpers";

afterEach(resetFake);

const t = (text: string): PlannedCell => ({ value: { text } });
const n = (number: number): PlannedCell => ({ value: { number } });

function plan(figure: number): WorkbookPlan {
  const summary: SheetPlan = {
    name: "Tổng hợp",
    columnWidths: [30, 12],
    rows: [
      [t("Chỉ tiêu"), t("Thực hiện")],
      [t("Lúa"), n(figure)],
    ],
    merges: [],
  };
  const issues: SheetPlan = {
    name: "Kiểm tra",
    columnWidths: [30],
    rows: [[t("Vấn đề")], [t(`lần ${figure}`)]],
    merges: [],
  };
  return { sheets: [summary, issues] };
}

const departments = () => [
  {
    name: "Phòng Kinh tế",
    values: [
      ["Chỉ tiêu", "Thực hiện"],
      ["Lúa", 100],
    ],
  },
  {
    name: "Xã Hợp Hòa",
    values: [
      ["Chỉ tiêu", "Thực hiện"],
      ["Lúa", 20],
    ],
  },
];

const yes = async () => true;

function tabs(fake: FakeExcel): [string, string][] {
  return fake.state.workbook.sheets.map((s) => [s.name, s.visibility]);
}

function figure(fake: FakeExcel, sheet: string): unknown {
  return fake.state.workbook.sheet(sheet).cell("B2").value;
}

describe("previous outputs kept as hidden “(bản trước)” sheets", () => {
  it("a first run keeps nothing (there was nothing to replace)", async () => {
    const fake = useFake({ sheets: departments() });
    const outcome = await writeOutputSheets(plan(1), yes);
    expect(outcome.kept).toEqual([]);
    expect(outcome.message).not.toContain("bản trước");
    expect(await keptOutputsInExcel()).toEqual([]);
    expect(fake.state.workbook.sheetNames()).toEqual([
      "Phòng Kinh tế",
      "Xã Hợp Hòa",
      "Tổng hợp",
      "Kiểm tra",
    ]);
  });

  it("a second run keeps what it replaced, edits included, hidden; departments untouched; same syncs", async () => {
    const fake = useFake({ sheets: departments() });
    await writeOutputSheets(plan(1), yes);
    // The planner types into the summary, then runs again and answers Ghi đè.
    fake.state.workbook
      .sheet("Tổng hợp")
      .writeInput(1, 2, { value: "ghi chú của tôi", formula: null });
    const edited = snapshot(fake, "Tổng hợp");
    const before = [snapshot(fake, "Phòng Kinh tế"), snapshot(fake, "Xã Hợp Hòa")];
    fake.state.syncCount = 0;
    const asked: string[][] = [];
    const outcome = await writeOutputSheets(plan(2), async (sheets) => {
      asked.push(sheets);
      return true;
    });
    expect(asked).toEqual([["Tổng hợp"]]);
    expect(fake.state.syncCount).toBe(2);
    expect(outcome.kept).toEqual(["Tổng hợp", "Kiểm tra"]);
    expect(outcome.message).toContain("“Tổng hợp (bản trước)”");
    expect(tabs(fake)).toEqual([
      ["Phòng Kinh tế", "Visible"],
      ["Xã Hợp Hòa", "Visible"],
      ["Tổng hợp", "Visible"],
      ["Tổng hợp (bản trước)", "Hidden"],
      ["Kiểm tra", "Visible"],
      ["Kiểm tra (bản trước)", "Hidden"],
    ]);
    expect(figure(fake, "Tổng hợp")).toBe(2);
    expect({ ...(snapshot(fake, "Tổng hợp (bản trước)") as object), name: "Tổng hợp" }).toEqual({
      ...(edited as object),
      position: 3,
    });
    expect([snapshot(fake, "Phòng Kinh tế"), snapshot(fake, "Xã Hợp Hòa")]).toEqual(before);
    expect(fake.state.workbook.activeSheetName).toBe("Tổng hợp");
    // Kept copies are outputs: never offered as sources.
    const listed = await listSheetsInExcel();
    expect(listed.filter((s) => !s.isOutput).map((s) => s.name)).toEqual([
      "Phòng Kinh tế",
      "Xã Hợp Hòa",
    ]);
  });

  it("keeps only the run before: a third run replaces the kept copies", async () => {
    const fake = useFake({ sheets: departments() });
    await writeOutputSheets(plan(1), yes);
    await writeOutputSheets(plan(2), yes);
    await writeOutputSheets(plan(3), yes);
    expect(figure(fake, "Tổng hợp")).toBe(3);
    expect(figure(fake, keptNameFor("Tổng hợp"))).toBe(2);
    expect(fake.state.workbook.sheetNames().filter((s) => s.includes("bản trước"))).toEqual([
      "Tổng hợp (bản trước)",
      "Kiểm tra (bản trước)",
    ]);
  });

  it("asks before replacing a kept copy the planner made visible again", async () => {
    const fake = useFake({ sheets: departments() });
    await writeOutputSheets(plan(1), yes);
    await writeOutputSheets(plan(2), yes);
    fake.state.workbook.sheet("Tổng hợp (bản trước)").visibility = "Visible";
    const asked: string[][] = [];
    const outcome = await writeOutputSheets(plan(3), async (sheets) => {
      asked.push(sheets);
      return false;
    });
    expect(asked).toEqual([["Tổng hợp (bản trước)"]]);
    expect(outcome.written).toBe(false);
    expect(figure(fake, "Tổng hợp (bản trước)")).toBe(1);
  });
});

describe("Khôi phục", () => {
  it("brings the previous outputs back in their tab places, in 2 syncs, and keeps the replaced ones", async () => {
    const fake = useFake({ sheets: departments() });
    await writeOutputSheets(plan(1), yes);
    // The planner moves Tổng hợp to the front; the restored one must be there too.
    fake.state.workbook.sheets.unshift(...fake.state.workbook.sheets.splice(2, 1));
    await writeOutputSheets(plan(2), yes);
    expect(await keptOutputsInExcel()).toEqual(["Tổng hợp", "Kiểm tra"]);
    fake.state.syncCount = 0;
    const outcome = await restoreKeptOutputs();
    expect(fake.state.syncCount).toBe(2);
    expect(outcome.restored).toEqual(["Tổng hợp", "Kiểm tra"]);
    expect(outcome.message).toMatch(/^Đã khôi phục bản trước của các trang “Tổng hợp”, “Kiểm tra”/);
    expect(figure(fake, "Tổng hợp")).toBe(1);
    expect(fake.state.workbook.sheet("Kiểm tra").cell("A2").value).toBe("lần 1");
    expect(figure(fake, "Tổng hợp (bản trước)")).toBe(2);
    const visible = fake.state.workbook.sheets.filter((s) => s.visibility === "Visible");
    expect(visible.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Phòng Kinh tế",
      "Xã Hợp Hòa",
      "Kiểm tra",
    ]);
    expect(fake.state.workbook.activeSheetName).toBe("Tổng hợp");

    // Pressing it again undoes the restore: nothing is ever lost.
    await restoreKeptOutputs();
    expect(figure(fake, "Tổng hợp")).toBe(2);
    expect(figure(fake, "Tổng hợp (bản trước)")).toBe(1);
  });

  it("swaps the fingerprints with the sheets, so a restored untouched output is replaced without asking", async () => {
    const fake = useFake({ sheets: departments() });
    await writeOutputSheets(plan(1), yes);
    await writeOutputSheets(plan(2), yes);
    await restoreKeptOutputs();
    const stored = JSON.parse(String(fake.state.savedSettings[FINGERPRINTS_KEY])) as Record<
      string,
      unknown
    >;
    expect(Object.keys(stored).sort()).toEqual(
      ["Kiểm tra", "Kiểm tra (bản trước)", "Tổng hợp", "Tổng hợp (bản trước)"].sort(),
    );
    const asked: string[][] = [];
    await writeOutputSheets(plan(3), async (sheets) => {
      asked.push(sheets);
      return true;
    });
    expect(asked).toEqual([]);
    expect(figure(fake, "Tổng hợp (bản trước)")).toBe(1);
  });

  it("a restored output the planner had edited still counts as edited", async () => {
    const fake = useFake({ sheets: departments() });
    await writeOutputSheets(plan(1), yes);
    fake.state.workbook.sheet("Tổng hợp").writeInput(1, 1, { value: 777, formula: null });
    await writeOutputSheets(plan(2), yes);
    await restoreKeptOutputs();
    expect(figure(fake, "Tổng hợp")).toBe(777);
    const asked: string[][] = [];
    await writeOutputSheets(plan(3), async (sheets) => {
      asked.push(sheets);
      return false;
    });
    expect(asked).toEqual([["Tổng hợp"]]);
  });

  it("says so in Vietnamese when there is nothing to restore, changing nothing", async () => {
    const fake = useFake({ sheets: departments() });
    await writeOutputSheets(plan(1), yes);
    const before = tabs(fake);
    const error = await restoreKeptOutputs().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect((error as ExcelHostError).userMessage).toMatch(/^Không có bản trước nào để khôi phục/);
    expect(tabs(fake)).toEqual(before);
  });
});
