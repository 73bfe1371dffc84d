/** @jest-environment jsdom */
/*
 * The "Soát báo cáo" step of the pane against a fake host: the Báo cáo sheet checked and each
 * finding selecting its row; pasted text checked and each finding selecting its line; the
 * consolidation just made used as the summary.
 */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import { formatViNumber } from "../../src/core/text/vnNumber";
import type { SheetGrid } from "../../src/core/types";
import { WORKBOOK, exampleSheets, fakeHost, type FakeHost } from "./fakeHost";

function renderPane(host: FakeHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} deps={{ yieldToUi: () => Promise.resolve() }} />
    </FluentProvider>,
  );
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

function reportSheet(lines: string[]): SheetGrid {
  return { file: WORKBOOK, sheet: "Báo cáo", values: lines.map((l) => [l]) };
}

async function findingsList(title: string): Promise<HTMLElement[]> {
  const section = await screen.findByRole("region", { name: title });
  return within(section).queryAllByRole("listitem");
}

describe("Soát báo cáo in the pane", () => {
  it("checks the Báo cáo sheet and selects the row of a finding", async () => {
    const host = fakeHost({
      sheets: [
        reportSheet([
          "BÁO CÁO",
          "",
          "Diện tích lúa 1.820 ha, so cùng kỳ tăng 0,66% (1.808 ha), bằng 15 ha.",
          "Đàn bò 2.389 con, tăng 2,97% (tăng 69 con) so với cùng kỳ.",
          "Tiếp nhận 48 đơn, trong đó: 5 khiếu nại, 7 tố cáo, 30 kiến nghị.",
        ]),
      ],
    });
    renderPane(host);
    await click(screen.getByRole("button", { name: "Soát trang “Báo cáo”" }));
    const items = await findingsList("Kết quả soát trang “Báo cáo”");
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain("Lỗi · dòng 3");
    expect(items[0].textContent).toContain("mức tăng, giảm đúng là tăng 12 ha");
    expect(items[0].textContent).toContain("Nên sửa thành: tăng 12 ha");
    expect(items[1].textContent).toContain("Cảnh báo · dòng 5");
    const section = screen.getByRole("region", { name: "Kết quả soát trang “Báo cáo”" });
    expect(within(section).getByRole("status").textContent).toContain("1 lỗi, 1 cảnh báo");
    await click(within(items[1]).getByRole("button"));
    expect(host.selected).toEqual([{ sheet: "Báo cáo", cell: "A5" }]);
  });

  it("says when the workbook has no Báo cáo sheet", async () => {
    const host = fakeHost({ sheets: exampleSheets() });
    renderPane(host);
    await click(screen.getByRole("button", { name: "Soát trang “Báo cáo”" }));
    expect(await screen.findByText(/Sổ làm việc chưa có trang “Báo cáo”/u)).toBeTruthy();
  });

  it("checks pasted text against the consolidation just made and selects a finding's line", async () => {
    const sheets = exampleSheets();
    const run = runConsolidate(sheets, loadCatalog(null).catalog);
    const rice = run.summary.rows.find((r) => r.name === "Sản lượng lúa");
    expect(rice?.current).toBeDefined();
    const host = fakeHost({ sheets });
    renderPane(host);
    for (const s of sheets) await click(await screen.findByRole("checkbox", { name: s.sheet }));
    await click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByText("Đã ghi 5 trang kết quả.");

    const wrong = formatViNumber((rice?.current ?? 0) + 100);
    const text = `Tình hình sản xuất ổn định.\nSản lượng lúa ${wrong} tấn.\n`;
    const box = screen.getByRole("textbox", { name: /dán nội dung dự thảo/u });
    await act(async () => {
      fireEvent.change(box, { target: { value: text } });
    });
    await click(screen.getByRole("button", { name: "Soát văn bản dán vào" }));
    const items = await findingsList("Kết quả soát văn bản dán vào");
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain(`${formatViNumber(rice?.current ?? 0)} tấn`);
    expect(screen.getByText("Đã đối chiếu với bảng tổng hợp vừa làm.")).toBeTruthy();
    await click(within(items[0]).getByRole("button"));
    const area = box as HTMLTextAreaElement;
    expect(text.slice(area.selectionStart, area.selectionEnd)).toBe(`Sản lượng lúa ${wrong} tấn.`);
    expect(host.selected).toEqual([]);
  });
});
