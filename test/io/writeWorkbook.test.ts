import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbook, writeWorkbook } from "../../src/io";
import { writeXlsx } from "../../src/io/writeXlsx";
import { StyleCache } from "../../src/io/writeStyles";
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

type Writer = typeof writeWorkbook;
/**
 * Both writers must give the same file content: the in-memory one (browser, standalone page)
 * and the direct one the CLI uses. Every behaviour below is checked on each.
 */
const WRITERS: [string, Writer][] = [
  ["writeWorkbook (in memory)", writeWorkbook],
  ["writeXlsx (direct OOXML, the CLI's)", async (plan, options) => writeXlsx(plan, options)],
];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

describe.each(WRITERS)("%s", (_label, write) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await write(summaryPlan());
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
    const again = await write(summaryPlan());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const dated = await write(summaryPlan(), { date: new Date(Date.UTC(2026, 6, 1)) });
    expect((await load(dated)).created.toISOString().slice(0, 10)).toBe("2026-07-01");
  });

  it("turns Word line breaks into cell line breaks and drops characters XML cannot hold", async () => {
    const out = await write({
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
    const out = await write({
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
    const out = await write({
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

describe.each(WRITERS)("%s, opened by LibreOffice", (_label, write) => {
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
      writeFileSync(file, await write(summaryPlan()));
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
      writeFileSync(file, await write(summaryPlan()));
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

describe.each(WRITERS)("row heights, %s", (_label, write) => {
  it("writes the plan's row heights", async () => {
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

/**
 * A sheet shaped like "Nguồn": thousands of rows sharing a handful of style objects, some
 * hostile text, and merges deep inside and below the rows (the streaming writer must keep
 * those rows open until the merge is applied).
 */
function bigPlan(rowCount: number): WorkbookPlan {
  const plain = {
    fontName: "Times New Roman",
    fontSize: 11,
    border: true,
    vAlign: "middle" as const,
  };
  const centered = { ...plain, hAlign: "center" as const };
  const wrapped = { ...plain, wrap: true };
  const head = { ...plain, bold: true, fill: "E2EFDA", hAlign: "center" as const };
  const rows: PlannedCell[][] = [["STT", "Mã", "Chỉ tiêu", "Giá trị"].map((t) => text(t, head))];
  for (let i = 1; i < rowCount; i++) {
    rows.push([
      num(i, centered),
      text(i % 97 === 0 ? '=HYPERLINK("x")' : `CT${i % 300}`, plain),
      text(`Chỉ tiêu số ${i}\u000Bdòng hai`, wrapped),
      // equal content, a fresh object each row: must still be written as the same style
      num(i * 1.5, { ...plain, numFmt: i % 2 ? "#,##0.0" : "#,##0" }),
    ]);
  }
  const mid = Math.floor(rowCount / 2);
  return {
    sheets: [
      {
        name: "Nguồn",
        columnWidths: [6, 9, 40, 14],
        rowHeights: rows.map((_, r) => (r % 10 === 0 ? 30 : null)),
        rows,
        merges: [`B${mid}:C${mid + 2}`, "A2:A3", `A${rowCount + 2}:D${rowCount + 3}`],
        freeze: { rows: 1, columns: 0 },
        printTitleRows: [1, 1],
        page: { orientation: "landscape", paper: "A4", fitToWidth: true },
      },
    ],
  };
}

/** What a user sees of a sheet: values, formulas, styles, merges, sizes, views, print setup. */
function visible(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells.push([
        r,
        c,
        cell.type,
        cell.isMerged ? "merged" : cell.value,
        cell.formula ?? null,
        cell.numFmt ?? null,
        JSON.stringify([cell.font, cell.alignment, cell.border, cell.fill]),
      ]);
    });
  });
  const heights: [number, number][] = [];
  ws.eachRow((row, r) => {
    if (row.height) heights.push([r, row.height]);
  });
  return {
    cells,
    heights,
    merges: [...ws.model.merges].sort(),
    widths: [1, 2, 3, 4].map((c) => ws.getColumn(c).width),
    views: ws.views.map((v) => ({ ...v, activeCell: undefined })),
    page: {
      paperSize: ws.pageSetup.paperSize,
      orientation: ws.pageSetup.orientation,
      fitToPage: ws.pageSetup.fitToPage,
      fitToWidth: ws.pageSetup.fitToWidth,
      fitToHeight: ws.pageSetup.fitToHeight,
      printTitlesRow: ws.pageSetup.printTitlesRow,
    },
  };
}

describe("the CLI's direct writer and the in-memory writer (page)", () => {
  it("write files a user cannot tell apart, on a large sheet with merges deep inside", async () => {
    const plan = bigPlan(3000);
    const [memory, stream] = await Promise.all([
      writeWorkbook(plan).then(load),
      Promise.resolve(writeXlsx(plan)).then(load),
    ]);
    const a = visible(memory.worksheets[0]) as { cells: unknown[][]; merges: string[] };
    const b = visible(stream.worksheets[0]);
    expect(b).toEqual(a);
    // and the content is what was planned, not merely the same on both sides
    expect(a.merges).toEqual(["A2:A3", "A3002:D3003", "B1500:C1502"]);
    const hostile = a.cells.find((c) => c[0] === 98 && c[1] === 2)!;
    expect(hostile.slice(2, 5)).toEqual([ExcelJS.ValueType.String, '=HYPERLINK("x")', null]);
    const wrappedText = a.cells.find((c) => c[0] === 5 && c[1] === 3)!;
    expect(wrappedText[3]).toBe("Chỉ tiêu số 4\ndòng hai");
  }, 60_000);

  it.each(WRITERS)(
    "%s stores each distinct look once, however many cells share it",
    async (_label, write) => {
      const bytes = await write(bigPlan(5000));
      const files = unzipSync(bytes);
      const styles = strFromU8(files["xl/styles.xml"]);
      // header, STT, code, wrapped text, two number formats, plus Excel's default format
      const xfs = /<cellXfs count="(\d+)"/.exec(styles);
      expect(Number(xfs?.[1])).toBeLessThanOrEqual(7);
      const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
      expect(sheet).not.toContain("<f>"); // department text never becomes a formula
      const { grids } = await readWorkbook(bytes, "big.xlsx");
      expect(grids[0].values.length).toBe(5000);
      expect(grids[0].values[97][1]).toBe('=HYPERLINK("x")');
    },
    60_000,
  );
});

describe("StyleCache", () => {
  it("hands out one shared ExcelJS style for equal styles, whatever their field order", () => {
    const cache = new StyleCache();
    const a = cache.get({ bold: true, fontSize: 11, border: true });
    const b = cache.get({ border: true, fontSize: 11, bold: true });
    const c = cache.get({ bold: true, fontSize: 12, border: true });
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(cache.size).toBe(2);
    expect(a).toEqual({
      font: { bold: true, size: 11 },
      border: {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      },
    });
  });

  it("keeps Excel's rules: an indent gets left alignment, a bad colour no fill", () => {
    const cache = new StyleCache();
    expect(cache.get({ indent: 2 }).alignment).toEqual({ indent: 2, horizontal: "left" });
    expect(cache.get({ fill: "#e2efda" }).fill).toMatchObject({ fgColor: { argb: "FFE2EFDA" } });
    expect(cache.get({ fill: "red" }).fill).toBeUndefined();
  });
});
