/**
 * A department file holding a sheet with 1 000 000 rows: that sheet is reported and skipped,
 * the file's other sheets and the other files are still consolidated, and the read neither
 * hangs nor holds the whole sheet in memory (it used to take ExcelJS seconds and gigabytes).
 */
import { copyFileSync, writeFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { readWorkbook } from "../../src/io";
import { runCli, tmpDir, type ConsolidateJson } from "./helpers";

const ROOT = path.resolve(__dirname, "../..");
const GOOD = path.join(ROOT, "examples/departments/TTPVHCC_6T2026.xlsx");
const ROWS = 1_000_000;

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A real .xlsx: sheet "Dữ liệu thô" with ROWS rows, sheet "Biểu 01" a small indicator sheet. */
async function millionRowWorkbook(): Promise<Uint8Array> {
  const parts: string[] = [`<worksheet xmlns="${MAIN}"><sheetData>`];
  for (let r = 1; r <= ROWS; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
  parts.push("</sheetData></worksheet>");
  const small =
    `<worksheet xmlns="${MAIN}"><sheetData>` +
    [
      ["Đơn vị báo cáo:", "Phòng Thống kê"],
      ["Kỳ báo cáo:", "6 tháng đầu năm 2026"],
      ["STT", "Mã số", "Chỉ tiêu", "ĐVT", "Thực hiện"],
    ]
      .map(
        (cells, i) =>
          `<row r="${i + 1}">` +
          cells
            .map((t, j) => `<c r="${"ABCDE"[j]}${i + 1}" t="inlineStr"><is><t>${t}</t></is></c>`)
            .join("") +
          "</row>",
      )
      .join("") +
    `<row r="4"><c r="A4"><v>1</v></c><c r="B4" t="inlineStr"><is><t>NN07</t></is></c>` +
    `<c r="C4" t="inlineStr"><is><t>Đàn bò</t></is></c><c r="D4" t="inlineStr"><is><t>con</t></is></c>` +
    `<c r="E4"><v>4321</v></c></row></sheetData></worksheet>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `</Types>`,
    ),
  );
  zip.file(
    "_rels/.rels",
    xml(
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  zip.file(
    "xl/workbook.xml",
    xml(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        `<sheet name="Dữ liệu thô" sheetId="1" r:id="rId1"/><sheet name="Biểu 01" sheetId="2" r:id="rId2"/>` +
        `</sheets></workbook>`,
    ),
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    xml(
      `<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
        `</Relationships>`,
    ),
  );
  zip.file("xl/worksheets/sheet1.xml", xml(parts.join("")));
  zip.file("xl/worksheets/sheet2.xml", xml(small));
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 1 },
  });
}

describe("a sheet with 1 000 000 rows", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await millionRowWorkbook();
  }, 60_000);

  it("is reported by name and skipped; the other sheet is read; memory stays bounded", async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const r = await readWorkbook(bytes, "ThongKe.xlsx");
    const grown = process.memoryUsage().heapUsed - heapBefore;
    expect(r.issues).toEqual([
      expect.objectContaining({
        file: "ThongKe.xlsx",
        sheet: "Dữ liệu thô",
        cell: null,
        severity: "error",
        rule: "sheet-too-large",
      }),
    ]);
    expect(r.issues[0].message).toContain("Dữ liệu thô");
    expect(r.issues[0].message).toContain("ThongKe.xlsx");
    expect(r.issues[0].message).toContain("1.000.000");
    expect(r.grids.map((g) => g.sheet)).toEqual(["Biểu 01"]);
    expect(r.grids[0].values[3][4]).toBe(4321);
    // ExcelJS held ~1,2 GB for this sheet; streaming the count keeps it far below that.
    expect(grown).toBeLessThan(400 * 1024 * 1024);
  }, 120_000);

  it("through the CLI: exit 1, the big sheet named, the other sheet and other files consolidated", async () => {
    const dir = tmpDir();
    writeFileSync(path.join(dir, "ThongKe.xlsx"), bytes);
    copyFileSync(GOOD, path.join(dir, "TTPVHCC.xlsx"));
    const r = await runCli([
      "consolidate",
      dir,
      "--out",
      path.join(dir, "out", "TongHop.xlsx"),
      "--json",
    ]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as ConsolidateJson;
    const big = doc.issues.filter((i) => i.rule === "sheet-too-large");
    expect(big).toHaveLength(1);
    expect(big[0]).toMatchObject({ sheet: "Dữ liệu thô", severity: "error" });
    expect(path.basename(big[0].file)).toBe("ThongKe.xlsx");
    expect(doc.units).toEqual(expect.arrayContaining(["Phòng Thống kê"]));
    const cattle = doc.indicators.find((i) => i.code === "NN07")!;
    expect(cattle.sources).toEqual([
      expect.objectContaining({ sheet: "Biểu 01", cell: "E4", value: 4321 }),
    ]);
    expect(doc.indicators.find((i) => i.code === "CC01")?.current).toBe(5312);
    expect(r.stderr).toContain("Dữ liệu thô");
  }, 120_000);
});
