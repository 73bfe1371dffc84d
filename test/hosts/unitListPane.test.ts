/**
 * The Danh sách đơn vị in the task pane, inside Excel (the strict Office.js fake), driven
 * through the controller as a planner uses it: Kiểm tra says who sent, Tổng hợp consolidates
 * each unit's newest sheet and writes Tình hình nộp biểu and the report's sentence, as
 * `consolidate --units` does (test/cli/status.test.ts runs the same batch on the CLI); a list
 * or a Hạn nộp that cannot be read stops the job with its message and writes nothing.
 */
import ExcelJS from "exceljs";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/types";
import { submissionCounts } from "../../src/core/units";
import { createExcelHost } from "../../src/excel";
import { messagesFor } from "../../src/taskpane/i18n";
import { defaultDeps } from "../../src/taskpane/state/defaultDeps";
import { PaneController, type PickedFile } from "../../src/taskpane/state/paneController";
import { resetFake, useFake } from "../excel/helpers";

const t = messagesFor("vi");
afterEach(resetFake);

async function xlsx(fill: (ws: ExcelJS.Worksheet) => void, sheet: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet(sheet));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let counter = 0;
function picked(name: string, bytes: Uint8Array, modified?: number): PickedFile {
  counter += 1;
  return {
    id: `f${counter}`,
    name,
    size: bytes.length,
    read: async () => bytes,
    ...(modified !== undefined ? { modified } : {}),
  };
}

/** A commune's biểu; `date` null = no Ngày lập row. */
async function commune(
  name: string,
  unit: string,
  opts: { code?: string; date: string | null; cows: number | string; modified?: number },
): Promise<PickedFile> {
  const bytes = await xlsx((ws) => {
    ws.addRow(["Đơn vị báo cáo:", unit]);
    if (opts.code) ws.addRow(["Mã đơn vị:", opts.code]);
    ws.addRow(["Kỳ báo cáo:", "6 tháng đầu năm 2026"]);
    if (opts.date) ws.addRow(["Ngày lập:", opts.date]);
    ws.addRow([]);
    ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện kỳ báo cáo"]);
    ws.addRow([1, "Đàn bò", "con", opts.cows]);
  }, "Biểu 01");
  return picked(name, bytes, opts.modified);
}

async function unitList(
  name: string,
  rows: (string | null)[][],
  header = ["Mã đơn vị", "Tên đơn vị", "Loại", "Người liên hệ", "Điện thoại", "Hạn nộp"],
): Promise<PickedFile> {
  const bytes = await xlsx((ws) => {
    ws.addRow(["DANH SÁCH ĐƠN VỊ"]);
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
  }, "Danh sách đơn vị");
  return picked(name, bytes);
}

/** Local noon of a July 2026 day, so the file's day is the same in any time zone. */
const noon = (d: number) => new Date(2026, 6, d, 12).getTime();

async function communes(): Promise<PickedFile[]> {
  return [
    await commune("TamDuong_lan1.xlsx", "UBND XÃ TAM DƯƠNG", {
      code: "08869",
      date: "10/07/2026",
      cows: 100,
    }),
    await commune("TamDuong_lan2.xlsx", "Ủy ban nhân dân xã Tam Dương", {
      code: "08869",
      date: "14/07/2026",
      cows: 150,
    }),
    // No Ngày lập: dated by the file, late for the run's deadline but not for its own.
    await commune("HopHoa.xlsx", "UBND xã Hợp Hoà", { date: null, cows: 40, modified: noon(17) }),
    await commune("KimLong.xlsx", "xã kim long", { date: "16/07/2026", cows: "1.2.3" }),
    await commune("PhongKT.xlsx", "Phòng Kinh tế", { date: "12/07/2026", cows: 7 }),
  ];
}

const LIST_ROWS = [
  ["08869", "Xã Tam Dương", "Xã", "Nguyễn Văn An", "0912345678", null],
  [null, "Xã Hợp Hòa", "Xã", null, null, "20/07/2026"],
  [null, "Xã Kim Long", "Xã", null, null, null],
  [null, "Xã Đạo Trù", "Xã", null, null, null],
];

