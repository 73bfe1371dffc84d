/**
 * The lean reader (src/io/fastRead.ts) must give exactly the grids ExcelJS gives: same values,
 * dates, errors, cached formula results, fonts, number formats and merges, on every example,
 * on the workbooks the other io tests build, and on a bench-like generated file.
 */
import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook, type ReadResult } from "../../src/io/readWorkbook";
import { fastReadWorkbook } from "../../src/io/fastRead";
import { readWorkbookLean } from "../../src/io/readLean";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../../src/io/readWorkbook";
import { simpleWorkbook, xlsxBytes } from "./build";

const ROOT = path.resolve(__dirname, "../..");

function exampleFiles(): string[] {
  const out: string[] = [];
  for (const dir of ["examples/departments", "examples/previous"]) {
    for (const f of readdirSync(path.join(ROOT, dir)).sort()) {
      if (f.endsWith(".xlsx")) out.push(path.join(ROOT, dir, f));
    }
  }
  return out;
}

async function both(
  bytes: Uint8Array,
  name: string,
  limits?: Partial<ReadLimits>,
): Promise<{ fast: ReadResult | null; slow: ReadResult }> {
  const lim = { ...DEFAULT_READ_LIMITS, ...limits };
  const fast = fastReadWorkbook(bytes, name, lim);
  const slow = await readWorkbook(bytes.slice(), name, limits, { engine: "exceljs" });
  return { fast, slow };
}

/** A workbook exercising every cell shape the readers must agree on. */
function everyShape(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet("Biểu số 1");
    ws.getCell("A1").value = "BÁO CÁO <KẾT QUẢ> & \"trích\" 'dẫn'";
    ws.getCell("B2").value = 1820.5;
    ws.getCell("B2").numFmt = "#,##0.00";
    ws.getCell("C2").value = "1.820";
    ws.getCell("D2").value = "  0,47 ";
    ws.getCell("E2").value = 0.125;
    ws.getCell("E2").numFmt = "0.0%";
    ws.getCell("F2").value = -3;
    ws.getCell("F2").numFmt = '#,##0;[Red]\\-#,##0;"-"';
    ws.getCell("A3").value = new Date(Date.UTC(2026, 5, 30));
    ws.getCell("A3").numFmt = "dd/mm/yyyy";
    ws.getCell("B3").value = 45838;
    ws.getCell("C3").value = new Date(Date.UTC(2026, 0, 2, 13, 45));
    ws.getCell("B4").value = { formula: "B2*2", result: 3641 };
    ws.getCell("C4").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
    ws.getCell("D4").value = {
      formula: "1/0",
      result: { error: "#DIV/0!" },
    } as ExcelJS.CellFormulaValue;
    ws.getCell("E4").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("F4").value = {
      formula: "TODAY()",
      result: new Date(Date.UTC(2026, 0, 15)),
    } as ExcelJS.CellFormulaValue;
    ws.getCell("F4").numFmt = "dd/mm/yyyy";
    ws.getCell("G4").value = { formula: "B2-B2", result: 0 };
    ws.getCell("H4").value = { formula: "1>2", result: false } as ExcelJS.CellFormulaValue;
    ws.getCell("I4").value = { formula: 'A1&"x"', result: "a < b & c" } as ExcelJS.CellFormulaValue;
    ws.getCell("A5").value = {
      richText: [{ text: "Tæng sè ", font: { name: ".VnTime" } }, { text: "hé" }],
    };
    ws.getCell("B5").value = true;
    ws.getCell("C5").value = false;
    ws.getCell("D5").value = "Lúa";
    ws.getCell("D5").font = { name: "VNI-Times", size: 13 };
    ws.getCell("E5").value = {
      richText: [
        { text: "", font: { name: "Arial" } },
        { text: "Mới", font: { name: "Times New Roman" } },
      ],
    };
    ws.getCell("F5").value = "=SUM(A1:A3) stays text";
    ws.getCell("G5").value = "dòng 1\ndòng 2\ttab";
    ws.getCell("H5").value = "\u200fمرحبا\u0001";
    ws.getCell("I5").value = "_x0041_ literal";
    ws.getCell("C7").value = "Thực hiện";
    ws.mergeCells("C7:D8");
    ws.getCell("A9").value = "Chỉ tiêu";
    ws.mergeCells("A9:A11");
    ws.getCell("Z20").font = { bold: true };
    ws.getCell("B12").value = "";
    for (let r = 30; r < 40; r++)
      ws.getRow(r).values = [
        r,
        `Chỉ tiêu ${r}`,
        "ha",
        r * 1.5,
        { formula: `D${r}*2`, result: r * 3 },
      ];
    const hidden = wb.addWorksheet("Ẩn");
    hidden.state = "hidden";
    hidden.getCell("A1").value = "trang ẩn";
    wb.addWorksheet("Trống");
    const wide = wb.addWorksheet("Rộng");
    wide.getCell("AB3").value = 7;
    wide.getCell("XFD1").value = "cuối";
  });
}

