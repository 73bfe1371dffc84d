import type { CellValue, SheetGrid } from "../types";
import { readMetadata } from "./metadata";
import { periodOutsideDates } from "./period";
import { TextReader } from "./gridText";

function meta(values: CellValue[][]) {
  const g: SheetGrid = { file: "f.xlsx", sheet: "S", values };
  return readMetadata(g, values.length, new TextReader(g));
}

describe("the period without a label: title first, never the date line", () => {
  test("the title under the place-and-date line", () => {
    const m = meta([
      ["UBND XÃ HỢP HÒA", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["PHÒNG KINH TẾ", null, "Hợp Hòa, ngày 20 tháng 6 năm 2026"],
      [],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026"],
    ]);
    expect(m.periodText).toEqual({
      value: "BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026",
      cell: "A4",
    });
    expect(m.period?.key).toBe("2026-H1");
    expect(m.periodFrom).toBe("title");
  });

  test("a date line alone names no period", () => {
    const m = meta([["Tam Dương, ngày 15 tháng 6 năm 2026"], ["Ngày 30/6/2026"]]);
    expect(m.periodText).toBeNull();
    expect(m.period).toBeNull();
  });

  test("the title outranks a note line above it", () => {
    const m = meta([
      ["(Số liệu tính đến hết tháng 5/2026)"],
      ["BIỂU TỔNG HỢP SỐ LIỆU QUÝ II NĂM 2026"],
    ]);
    expect(m.period?.label).toBe("Quý II/2026");
    expect(m.periodText?.cell).toBe("A2");
  });

  test("a label outranks the title, read exactly as before", () => {
    const m = meta([["BÁO CÁO 9 THÁNG NĂM 2026"], ["Kỳ báo cáo:", "Quý III/2026"]]);
    expect(m.periodText).toEqual({ value: "Quý III/2026", cell: "B2" });
    expect(m.periodFrom).toBe("label");
  });

  test.each([
    ["(Kèm theo Báo cáo ngày 15 tháng 7 năm 2026 về tình hình tháng 6 năm 2026)", "Tháng 6/2026"],
    ["Báo cáo ngày 2/10/2026: kết quả quý III/2026", "Quý III/2026"],
    ["Hợp Hòa, ngày … tháng … năm 2026", null],
  ])("periodOutsideDates(%p) → %p", (text, label) => {
    expect(periodOutsideDates(text)?.label ?? null).toBe(label);
  });
});
