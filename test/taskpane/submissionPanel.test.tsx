/** @jest-environment jsdom */
/*
 * The Tình hình nộp biểu panel: its counts, the missing and late units (date and where it
 * came from), files of units not on the list, and the reminder to copy, worded by whether a
 * deadline is named, still to come or passed; copying falls back to selecting the text.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { trackSubmissions, type SubmittedSheet, type UnitList } from "../../src/core/units";
import { SubmissionPanel } from "../../src/taskpane/components/SubmissionPanel";
import { messagesFor } from "../../src/taskpane/i18n";
import type { CopyOutcome } from "../../src/taskpane/reportClipboard";

const t = messagesFor("vi");

const unit = (
  name: string,
  row: number,
  deadline: string | null = null,
  code: string | null = null,
) => ({
  code,
  name,
  type: "Xã",
  contact: null,
  phone: null,
  deadline,
  cell: `B${row}`,
});

const LIST: UnitList = {
  file: "DanhSach.xlsx",
  sheet: "Danh sách đơn vị",
  units: [
    unit("Xã Tam Dương", 3, null, "08869"),
    unit("Xã Hợp Hòa", 4, "2026-07-20"),
    unit("Xã Kim Long", 5),
    unit("Xã Đạo Trù", 6, null, "08890"),
    unit("Xã Hoàng Hoa", 7),
  ],
};

const sheet = (
  file: string,
  unitName: string,
  madeOn: string | null,
  modified: number | null = null,
): SubmittedSheet => ({
  file,
  sheet: "Biểu 01",
  unitName,
  unitCode: null,
  madeOn,
  modified,
});

const SHEETS = [
  sheet("TamDuong.xlsx", "UBND xã Tam Dương", "2026-07-14"),
  sheet("HopHoa.xlsx", "Xã Hợp Hoà", null, new Date(2026, 6, 17, 12).getTime()),
  sheet("KimLong.xlsx", "xã kim long", "2026-07-16"),
  sheet("PhongKT.xlsx", "Phòng Kinh tế", "2026-07-12"),
];

function summary(deadline: string | null) {
  return trackSubmissions(LIST, SHEETS, { deadline, unreadable: ["Hong.xlsx"] }).summary;
}

function renderPanel(props: Partial<React.ComponentProps<typeof SubmissionPanel>> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SubmissionPanel
        t={t}
        summary={summary("2026-07-15")}
        period="6 tháng đầu năm 2026"
        today="2026-07-10"
        {...props}
      />
    </FluentProvider>,
  );
}

function restoreClipboard(): void {
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
}

describe("SubmissionPanel", () => {
  afterEach(restoreClipboard);

  it("shows the counts, the missing and late units, unlisted files, and the reminder", () => {
    renderPanel();
    const region = screen.getByRole("region", { name: "Tình hình nộp biểu" });
    within(region).getByRole("heading", { level: 3, name: "Tình hình nộp biểu" });
    within(region).getByText("Đã nộp 3/5 đơn vị · 1 nộp muộn · 2 chưa nộp");
    within(region).getByText(
      "Theo danh sách DanhSach.xlsx, trang “Danh sách đơn vị”. Hạn nộp 15/07/2026 (1 đơn vị có hạn riêng trong danh sách).",
    );
    const missing = within(region).getByRole("list", { name: "Chưa nộp (2)" });
    expect(
      within(missing)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Xã Đạo Trù (08890)", "Xã Hoàng Hoa"]);
    const late = within(region).getByRole("list", { name: "Nộp muộn (1)" });
    expect(
      within(late)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Xã Kim Long: nộp 16/07/2026 (theo Ngày lập), hạn 15/07/2026"]);
    const unlisted = within(region).getByRole("list", {
      name: "Tệp của đơn vị không có trong danh sách (2)",
    });
    expect(
      within(unlisted)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["PhongKT.xlsx, trang “Biểu 01”: Phòng Kinh tế", "Hong.xlsx: không đọc được tệp"]);
    const text = within(region).getByLabelText("Văn bản nhắc các đơn vị chưa nộp");
    expect(text).toHaveProperty("readOnly", true);
    expect((text as HTMLTextAreaElement).value).toBe(
      "Đề nghị các đơn vị sau gửi biểu 6 tháng đầu năm 2026 trước ngày 15/07/2026: Xã Đạo Trù, Xã Hoàng Hoa.",
    );
  });

  it("words the reminder without a deadline, and once it has passed", () => {
    const { unmount } = renderPanel({ summary: summary(null), period: "Quý I/2026" });
    expect(
      (screen.getByLabelText("Văn bản nhắc các đơn vị chưa nộp") as HTMLTextAreaElement).value,
    ).toBe("Đề nghị các đơn vị sau khẩn trương gửi biểu quý I/2026: Xã Đạo Trù, Xã Hoàng Hoa.");
    screen.getByText("Đã nộp 3/5 đơn vị · 0 nộp muộn · 2 chưa nộp");
    unmount();
    renderPanel({ today: "2026-07-18", period: null });
    expect(
      (screen.getByLabelText("Văn bản nhắc các đơn vị chưa nộp") as HTMLTextAreaElement).value,
    ).toBe(
      "Đề nghị các đơn vị sau khẩn trương gửi biểu chỉ tiêu (đã quá hạn nộp ngày 15/07/2026): Xã Đạo Trù, Xã Hoàng Hoa.",
    );
  });

  it("has no reminder when every listed unit has sent", () => {
    const all = trackSubmissions({ ...LIST, units: LIST.units.slice(0, 3) }, SHEETS, {
      deadline: "2026-07-15",
    }).summary;
    renderPanel({ summary: all });
    screen.getByText("Đã nộp 3/3 đơn vị · 1 nộp muộn · 0 chưa nộp");
    screen.getByText("Tất cả đơn vị trong danh sách đã nộp.");
    expect(screen.queryByLabelText("Văn bản nhắc các đơn vị chưa nộp")).toBeNull();
    expect(screen.queryByRole("button", { name: "Sao chép" })).toBeNull();
  });

  it("Sao chép writes the reminder as text; refused, it selects the text instead", async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async (s: string) => void written.push(s) },
      configurable: true,
    });
    const outcomes: CopyOutcome[] = [];
    const { unmount } = renderPanel({ onCopied: (o) => outcomes.push(o) });
    fireEvent.click(screen.getByRole("button", { name: "Sao chép" }));
    await waitFor(() => expect(outcomes).toEqual(["plain"]));
    expect(written).toEqual([
      "Đề nghị các đơn vị sau gửi biểu 6 tháng đầu năm 2026 trước ngày 15/07/2026: Xã Đạo Trù, Xã Hoàng Hoa.",
    ]);
    unmount();

    Object.defineProperty(navigator, "clipboard", {
      value: {
        writeText: async () => {
          throw new Error("NotAllowedError");
        },
      },
      configurable: true,
    });
    renderPanel({ onCopied: (o) => outcomes.push(o) });
    fireEvent.click(screen.getByRole("button", { name: "Sao chép" }));
    await waitFor(() => expect(outcomes).toEqual(["plain", "unavailable"]));
    const text = screen.getByLabelText("Văn bản nhắc các đơn vị chưa nộp") as HTMLTextAreaElement;
    expect(document.activeElement).toBe(text);
    expect([text.selectionStart, text.selectionEnd]).toEqual([0, text.value.length]);
  });
});
