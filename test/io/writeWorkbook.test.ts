import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbook, writeWorkbook } from "../../src/io";
import type { PlannedCell, SheetPlan, WorkbookPlan } from "../../src/core/types";
import { convertWithLibreOffice, libreOfficeAvailable, parseCsv } from "../helpers/libreoffice";

const TRICKY_TEXTS = [
  "=SUM(A1:A2)",
  "+84 912 345 678",
  "-",
  "@x",
  "'01",
  "1.820",
  "00123",
  "TRUE",
  "1/2",
];

function text(t: string, style?: PlannedCell["style"]): PlannedCell {
  return { value: { text: t }, style };
}
function num(n: number, style?: PlannedCell["style"]): PlannedCell {
  return { value: { number: n }, style };
}

function summaryPlan(): WorkbookPlan {
  const summary: SheetPlan = {
    name: "Tổng hợp",
    columnWidths: [6, 40, 10, 14],
    merges: ["A1:D1"],
    freeze: { rows: 3, columns: 2 },
    printTitleRows: [1, 3],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
    rows: [
      [
        text("BIỂU TỔNG HỢP 6 THÁNG ĐẦU NĂM 2026", {
          bold: true,
          hAlign: "center",
          fontName: "Times New Roman",
          fontSize: 14,
        }),
      ],
      [],
      [
        text("STT", { bold: true, border: true, fill: "DDEBF7" }),
        text("Chỉ tiêu"),
        text("ĐVT"),
        text("Thực hiện"),
      ],
      [
        num(1),
        text("Diện tích lúa", { indent: 1, wrap: true }),
        text("ha"),
        num(1820.5, { numFmt: "#,##0.0", border: true }),
      ],
      [
        num(2),
        text("Tỷ lệ hộ nghèo", { italic: true }),
        text("%"),
        num(0.47, { numFmt: "0.00", hAlign: "right", vAlign: "middle" }),
      ],
      ...TRICKY_TEXTS.map((t, i) => [num(3 + i), text(t)]),
    ],
  };
  const notes: SheetPlan = {
    name: "Kiểm tra",
    columnWidths: [80],
    merges: [],
    rows: [[text("Không có lỗi")]],
  };
  return { sheets: [summary, notes] };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

describe("writeWorkbook", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook(summaryPlan());
  });

  it("keeps department text literal: formulas, phone numbers, dashes stay text", async () => {
    const { grids, issues } = await readWorkbook(bytes, "out.xlsx");
    expect(issues).toEqual([]);
    const col2 = grids[0].values.slice(5).map((row) => row[1]);
    expect(col2).toEqual(TRICKY_TEXTS);
    const wb = await load(bytes);
    const ws = wb.getWorksheet("Tổng hợp")!;
    for (let r = 6; r < 6 + TRICKY_TEXTS.length; r++) {
      expect(ws.getCell(r, 2).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(r, 2).formula).toBeUndefined();
    }
  });

  it("keeps numbers as numbers with their formats", async () => {
    const { grids } = await readWorkbook(bytes, "out.xlsx");
    const g = grids[0];
    expect(g.values[3][3]).toBe(1820.5);
    expect(g.numberFormats![3][3]).toBe("#,##0.0");
    expect(g.values[4][3]).toBe(0.47);
    expect(g.numberFormats![4][3]).toBe("0.00");
    expect(g.values[3][0]).toBe(1);
  });

  it("writes sheets in order with merges, widths, frozen header and print setup", async () => {
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Kiểm tra"]);
    const ws = wb.worksheets[0];
    expect(ws.model.merges).toEqual(["A1:D1"]);
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([6, 40, 10, 14]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printTitlesRow).toBe("1:3");
  });

  it("applies cell styles", async () => {
    const ws = (await load(bytes)).worksheets[0];
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, name: "Times New Roman", size: 14 });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A3").border).toMatchObject({
      top: { style: "thin" },
      bottom: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("A3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(ws.getCell("B4").alignment).toMatchObject({ indent: 1, wrapText: true });
    expect(ws.getCell("B5").font).toMatchObject({ italic: true });
    expect(ws.getCell("D5").alignment).toMatchObject({ horizontal: "right", vertical: "middle" });
  });

  it("gives the same bytes for the same plan, whenever it is written", async () => {
    await new Promise((r) => setTimeout(r, 2100)); // cross a zip timestamp tick (2 s resolution)
    const again = await writeWorkbook(summaryPlan());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const dated = await writeWorkbook(summaryPlan(), { date: new Date(Date.UTC(2026, 6, 1)) });
    expect((await load(dated)).created.toISOString().slice(0, 10)).toBe("2026-07-01");
  });

  it("turns Word line breaks into cell line breaks and drops characters XML cannot hold", async () => {
    const out = await writeWorkbook({
      sheets: [
        {
          name: "S",
          columnWidths: [],
          merges: [],
          rows: [[text("Dòng 1\u000BDòng 2\u0001"), text("_x0041_")]],
        },
      ],
    });
    const { grids } = await readWorkbook(out, "s.xlsx");
    expect(grids[0].values[0]).toEqual(["Dòng 1\nDòng 2", "_x0041_"]);
  });

  it("makes invalid or duplicate sheet names acceptable to Excel", async () => {
    const out = await writeWorkbook({
      sheets: [
        { name: "Biểu 1/2026: [Nông nghiệp]", columnWidths: [], merges: [], rows: [] },
        { name: "A".repeat(40), columnWidths: [], merges: [], rows: [] },
        { name: "A".repeat(35), columnWidths: [], merges: [], rows: [] },
      ],
    });
    const names = (await load(out)).worksheets.map((w) => w.name);
    expect(names[0]).toBe("Biểu 1-2026- -Nông nghiệp-");
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(new Set(names).size).toBe(3);
  });

  it("leaves non-finite numbers out instead of writing a broken cell", async () => {
    const out = await writeWorkbook({
      sheets: [
        {
          name: "S",
          columnWidths: [],
          merges: [],
          rows: [[num(Number.NaN), num(Infinity), num(5)]],
        },
      ],
    });
    const { grids } = await readWorkbook(out, "s.xlsx");
    expect(grids[0].values[0]).toEqual([null, null, 5]);
  });
});