describe("fastRead gives the same grids as ExcelJS", () => {
  it.each(exampleFiles().map((f) => [path.relative(ROOT, f), f]))("%s", async (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const { fast, slow } = await both(bytes, file);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(slow);
    expect(slow.grids.length).toBeGreaterThan(0);
  });

  it("on every cell shape (values, dates, errors, formulas, rich text, merges, hidden sheets)", async () => {
    const { fast, slow } = await both(await everyShape(), "moi-dang.xlsx");
    expect(fast).not.toBeNull();
    expect(fast).toEqual(slow);
    const g = fast!.grids[0];
    // What a user would notice: cached results, including 0 and FALSE, are read.
    expect(g.values[3][6]).toBe(0);
    expect(g.values[3][7]).toBe(false);
    expect(g.values[4][0]).toBe("Tæng sè hé");
    expect(g.fonts![4][0]).toBe(".VnTime");
    expect(g.merges).toEqual(["C7:D8", "A9:A11"]);
    expect(fast!.issues.map((i) => [i.sheet, i.rule])).toEqual([["Ẩn", "sheet-hidden"]]);
  });

  it("on the simple workbook the other io tests use", async () => {
    const { fast, slow } = await both(await simpleWorkbook(), "don-gian.xlsx");
    expect(fast).toEqual(slow);
  });

  it("on a bench-like department file (300 indicators)", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("Biểu 01");
      ws.getCell("A1").value = "Đơn vị báo cáo: Xã 0001";
      ws.getCell("A2").value = "Kỳ báo cáo: 6 tháng đầu năm 2026";
      ws.addRow([]);
      ws.addRow([
        "STT",
        "Mã số",
        "Chỉ tiêu",
        "ĐVT",
        "Cùng kỳ",
        "Kế hoạch",
        "Thực hiện",
        "So cùng kỳ (%)",
      ]);
      for (let i = 1; i <= 300; i++) {
        const v = i % 17 === 0 ? `${i},5` : i % 23 === 0 ? "n/a" : i * 13.25;
        const row = ws.addRow([
          i,
          `CT${String(i).padStart(3, "0")}`,
          `Chỉ tiêu số ${i}`,
          "tấn",
          i * 12,
          i * 14,
          v,
          { formula: `G${i + 4}/E${i + 4}*100`, result: 110.4 },
        ]);
        row.getCell(7).numFmt = "#,##0.00";
        row.getCell(8).numFmt = "0.0";
      }
      ws.mergeCells("A1:H1");
    });
    const { fast, slow } = await both(bytes, "DonVi_0001.xlsx");
    expect(fast).not.toBeNull();
    expect(fast).toEqual(slow);
    expect(fast!.grids[0].values.length).toBe(304);
  });

  it("applies the row and cell limits exactly as the ExcelJS path does", async () => {
    const bytes = await xlsxBytes((wb) => {
      const a = wb.addWorksheet("Nhiều dòng");
      for (let r = 1; r <= 40; r++) a.getCell(`A${r}`).value = r;
      const b = wb.addWorksheet("Nhiều ô");
      for (let r = 1; r <= 5; r++) b.getRow(r).values = [1, 2, 3, 4, 5, 6];
      const c = wb.addWorksheet("Nhỏ");
      c.getCell("A1").value = 1;
    });
    for (const limits of [
      { maxRowsPerSheet: 30, maxCellsPerSheet: 25 },
      { maxRowsPerSheet: 1_000_000, maxCellsPerSheet: 25 },
      { maxRowsPerSheet: 30, maxCellsPerSheet: 1_000_000 },
    ]) {
      const { fast, slow } = await both(bytes, "gioi-han.xlsx", limits);
      expect(fast).toEqual(slow);
      expect(fast!.issues.some((i) => i.rule === "sheet-too-large")).toBe(true);
      expect(fast!.grids.map((g) => g.sheet)).toContain("Nhỏ");
    }
  });

  it("reads inline strings and workbooks without styles or shared strings", async () => {
    const zip = new JSZip();
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    zip.file(
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    );
    zip.file(
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    zip.file(
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    );
    zip.file(
      "xl/worksheets/sheet1.xml",
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Đàn &#x62;ò &lt;1&gt;</t></is></c><c r="C1"><v>4321</v></c>` +
        `<c r="D1" t="str"><v>a&amp;amp;b</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#N/A</v></c></row>` +
        `<row r="3"><c r="B3" t="inlineStr"><is><r><rPr><rFont val=".VnTime"/></rPr><t>Tæng</t></r><r><t xml:space="preserve"> sè</t></r></is></c></row></sheetData></worksheet>`,
    );
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const { fast, slow } = await both(bytes, "inline.xlsx");
    expect(fast).not.toBeNull();
    expect(fast).toEqual(slow);
    expect(fast!.grids[0].sheet).toBe("A & B");
    expect(fast!.grids[0].values[0]).toEqual([
      "Đàn bò <1>",
      null,
      4321,
      "a&b",
      true,
      { kind: "error", code: "#N/A" },
    ]);
    expect(fast!.grids[0].fonts![2][1]).toBe(".VnTime");
  });

  it("declines what it does not fully understand, and readWorkbook still reads it", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("Liên kết");
      ws.getCell("A1").value = { text: "Cổng thông tin", hyperlink: "https://example.vn" };
      ws.getCell("A2").value = 5;
    });
    expect(fastReadWorkbook(bytes, "lien-ket.xlsx", DEFAULT_READ_LIMITS)).toBeNull();
    const r = await readWorkbook(bytes, "lien-ket.xlsx");
    expect(r.grids[0].values[0][0]).toBe("Cổng thông tin");
    expect(r.grids[0].values[1][0]).toBe(5);
  });

  it("declines a cell whose other attribute holds an entity ExcelJS refuses, and reads a known one", async () => {
    const good = await simpleWorkbook();
    const zip = await JSZip.loadAsync(good);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const withAttr = async (value: string) => {
      const z = await JSZip.loadAsync(good);
      z.file("xl/worksheets/sheet1.xml", sheet.replace(/<c r="A1"/, `<c foo="${value}" r="A1"`));
      return new Uint8Array(await z.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    };
    const unknown = await both(await withAttr("a&nbsp;b"), "la.xlsx");
    expect(unknown.slow.grids).toEqual([]);
    expect(unknown.fast).toBeNull();
    const known = await both(await withAttr("a&amp;b"), "quen.xlsx");
    expect(known.fast).toEqual(known.slow);
    expect(known.fast!.grids.length).toBeGreaterThan(0);
  });

  it("the page's worker reads as readWorkbook does: lean, ExcelJS for what it declines", async () => {
    const declined = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("Liên kết");
      ws.getCell("A1").value = { text: "Cổng thông tin", hyperlink: "https://example.vn" };
      ws.getCell("A2").value = 5;
    });
    const files: [string, Uint8Array][] = [
      ["lien-ket.xlsx", declined],
      ["rong.xlsx", new Uint8Array(0)],
      ...exampleFiles()
        .slice(0, 3)
        .map((f): [string, Uint8Array] => [path.basename(f), new Uint8Array(readFileSync(f))]),
    ];
    for (const [name, bytes] of files)
      expect(await readWorkbookLean(bytes.slice(), name)).toEqual(
        await readWorkbook(bytes.slice(), name),
      );
    expect((await readWorkbookLean(declined, "lien-ket.xlsx")).grids[0].values[0][0]).toBe(
      "Cổng thông tin",
    );
  });

  it("declines a damaged part, but lets a bug of its own through instead of hiding it", async () => {
    const good = await simpleWorkbook();
    // The sheet part's compressed bytes garbled: the deflate stream no longer holds together.
    const damaged = new Uint8Array(good);
    const at = findPart(damaged, "xl/worksheets/sheet1.xml");
    for (let i = at; i < at + 40; i++) damaged[i] = 0xff;
    expect(fastReadWorkbook(damaged, "hong.xlsx", DEFAULT_READ_LIMITS)).toBeNull();
    // Limits that are not limits are the caller's mistake, not the file's: it throws.
    const noLimits = null as unknown as ReadLimits;
    expect(() => fastReadWorkbook(good, "tot.xlsx", noLimits)).toThrow(TypeError);
  });
});

