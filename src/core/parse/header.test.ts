import type { CellValue, SheetGrid } from "../types";
import { classifyTitle, findHeader } from "./header";
import { TextReader } from "./gridText";
import { TCVN3_TO_UNICODE } from "../text/legacy";

function toTcvn3(s: string): string {
  const back = new Map<string, string>();
  for (const [code, uni] of TCVN3_TO_UNICODE) if (!back.has(uni)) back.set(uni, code);
  return Array.from(s.normalize("NFC"))
    .map((ch) => back.get(ch) ?? ch)
    .join("");
}

function grid(values: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { file: "f.xlsx", sheet: "S", values, ...extra };
}

function header(g: SheetGrid) {
  return findHeader(g, new TextReader(g));
}

describe("classifyTitle", () => {
  test.each([
    ["STT", "stt"],
    ["TT", "stt"],
    ["Số TT", "stt"],
    ["Mã chỉ tiêu", "code"],
    ["Mã số", "code"],
    ["Mã", "code"],
    ["Chỉ tiêu", "name"],
    ["Tên chỉ tiêu", "name"],
    ["Nội dung", "name"],
    ["NỘI DUNG CHỈ TIÊU", "name"],
    ["ĐVT", "unit"],
    ["Đơn vị\ntính", "unit"],
    ["Thực hiện cùng kỳ năm trước", "previous"],
    ["Cùng kỳ", "previous"],
    ["TH cùng kỳ", "previous"],
    ["Cùng kỳ năm 2025", "previous"],
    ["Kế hoạch năm", "plan"],
    ["KH năm", "plan"],
    ["KH 2026", "plan"],
    ["Dự toán tỉnh giao", "plan"],
    ["Dự toán HĐND giao", "plan"],
    ["Chỉ tiêu kế hoạch", "plan"],
    ["Thực hiện kỳ báo cáo", "current"],
    ["Ước thực hiện", "current"],
    ["Ước TH 6 tháng 2026", "current"],
    ["Thực hiện", "current"],
    ["TH kỳ này", "current"],
    ["Thực hiện 6 tháng đầu năm 2026", "current"],
    ["So với cùng kỳ (%)", "ratioYoy"],
    ["% so với KH", "ratioPlan"],
    ["So sánh với kế hoạch (%)", "ratioPlan"],
    ["TH/KH (%)", "ratioPlan"],
    ["Ghi chú", "note"],
    ["Năm 2026", null],
    ["Hướng dẫn", null],
  ])("%p → %p", (title, role) => {
    expect(classifyTitle(title)).toBe(role);
  });

  test("sub-titles under a group", () => {
    expect(classifyTitle("So sánh (%)", "Cùng kỳ")).toBe("ratioYoy");
    expect(classifyTitle("So sánh (%)", "Kế hoạch")).toBe("ratioPlan");
    expect(classifyTitle("Năm 2026", "Kế hoạch")).toBe("plan");
    expect(classifyTitle("Năm 2026", "Ước TH 6 tháng")).toBe("current");
    expect(classifyTitle("So sánh (%)", "")).toBeNull();
  });
});

describe("findHeader", () => {
  test("two-row header without merge information: an empty top takes the group on its left", () => {
    const h = header(
      grid([
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", null, "So sánh (%)", null],
        [null, null, null, "Thực hiện", "Kế hoạch", "Ước TH", "Cùng kỳ", "Kế hoạch"],
        [1, "Lúa", "ha", 10, 20, 11, 110, 55],
      ]),
    );
    expect(h?.rows).toEqual([0, 1]);
    expect(h?.dataStart).toBe(2);
    expect(h?.columns.map((c) => c.role)).toEqual([
      "stt",
      "name",
      "unit",
      "previous",
      "plan",
      "current",
      "ratioYoy",
      "ratioPlan",
    ]);
  });

  test("group row above the row of titles", () => {
    const h = header(
      grid(
        [
          [null, null, null, "Năm 2025", "Năm 2026", null],
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch", "Ước thực hiện"],
          ["A", "B", "C", "1", "2", "3"],
          [1, "Lúa", "ha", 10, 20, 11],
        ],
        { merges: ["E1:F1"] },
      ),
    );
    expect(h?.rows).toEqual([0, 1]);
    expect(h?.codeRow).toBe(2);
    expect(h?.dataStart).toBe(3);
    expect(h?.columns.find((c) => c.role === "previous")).toEqual({
      role: "previous",
      col: 3,
      title: "Năm 2025 Thực hiện",
    });
    expect(h?.columns.find((c) => c.role === "current")?.col).toBe(5);
  });

  test("single-row header followed directly by data is not merged with it", () => {
    const h = header(
      grid([
        ["Biểu số 01"],
        [],
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
        ["I", "NÔNG NGHIỆP"],
        [1, "Lúa", "ha", 10],
      ]),
    );
    expect(h?.rows).toEqual([2]);
    expect(h?.dataStart).toBe(3);
  });

  test("column-code rows with (1), (2), (3)=(2)/(1)", () => {
    const h = header(
      grid([
        ["STT", "Chỉ tiêu", "ĐVT", "Cùng kỳ", "Thực hiện", "So sánh (%)"],
        ["(A)", "(B)", "(C)", "(1)", "(2)", "(3)=(2)/(1)"],
        [1, "Lúa", "ha", 10, 11, 110],
      ]),
    );
    expect(h?.codeRow).toBe(1);
    expect(h?.dataStart).toBe(2);
  });

  test("TCVN3 header titles are read once converted", () => {
    const titles = ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện cùng kỳ", "Ước thực hiện"].map(toTcvn3);
    expect(titles[1]).not.toBe("Chỉ tiêu");
    const g = grid([titles, [1, toTcvn3("Lúa"), "ha", 1, 2]], {
      fonts: [Array(5).fill(".VnTime"), Array(5).fill(".VnTime")],
    });
    const reader = new TextReader(g);
    const h = findHeader(g, reader);
    expect(h?.columns.map((c) => c.role)).toEqual(["stt", "name", "unit", "previous", "current"]);
    expect(h?.columns[1].title).toBe("Chỉ tiêu");
    expect(reader.conversions.map((c) => c.cell)).toEqual(
      expect.arrayContaining(["B1", "C1", "D1", "E1"]),
    );
  });

  test("the header must lie in the first 30 rows", () => {
    const values: CellValue[][] = [];
    for (let i = 0; i < 30; i++) values.push(["ghi chép " + i]);
    values.push(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"]);
    expect(header(grid(values))).toBeNull();
    values.splice(0, 1);
    expect(header(grid(values))?.rows).toEqual([29]);
  });

  test("a wide merged title that mentions indicators is not a header", () => {
    const h = header(
      grid([["CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU"], [], ["Chỉ tiêu", "Thực hiện"]], {
        merges: ["A1:H1"],
      }),
    );
    expect(h?.rows).toEqual([2]);
  });
});
