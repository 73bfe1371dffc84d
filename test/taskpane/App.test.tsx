/** @jest-environment jsdom */
/*
 * The task pane against a fake host: what a planner sees and what reaches the host when they
 * click. Expected issues and totals come from the core run on the same grids, never typed in.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import type { ControllerDeps } from "../../src/taskpane/state/paneController";
import { loadCatalog, runConsolidate, runValidate } from "../../src/core/pipeline";
import { formatViNumber } from "../../src/core/text/vnNumber";
import { DEFAULT_REPORT_SETTINGS, type SheetGrid } from "../../src/core/types";
import { WORKBOOK, departmentGrid, exampleSheets, fakeHost, type FakeHost } from "./fakeHost";

function renderPane(host: FakeHost, deps?: Partial<ControllerDeps>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} deps={{ yieldToUi: () => Promise.resolve(), ...deps }} />
    </FluentProvider>,
  );
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

async function chooseAllSheets(host: FakeHost): Promise<void> {
  const sheets = (await host.listWorkbookSheets()).filter((s) => !s.isOutput);
  for (const sheet of sheets)
    await click(await screen.findByRole("checkbox", { name: sheet.name }));
}

const catalog = loadCatalog(null).catalog;

/**
 * The confirm dialog. jsdom has no layout, so Fluent's focus manager (tabster) cannot move
 * focus into a dialog opened after the first render and leaves it aria-hidden; the query
 * therefore includes hidden elements. Name, role and buttons are still checked.
 */
async function findConfirmDialog(): Promise<HTMLElement> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  expect(within(dialog).getByRole("heading", { hidden: true }).textContent).toBe(
    "Ghi đè trang kết quả?",
  );
  return dialog;
}

