import type { PlannedCell, SheetPlan, WorkbookPlan } from "../../src/core/types";
import { ExcelHostError } from "../../src/excel/errors";
import { FINGERPRINTS_KEY } from "../../src/excel/fingerprint";
import { SAFETY } from "../../src/excel/payload";
import { writeOutputSheets } from "../../src/excel/writeOutputs";
import type { FakeExcel, FakeSheetData } from "../fakes/office";
import { resetFake, snapshot, snapshotAll, useFake } from "./helpers";

afterEach(resetFake);

const t = (text: string, style?: PlannedCell["style"]): PlannedCell => ({ value: { text }, style });
const n = (number: number, style?: PlannedCell["style"]): PlannedCell => ({
  value: { number },
  style,
});
const blank: PlannedCell = { value: null };

function summaryPlan(figure = 120): SheetPlan {
  const head = { bold: true, hAlign: "center" as const, fill: "E2EFDA", border: true };
  return {
    name: "Tổng hợp",
    columnWidths: [6, 44, 14],
    rows: [
      [t("BẢNG TỔNG HỢP", { bold: true, fontSize: 14 }), blank, blank],
      [t("STT", head), t("Chỉ tiêu", head), t("Thực hiện", head)],
      [t("1"), t("=SUM(A1)"), n(figure, { numFmt: "#,##0" })],
      [t("2"), t("+84 912 345 678"), n(1.5, { numFmt: "#,##0.00", italic: true })],
      [t("-"), t("-Khác"), t("@x")],
    ],
    merges: ["A1:C1"],
    freeze: { rows: 2, columns: 1 },
  };
}

function sourcesPlan(): SheetPlan {
  return { name: "Nguồn", columnWidths: [30], rows: [[t("Tệp")], [t("Biểu 01")]], merges: [] };
}

function planOf(...sheets: SheetPlan[]): WorkbookPlan {
  return { sheets };
}

function departmentSheets(): FakeSheetData[] {
  return [
    {
      name: "Biểu 01",
      values: [
        ["Chỉ tiêu", "Thực hiện"],
        ["Lúa", 100],
        ["=SUM(A1)", "-Khác"],
      ],
      fonts: [[".VnTime", null]],
      merges: ["A5:B5"],
      columnWidths: { A: 120 },
    },
    { name: "Biểu 02", values: [["Ngô", 5]] },
  ];
}

const yes = jest.fn(async () => true);
beforeEach(() => yes.mockClear());

function tempSheets(fake: FakeExcel): string[] {
  return fake.state.workbook.sheetNames().filter((name) => name.includes("(mới"));
}

