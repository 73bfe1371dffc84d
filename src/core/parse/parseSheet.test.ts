import type { CellValue, IndicatorRow, IndicatorSheet, SheetGrid } from "../types";
import { parseA1 } from "../a1";
import { parseSheet } from "./parseSheet";

/** A grid from cells given by A1 address, the way a reviewer reads the real sheet. */
function gridOf(
  cells: Record<string, CellValue>,
  opts: {
    merges?: string[];
    fonts?: Record<string, string>;
    formats?: Record<string, string>;
    sheet?: string;
  } = {},
): SheetGrid {
  const values: CellValue[][] = [];
  const fonts: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const put = <T>(target: T[][], addr: string, v: T): void => {
    const p = parseA1(addr)!;
    (target[p.row] ??= [])[p.col] = v;
  };
  for (const [addr, v] of Object.entries(cells)) put(values, addr, v);
  for (const [addr, f] of Object.entries(opts.fonts ?? {})) put(fonts, addr, f);
  for (const [addr, f] of Object.entries(opts.formats ?? {})) put(numberFormats, addr, f);
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return {
    file: "phong-kinh-te.xlsx",
    sheet: opts.sheet ?? "Biểu 01",
    values,
    fonts,
    numberFormats,
    merges: opts.merges ?? [],
  };
}

function sheetOf(grid: SheetGrid): IndicatorSheet {
  const r = parseSheet(grid);
  if (r.kind !== "sheet") throw new Error("skipped: " + r.reason);
  return r.sheet;
}

function rowAt(sheet: IndicatorSheet, row: number): IndicatorRow {
  const found = sheet.rows.find((x) => x.row === row);
  if (!found) throw new Error("no row " + row);
  return found;
}

/** Laid out the way district departments send it (6-month report, two-row merged header). */
function departmentGrid(): SheetGrid {
  return gridOf(
    {
      A1: "UBND HUYỆN ĐÔNG ANH",
      E1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      A2: "PHÒNG KINH TẾ",
      E2: "Độc lập - Tự do - Hạnh phúc",
      A3: "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2026",
      B4: "Đơn vị báo cáo:",
      D4: "Phòng Kinh tế",
      B5: "Kỳ báo cáo",
      C5: "6 tháng đầu năm 2026",
      B6: "Ngày lập: 20/06/2026",
      E6: "Người lập",
      F6: "Nguyễn Văn An",
      B7: "Điện thoại:",
      C7: 912345678,
      // header, two rows
      A9: "STT",
      B9: "Chỉ tiêu",
      C9: "ĐVT",
      D9: "Năm 2025",
      E9: "Năm 2026",
      G9: "So sánh (%)",
      I9: "Ghi chú",
      D10: "Thực hiện\n6 tháng",
      E10: "Kế hoạch",
      F10: "Ước thực hiện\n6 tháng",
      G10: "Cùng kỳ",
      H10: "Kế hoạch",
      // column codes
      A11: "A",
      B11: "B",
      C11: "C",
      D11: 1,
      E11: 2,
      F11: 3,
      G11: "4=3/1",
      H11: "5=3/2",
      I11: "D",
      // data
      A12: "I",
      B12: "NÔNG NGHIỆP",
      A13: 1,
      B13: "Tổng diện tích gieo trồng",
      C13: "ha",
      D13: 5200,
      E13: 10500,
      F13: "5.350,5",
      G13: 102.9,
      H13: 51,
      B14: "Trong đó: Diện tích lúa",
      C14: "ha",
      D14: 3100,
      E14: 6200,
      F14: 3150,
      A15: "-",
      B15: "Ngô",
      C15: "ha",
      D15: 900,
      F15: 950,
      A16: 2,
      B16: "§µn tr©u",
      C16: "con",
      D16: 2690,
      E16: "Trên 2.700",
      F16: "2.715,40",
      A17: "-",
      B17: "Trâu cày kéo",
      C17: "con",
      F17: 1200,
      // row 18 blank: a gap inside the table
      A19: "II",
      B19: "CÔNG NGHIỆP - XÂY DỰNG",
      A20: 1,
      B20: "Giá trị sản xuất công nghiệp",
      C20: "tỷ đồng",
      D20: 1790,
      E20: "6,6-6,8",
      F20: 1820,
      G20: "1.2.3",
      H20: { kind: "error", code: "#DIV/0!" },
      I20: "Giá so sánh 2010",
      F22: "Đông Anh, ngày 20 tháng 6 năm 2026",
      B23: "Người lập biểu",
      F23: "Thủ trưởng đơn vị",
      B24: "(Ký, ghi rõ họ tên)",
      B28: "Nguyễn Văn An",
      F28: "Trần Văn Bình",
      D28: 999,
    },
    {
      merges: ["A3:I3", "A9:A10", "B9:B10", "C9:C10", "E9:F9", "G9:H9", "I9:I10"],
      fonts: { B16: ".VnTime" },
      formats: { D13: "#,##0", G13: "0.0", F20: "#,##0" },
    },
  );
}