describe("task pane: Kiểm tra", () => {
  it("offers the workbook's department sheets but never its output sheets", async () => {
    const host = fakeHost({ sheets: exampleSheets(), outputSheets: ["Tổng hợp", "Kiểm tra"] });
    renderPane(host);
    expect(await screen.findByRole("checkbox", { name: "Phòng Kinh tế" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Xã Hợp Hòa" })).toBeTruthy();
    expect(screen.queryByRole("checkbox", { name: "Tổng hợp" })).toBeNull();
    expect(screen.queryByRole("checkbox", { name: "Kiểm tra" })).toBeNull();
  });

  it("asks for a source instead of running on nothing", async () => {
    renderPane(fakeHost({ sheets: exampleSheets() }));
    await click(await screen.findByRole("button", { name: "Kiểm tra" }));
    expect(screen.getByText("Bước Kiểm tra chưa hoàn thành.")).toBeTruthy();
    expect(screen.getByText(/Chưa có nguồn số liệu/)).toBeTruthy();
  });

  it("lists the issues with counts by severity, errors first, and selects an issue's cell on click", async () => {
    const sheets = exampleSheets();
    const expected = runValidate(sheets, catalog).issues;
    const errors = expected.filter((i) => i.severity === "error");
    const warnings = expected.filter((i) => i.severity === "warning");
    expect(errors.length).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);

    const host = fakeHost({ sheets });
    renderPane(host);
    await chooseAllSheets(host);
    await click(screen.getByRole("button", { name: "Kiểm tra" }));

    const counts = await screen.findByRole("group", { name: "Số vấn đề theo mức độ" });
    expect(within(counts).getByText(`${errors.length} lỗi`)).toBeTruthy();
    expect(within(counts).getByText(`${warnings.length} cảnh báo`)).toBeTruthy();

    // Every issue's message is listed; within a sheet, errors come before warnings.
    const list = screen.getByRole("list", { name: "Các vấn đề theo đơn vị" });
    for (const issue of expected) expect(within(list).getByText(issue.message)).toBeTruthy();
    const items = within(list).getAllByRole("button");
    expect(items[0].textContent).toContain("Lỗi");
    expect(items[0].textContent).toContain(errors[0].message);
    const firstWarning = items.findIndex((b) => (b.textContent ?? "").startsWith("Cảnh báo"));
    const lastError = items.map((b) => (b.textContent ?? "").startsWith("Lỗi")).lastIndexOf(true);
    expect(lastError).toBeLessThan(firstWarning);

    await click(within(list).getByText(errors[0].message));
    expect(host.selected).toEqual([{ sheet: errors[0].sheet, cell: errors[0].cell }]);
  });

  it("shows where an issue of a picked file is (file › sheet › cell), without selecting anything", async () => {
    const picked = exampleSheets("PhongKinhTe.xlsx");
    const expected = runValidate(picked, catalog).issues;
    const host = fakeHost({ sheets: [] });
    const readWorkbook = jest.fn(async (_bytes: Uint8Array, name: string) => ({
      grids: picked.filter((g) => g.file === name),
      issues: [],
    }));
    renderPane(host, { readWorkbook });

    const input = screen.getByLabelText("Chọn các tệp biểu chỉ tiêu (.xlsx)");
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(["x"], "PhongKinhTe.xlsx")] } });
    });
    expect(
      within(screen.getByRole("list", { name: "Các tệp đã chọn" })).getByText(/PhongKinhTe\.xlsx/),
    ).toBeTruthy();
    await click(screen.getByRole("button", { name: "Kiểm tra" }));

    const error = expected.find((i) => i.severity === "error")!;
    expect(
      await screen.findByText(`Lỗi · ${error.file} › ${error.sheet} › ${error.cell}`),
    ).toBeTruthy();
    const list = screen.getByRole("list", { name: "Các vấn đề theo đơn vị" });
    expect(within(list).queryAllByRole("button")).toHaveLength(0);
    expect(host.selected).toEqual([]);
    expect(readWorkbook).toHaveBeenCalledTimes(1);
  });

  it("refuses files that are not .xlsx, saying which", async () => {
    renderPane(fakeHost());
    const input = screen.getByLabelText("Chọn các tệp biểu chỉ tiêu (.xlsx)");
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(["x"], "ghichu.docx")] } });
    });
    expect(screen.getByText("Chỉ nhận tệp .xlsx; đã bỏ qua: ghichu.docx.")).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Các tệp đã chọn" })).toBeNull();
  });
});

describe("task pane: progress and cancel", () => {
  it("reads picked files one by one with a progress bar, and Hủy stops between files", async () => {
    const grids: Record<string, SheetGrid[]> = {};
    const names = ["A.xlsx", "B.xlsx", "C.xlsx"];
    for (const name of names) grids[name] = exampleSheets(name);
    const readWorkbook = jest.fn(async (_b: Uint8Array, name: string) => ({
      grids: grids[name],
      issues: [],
    }));
    // Each file waits for the test's go-ahead, as a slow file would keep the pane busy.
    const gates: Array<() => void> = [];
    const yieldToUi = () => new Promise<void>((resolve) => gates.push(resolve));

    const host = fakeHost();
    renderPane(host, { readWorkbook, yieldToUi });
    await act(async () => {
      fireEvent.change(screen.getByLabelText("Chọn các tệp biểu chỉ tiêu (.xlsx)"), {
        target: { files: names.map((n) => new File(["x"], n)) },
      });
    });
    await click(screen.getByRole("button", { name: "Kiểm tra" }));

    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Đang đọc 1/3: A.xlsx")).toBeTruthy();
    await act(async () => gates.shift()!());
    await waitFor(() => expect(screen.getByText("Đang đọc 2/3: B.xlsx")).toBeTruthy());
    expect(readWorkbook).toHaveBeenCalledTimes(1);

    await click(screen.getByRole("button", { name: "Hủy" }));
    await act(async () => gates.shift()!());

    expect(await screen.findByText("Đã hủy. Chưa có kết quả nào thay đổi.")).toBeTruthy();
    expect(readWorkbook).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("group", { name: "Số vấn đề theo mức độ" })).toBeNull();
    expect(screen.getByRole("button", { name: "Kiểm tra" }).hasAttribute("disabled")).toBe(false);
  });
});

