import type { CellValue, IndicatorSheet } from "../types";
import { parseSheet } from "./parseSheet";
import { readNumber } from "../text/readNumber";

const HEAD: CellValue[] = ["STT", "Chỉ tiêu", "ĐVT", "Cùng kỳ", "Thực hiện"];

function sheetFrom(rows: CellValue[][]): IndicatorSheet {
  const r = parseSheet({ file: "xa.xlsx", sheet: "Biểu", values: [HEAD, ...rows] });
  if (r.kind !== "sheet") throw new Error(r.reason);
  return r.sheet;
}

const summary = (s: IndicatorSheet) =>
  s.rows.map((r) => [r.row, r.name, r.isHeading, r.isComponent, r.parentRow] as const);

describe("components (trong đó)", () => {
  test('a bare "Trong đó:" line opens a run that a numbered STT ends', () => {
    const s = sheetFrom([
      [1, "Tổng đàn gia súc", "con", 900, 1000],
      [null, "Trong đó:"],
      [null, "Đàn bò", "con", 300, 320],
      [null, "Đàn lợn", "con", 500, 560],
      [2, "Tổng đàn gia cầm", "con", 9000, 9500],
      [null, "Số hộ chăn nuôi", "hộ", 50, 52],
    ]);
    expect(summary(s)).toEqual([
      [2, "Tổng đàn gia súc", false, false, null],
      [3, "Trong đó:", true, false, null],
      [4, "Đàn bò", false, true, 2],
      [5, "Đàn lợn", false, true, 2],
      [6, "Tổng đàn gia cầm", false, false, null],
      [7, "Số hộ chăn nuôi", false, false, null],
    ]);
  });

  test('"+" rows are parts of the "-" row above them; a heading ends everything', () => {
    const s = sheetFrom([
      [1, "Diện tích gieo trồng", "ha", 1000, 1100],
      ["-", "Lúa", "ha", 600, 650],
      ["+", "Lúa xuân", "ha", 300, 320],
      ["+", "Lúa mùa", "ha", 300, 330],
      ["-", "Ngô", "ha", 100, 110],
      ["II", "Công nghiệp"],
      ["-", "Mồ côi", "ha", 1, 1],
    ]);
    expect(summary(s)).toEqual([
      [2, "Diện tích gieo trồng", false, false, null],
      [3, "Lúa", false, true, 2],
      [4, "Lúa xuân", false, true, 3],
      [5, "Lúa mùa", false, true, 3],
      [6, "Ngô", false, true, 2],
      [7, "Công nghiệp", true, false, null],
      [8, "Mồ côi", false, true, null],
    ]);
  });

  test("TRONG ĐÓ in capitals, decomposed, as a prefix", () => {
    const s = sheetFrom([
      [1, "Thu ngân sách", "triệu đồng", 10, 12],
      [null, "TRONG ĐÓ: Thu thuế".normalize("NFD"), "triệu đồng", 5, 6],
    ]);
    expect(s.rows[1]).toMatchObject({
      name: "Thu thuế",
      isComponent: true,
      parentRow: 2,
      isHeading: false,
    });
  });
});