describe("parseSheet on a department's sheet", () => {
  const sheet = sheetOf(departmentGrid());

  test("metadata block: unit, period, date, preparer, phone with their cells", () => {
    expect(sheet.reportingUnit).toEqual({ value: "Phòng Kinh tế", cell: "D4" });
    expect(sheet.periodText).toEqual({ value: "6 tháng đầu năm 2026", cell: "C5" });
    expect(sheet.period?.key).toBe("2026-H1");
    expect(sheet.date).toEqual({ value: "2026-06-20", cell: "B6" });
    expect(sheet.preparer).toEqual({ value: "Nguyễn Văn An", cell: "F6" });
    expect(sheet.phone).toEqual({ value: "0912345678", cell: "C7" });
  });

  test("two-row merged header: each column by its group and sub-title", () => {
    expect(sheet.headerRows).toEqual([9, 10]);
    expect(sheet.columns.map((c) => [c.role, c.col])).toEqual([
      ["stt", 0],
      ["name", 1],
      ["unit", 2],
      ["previous", 3],
      ["plan", 4],
      ["current", 5],
      ["ratioYoy", 6],
      ["ratioPlan", 7],
      ["note", 8],
    ]);
    expect(sheet.columns.find((c) => c.role === "ratioYoy")?.title).toBe("So sánh (%) Cùng kỳ");
    expect(sheet.columns.find((c) => c.role === "current")?.title).toBe(
      "Năm 2026 Ước thực hiện 6 tháng",
    );
    expect(sheet.columns.find((c) => c.role === "previous")?.title).toBe(
      "Năm 2025 Thực hiện 6 tháng",
    );
  });

  test("column-code row, blank gap and signature block are not data", () => {
    expect(sheet.rows.map((r) => r.row)).toEqual([12, 13, 14, 15, 16, 17, 19, 20]);
  });

  test("headings and figures, with exact cells", () => {
    const heading = rowAt(sheet, 12);
    expect(heading).toMatchObject({
      stt: "I",
      name: "NÔNG NGHIỆP",
      isHeading: true,
      isComponent: false,
    });

    const total = rowAt(sheet, 13);
    expect(total).toMatchObject({
      stt: "1",
      name: "Tổng diện tích gieo trồng",
      nameCell: "B13",
      unit: "ha",
      unitCell: "C13",
    });
    expect(total.isHeading).toBe(false);
    expect(total.previous).toEqual({
      value: 5200,
      status: "number",
      cell: "D13",
      raw: 5200,
      shownDecimals: 0,
    });
    expect(total.current).toMatchObject({
      value: 5350.5,
      status: "text-number",
      cell: "F13",
      raw: "5.350,5",
      shownDecimals: 1,
    });
    expect(total.ratioYoy).toMatchObject({
      value: 102.9,
      status: "number",
      cell: "G13",
      shownDecimals: 1,
    });
    expect(total.ratioPlan).toMatchObject({ value: 51, cell: "H13" });
    expect(total.plans).toEqual([
      {
        title: "Năm 2026 Kế hoạch",
        value: { kind: "number", value: 10500 },
        status: "number",
        cell: "E13",
        raw: 10500,
      },
    ]);
    expect(rowAt(sheet, 19)).toMatchObject({ isHeading: true, name: "CÔNG NGHIỆP - XÂY DỰNG" });
  });

  test('"trong đó" rows are components of the total above', () => {
    expect(rowAt(sheet, 14)).toMatchObject({
      name: "Diện tích lúa",
      isComponent: true,
      parentRow: 13,
    });
    expect(rowAt(sheet, 15)).toMatchObject({
      stt: "-",
      name: "Ngô",
      isComponent: true,
      parentRow: 13,
    });
    expect(rowAt(sheet, 16)).toMatchObject({ isComponent: false, parentRow: null });
    expect(rowAt(sheet, 17)).toMatchObject({
      name: "Trâu cày kéo",
      isComponent: true,
      parentRow: 16,
    });
    expect(rowAt(sheet, 20)).toMatchObject({ isComponent: false, parentRow: null });
  });

  test("TCVN3 name converted and recorded at its cell", () => {
    const buffalo = rowAt(sheet, 16);
    expect(buffalo.name).toBe("Đàn trâu");
    expect(buffalo.nameCell).toBe("B16");
    expect(sheet.conversions).toContainEqual({
      cell: "B16",
      from: "§µn tr©u",
      to: "Đàn trâu",
      encoding: "tcvn3",
    });
    expect(sheet.conversions).toHaveLength(1);
    expect(buffalo.current).toMatchObject({
      value: 2715.4,
      status: "text-number",
      cell: "F16",
      shownDecimals: 2,
    });
    expect(buffalo.plans[0]).toMatchObject({
      value: { kind: "bound", op: "above", value: 2700, text: "Trên 2.700" },
      cell: "E16",
    });
  });

  test("unreadable figures are kept with their status and no value", () => {
    const industry = rowAt(sheet, 20);
    expect(industry.ratioYoy).toEqual({
      value: null,
      status: "invalid",
      cell: "G20",
      raw: "1.2.3",
    });
    expect(industry.ratioPlan).toMatchObject({ value: null, status: "error", cell: "H20" });
    expect(industry.plans[0].value).toEqual({
      kind: "range",
      low: 6.6,
      high: 6.8,
      text: "6,6-6,8",
    });
    expect(industry.note).toBe("Giá so sánh 2010");
    expect(industry.previous?.value).toBe(1790);
    expect(rowAt(sheet, 15).plans[0]).toMatchObject({ value: null, status: "empty", cell: "E15" });
  });
});

