/**
 * Very long text (100 000 characters) and control characters (U+0000–U+001F) in names and
 * metadata, end to end through `tonghop consolidate`: no crash, nothing lost, long text cut to
 * Excel's cell limit with an ellipsis, and the written workbook opens in LibreOffice.
 */
import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice, libreOfficeAvailable, parseCsv } from "../helpers/libreoffice";
import { addDeptSheet, runCli, saveWorkbook, tmpDir, type ConsolidateJson } from "./helpers";

const EXCEL_CELL_LIMIT = 32767;

function cellTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === "string") out.push(c.value);
    }),
  );
  return out;
}

describe("100 000-character text in an indicator name and in the reporting unit", () => {
  const longName = "Chỉ tiêu rất dài " + "x".repeat(100_000);
  const longUnit = "Phòng " + "Kinh tế ".repeat(12_500);
  let dir: string;
  let run: { code: number; stdout: string };

  beforeAll(async () => {
    dir = tmpDir();
    const wb = new ExcelJS.Workbook();
    // ExcelJS itself writes the long strings; Excel would cut them when typing, a program need not.
    addDeptSheet(wb, "Biểu", longUnit, [
      { code: null, name: longName, unit: "ha", current: 12 },
      { code: "NN07", name: "Đàn bò", unit: "con", current: 300 },
    ]);
    await saveWorkbook(wb, path.join(dir, "dai.xlsx"));
    run = await runCli([
      "consolidate",
      path.join(dir, "dai.xlsx"),
      "--out",
      path.join(dir, "out", "TongHop.xlsx"),
      "--json",
    ]);
  }, 60_000);

  it("is consolidated: the JSON keeps the value under the long name", () => {
    expect(run.code).toBeLessThan(2);
    const doc = JSON.parse(run.stdout) as ConsolidateJson;
    expect(doc.indicators.find((i) => i.code === "NN07")?.current).toBe(300);
    const long = doc.indicators.find((i) => i.name.startsWith("Chỉ tiêu rất dài"));
    expect(long?.current).toBe(12);
    expect(doc.units).toHaveLength(1);
    expect(doc.units[0].startsWith("Phòng Kinh tế")).toBe(true);
  });

  it("the written cells stay within Excel's limit and end with an ellipsis", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "out", "TongHop.xlsx"));
    const all = wb.worksheets.flatMap(cellTexts);
    expect(all.every((t) => t.length <= EXCEL_CELL_LIMIT)).toBe(true);
    const name = cellTexts(wb.getWorksheet("Tổng hợp")!).find((t) =>
      t.startsWith("Chỉ tiêu rất dài"),
    );
    expect(name).toBeDefined();
    expect(name!.endsWith("…")).toBe(true);
    expect(longName.startsWith(name!.slice(0, -1))).toBe(true);
    const unit = cellTexts(wb.getWorksheet("Nguồn")!).find((t) => t.startsWith("Phòng Kinh tế"));
    expect(unit).toBeDefined();
    expect(unit!.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(unit!.endsWith("…")).toBe(true);
  });
});

const lo = libreOfficeAvailable() ? describe : describe.skip;

lo("control characters in names and metadata", () => {
  const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");
  let dir: string;
  let doc: ConsolidateJson;

  beforeAll(async () => {
    dir = tmpDir();
    const wb = new ExcelJS.Workbook();
    addDeptSheet(wb, "Biểu", `Phòng${"\u0007"}Kinh tế${"\u0000"}`, [
      { code: null, name: `Chỉ tiêu lạ ${controls}cuối`, unit: "ha", current: 9 },
      { code: "NN07", name: `Đàn${"\u0001"} bò${"\u001F"}`, unit: "con", current: 77 },
    ]);
    await saveWorkbook(wb, path.join(dir, "ktdk.xlsx"));
    const r = await runCli([
      "consolidate",
      path.join(dir, "ktdk.xlsx"),
      "--out",
      path.join(dir, "TongHop.xlsx"),
      "--json",
    ]);
    expect(r.code).toBeLessThan(2);
    doc = JSON.parse(r.stdout) as ConsolidateJson;
  }, 60_000);

  it("values are consolidated", () => {
    expect(doc.indicators.find((i) => i.code === "NN07")?.current).toBe(77);
    expect(doc.indicators.find((i) => i.name.startsWith("Chỉ tiêu lạ"))?.current).toBe(9);
  });

  it("the summary and sources open in LibreOffice with the names readable", async () => {
    const input = path.join(dir, "TongHop.xlsx");
    const summaryCsv = await convertWithLibreOffice(input, "csv", path.join(dir, "s1"), {
      sheet: 1,
    });
    const summary = parseCsv(readFileSync(summaryCsv, "utf8"));
    const flat = summary.flat();
    expect(flat.some((t) => t.startsWith("Chỉ tiêu lạ") && t.endsWith("cuối"))).toBe(true);
    expect(flat.some((t) => /^Đàn\s*bò$/.test(t))).toBe(true);
    // Nothing that is not a tab or line break survives into a cell.
    // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
    expect(flat.filter((t) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(t))).toEqual([]);
    const sourcesCsv = await convertWithLibreOffice(input, "csv", path.join(dir, "s2"), {
      sheet: 2,
    });
    const sources = parseCsv(readFileSync(sourcesCsv, "utf8")).flat();
    expect(sources.some((t) => t.startsWith("Phòng") && t.includes("Kinh tế"))).toBe(true);
  }, 240_000);
});