async function pane(list: PickedFile, deadline = "15/07/2026"): Promise<PaneController> {
  const controller = new PaneController(createExcelHost(), t, {
    ...defaultDeps,
    yieldToUi: async () => undefined,
  });
  await controller.init();
  await controller.saveSettings({ ...DEFAULT_REPORT_SETTINGS });
  controller.addFiles(await communes());
  controller.setUnitList(list);
  controller.setDeadline(deadline);
  return controller;
}

describe("the pane in Excel with a Danh sách đơn vị", () => {
  it("Kiểm tra says who sent, on time, late or not, without writing anything", async () => {
    const fake = useFake({ sheets: [] });
    const controller = await pane(await unitList("DanhSach.xlsx", LIST_ROWS));
    const before = fake.state.syncCount;
    const sheets = fake.state.workbook.sheetNames();
    await controller.validate();
    const state = controller.getState();
    expect(state.error).toBeNull();
    expect(fake.state.syncCount).toBe(before);
    expect(fake.state.workbook.sheetNames()).toEqual(sheets);
    expect(state.submission!.place).toBe("validate");
    expect(state.submission!.period).toBe("6 tháng đầu năm 2026");
    const summary = state.submission!.summary;
    expect(summary.listFile).toBe("DanhSach.xlsx");
    expect(summary.deadline).toBe("2026-07-15");
    expect(
      summary.units.map((u) => [
        u.unit.name,
        u.status,
        u.deadline,
        u.files.map((f) => [f.file, f.date, f.dateSource, f.used, f.errors]),
      ]),
    ).toEqual([
      [
        "Xã Tam Dương",
        "on-time",
        "2026-07-15",
        [
          ["TamDuong_lan2.xlsx", "2026-07-14", "ngay-lap", true, 0],
          ["TamDuong_lan1.xlsx", "2026-07-10", "ngay-lap", false, 0],
        ],
      ],
      ["Xã Hợp Hòa", "on-time", "2026-07-20", [["HopHoa.xlsx", "2026-07-17", "mtime", true, 0]]],
      ["Xã Kim Long", "late", "2026-07-15", [["KimLong.xlsx", "2026-07-16", "ngay-lap", true, 1]]],
      ["Xã Đạo Trù", "missing", "2026-07-15", []],
    ]);
    expect(summary.unlisted.map((u) => [u.file, u.unit, u.reason])).toEqual([
      ["PhongKT.xlsx", "Phòng Kinh tế", "not-listed"],
    ]);
    expect(submissionCounts(summary)).toMatchObject({ listed: 4, submitted: 3, late: 1 });
    // The older copy is set aside, said so, and not checked as a duplicate of the newer one.
    const rules = state.issues!.map((i) => [i.rule, i.file]);
    expect(rules).toContainEqual(["submission-set-aside", "TamDuong_lan1.xlsx"]);
    expect(rules.filter(([r]) => r === "duplicate-unit")).toEqual([]);
  }, 60_000);

  it("Tổng hợp uses each unit's newest sheet, writes Tình hình nộp biểu and the sentence, in 2 syncs", async () => {
    const fake = useFake({ sheets: [] });
    const controller = await pane(await unitList("DanhSach.xlsx", LIST_ROWS));
    const before = fake.state.syncCount;
    const sheets = fake.state.workbook.sheetNames();
    await controller.consolidate();
    const state = controller.getState();
    expect(state.error).toBeNull();
    expect(state.submission!.place).toBe("consolidate");
    expect(fake.state.syncCount - before).toBe(2);
    expect(fake.state.workbook.sheetNames()).toEqual([
      ...sheets,
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      "Báo cáo",
      "Chi tiết theo đơn vị",
      "Tình hình nộp biểu",
    ]);
    // 150 (Tam Dương's newer copy) + 40; the older 100, Kim Long's "1.2.3" and Phòng Kinh
    // tế's 7 (not on the list) left out, as `consolidate --units` does.
    const cows = state.summary!.rows.find((r) => r.name === "Đàn bò")!;
    expect(cows.current).toBe(190);
    const status = fake.state.workbook.sheet("Tình hình nộp biểu").values("A1:J12");
    expect(status[2][0]).toBe("Đã nộp 3/4 đơn vị, trong đó 1 nộp muộn; chưa nộp 1: Xã Đạo Trù.");
    const header = status.findIndex((row) => row[0] === "STT");
    expect(status.slice(header + 1, header + 5).map((row) => row.slice(2, 4))).toEqual([
      ["Xã Tam Dương", "Đúng hạn"],
      ["Xã Hợp Hòa", "Đúng hạn"],
      ["Xã Kim Long", "Nộp muộn"],
      ["Xã Đạo Trù", "Chưa nộp"],
    ]);
    const report = fake.state.workbook.sheet("Báo cáo").values("A1:A40").flat();
    expect(report.find((v) => typeof v === "string" && v.startsWith("Còn "))).toBe(
      "Còn 1/4 đơn vị chưa gửi số liệu: Xã Đạo Trù. Căn cứ báo cáo của 3 đơn vị, tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2026 như sau:",
    );
  }, 60_000);

  it("a list without Tên đơn vị: its message, naming file and sheet, and nothing written", async () => {
    const fake = useFake({ sheets: [] });
    const bad = await unitList(
      "DanhSach_sai.xlsx",
      [["08869", "Nguyễn Văn An"]],
      ["Mã đơn vị", "Người liên hệ"],
    );
    const controller = await pane(bad);
    const before = fake.state.syncCount;
    const sheets = fake.state.workbook.sheetNames();
    await controller.consolidate();
    const state = controller.getState();
    expect(state.error).toEqual({
      context: "consolidate",
      message:
        "Tệp danh sách đơn vị “DanhSach_sai.xlsx”, trang “Danh sách đơn vị”: không tìm thấy cột “Tên đơn vị” trong 20 dòng đầu. Dòng tiêu đề cần có các cột “Mã đơn vị | Tên đơn vị | Loại | Người liên hệ | Điện thoại | Hạn nộp” (chỉ “Tên đơn vị” là bắt buộc).",
    });
    expect(fake.state.syncCount).toBe(before);
    expect(fake.state.workbook.sheetNames()).toEqual(sheets);
    expect(state.summary).toBeNull();
    expect(state.submission).toBeNull();
  }, 60_000);

  it("a Hạn nộp that is not dd/mm/yyyy: refused in Vietnamese before anything is read", async () => {
    const fake = useFake({ sheets: [] });
    const controller = await pane(await unitList("DanhSach.xlsx", LIST_ROWS), "15-7");
    expect(controller.deadlineProblem()).toBe(
      "Hạn nộp cần một ngày dạng dd/mm/yyyy (ví dụ 15/07/2026), nhận được “15-7”.",
    );
    const before = fake.state.syncCount;
    await controller.validate();
    expect(controller.getState().error).toEqual({
      context: "validate",
      message: "Hạn nộp cần một ngày dạng dd/mm/yyyy (ví dụ 15/07/2026), nhận được “15-7”.",
    });
    expect(fake.state.syncCount).toBe(before);
    controller.setDeadline("31/02/2026");
    expect(controller.deadlineProblem()).toContain("nhận được “31/02/2026”");
    controller.setDeadline("");
    expect(controller.deadlineProblem()).toBeNull();
    // Without a deadline every unit that sent is on time.
    await controller.validate();
    const units = controller.getState().submission!.summary.units;
    expect(units.map((u) => u.status)).toEqual(["on-time", "on-time", "on-time", "missing"]);
  }, 60_000);

  it("removing the list drops its panel; the next Kiểm tra tracks nothing", async () => {
    useFake({ sheets: [] });
    const controller = await pane(await unitList("DanhSach.xlsx", LIST_ROWS));
    await controller.validate();
    expect(controller.getState().submission).not.toBeNull();
    controller.removeUnitList();
    expect(controller.getState().submission).toBeNull();
    await controller.validate();
    expect(controller.getState().error).toBeNull();
    expect(controller.getState().submission).toBeNull();
  }, 60_000);
});
