import { excelSerialToDate, isDateFormat, toCellValue } from "../../src/excel/cellValues";
import { mergedAddresses } from "../../src/excel/readSheets";
import { columnWidthPoints } from "../../src/excel/sheetWrite";

describe("Office values → core cell values", () => {
  it("tells date formats from number formats", () => {
    for (const f of [
      "dd/mm/yyyy",
      "m/d/yyyy",
      "mmm-yy",
      "[$-42A]dd/mm/yyyy",
      "yyyy-mm-dd hh:mm",
      'd "tháng" m',
    ])
      expect({ f, date: isDateFormat(f) }).toEqual({ f, date: true });
    for (const f of ["General", "#,##0", "0.00%", "@", '#,##0.00 "ha"', "[h]:mm", "", null])
      expect({ f, date: isDateFormat(f) }).toEqual({ f, date: false });
  });

  it("converts Excel 1900 serials, Lotus leap-year bug included", () => {
    // 45658 = 1 Jan 2025; 46023 = 1 Jan 2026; +180 days = 30 Jun 2026.
    expect(excelSerialToDate(1)).toEqual(new Date(Date.UTC(1900, 0, 1)));
    expect(excelSerialToDate(61)).toEqual(new Date(Date.UTC(1900, 2, 1)));
    expect(excelSerialToDate(46203.5)).toEqual(new Date(Date.UTC(2026, 5, 30, 12)));
  });

  it("maps empties, errors, text, numbers and booleans", () => {
    expect(toCellValue("")).toBeNull();
    expect(toCellValue("#N/A")).toEqual({ kind: "error", code: "#N/A" });
    expect(toCellValue("#SPILL!")).toEqual({ kind: "error", code: "#SPILL!" });
    expect(toCellValue("#REF! là lỗi")).toBe("#REF! là lỗi");
    expect(toCellValue(12.5, "#,##0.0")).toBe(12.5);
    expect(toCellValue(true)).toBe(true);
  });

  it("reads merged-area addresses as Excel prints them", () => {
    expect(mergedAddresses("'Biểu 01'!A1:C1, 'Biểu 01'!$D$5:$D$6")).toEqual(["A1:C1", "D5:D6"]);
    expect(mergedAddresses("")).toEqual([]);
  });

  it("sizes columns from characters to points", () => {
    expect(columnWidthPoints(10)).toBeCloseTo(56.25, 2);
    expect(columnWidthPoints(0)).toBeCloseTo(3.75, 2);
  });
});