describe("headings", () => {
  test("Roman STT or capitals without figures; a capitalised total with figures stays an indicator", () => {
    const s = sheetFrom([
      ["I", "Nông nghiệp"],
      [null, "VĂN HÓA - XÃ HỘI"],
      ["A", "Kinh tế"],
      [1, "TỔNG SẢN PHẨM", "tỷ đồng", 100, 110],
      [2, "Dân số", "người"],
    ]);
    expect(s.rows.map((r) => r.isHeading)).toEqual([true, true, true, false, false]);
  });

  test("a name alone over its parts is marked as a group line; the catalog decides later", () => {
    const s = sheetFrom([
      [2, "Sản lượng lương thực có hạt", "tấn", 900, 950],
      ["2.1", "Lúa", "tấn", 700, 720],
      [3, "Chăn nuôi"],
      ["3.1", "Đàn trâu", "con", 120, 118],
      [4, "Trồng trọt"],
      ["-", "Diện tích lúa", "ha", 500, 505],
      [5, "Số hộ nghèo", "hộ"],
      [6, "Tổng đàn gia súc", "con"],
      ["6.1", "Đàn lợn", "con", 40, 42],
    ]);
    expect(s.rows.filter((r) => r.groupsRows).map((r) => r.name)).toEqual([
      "Chăn nuôi",
      "Trồng trọt",
    ]);
    // Parse keeps the layout as written: the parts still point at the line above them.
    expect(summary(s).slice(2, 6)).toEqual([
      [4, "Chăn nuôi", false, false, null],
      [5, "Đàn trâu", false, true, 4],
      [6, "Trồng trọt", false, false, null],
      [7, "Diện tích lúa", false, true, 6],
    ]);
  });

  test("a name alone over nothing of its own stays a row: it may be an indicator left out", () => {
    const s = sheetFrom([
      [1, "Đàn trâu", "con", 120, 118],
      [2, "Số hộ nuôi ong"],
      [3, "Đàn bò", "con", 300, 310],
    ]);
    expect(s.rows.map((r) => r.isHeading || r.groupsRows)).toEqual([false, false, false]);
  });

  test("a heading merged over STT and name is split into STT and name", () => {
    const s = sheetFrom([["I. NÔNG NGHIỆP"], [1, "Lúa", "ha", 1, 2]]);
    expect(s.rows[0]).toMatchObject({
      stt: "I",
      name: "NÔNG NGHIỆP",
      nameCell: "A2",
      isHeading: true,
    });
  });
});

describe("where the table ends", () => {
  test("a single blank row is a gap; three in a row end the table", () => {
    const s = sheetFrom([
      [1, "Lúa", "ha", 1, 2],
      [],
      [2, "Ngô", "ha", 1, 2],
      [],
      [null, ""],
      [],
      [3, "Bảng phụ", "ha", 1, 2],
    ]);
    expect(s.rows.map((r) => r.name)).toEqual(["Lúa", "Ngô"]);
  });

  test("signature block in capitals ends the table", () => {
    const s = sheetFrom([
      [1, "Lúa", "ha", 1, 2],
      [null, "NGƯỜI LẬP", null, null, "THỦ TRƯỞNG ĐƠN VỊ"],
      [null, "Nguyễn Văn A", null, null, "Trần B"],
    ]);
    expect(s.rows.map((r) => r.name)).toEqual(["Lúa"]);
  });

  test("a notes line under the table ends it", () => {
    const s = sheetFrom([
      [1, "Lúa", "ha", 1, 2],
      ["Ghi chú: số liệu ước tính"],
      [null, "Ngô", "ha", 1, 1],
    ]);
    expect(s.rows).toHaveLength(1);
  });

  test("a header repeated after a page break and rows with nothing in them are skipped", () => {
    const s = sheetFrom([[1, "Lúa", "ha", 1, 2], HEAD, [2, null, "ha"], [3, "Ngô", "ha", 1, 2]]);
    expect(s.rows.map((r) => r.name)).toEqual(["Lúa", "Ngô"]);
  });

  test("a row with figures but no name is kept so validation can point at it", () => {
    const s = sheetFrom([[1, null, "ha", 5, 6]]);
    expect(s.rows[0]).toMatchObject({
      name: "",
      nameCell: "B2",
      current: { value: 6, cell: "E2" },
    });
  });
});

