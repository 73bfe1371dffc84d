/**
 * A text kept from a read workbook must not keep the file's XML alive. V8 stores a substring
 * as a window on the string it was cut from, so a unit's name read from sharedStrings.xml held
 * the whole part (~47 KB at 300 indicators) for as long as the name lived — the whole run, as
 * names sit in the text caches and the summary: 7 MB at 150 files, 28 MB at 600. What V8 does
 * is not what the language promises, so it is held by measuring the built reader.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildCliIfMissing, ROOT } from "../helpers/cli";

const READER = "dist/io/fastRead.js";
const READS = 40;

let dir: string;
let file: string;

beforeAll(async () => {
  buildCliIfMissing(READER);
  dir = mkdtempSync(path.join(tmpdir(), "tonghop-keep-"));
  file = path.join(dir, "DonVi.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 01");
  ws.getCell("A1").value = "UBND XÃ TÂN LẬP";
  ws.getCell("B1").value = {
    richText: [{ text: "Kỳ báo cáo: " }, { text: "6 tháng đầu năm 2026" }],
  };
  for (let r = 2; r <= 1500; r++) ws.getCell(r, 1).value = `Chỉ tiêu số ${r} của đơn vị`;
  await wb.xlsx.writeFile(file);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Heap bytes still held after reading the file READS times and keeping two texts of each. */
function heldAfterReads(): { held: number; kept: string[] } {
  const script = `
    const fs = require("fs");
    const { fastReadWorkbook } = require(${JSON.stringify(path.join(ROOT, READER))});
    const { DEFAULT_READ_LIMITS } = require(${JSON.stringify(path.join(ROOT, "dist/io/check.js"))});
    const bytes = new Uint8Array(fs.readFileSync(${JSON.stringify(file)}));
    const read = () => fastReadWorkbook(bytes, "DonVi.xlsx", DEFAULT_READ_LIMITS).grids[0].values[0];
    read();
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = [];
    for (let i = 0; i < ${READS}; i++) {
      const row = read();
      kept.push(row[0], row[1]);
    }
    gc();
    gc();
    console.log(JSON.stringify({ held: process.memoryUsage().heapUsed - before, kept: kept.slice(0, 2) }));
  `;
  const r = spawnSync(process.execPath, ["--expose-gc", "-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { held: number; kept: string[] };
}

describe("texts read from a workbook", () => {
  it("are the cells' texts, plain and rich", () => {
    expect(heldAfterReads().kept).toEqual(["UBND XÃ TÂN LẬP", "Kỳ báo cáo: 6 tháng đầu năm 2026"]);
  }, 60_000);

  it("keep none of the file's shared strings alive", () => {
    // Each read decodes the part anew: kept windows would hold READS copies of it.
    const partBytes = statSync(file).size; // compressed: well under the decoded part
    const { held } = heldAfterReads();
    expect(held).toBeLessThan((READS * partBytes) / 4);
  }, 60_000);
});
