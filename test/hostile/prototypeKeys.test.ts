/**
 * User text that names Object.prototype members (__proto__, constructor, toString) as sheet
 * names, indicator codes, names, units and reporting units: read, reported and consolidated
 * like any other text, and nothing leaks onto Object.prototype.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { isConvertibleUnit, unitFactor } from "../../src/core/catalog/units";
import { parseTemplate } from "../../src/core/narrative/template";
import {
  addDeptSheet,
  runCli,
  saveWorkbook,
  tmpDir,
  type ConsolidateJson,
  type IssueJson,
} from "./helpers";

function prototypeIsClean(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(typeof ({} as { toString: unknown }).toString).toBe("function");
}

describe("sheet names, codes and names such as __proto__, constructor, toString", () => {
  let file: string;
  let dir: string;
  beforeAll(async () => {
    dir = tmpDir();
    file = path.join(dir, "proto.xlsx");
    const wb = new ExcelJS.Workbook();
    addDeptSheet(wb, "__proto__", "constructor", [
      { code: "NN07", name: "Đàn bò", unit: "con", current: 100 },
      { code: "__proto__", name: "toString", unit: "constructor", current: 7 },
    ]);
    addDeptSheet(wb, "constructor", "__proto__", [
      { code: "NN07", name: "Đàn bò", unit: "con", current: 23 },
      { code: "hasOwnProperty", name: "__proto__", unit: "valueOf", current: 5 },
    ]);
    await saveWorkbook(wb, file);
  });

  afterEach(prototypeIsClean);

  it("validate lists both sheets with their units and reports the unknown codes at their cells", async () => {
    const r = await runCli(["validate", file, "--json"]);
    // Unknown codes are warnings (the rows are still consolidated under their own names).
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      issues: IssueJson[];
      sheets: Array<{ sheet: string; unit: string; rows: number }>;
    };
    expect(doc.sheets.map((s) => [s.sheet, s.unit])).toEqual([
      ["__proto__", "constructor"],
      ["constructor", "__proto__"],
    ]);
    const unknown = doc.issues.filter((i) => i.rule === "unknown-indicator");
    expect(unknown.map((i) => i.sheet).sort()).toEqual(["__proto__", "constructor"]);
    for (const i of unknown) {
      expect(i.cell).toMatch(/^[A-Z]+6$/);
      expect(i.message.length).toBeGreaterThan(10);
    }
    // The JSON text itself carries the names (a "__proto__" key would vanish from a parsed object).
    expect(r.stdout).toContain('"sheet": "__proto__"');
  });

  it("consolidate adds both sheets and keeps every odd name, unit and code", async () => {
    const r = await runCli([
      "consolidate",
      file,
      "--out",
      path.join(dir, "TongHop.xlsx"),
      "--json",
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as ConsolidateJson;
    expect([...doc.units].sort()).toEqual(["__proto__", "constructor"]);
    const cattle = doc.indicators.find((i) => i.code === "NN07")!;
    expect(cattle.current).toBe(123);
    expect(cattle.sources.map((s) => [s.sheet, s.unit, s.value]).sort()).toEqual([
      ["__proto__", "constructor", 100],
      ["constructor", "__proto__", 23],
    ]);
    // Nothing lost: the rows outside the catalog are consolidated under the names written.
    const byName = (n: string) => doc.indicators.find((i) => i.name === n);
    expect(byName("toString")).toMatchObject({ current: 7, unit: "constructor" });
    expect(byName("__proto__")).toMatchObject({ current: 5, unit: "valueOf" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "TongHop.xlsx"));
    const sources: string[] = [];
    wb.getWorksheet("Nguồn")!.eachRow((row) => sources.push(JSON.stringify(row.values)));
    expect(sources.some((s) => s.includes("__proto__") && s.includes("100"))).toBe(true);
  });

  it("a unit named after a prototype member is not a convertible unit", () => {
    expect(isConvertibleUnit("constructor")).toBe(false);
    expect(isConvertibleUnit("__proto__")).toBe(false);
    expect(unitFactor("constructor", "toString")).toBeNull();
    expect(unitFactor("tỷ đồng", "triệu đồng")).toBe(1000);
  });

  it("a narrative template with {constructor} is refused, not rendered from Object.prototype", () => {
    const t = parseTemplate("Đạt {constructor} và {toString}");
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.unknown).toEqual(["constructor", "toString"]);
  });
});
