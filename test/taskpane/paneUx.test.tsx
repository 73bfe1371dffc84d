/** @jest-environment jsdom */
/*
 * Issue 16 in the pane, against a fake host: outcomes beside their step with the focus on
 * them, the safe answer focused in the overwrite dialog, Khôi phục, nothing written when
 * nothing was read, issues grouped by unit and filtered, and the download told as it is.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import type { ControllerDeps } from "../../src/taskpane/state/paneController";
import type { DownloadOutcome } from "../../src/taskpane/host";
import { loadCatalog, runValidate } from "../../src/core/pipeline";
import { DEFAULT_REPORT_SETTINGS, type Issue, type WorkbookPlan } from "../../src/core/types";
import { departmentGrid, exampleSheets, fakeHost, type FakeHost } from "./fakeHost";

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

async function chooseAll(): Promise<void> {
  await click(await screen.findByRole("button", { name: "Chọn tất cả" }));
}

/** The card (list item) of step n. */
function step(n: number): HTMLElement {
  const steps = screen.getByRole("list", { name: "Các bước" });
  return steps.children[n - 1] as HTMLElement;
}

const catalog = loadCatalog(null).catalog;

describe("outcomes where the planner is", () => {
  it("puts Kiểm tra's outcome in step 1, focused, inside a polite live region", async () => {
    const sheets = exampleSheets();
    const expected = runValidate(sheets, catalog).issues;
    const host = fakeHost({ sheets });
    renderPane(host);
    await chooseAll();
    await click(screen.getByRole("button", { name: "Kiểm tra" }));
    const errors = expected.filter((i) => i.severity === "error").length;
    const warnings = expected.filter((i) => i.severity === "warning").length;
    const text = `Đã kiểm tra 2 biểu chỉ tiêu: ${errors} lỗi, ${warnings} cảnh báo.`;
    const outcome = await within(step(1)).findByText(text);
    const bar = outcome.closest<HTMLElement>(".fui-MessageBar");
    expect(bar).not.toBeNull();
    expect(document.activeElement).toBe(bar);
    expect(bar?.parentElement?.getAttribute("aria-live")).toBe("polite");
    expect(within(step(2)).queryByText(text)).toBeNull();
  });

  it("keeps the pressed step button focusable while the job runs (focus never drops to the page)", async () => {
    const host = fakeHost({ sheets: exampleSheets() });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const realWrite = host.writeOutputs.bind(host);
    host.writeOutputs = async (...args) => {
      await gate;
      return realWrite(...args);
    };
    renderPane(host);
    await chooseAll();
    const button = screen.getByRole("button", { name: "Tổng hợp" });
    button.focus();
    await click(button);
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(button);
    await act(async () => release());
    await waitFor(() => expect(host.written).toHaveLength(1));
    const outcome = await within(step(2)).findByText("Đã ghi 5 trang kết quả.");
    expect(document.activeElement).toBe(outcome.closest(".fui-MessageBar"));
  });

  it("announces picked and removed files without taking the focus, and moves focus to the next file", async () => {
    renderPane(fakeHost());
    const input = screen.getByLabelText("Chọn các tệp biểu chỉ tiêu (.xlsx)");
    const files = ["A.xlsx", "B.xlsx", "C.xlsx"].map((n) => new File(["x"], n));
    await act(async () => {
      fireEvent.change(input, { target: { files } });
    });
    expect(screen.getByText("Đã chọn 3 tệp.")).toBeTruthy();
    const remove = screen.getByRole("button", { name: "Bỏ tệp B.xlsx" });
    remove.focus();
    await click(remove);
    await act(async () => new Promise<void>((r) => requestAnimationFrame(() => r())));
    expect(screen.getByText("Đã bỏ tệp B.xlsx; còn 2 tệp.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Bỏ tệp C.xlsx" }));
    await click(screen.getByRole("button", { name: "Bỏ tất cả" }));
    expect(screen.queryByRole("list", { name: "Các tệp đã chọn" })).toBeNull();
  });

  it("collapses a long file list and shows it whole on request", async () => {
    renderPane(fakeHost());
    const input = screen.getByLabelText("Chọn các tệp biểu chỉ tiêu (.xlsx)");
    const files = Array.from({ length: 12 }, (_, i) => new File(["x"], `Xa${i + 1}.xlsx`));
    await act(async () => {
      fireEvent.change(input, { target: { files } });
    });
    const list = screen.getByRole("list", { name: "Các tệp đã chọn" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(5);
    await click(screen.getByRole("button", { name: "Hiện đủ 12 tệp" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(12);
  });
});

describe("the overwrite question and Khôi phục", () => {
  it("offers Giữ nguyên first and focused, so one Enter keeps the planner's sheets", async () => {
    const host = fakeHost({ sheets: exampleSheets() });
    host.editedOutputs = ["Tổng hợp"];
    renderPane(host);
    await chooseAll();
    await click(screen.getByRole("button", { name: "Tổng hợp" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    const buttons = within(dialog).getAllByRole("button", { hidden: true });
    expect(buttons.map((b) => b.textContent)).toEqual(["Giữ nguyên", "Ghi đè"]);
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Giữ nguyên"));
    expect(within(dialog).getByText(/giữ ở trang ẩn “… \(bản trước\)”/)).toBeTruthy();
    await click(document.activeElement as HTMLElement);
    expect(await screen.findByText("Đã giữ nguyên các trang kết quả; chưa ghi gì.")).toBeTruthy();
    expect(host.written).toHaveLength(0);
  });

  it("shows Khôi phục bản trước once the host kept previous outputs, and runs it", async () => {
    const host = fakeHost({ sheets: exampleSheets() });
    const realWrite = host.writeOutputs.bind(host);
    host.writeOutputs = async (...args) => ({ ...(await realWrite(...args)), kept: ["Tổng hợp"] });
    const restored: number[] = [];
    host.keptOutputs = async () => [];
    host.restoreOutputs = async () => {
      restored.push(1);
      return { message: "Đã khôi phục bản trước của trang “Tổng hợp”.", kept: ["Tổng hợp"] };
    };
    renderPane(host);
    await chooseAll();
    expect(screen.queryByRole("button", { name: "Khôi phục bản trước" })).toBeNull();
    await click(screen.getByRole("button", { name: "Tổng hợp" }));
    const restore = await screen.findByRole("button", { name: "Khôi phục bản trước" });
    expect(within(step(2)).getByText(/Bản trước của “Tổng hợp” được giữ ở trang ẩn/)).toBeTruthy();
    await click(restore);
    expect(restored).toEqual([1]);
    expect(
      await within(step(2)).findByText("Đã khôi phục bản trước của trang “Tổng hợp”."),
    ).toBeTruthy();
  });

  it("offers Khôi phục at start when the workbook already has kept outputs", async () => {
    const host = fakeHost({ sheets: exampleSheets() });
    host.keptOutputs = async () => ["Tổng hợp", "Kiểm tra"];
    host.restoreOutputs = async () => ({ message: "x", kept: [] });
    renderPane(host);
    expect(await screen.findByRole("button", { name: "Khôi phục bản trước" })).toBeTruthy();
  });
});

describe("nothing read, nothing written", () => {
  it("writes no workbook and drafts nothing when no file could be read; each fault listed once", async () => {
    const host = fakeHost();
    const faults: Record<string, Issue> = {
      "hong.xlsx": {
        file: "hong.xlsx",
        sheet: null,
        cell: null,
        severity: "error",
        rule: "file-corrupt",
        message: "Tệp “hong.xlsx” bị hỏng.",
      },
      "rong.xlsx": {
        file: "rong.xlsx",
        sheet: null,
        cell: null,
        severity: "error",
        rule: "file-not-xlsx",
        message: "Tệp “rong.xlsx” không phải tệp Excel .xlsx.",
      },
    };
    renderPane(host, {
      readWorkbook: async (_bytes, name) => ({ grids: [], issues: [faults[name]] }),
    });
    const input = screen.getByLabelText("Chọn các tệp biểu chỉ tiêu (.xlsx)");
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File(["x"], "hong.xlsx"), new File(["y"], "rong.xlsx")] },
      });
    });
    await click(screen.getByRole("button", { name: "Tổng hợp" }));
    expect(
      await within(step(2)).findByText(/^Chưa tổng hợp: không đọc được số liệu nào/),
    ).toBeTruthy();
    expect(host.written).toEqual([]);
    expect(screen.queryByRole("table", { name: "Xem trước bảng tổng hợp" })).toBeNull();
    for (const fault of Object.values(faults))
      expect(within(step(1)).getAllByText(fault.message)).toHaveLength(1);

    await click(screen.getByRole("button", { name: "Dự thảo báo cáo" }));
    expect(
      await within(step(3)).findByText(/^Chưa tổng hợp: không đọc được số liệu nào/),
    ).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Xem trước dự thảo báo cáo" })).toBeNull();
  });
});

describe("the Word download, told as it happened", () => {
  const cases: [DownloadOutcome | undefined, RegExp][] = [
    ["started", /^Đã tải báo cáo Word: BaoCao_6thang_2026\.docx\.$/],
    [
      "unconfirmed",
      /^Đã chuyển tệp BaoCao_6thang_2026\.docx cho Excel tải về\. Nếu không thấy tệp/,
    ],
    ["unavailable", /^Excel ở đây không cho tiện ích tải tệp về máy/],
    [undefined, /^Đã chuyển tệp BaoCao_6thang_2026\.docx cho Excel tải về/],
  ];
  it.each(cases)("host says %s", async (outcome, message) => {
    const host = fakeHost({ sheets: exampleSheets() });
    host.download = async () => outcome;
    renderPane(host, { reportDocx: async () => new Uint8Array([1]) });
    await chooseAll();
    await click(screen.getByRole("button", { name: "Dự thảo báo cáo" }));
    await click(await screen.findByRole("button", { name: "Tải báo cáo Word (.docx)" }));
    expect(await within(step(3)).findByText(message)).toBeTruthy();
  });
});

describe("a province's issues", () => {
  function province(units: number): ReturnType<typeof exampleSheets> {
    return Array.from({ length: units }, (_, i) =>
      departmentGrid("KeHoach_2026.xlsx", `Xã ${i + 1}`, `UBND xã Số ${i + 1}`, [
        ["Sản lượng lúa", "tấn", 2100, 4200, "1.2.3"],
        ["Sản lượng ngô", "tấn", 300, 650, "12,5,6"],
        ["Sản lượng khoai", "tấn", 300, 650, "x"],
        ["Diện tích lúa", "ha", 100, 120, "y"],
        ["Diện tích ngô", "ha", 100, 120, "z"],
        ["Diện tích khoai", "ha", 100, 120, "w"],
        ["Diện tích sắn", "ha", 100, 120, "v"],
      ]),
    );
  }

  it("groups by unit with counts, shows the first few per unit, filters by unit and searches without diacritics", async () => {
    const sheets = province(30);
    const expected = runValidate(sheets, catalog).issues;
    expect(expected.length).toBeGreaterThan(100);
    const host = fakeHost({ sheets });
    renderPane(host);
    await chooseAll();
    await click(screen.getByRole("button", { name: "Kiểm tra" }));
    const list = await screen.findByRole("list", { name: "Các vấn đề theo đơn vị" });
    const heads = within(list).getAllByRole("heading", { level: 4 });
    // 40 units at first would be more than 30: every unit has a heading.
    expect(heads).toHaveLength(30);
    const perUnit = expected.filter((i) => i.sheet === "Xã 7").length;
    expect(perUnit).toBeGreaterThan(5);
    const unit7 = heads.find((h) => h.textContent?.startsWith("UBND xã Số 7"))!;
    expect(unit7.textContent).toContain(`${perUnit} vấn đề`);
    const group = unit7.closest("li")!;
    expect(within(group).getAllByRole("listitem")).toHaveLength(5);
    await click(
      within(group).getByRole("button", { name: `Xem thêm ${perUnit - 5} vấn đề của đơn vị này` }),
    );
    expect(within(group).getAllByRole("listitem")).toHaveLength(perUnit);

    fireEvent.change(screen.getByLabelText("Đơn vị"), { target: { value: "UBND xã Số 12" } });
    expect(
      within(list)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual([expect.stringMatching(/^UBND xã Số 12/)]);
    fireEvent.change(screen.getByLabelText("Đơn vị"), { target: { value: "" } });
    const search = screen.getByLabelText("Tìm trong vấn đề");
    fireEvent.change(search, { target: { value: "xa so 3 " } });
    const matching = expected.filter((i) => i.sheet === "Xã 3" || /^Xã 3\d/.test(i.sheet ?? ""));
    expect(
      screen.getByText(`${matching.length}/${expected.length} vấn đề khớp bộ lọc.`),
    ).toBeTruthy();
  });

  it("makes the list one Tab stop and moves with the arrow keys", async () => {
    const host = fakeHost({ sheets: province(3) });
    renderPane(host);
    await chooseAll();
    await click(screen.getByRole("button", { name: "Kiểm tra" }));
    const list = await screen.findByRole("list", { name: "Các vấn đề theo đơn vị" });
    const stops = () =>
      Array.from(list.querySelectorAll<HTMLElement>("[data-nav]")).filter((e) => e.tabIndex === 0);
    expect(stops()).toHaveLength(1);
    const first = stops()[0];
    first.focus();
    fireEvent.keyDown(first, { key: "ArrowDown" });
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(first);
    expect(second.getAttribute("data-nav")).not.toBeNull();
    expect(stops()).toEqual([second]);
    fireEvent.keyDown(second, { key: "End" });
    const all = list.querySelectorAll<HTMLElement>("[data-nav]");
    expect(document.activeElement).toBe(all[all.length - 1]);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: "Home" });
    expect(document.activeElement).toBe(all[0]);
  });
});

