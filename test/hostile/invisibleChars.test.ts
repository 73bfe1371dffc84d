/**
 * Right-to-left marks, zero-width characters, a byte-order mark and no-break spaces copied in
 * from web pages or Zalo messages: indicator names, units and the reporting unit match the
 * catalog as if they were absent, and the values are consolidated.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { addDeptSheet, runCli, saveWorkbook, tmpDir, type ConsolidateJson } from "./helpers";

const RLM = "\u200F";
const LRM = "\u200E";
const ZWSP = "\u200B";
const ZWJ = "\u200D";
const BOM = "\uFEFF";
const NBSP = "\u00A0";
const INVISIBLE = /[\u200B-\u200F\uFEFF\u202A-\u202E\u2066-\u2069\u00A0]/;

describe("invisible characters in names, units and the reporting unit", () => {
  let doc: ConsolidateJson;
  let dir: string;
  beforeAll(async () => {
    dir = tmpDir();
    const wb = new ExcelJS.Workbook();
    addDeptSheet(wb, "Biểu", `${BOM}Phòng${NBSP}Kinh tế${ZWSP}${RLM}`, [
      // No codes: the names alone must find the catalog's indicators.
      { code: null, name: `${RLM}Đàn${NBSP}bò${LRM}`, unit: `con${ZWSP}`, current: 120 },
      { code: null, name: `Diện tích ${ZWJ}lúa${RLM}`, unit: `${NBSP}ha${NBSP}`, current: 35.5 },
      { code: `${ZWSP}NN06${RLM}`, name: "Đàn trâu", unit: "con", current: 40 },
    ]);
    const file = path.join(dir, "kt.xlsx");
    await saveWorkbook(wb, file);
    const r = await runCli([
      "consolidate",
      file,
      "--out",
      path.join(dir, "TongHop.xlsx"),
      "--json",
    ]);
    doc = JSON.parse(r.stdout) as ConsolidateJson;
  });

  it("matches names, units and codes to the catalog and consolidates the values", () => {
    expect(doc.issues.filter((i) => i.rule === "unknown-indicator")).toEqual([]);
    expect(doc.issues.filter((i) => /unit/.test(i.rule) && i.severity !== "info")).toEqual([]);
    const byCode = (c: string) => doc.indicators.find((i) => i.code === c);
    expect(byCode("NN07")).toMatchObject({ name: "Đàn bò", unit: "con", current: 120 });
    expect(byCode("NN02")).toMatchObject({ name: "Diện tích lúa", unit: "ha", current: 35.5 });
    expect(byCode("NN06")).toMatchObject({ current: 40 });
  });

  it("the reporting unit is one clean name, in the JSON and in the written workbook", async () => {
    expect(doc.units).toEqual(["Phòng Kinh tế"]);
    for (const ind of doc.indicators)
      for (const s of ind.sources) expect(s.unit).not.toMatch(INVISIBLE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "TongHop.xlsx"));
    const texts: string[] = [];
    for (const name of ["Tổng hợp", "Nguồn"]) {
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === "string") texts.push(c.value);
        }),
      );
    }
    expect(texts).toContain("Phòng Kinh tế");
    expect(texts).toContain("Đàn bò");
    expect(texts.filter((t) => INVISIBLE.test(t))).toEqual([]);
  });
});