describe("task pane: Tổng hợp", () => {
  it("writes the four output sheets and previews the summary in Vietnamese number format", async () => {
    const sheets = exampleSheets();
    const run = runConsolidate(sheets, catalog);
    const host = fakeHost({ sheets });
    renderPane(host);
    await chooseAllSheets(host);
    await click(screen.getByRole("button", { name: "Tổng hợp" }));

    await waitFor(() => expect(host.written).toHaveLength(1));
    expect(host.written[0].sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      "Báo cáo",
      "Chi tiết theo đơn vị",
    ]);
    expect(host.writeOptions[0]?.fileName).toBe("TongHop_6thang_2026.xlsx");
    expect(await screen.findByText("Đã ghi 5 trang kết quả.")).toBeTruthy();

    const table = screen.getByRole("table", { name: "Xem trước bảng tổng hợp" });
    for (const header of ["Chỉ tiêu", "ĐVT", "Thực hiện", "So cùng kỳ", "So KH"]) {
      expect(within(table).getByRole("columnheader", { name: header })).toBeTruthy();
    }
    for (const row of run.summary.rows.filter((r) => r.current !== null)) {
      const tr = within(table).getByText(row.name).closest("tr")!;
      expect(tr.textContent).toContain(formatViNumber(row.current!));
    }
  });

  it("asks before replacing output sheets the planner edited: Ghi đè writes", async () => {
    const host = fakeHost({ sheets: exampleSheets() });
    host.editedOutputs = ["Tổng hợp"];
    renderPane(host);
    await chooseAllSheets(host);
    await click(screen.getByRole("button", { name: "Tổng hợp" }));

    const dialog = await findConfirmDialog();
    expect(
      within(dialog).getByText("Trang “Tổng hợp” đã bị sửa sau lần chạy trước. Ghi đè?"),
    ).toBeTruthy();
    expect(host.written).toHaveLength(0);
    await click(within(dialog).getByRole("button", { name: "Ghi đè", hidden: true }));
    await waitFor(() => expect(host.written).toHaveLength(1));
    expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
  });

  it("asks before replacing edited output sheets: Giữ nguyên writes nothing and says so", async () => {
    const host = fakeHost({ sheets: exampleSheets() });
    host.editedOutputs = ["Tổng hợp", "Nguồn"];
    renderPane(host);
    await chooseAllSheets(host);
    await click(screen.getByRole("button", { name: "Tổng hợp" }));

    const dialog = await findConfirmDialog();
    await click(within(dialog).getByRole("button", { name: "Giữ nguyên", hidden: true }));
    expect(await screen.findByText("Đã giữ nguyên các trang kết quả; chưa ghi gì.")).toBeTruthy();
    expect(host.written).toHaveLength(0);
  });

  it("shows the host's own message when writing fails, and lets the planner retry", async () => {
    const host = fakeHost({ sheets: exampleSheets() });
    host.writeError = Object.assign(new Error("GeneralException"), {
      userMessage: "Không ghi được trang “Tổng hợp”: sổ làm việc đang được bảo vệ.",
    });
    renderPane(host);
    await chooseAllSheets(host);
    await click(screen.getByRole("button", { name: "Tổng hợp" }));

    expect(await screen.findByText("Bước Tổng hợp chưa hoàn thành.")).toBeTruthy();
    expect(
      screen.getByText("Không ghi được trang “Tổng hợp”: sổ làm việc đang được bảo vệ."),
    ).toBeTruthy();
    expect(screen.queryByText("GeneralException")).toBeNull();

    host.writeError = new Error("Mất kết nối với Excel.");
    await click(screen.getByRole("button", { name: "Tổng hợp" }));
    expect(await screen.findByText("Mất kết nối với Excel.")).toBeTruthy();
  });
});