describe("a number cell's field, read without readNumber", () => {
  test("has the value, status, decimals and percent readNumber gives, whatever the format", () => {
    const formats = [
      null,
      "General",
      "0",
      "0.00",
      "#,##0",
      "#,##0.0",
      "0%",
      "0.00%",
      '#,##0.00" tấn"',
      "[Red]0.0",
      "#,##0;(#,##0)",
    ];
    const values = [0, -0, 1820, 0.47, -12.5, 1e9, 0.0001, 2715.4];
    const rows: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [[]];
    for (const f of formats)
      for (const v of values) {
        rows.push([rows.length + 1, `Chỉ tiêu ${rows.length + 1}`, "con", null, v]);
        numberFormats.push([null, null, null, null, f]);
      }
    const r = parseSheet({
      file: "xa.xlsx",
      sheet: "Biểu",
      values: [HEAD, ...rows],
      numberFormats,
    });
    if (r.kind !== "sheet") throw new Error(r.reason);
    expect(r.sheet.rows).toHaveLength(rows.length);
    r.sheet.rows.forEach((row, i) => {
      const fmt = numberFormats[i + 1][4];
      const expected = readNumber(rows[i][4], fmt);
      expect({ f: fmt, v: rows[i][4], ...row.current, cell: undefined, raw: undefined }).toEqual({
        f: fmt,
        v: rows[i][4],
        value: expected.value,
        status: expected.status,
        shownDecimals: expected.shownDecimals,
        percent: expected.percent || undefined,
        cell: undefined,
        raw: undefined,
      });
    });
  });
});

describe("the table's own total line", () => {
  test("“Tổng cộng” and “Cộng toàn xã” are set aside, not read as indicators", () => {
    const r = parseSheet({
      file: "xa.xlsx",
      sheet: "Biểu",
      values: [
        HEAD,
        [1, "Diện tích lúa", "ha", 600, 650],
        [2, "Đàn bò", "con", 300, 320],
        ["Tổng cộng", null, null, 900, 970],
        [3, "Số hộ nghèo", "hộ", 12, 10],
        [null, "Cộng toàn xã:", null, 912, 980],
      ],
    });
    if (r.kind !== "sheet") throw new Error(r.reason);
    expect(r.sheet.rows.map((x) => x.name)).toEqual(["Diện tích lúa", "Đàn bò", "Số hộ nghèo"]);
    // The row under a total line is no part of the row above it.
    expect(r.sheet.rows[2]).toMatchObject({ isComponent: false, parentRow: null });
    expect(r.sheet.totalLines).toEqual([
      { row: 4, name: "Tổng cộng", cell: "A4", unit: null },
      { row: 6, name: "Cộng toàn xã:", cell: "B6", unit: null },
    ]);
  });

  test("“TỔNG CỘNG (I+II+III)” is one too, and keeps its ĐVT", () => {
    const r = parseSheet({
      file: "xa.xlsx",
      sheet: "Biểu",
      values: [HEAD, [1, "Lúa", "ha", 600, 650], [null, "TỔNG CỘNG (I+II)", "ha", 600, 650]],
    });
    if (r.kind !== "sheet") throw new Error(r.reason);
    expect(r.sheet.rows.map((x) => x.name)).toEqual(["Lúa"]);
    expect(r.sheet.totalLines).toEqual([
      { row: 3, name: "TỔNG CỘNG (I+II)", cell: "B3", unit: "ha" },
    ]);
  });

  test("names that only begin like a total, and a total with a code, stay indicators", () => {
    const head: CellValue[] = ["STT", "Mã", "Chỉ tiêu", "ĐVT", "Cùng kỳ", "Thực hiện"];
    const r = parseSheet({
      file: "xa.xlsx",
      sheet: "Biểu",
      values: [
        head,
        [1, null, "Tổng số hộ", "hộ", 900, 970],
        [2, null, "Cộng tác viên dân số", "người", 9, 9],
        [3, "TC01", "Tổng cộng", "triệu đồng", 50, 60],
      ],
    });
    if (r.kind !== "sheet") throw new Error(r.reason);
    expect(r.sheet.rows.map((x) => x.name)).toEqual([
      "Tổng số hộ",
      "Cộng tác viên dân số",
      "Tổng cộng",
    ]);
    expect(r.sheet.totalLines).toBeUndefined();
  });
});