describe("writeWorkbook, opened by LibreOffice", () => {
  const available = libreOfficeAvailable();
  if (!available) {
    console.warn(
      "LibreOffice (soffice) not found on PATH: skipping the independent-reader checks.",
    );
  }
  const maybe = available ? it : it.skip;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-io-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  maybe(
    "shows the same values: text stays text, numbers stay numbers, Vietnamese intact",
    async () => {
      const file = path.join(dir, "tong-hop.xlsx");
      writeFileSync(file, await writeWorkbook(summaryPlan()));
      const csv1 = parseCsv(
        readFileSync(
          await convertWithLibreOffice(file, "csv", path.join(dir, "s1"), { sheet: 1 }),
          "utf8",
        ),
      );
      expect(csv1[0][0]).toBe("BIỂU TỔNG HỢP 6 THÁNG ĐẦU NĂM 2026");
      expect(csv1[3]).toEqual(["1", "Diện tích lúa", "ha", "1820.5"]);
      expect(csv1[4][3]).toBe("0.47");
      expect(csv1.slice(5, 5 + TRICKY_TEXTS.length).map((r) => r[1])).toEqual(TRICKY_TEXTS);
      const csv2 = parseCsv(
        readFileSync(
          await convertWithLibreOffice(file, "csv", path.join(dir, "s2"), { sheet: 2 }),
          "utf8",
        ),
      );
      expect(csv2[0][0]).toBe("Không có lỗi");
    },
    120_000,
  );

  maybe(
    "a workbook re-saved by LibreOffice reads back to the same grid",
    async () => {
      const file = path.join(dir, "goc.xlsx");
      writeFileSync(file, await writeWorkbook(summaryPlan()));
      const resaved = await convertWithLibreOffice(file, "xlsx", path.join(dir, "lo"));
      const ours = await readWorkbook(readFileSync(file), "f.xlsx");
      const theirs = await readWorkbook(readFileSync(resaved), "f.xlsx");
      expect(theirs.issues).toEqual([]);
      const trim = (v: unknown[][]) =>
        v.map((row) => row.filter((x) => x !== null && x !== undefined));
      expect(trim(theirs.grids[0].values)).toEqual(trim(ours.grids[0].values));
      expect(theirs.grids[0].merges).toEqual(["A1:D1"]);
    },
    120_000,
  );
});

describe("row heights", () => {
  it("writes the plan's row heights", async () => {
    const { writeWorkbook: write } = await import("../../src/io/writeWorkbook");
    const ExcelJSmod = (await import("exceljs")).default;
    const bytes = await write({
      sheets: [
        {
          name: "A",
          columnWidths: [20],
          rows: [[{ value: { text: "x" } }], [{ value: { text: "y" } }]],
          merges: [],
          rowHeights: [null, 48],
        },
      ],
    });
    const wb = new ExcelJSmod.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(2).height).toBe(48);
  });
});