describe("task pane: Báo cáo", () => {
  it("previews the drafted narrative and downloads it as .docx", async () => {
    const host = fakeHost({ sheets: exampleSheets() });
    const reportDocx = jest.fn(async () => new Uint8Array([0x50, 0x4b, 3, 4]));
    renderPane(host, { reportDocx });
    await chooseAllSheets(host);
    await click(screen.getByRole("button", { name: "Dự thảo báo cáo" }));

    const preview = await screen.findByRole("region", { name: "Xem trước dự thảo báo cáo" });
    expect(within(preview).getByText("BÁO CÁO")).toBeTruthy();
    // The narrative speaks of the consolidated rice output, written the Vietnamese way.
    const run = runConsolidate(exampleSheets(), catalog);
    const rice = run.summary.rows.find((r) => r.name === "Sản lượng lúa")!;
    expect(preview.textContent).toContain(`Sản lượng lúa ${formatViNumber(rice.current!, 0)} tấn`);

    await click(screen.getByRole("button", { name: "Tải báo cáo Word (.docx)" }));
    await waitFor(() => expect(host.downloads).toHaveLength(1));
    expect(host.downloads[0].fileName).toBe("BaoCao_6thang_2026.docx");
    expect(host.downloads[0].mime).toContain("wordprocessingml");
    expect(reportDocx).toHaveBeenCalledTimes(1);
    expect(host.written).toHaveLength(0);
  });
});

describe("task pane: settings and language", () => {
  it("keeps what the planner typed when the saved settings arrive late", async () => {
    let release: () => void = () => {};
    const late = new Promise<void>((r) => (release = r));
    const host = fakeHost({ settings: { ...DEFAULT_REPORT_SETTINGS, place: "Nơi cũ" } });
    const load = host.loadSettings.bind(host);
    host.loadSettings = async () => {
      await late;
      return load();
    };
    renderPane(host);
    await click(screen.getByRole("button", { name: "Cài đặt báo cáo" }));
    const place = (await screen.findByLabelText("Địa danh")) as HTMLInputElement;
    fireEvent.change(place, { target: { value: "Hợp Hòa" } });
    await act(async () => release());
    expect(place.value).toBe("Hợp Hòa");
  });

  it("shows the saved settings and saves the planner's changes through the host", async () => {
    const host = fakeHost({ settings: { ...DEFAULT_REPORT_SETTINGS, place: "Hợp Hòa" } });
    renderPane(host);
    await click(screen.getByRole("button", { name: "Cài đặt báo cáo" }));

    const place = (await screen.findByLabelText("Địa danh")) as HTMLInputElement;
    await waitFor(() => expect(place.value).toBe("Hợp Hòa"));
    fireEvent.change(screen.getByLabelText("Cơ quan ban hành"), {
      target: { value: "ỦY BAN NHÂN DÂN XÃ HỢP HÒA" },
    });
    fireEvent.change(screen.getByLabelText("Nơi nhận (mỗi dòng một nơi)"), {
      target: { value: "UBND huyện;\n\nLưu: VT." },
    });
    fireEvent.change(screen.getByLabelText("Ngưỡng chênh lệch so cùng kỳ (±%)"), {
      target: { value: "30,5" },
    });
    await click(screen.getByRole("button", { name: "Lưu cài đặt" }));

    expect(host.savedSettings).toHaveLength(1);
    expect(host.savedSettings[0]).toMatchObject({
      issuingBody: "ỦY BAN NHÂN DÂN XÃ HỢP HÒA",
      place: "Hợp Hòa",
      recipients: ["UBND huyện;", "Lưu: VT."],
      yoyThreshold: 30.5,
    });
    expect(await screen.findByText("Đã lưu cài đặt.")).toBeTruthy();
  });

  it("will not save a threshold that is not a positive number", async () => {
    const host = fakeHost();
    renderPane(host);
    await click(screen.getByRole("button", { name: "Cài đặt báo cáo" }));
    fireEvent.change(await screen.findByLabelText("Ngưỡng chênh lệch so cùng kỳ (±%)"), {
      target: { value: "nhiều" },
    });
    expect(screen.getByText("Nhập một số dương, ví dụ 50.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Lưu cài đặt" }).hasAttribute("disabled")).toBe(true);
  });

  it("speaks English when the host's language is English", async () => {
    const host = fakeHost({
      sheets: [
        departmentGrid(WORKBOOK, "Sheet1", "Phòng Kinh tế", [["Sản lượng lúa", "tấn", 1, 2, 3]]),
      ],
      language: "en",
    });
    renderPane(host);
    expect(await screen.findByRole("button", { name: "Check" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Consolidate" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Draft report" })).toBeTruthy();
  });
});

