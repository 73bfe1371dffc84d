/**
 * A department file as Excel users make it: a title merged across the table, header cells
 * merged over two rows under a merged "Kết quả" band, and values that are formulas with cached
 * results. Read right through `tonghop consolidate`, the cached values reach the JSON.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, saveWorkbook, tmpDir, type ConsolidateJson } from "./helpers";

describe("merged header cells and formulas with cached values", () => {
  let doc: ConsolidateJson;

  beforeAll(async () => {
    const dir = tmpDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu 02");
    ws.getCell("A1").value = "BÁO CÁO KẾT QUẢ CHĂN NUÔI";
    ws.mergeCells("A1:F1");
    ws.getCell("A2").value = "Đơn vị báo cáo:";
    ws.getCell("B2").value = "Phòng Nông nghiệp";
    ws.getCell("A3").value = "Kỳ báo cáo:";
    ws.getCell("B3").value = "6 tháng đầu năm 2026";
    // Two header rows: STT, Mã, Chỉ tiêu, ĐVT each merged over rows 5–6; "Kết quả" over E5:F5.
    const top = ["STT", "Mã số", "Chỉ tiêu", "ĐVT"];
    top.forEach((t, i) => {
      const col = "ABCD"[i];
      ws.getCell(`${col}5`).value = t;
      ws.mergeCells(`${col}5:${col}6`);
    });
    ws.getCell("E5").value = "Kết quả";
    ws.mergeCells("E5:F5");
    ws.getCell("E6").value = "Cùng kỳ";
    ws.getCell("F6").value = "Thực hiện";
    ws.getRow(7).values = [1, "NN06", "Đàn trâu", "con", 410, { formula: "E7+15", result: 425 }];
    ws.getRow(8).values = [
      2,
      "NN07",
      "Đàn bò",
      "con",
      { formula: "1000+230", result: 1230 },
      { formula: "E8*1.1", result: 1353 },
    ];
    // A formula never calculated has no cached value: nothing to read, and nothing invented.
    ws.getRow(9).values = [
      3,
      "NN08",
      "Đàn lợn",
      "con",
      500,
      { formula: "E9*2" } as ExcelJS.CellFormulaValue,
    ];
    await saveWorkbook(wb, path.join(dir, "nn.xlsx"));
    const r = await runCli([
      "consolidate",
      path.join(dir, "nn.xlsx"),
      "--out",
      path.join(dir, "TongHop.xlsx"),
      "--json",
    ]);
    expect(r.code).toBeLessThan(2);
    doc = JSON.parse(r.stdout) as ConsolidateJson;
  });

  it("finds the header under the merged cells and reads the cached formula results", () => {
    expect(doc.units).toEqual(["Phòng Nông nghiệp"]);
    const byCode = (c: string) => doc.indicators.find((i) => i.code === c);
    expect(byCode("NN06")).toMatchObject({ current: 425, previous: 410 });
    expect(byCode("NN07")).toMatchObject({ current: 1353, previous: 1230 });
    expect(byCode("NN06")!.sources).toEqual([
      expect.objectContaining({ sheet: "Biểu 02", cell: "F7", value: 425 }),
    ]);
  });

  it("a formula without a cached result is not turned into a number", () => {
    const pigs = doc.indicators.find((i) => i.code === "NN08");
    expect(pigs?.current ?? null).toBeNull();
  });
});