/** Where a part's compressed data starts: just after its local header's name and extra field. */
function findPart(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let i = 0; i + 30 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(i + 26, true);
    const extraLength = view.getUint16(i + 28, true);
    const found = bytes.subarray(i + 30, i + 30 + nameLength);
    if (found.length === wanted.length && found.every((b, k) => b === wanted[k]))
      return i + 30 + nameLength + extraLength;
  }
  throw new Error(`no local header for ${name}`);
}

/** Compiles the CLI build when any src/io module is newer than `dist` (workers need .js). */
function buildDist(dist: string): void {
  const ioDir = path.join(ROOT, "src/io");
  const sources = readdirSync(ioDir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(ioDir, f));
  if (!existsSync(dist) || sources.some((s) => statSync(s).mtimeMs > statSync(dist).mtimeMs)) {
    execFileSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      { cwd: ROOT },
    );
  }
}

describe("readWorkbookFiles: a batch read gives what reading each file gives, in order", () => {
  const batch = (): string[] => {
    const files = exampleFiles();
    // Also a missing file and a non-workbook, whose issues must come back in their place.
    return [
      ...files,
      path.join(ROOT, "examples/departments/KhongCo.xlsx"),
      path.join(ROOT, "package.json"),
      ...files.slice(0, 3),
    ];
  };

  it("in-process (as under ts-jest)", async () => {
    const { readWorkbookFiles, readWorkbookFile } = await import("../../src/io/node");
    const files = batch();
    const all = await readWorkbookFiles(files);
    const one = [];
    for (const f of files) one.push(await readWorkbookFile(f));
    expect(all).toEqual(one);
    expect(all[files.length - 5].issues[0].rule).toBe("file-not-found");
    expect(all[files.length - 4].issues[0].rule).toBe("file-not-xlsx");
  });

  it("with worker threads, from the compiled CLI build (dist/)", async () => {
    const dist = path.join(ROOT, "dist/io/parallelRead.js");
    buildDist(dist);
    const script = `
      const { readWorkbookFiles } = require(${JSON.stringify(dist)});
      const { Worker } = require("worker_threads");
      let started = 0;
      const orig = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (m) { started++; return orig.call(this, m); };
      readWorkbookFiles(JSON.parse(process.argv[1]), undefined, { workers: 2 }).then((r) =>
        process.stdout.write(JSON.stringify({ started, r })));`;
    const files = batch();
    const out = JSON.parse(
      execFileSync(process.execPath, ["-e", script, JSON.stringify(files)], {
        encoding: "utf8",
        maxBuffer: 64 << 20,
      }),
    ) as { started: number; r: ReadResult[] };
    expect(out.started).toBeGreaterThan(0); // the files really went to workers
    const { readWorkbookFile } = await import("../../src/io/node");
    const one = [];
    for (const f of files) one.push(await readWorkbookFile(f));
    // Through JSON: Dates become strings on both sides alike.
    expect(out.r).toEqual(JSON.parse(JSON.stringify(one)));
  }, 120_000);

  it("with worker threads, a declined or empty file is judged once and never lean-read twice", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("fs");
    const os = await import("os");
    const dist = path.join(ROOT, "dist/io/parallelRead.js");
    buildDist(dist);
    const dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-declined-"));
    try {
      // A hyperlink makes the lean reader decline: the file must still be read, by ExcelJS.
      const declined = path.join(dir, "lien-ket.xlsx");
      writeFileSync(
        declined,
        await xlsxBytes((wb) => {
          const ws = wb.addWorksheet("Liên kết");
          ws.getCell("A1").value = { text: "Cổng thông tin", hyperlink: "https://example.vn" };
          ws.getCell("A2").value = 5;
        }),
      );
      const empty = path.join(dir, "rong.xlsx");
      writeFileSync(empty, new Uint8Array(0));
      const files = [...exampleFiles().slice(0, 6), declined, empty, declined];
      // The main thread's lean reader is wrapped: with workers it must never run there.
      const script = `
        const fast = require(${JSON.stringify(path.join(ROOT, "dist/io/fastRead.js"))});
        let mainFastReads = 0;
        const orig = fast.fastReadWorkbook;
        fast.fastReadWorkbook = function (...a) { mainFastReads++; return orig.apply(this, a); };
        const { readWorkbookFiles } = require(${JSON.stringify(dist)});
        readWorkbookFiles(JSON.parse(process.argv[1]), undefined, { workers: 2 }).then((r) =>
          process.stdout.write(JSON.stringify({ mainFastReads, r })));`;
      const out = JSON.parse(
        execFileSync(process.execPath, ["-e", script, JSON.stringify(files)], {
          encoding: "utf8",
          maxBuffer: 64 << 20,
        }),
      ) as { mainFastReads: number; r: ReadResult[] };
      expect(out.mainFastReads).toBe(0);
      const { readWorkbookFile } = await import("../../src/io/node");
      const one = [];
      for (const f of files) one.push(await readWorkbookFile(f));
      expect(out.r).toEqual(JSON.parse(JSON.stringify(one)));
      expect(out.r[6].grids[0].values[0][0]).toBe("Cổng thông tin");
      expect(out.r[7].issues[0].rule).toBe("file-empty");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