describe("task pane: the indicator catalog", () => {
  /** A department reporting an indicator the default catalog does not know. */
  const bridges = departmentGrid(WORKBOOK, "Giao thông", "Phòng Kinh tế", [
    ["Số cầu dân sinh được xây mới", "cầu", 2, 5, 3],
  ]);
  const catalogGrid = (file: string): SheetGrid => ({
    file,
    sheet: "Danh mục chỉ tiêu",
    values: [
      [
        "Mã chỉ tiêu",
        "Tên chỉ tiêu",
        "Lĩnh vực",
        "ĐVT",
        "Cách tổng hợp (Cộng / Tỷ lệ / Không cộng)",
      ],
      ["GT01", "Số cầu dân sinh được xây mới", "Đầu tư", "cầu", "Cộng"],
    ],
  });
  const unknownIssues = () =>
    screen.queryAllByText(/Số cầu dân sinh được xây mới.*không có trong danh mục/);

  it("uses the default catalog unless told otherwise", async () => {
    renderPane(fakeHost({ sheets: [bridges] }));
    await click(await screen.findByRole("checkbox", { name: "Giao thông" }));
    await click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(unknownIssues().length).toBeGreaterThan(0));
  });

  it("extends the catalog with a picked catalog file", async () => {
    const readWorkbook = jest.fn(async (_bytes: Uint8Array, name: string) => ({
      grids: [catalogGrid(name)],
      issues: [],
    }));
    renderPane(fakeHost({ sheets: [bridges] }), { readWorkbook });
    await click(await screen.findByRole("checkbox", { name: "Giao thông" }));
    await act(async () => {
      fireEvent.change(screen.getByLabelText("Chọn tệp danh mục chỉ tiêu (.xlsx)"), {
        target: { files: [new File(["x"], "DanhMuc_tinh.xlsx")] },
      });
    });
    expect(screen.getByText("DanhMuc_tinh.xlsx")).toBeTruthy();
    await click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText(/Đã đọc 1 biểu/);
    expect(readWorkbook).toHaveBeenCalledTimes(1);
    expect(unknownIssues()).toHaveLength(0);
  });

  it("uses the open workbook's own Danh mục chỉ tiêu sheet, and never offers it as a source", async () => {
    const host = fakeHost({ sheets: [bridges, catalogGrid(WORKBOOK)] });
    const read = host.readWorkbookSheets.bind(host);
    const calls: string[][] = [];
    host.readWorkbookSheets = async (names) => {
      calls.push(names);
      return read(names);
    };
    renderPane(host);
    await click(await screen.findByRole("checkbox", { name: "Giao thông" }));
    expect(screen.queryByRole("checkbox", { name: "Danh mục chỉ tiêu" })).toBeNull();
    expect(
      screen.getByText("Đang dùng trang “Danh mục chỉ tiêu” của sổ làm việc này."),
    ).toBeTruthy();
    await click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText(/Đã đọc 1 biểu/);
    expect(unknownIssues()).toHaveLength(0);
    // One read of the workbook (one Excel.run) brings the catalog with the sources.
    expect(calls).toEqual([["Giao thông", "Danh mục chỉ tiêu"]]);
  });
});