describe("writing the output sheets", () => {
  it("writes the plan's sheets in 2 syncs and never touches department sheets", async () => {
    const fake = useFake({ sheets: departmentSheets() });
    const before = [snapshot(fake, "Biểu 01"), snapshot(fake, "Biểu 02")];
    const result = await writeOutputSheets(planOf(summaryPlan(), sourcesPlan()), yes);
    expect(result.written).toBe(true);
    expect(result.message).toContain("“Tổng hợp”");
    expect(fake.state.workbook.sheetNames()).toEqual(["Biểu 01", "Biểu 02", "Tổng hợp", "Nguồn"]);
    expect([snapshot(fake, "Biểu 01"), snapshot(fake, "Biểu 02")]).toEqual(before);
    expect(fake.state.syncCount).toBe(2);
    expect(yes).not.toHaveBeenCalled();
    expect(fake.state.workbook.activeSheetName).toBe("Tổng hợp");
  });

  it("formats a plan by column runs, text still text, figures with their formats", async () => {
    const fake = useFake({ sheets: departmentSheets() });
    const byColumn: SheetPlan = {
      ...summaryPlan(),
      merges: [],
      name: "Nguồn",
      formatByColumn: true,
    };
    await writeOutputSheets(planOf(byColumn), yes);
    const s = fake.state.workbook.sheet("Nguồn");
    expect(s.cell("B3")).toMatchObject({ formula: false, value: "=SUM(A1)", numberFormat: "@" });
    expect(s.cell("B4")).toMatchObject({ formula: false, value: "+84 912 345 678" });
    expect(s.cell("C3")).toMatchObject({ value: 120, numberFormat: "#,##0" });
    expect(s.cell("C4")).toMatchObject({ value: 1.5, numberFormat: "#,##0.00" });
    expect(s.cell("C5")).toMatchObject({ formula: false, value: "@x", numberFormat: "@" });
    // Row blocks carry values only; the formats went as one operation per run of a column.
    expect(fake.state.syncCount).toBe(2);
  });

  it("lands department text beginning with =, +, - or @ as text, never a formula", async () => {
    const fake = useFake({ sheets: departmentSheets() });
    await writeOutputSheets(planOf(summaryPlan()), yes);
    const s = fake.state.workbook.sheet("Tổng hợp");
    for (const [address, text] of [
      ["B3", "=SUM(A1)"],
      ["B4", "+84 912 345 678"],
      ["B5", "-Khác"],
      ["C5", "@x"],
      ["A3", "1"],
      ["A5", "-"],
    ]) {
      const cell = s.cell(address);
      expect({ address, formula: cell.formula, value: cell.value }).toEqual({
        address,
        formula: false,
        value: text,
      });
    }
    expect(s.cell("C3").value).toBe(120);
    expect(s.cell("C3").numberFormat).toBe("#,##0");
    expect(s.cell("C4").text).toBe("1.50");
  });

  it("applies formats, merges, column widths and frozen panes", async () => {
    const fake = useFake({ sheets: departmentSheets() });
    await writeOutputSheets(planOf(summaryPlan()), yes);
    const s = fake.state.workbook.sheet("Tổng hợp");
    expect(s.mergedAreas()).toEqual(["A1:C1"]);
    expect(s.cell("A1").font.bold).toBe(true);
    expect(s.cell("A1").font.size).toBe(14);
    expect(s.cell("B2").horizontalAlignment).toBe("Center");
    expect(s.cell("C2").fillColor).toBe("#E2EFDA");
    expect(s.cell("C4").font.italic).toBe(true);
    expect(s.cell("B3").font.bold).toBe(false);
    // Characters → points: 44 characters ≈ 44 × 7 + 5 px = 234.75 pt.
    expect(s.widthOf("B")).toBeCloseTo((44 * 7 + 5) * 0.75, 1);
    expect(s.widthOf("A")).toBeLessThan(s.widthOf("C"));
    expect([s.frozenRows, s.frozenColumns]).toEqual([2, 1]);
  });

  it("sets the plan's row heights, so wrapped text is not clipped", async () => {
    const fake = useFake({ sheets: departmentSheets() });
    const plan = { ...summaryPlan(), rowHeights: [null, 45, 30, 30] };
    await writeOutputSheets(planOf(plan), yes);
    const s = fake.state.workbook.sheet("Tổng hợp");
    expect([2, 3, 4].map((r) => s.rowHeight(r - 1))).toEqual([45, 30, 30]);
    expect(s.rowHeight(0)).toBe(fake.state.workbook.sheet("Biểu 02").rowHeight(0));
  });

  it("replaces its own sheets in place on a second run, without asking", async () => {
    const fake = useFake({ sheets: departmentSheets() });
    await writeOutputSheets(planOf(summaryPlan(120), sourcesPlan()), yes);
    // The planner moves "Tổng hợp" to the front; a new run keeps it there.
    fake.state.workbook.sheets.unshift(...fake.state.workbook.sheets.splice(2, 1));
    const departments = [snapshot(fake, "Biểu 01"), snapshot(fake, "Biểu 02")];
    fake.state.syncCount = 0;
    await writeOutputSheets(planOf(summaryPlan(999), sourcesPlan()), yes);
    expect(yes).not.toHaveBeenCalled();
    // What the planner sees: the same tabs in the same order; the replaced ones kept hidden.
    const visible = fake.state.workbook.sheets.filter((s) => s.visibility === "Visible");
    expect(visible.map((s) => s.name)).toEqual(["Tổng hợp", "Biểu 01", "Biểu 02", "Nguồn"]);
    const hidden = fake.state.workbook.sheets.filter((s) => s.visibility !== "Visible");
    expect(hidden.map((s) => [s.name, s.visibility])).toEqual([
      ["Tổng hợp (bản trước)", "Hidden"],
      ["Nguồn (bản trước)", "Hidden"],
    ]);
    expect(fake.state.workbook.sheet("Tổng hợp").cell("C3").value).toBe(999);
    // Their tab indices count the hidden copy now; the order the planner sees is checked above.
    const unmoved = (s: unknown) => ({ ...(s as object), position: null });
    expect([snapshot(fake, "Biểu 01"), snapshot(fake, "Biểu 02")].map(unmoved)).toEqual(
      departments.map(unmoved),
    );
    expect(tempSheets(fake)).toEqual([]);
    expect(fake.state.syncCount).toBe(2);
  });

  it("asks before replacing an output sheet the planner edited; no → nothing changes", async () => {
    const fake = useFake({ sheets: departmentSheets() });
    await writeOutputSheets(planOf(summaryPlan(), sourcesPlan()), yes);
    fake.state.workbook.sheet("Tổng hợp").writeInput(2, 2, { value: 130, formula: null });
    const before = snapshotAll(fake);
    const settingsBefore = JSON.stringify(fake.state.savedSettings);
    const no = jest.fn(async () => false);
    fake.state.syncCount = 0;
    const result = await writeOutputSheets(planOf(summaryPlan(), sourcesPlan()), no);
    expect(no).toHaveBeenCalledWith(["Tổng hợp"]);
    expect(result.written).toBe(false);
    expect(result.message).toContain("Đã hủy");
    expect(snapshotAll(fake)).toEqual(before);
    expect(JSON.stringify(fake.state.savedSettings)).toBe(settingsBefore);
    expect(fake.state.syncCount).toBe(1);

    await writeOutputSheets(planOf(summaryPlan(), sourcesPlan()), yes);
    expect(yes).toHaveBeenCalledWith(["Tổng hợp"]);
    expect(fake.state.workbook.sheet("Tổng hợp").cell("C3").value).toBe(120);
  });

  it("asks before replacing a sheet named like an output that this add-in did not write", async () => {
    const fake = useFake({
      sheets: [...departmentSheets(), { name: "Nguồn", values: [["của phòng"]] }],
    });
    const no = jest.fn(async () => false);
    await writeOutputSheets(planOf(summaryPlan(), sourcesPlan()), no);
    expect(no).toHaveBeenCalledWith(["Nguồn"]);
    expect(fake.state.workbook.sheetNames()).toEqual(["Biểu 01", "Biểu 02", "Nguồn"]);
  });

  it("keeps the fingerprints in the document settings", async () => {
    const fake = useFake({ sheets: departmentSheets() });
    await writeOutputSheets(planOf(summaryPlan(), sourcesPlan()), yes);
    const stored = JSON.parse(String(fake.state.savedSettings[FINGERPRINTS_KEY])) as Record<
      string,
      { hash: string }
    >;
    expect(Object.keys(stored).sort()).toEqual(["Nguồn", "Tổng hợp"]);
  });

  it("refuses a plan that would write a department sheet, before changing anything", async () => {
    const fake = useFake({ sheets: departmentSheets() });
    const before = snapshotAll(fake);
    const bad = { ...sourcesPlan(), name: "Biểu 01" };
    await expect(writeOutputSheets(planOf(summaryPlan(), bad), yes)).rejects.toBeInstanceOf(
      ExcelHostError,
    );
    expect(snapshotAll(fake)).toEqual(before);
    expect(fake.state.syncCount).toBe(0);
  });

  it("after a failure mid-write keeps the previous outputs and leaves no temporary sheet", async () => {
    const fake = useFake({ sheets: departmentSheets() });
    await writeOutputSheets(planOf(summaryPlan(120), sourcesPlan()), yes);
    const before = snapshotAll(fake);
    // Excel rejects a 1000-point font: the failure comes after the new sheets were added and filled.
    const broken: SheetPlan = { ...sourcesPlan(), rows: [[t("Tệp", { fontSize: 1000 })]] };
    const error = await writeOutputSheets(planOf(summaryPlan(999), broken), yes).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExcelHostError);
    expect((error as ExcelHostError).userMessage).toMatch(
      /^Không ghi được các trang “Tổng hợp”, “Nguồn”: Excel từ chối/,
    );
    expect(fake.state.syncs.some((s) => !s.ok && s.errorCode === "InvalidArgument")).toBe(true);
    expect(snapshotAll(fake)).toEqual(before);
    expect(tempSheets(fake)).toEqual([]);
  });

  it("when a row is over the request limit, fails cleanly with the limit named", async () => {
    const limit = 20_000;
    const fake = useFake({ sheets: departmentSheets() }, { requestLimitBytes: limit });
    await writeOutputSheets(planOf(summaryPlan(120), sourcesPlan()), yes, {
      payloadLimitBytes: limit,
    });
    const before = snapshotAll(fake);
    const huge: SheetPlan = { ...sourcesPlan(), rows: [[t("Tệp")], [t("x".repeat(30_000))]] };
    const error = await writeOutputSheets(planOf(summaryPlan(5), huge), yes, {
      payloadLimitBytes: limit,
    }).catch((e: unknown) => e);
    expect((error as ExcelHostError).userMessage).toMatch(
      /^Không ghi được trang “Nguồn”: vượt giới hạn dung lượng của Excel trên web/,
    );
    expect(snapshotAll(fake)).toEqual(before);
    expect(tempSheets(fake)).toEqual([]);
  });

  it("splits a huge sheet into row blocks: exactly as many syncs as the request bytes need", async () => {
    const limit = 40_000;
    const rows: PlannedCell[][] = Array.from({ length: 600 }, (_, i) => [
      t(`Chỉ tiêu ${i + 1}`),
      n(i * 1.25),
      t(`-ghi chú ${i}`),
    ]);
    const big: SheetPlan = { name: "Kiểm tra", columnWidths: [20, 10, 20], rows, merges: [] };
    const fake = useFake({ sheets: departmentSheets() }, { requestLimitBytes: limit });
    await writeOutputSheets(planOf(big), yes, { payloadLimitBytes: limit });
    const s = fake.state.workbook.sheet("Kiểm tra");
    expect(s.cell("A600").value).toBe("Chỉ tiêu 600");
    expect(s.cell("B600").value).toBe(599 * 1.25);
    expect(s.cell("C600").formula).toBe(false);
    expect(fake.state.syncs.every((x) => x.ok && x.requestBytes <= limit)).toBe(true);
    const writeSyncs = fake.state.syncs.slice(1);
    const sent = writeSyncs.reduce((sum, x) => sum + x.requestBytes, 0);
    expect(writeSyncs.length).toBeGreaterThan(1);
    // No sync but the last is far from full: the count is the fewest the bytes allow.
    expect(writeSyncs.length).toBe(Math.ceil(sent / (limit * SAFETY)));
  });

  it("degrades on older Excel: no frozen panes below ExcelApi 1.7, still writes; 1.3 lists first", async () => {
    const fake = useFake({ sheets: departmentSheets() }, { requirementSets: { ExcelApi: "1.6" } });
    await writeOutputSheets(planOf(summaryPlan()), yes);
    const s = fake.state.workbook.sheet("Tổng hợp");
    expect(s.cell("B3").value).toBe("=SUM(A1)");
    expect([s.frozenRows, s.frozenColumns]).toEqual([0, 0]);
    expect(s.mergedAreas()).toEqual(["A1:C1"]);
    resetFake();

    const old = useFake({ sheets: departmentSheets() }, { requirementSets: { ExcelApi: "1.3" } });
    await writeOutputSheets(planOf(summaryPlan(1)), yes);
    await writeOutputSheets(planOf(summaryPlan(2)), yes);
    expect(yes).not.toHaveBeenCalled();
    expect(old.state.workbook.sheet("Tổng hợp").cell("C3").value).toBe(2);
    expect(old.state.syncs.every((x) => x.ok)).toBe(true);
  });
});