describe("parseSheet skips what is not an indicator sheet", () => {
  test("an instructions sheet", () => {
    const r = parseSheet(
      gridOf(
        {
          A1: "HƯỚNG DẪN ĐIỀN BIỂU",
          A3: "1. Cột Chỉ tiêu: ghi tên chỉ tiêu theo danh mục.",
          A4: "2. Cột ĐVT: ghi đơn vị tính.",
          A5: "3. Cột Thực hiện: ghi số liệu thực hiện kỳ báo cáo.",
        },
        { sheet: "Hướng dẫn" },
      ),
    );
    expect(r.kind).toBe("skipped");
    if (r.kind === "skipped") {
      expect(r.sheet).toBe("Hướng dẫn");
      expect(r.file).toBe("phong-kinh-te.xlsx");
      expect(r.reason).toMatch(/Không phải biểu chỉ tiêu/);
    }
  });

  test("a chart data sheet", () => {
    const r = parseSheet(
      gridOf({
        A1: "Chỉ tiêu",
        B1: "Năm 2024",
        C1: "Năm 2025",
        A2: "Lúa",
        B2: 100,
        C2: 110,
        A3: "Ngô",
        B3: 20,
        C3: 25,
      }),
    );
    expect(r.kind).toBe("skipped");
  });

  test("an empty sheet", () => {
    const r = parseSheet(gridOf({ C3: "  " }));
    expect(r).toEqual({
      kind: "skipped",
      file: "phong-kinh-te.xlsx",
      sheet: "Biểu 01",
      reason: "Trang tính trống.",
    });
  });
});

