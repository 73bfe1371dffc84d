import type { CellValue, SheetGrid } from "../types";
import { readMetadata, parseViDate, dateToIso } from "./metadata";
import { TextReader } from "./gridText";
import { TCVN3_TO_UNICODE } from "../text/legacy";

function toTcvn3(s: string): string {
  const back = new Map<string, string>();
  for (const [code, uni] of TCVN3_TO_UNICODE) if (!back.has(uni)) back.set(uni, code);
  return Array.from(s.normalize("NFC"))
    .map((ch) => back.get(ch) ?? ch)
    .join("");
}

function meta(values: CellValue[][], extra: Partial<SheetGrid> = {}) {
  const g: SheetGrid = { file: "f.xlsx", sheet: "S", values, ...extra };
  const reader = new TextReader(g);
  return { ...readMetadata(g, values.length, reader), conversions: reader.conversions };
}

describe("readMetadata", () => {
  test("label then the next non-empty cell on the same row", () => {
    const m = meta([
      ["Đơn vị báo cáo", null, "  ", "Phòng Tài chính - Kế hoạch"],
      ["kỳ báo cáo:", "Tháng 5/2026"],
      ["NGƯỜI LẬP :", "Lê Thị Hoa", null, "Số điện thoại", "0243 888 999"],
    ]);
    expect(m.reportingUnit).toEqual({ value: "Phòng Tài chính - Kế hoạch", cell: "D1" });
    expect(m.periodText).toEqual({ value: "Tháng 5/2026", cell: "B2" });
    expect(m.preparer).toEqual({ value: "Lê Thị Hoa", cell: "B3" });
    expect(m.phone).toEqual({ value: "0243 888 999", cell: "E3" });
    expect(m.date).toBeNull();
  });

  test("label and value in one cell", () => {
    const m = meta([
      ["Đơn vị báo cáo: Phòng Kinh tế"],
      ["Kỳ báo cáo: 6 tháng đầu năm 2026"],
      ["Ngày lập: 5/7/2026"],
    ]);
    expect(m.reportingUnit).toEqual({ value: "Phòng Kinh tế", cell: "A1" });
    expect(m.periodText).toEqual({ value: "6 tháng đầu năm 2026", cell: "A2" });
    expect(m.date).toEqual({ value: "2026-07-05", cell: "A3" });
  });

  test("short label variants", () => {
    const m = meta([
      ["Tên đơn vị:", "UBND xã Hợp Hòa"],
      ["Kỳ", "Quý II/2026"],
      ["Điện thoại", 912345678],
    ]);
    expect(m.reportingUnit?.value).toBe("UBND xã Hợp Hòa");
    expect(m.periodText?.value).toBe("Quý II/2026");
    expect(m.phone?.value).toBe("0912345678");
  });

  test('"Đơn vị báo cáo" wins over a bare "Đơn vị"; a unit of measure is not a reporting unit', () => {
    const m = meta([
      ["Đơn vị: triệu đồng"],
      ["Đơn vị", "Phòng Nội vụ"],
      ["Đơn vị báo cáo", "Phòng Kinh tế"],
    ]);
    expect(m.reportingUnit).toEqual({ value: "Phòng Kinh tế", cell: "B3" });
    expect(meta([["Đơn vị tính: triệu đồng"], ["Đơn vị: tỷ đồng"]]).reportingUnit).toBeNull();
  });

  test("decomposed and TCVN3 labels are matched, values converted", () => {
    const m = meta(
      [
        ["Đơn vị báo cáo:".normalize("NFD"), "Phòng Văn hóa".normalize("NFD")],
        [toTcvn3("Kỳ báo cáo"), toTcvn3("Quý I/2026")],
      ],
      {
        fonts: [
          [null, null],
          [".VnTime", ".VnTime"],
        ],
      },
    );
    expect(m.reportingUnit).toEqual({ value: "Phòng Văn hóa", cell: "B1" });
    expect(m.periodText).toEqual({ value: "Quý I/2026", cell: "B2" });
    expect(m.conversions.map((c) => [c.cell, c.encoding])).toEqual(
      expect.arrayContaining([
        ["B1", "decomposed"],
        ["A2", "tcvn3"],
      ]),
    );
  });

  test("dates: date cells and text to ISO; unreadable text kept as written", () => {
    expect(meta([["Ngày lập", new Date(Date.UTC(2026, 5, 20))]]).date).toEqual({
      value: "2026-06-20",
      cell: "B1",
    });
    expect(meta([["Ngày báo cáo", "20/06/2026"]]).date?.value).toBe("2026-06-20");
    expect(meta([["Ngày lập", "chưa ghi"]]).date).toEqual({ value: "chưa ghi", cell: "B1" });
  });

  test("a period in the title when no label gives one", () => {
    const m = meta([
      ["BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2026"],
      ["Đơn vị báo cáo", "Phòng Kinh tế"],
    ]);
    expect(m.periodText).toEqual({
      value: "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2026",
      cell: "A1",
    });
  });
});

describe("dates", () => {
  test.each([
    ["20/06/2026", "2026-06-20"],
    ["5/7/2026", "2026-07-05"],
    ["20-06-2026", "2026-06-20"],
    ["20.06.2026", "2026-06-20"],
    ["Hà Nội, ngày 20 tháng 6 năm 2026", "2026-06-20"],
    ["2026-06-20", "2026-06-20"],
    ["31/02/2026", null],
    ["13/13/2026", null],
    ["hôm qua", null],
  ])("parseViDate(%p) → %p", (text, iso) => {
    expect(parseViDate(text)).toBe(iso);
  });

  test("a local-midnight date keeps its calendar day", () => {
    expect(dateToIso(new Date(2026, 5, 20))).toBe("2026-06-20");
    expect(dateToIso(new Date(Date.UTC(2026, 11, 31)))).toBe("2026-12-31");
  });
});