describe("the report's fallback, its header block, words", () => {
  it("previews the Nghị định 30 header block and signature, and shows a text view where copying is blocked", async () => {
    const host = fakeHost({
      sheets: exampleSheets(),
      settings: {
        ...DEFAULT_REPORT_SETTINGS,
        issuingBody: "Ủy ban nhân dân xã Hợp Hòa",
        signerName: "Nguyễn Văn An",
      },
    });
    renderPane(host);
    await chooseAll();
    await click(screen.getByRole("button", { name: "Dự thảo báo cáo" }));
    const preview = await screen.findByRole("region", { name: "Xem trước dự thảo báo cáo" });
    for (const text of [
      "ỦY BAN NHÂN DÂN XÃ HỢP HÒA",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Nơi nhận:",
      "Nguyễn Văn An",
    ])
      expect(within(preview).getByText(text)).toBeTruthy();
    // jsdom has no clipboard: the report is offered as text to select instead.
    await click(screen.getByRole("button", { name: "Sao chép báo cáo" }));
    const view = (await screen.findByLabelText(
      "Báo cáo dạng văn bản để sao chép",
    )) as HTMLTextAreaElement;
    expect(view.readOnly).toBe(true);
    expect(view.value).toContain("ỦY BAN NHÂN DÂN XÃ HỢP HÒA\nSố: …/BC-UBND");
    expect(await within(step(3)).findByText(/^Không sao chép tự động được ở đây/)).toBeTruthy();
  });

  it("asks for the commune's name when the issuing body is a bare ỦY BAN NHÂN DÂN", async () => {
    renderPane(fakeHost());
    await click(screen.getByRole("button", { name: "Cài đặt báo cáo" }));
    const field = screen.getByLabelText("Cơ quan ban hành");
    fireEvent.change(field, { target: { value: "ỦY BAN NHÂN DÂN" } });
    expect(screen.getByText(/^Hãy thêm tên xã, phường sau ỦY BAN NHÂN DÂN/)).toBeTruthy();
    fireEvent.change(field, { target: { value: "ỦY BAN NHÂN DÂN XÃ HỢP HÒA" } });
    expect(screen.queryByText(/^Hãy thêm tên xã, phường/)).toBeNull();
    expect(screen.getByLabelText("Chức vụ người ký (mỗi chức vụ một dòng)")).toBeTruthy();
  });

  it("offers the blank template in the pane instead of sending the planner to the command line", async () => {
    const host = fakeHost();
    const plans: WorkbookPlan[] = [];
    renderPane(host, {
      workbookBytes: async (plan) => {
        plans.push(plan);
        return new Uint8Array([80, 75]);
      },
    });
    expect(screen.queryByText(/tonghop template/)).toBeNull();
    await click(screen.getByRole("button", { name: "Tải biểu mẫu trống" }));
    await waitFor(() => expect(host.downloads).toHaveLength(1));
    expect(host.downloads[0].fileName).toBe("BieuMau_ChiTieu.xlsx");
    expect(plans[0].sheets.map((s) => s.name)).toEqual([
      "Biểu chỉ tiêu",
      "Hướng dẫn",
      "Danh mục chỉ tiêu",
      "TongHop_BieuMau",
    ]);
    expect(plans[0].sheets[0].protect).toBe(true);
    expect(plans[0].sheets[2].rows.length).toBeGreaterThan(10);
  });
});