describe("parseSheet on other layouts", () => {
  test("header clearly there but required columns missing: sheet returned for validation", () => {
    const sheet = sheetOf(
      gridOf({ A1: "STT", B1: "Chỉ tiêu", C1: "Ghi chú", A2: 1, B2: "Dân số", C2: "ước" }),
    );
    expect(sheet.columns.map((c) => c.role)).toEqual(["stt", "name", "note"]);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]).toMatchObject({
      name: "Dân số",
      current: null,
      unit: null,
      unitCell: null,
      previous: null,
    });
    expect(sheet.reportingUnit).toBeNull();
    expect(sheet.period).toBeNull();
  });

  test("single-row header, two plan columns, metadata in one cell each, decomposed text", () => {
    const sheet = sheetOf(
      gridOf({
        A1: "Đơn vị báo cáo: UBND xã Hợp Hòa".normalize("NFD"),
        A2: "KỲ BÁO CÁO: Quý I/2026",
        A3: "Ngày báo cáo",
        B3: new Date(Date.UTC(2026, 3, 5)),
        A5: "TT",
        B5: "Mã số",
        C5: "Nội dung",
        D5: "Đơn vị\ntính",
        E5: "TH cùng kỳ",
        F5: "Dự toán tỉnh giao",
        G5: "Dự toán HĐND giao",
        H5: "TH kỳ này",
        I5: "So với cùng kỳ (%)",
        J5: "% so với KH",
        A6: 1,
        B6: "NS01",
        C6: "Thu ngân sách trên địa bàn",
        D6: "triệu đồng",
        E6: 10000,
        F6: 40000,
        G6: 42000,
        H6: 12000,
        I6: 120,
        J6: 30,
      }),
    );
    expect(sheet.headerRows).toEqual([5]);
    expect(sheet.reportingUnit).toEqual({ value: "UBND xã Hợp Hòa", cell: "A1" });
    expect(sheet.period?.key).toBe("2026-Q1");
    expect(sheet.date).toEqual({ value: "2026-04-05", cell: "B3" });
    expect(sheet.columns.map((c) => c.role)).toEqual([
      "stt",
      "code",
      "name",
      "unit",
      "previous",
      "plan",
      "plan",
      "current",
      "ratioYoy",
      "ratioPlan",
    ]);
    const row = sheet.rows[0];
    expect(row).toMatchObject({ code: "NS01", codeCell: "B6", unit: "triệu đồng", unitCell: "D6" });
    expect(row.plans.map((p) => [p.title, p.cell, p.value])).toEqual([
      ["Dự toán tỉnh giao", "F6", { kind: "number", value: 40000 }],
      ["Dự toán HĐND giao", "G6", { kind: "number", value: 42000 }],
    ]);
    expect(row.current?.cell).toBe("H6");
  });

  test("period read from the title when there is no Kỳ báo cáo label", () => {
    const sheet = sheetOf(
      gridOf({
        A1: "BÁO CÁO KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2026",
        A3: "STT",
        B3: "Chỉ tiêu",
        C3: "ĐVT",
        D3: "Thực hiện",
        A4: 1,
        B4: "Dân số trung bình",
        C4: "người",
        D4: 81000,
      }),
    );
    expect(sheet.periodText).toEqual({
      value: "BÁO CÁO KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2026",
      cell: "A1",
    });
    expect(sheet.period?.key).toBe("2026-9M");
  });
});
