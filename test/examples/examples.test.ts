/**
 * The bundled examples are generated from scripts/examples/*.json: these tests keep the committed
 * files honest (nobody edits an .xlsx by hand), check the files really carry the traps the
 * sources describe, and check the independent expected figures follow their documented policy.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  generateExamples,
  renderMistakes,
  snapshotFile,
  FIXED_DATE,
  type Mistake,
} from "../../scripts/examples/generate";
import {
  expectedContributions,
  expectedSummary,
  previousDisagreements,
  lastYearWorkbook,
} from "../../scripts/examples/expected";
import { encodeTcvn3, decodeTcvn3 } from "../../scripts/examples/tcvn3";
import { parseVnNumber } from "../../scripts/examples/vnnumber";

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLES = path.join(ROOT, "examples");
const SOURCES = path.join(ROOT, "scripts", "examples");

interface SourceRow {
  code?: string | null;
  unit?: string;
  cur?: unknown;
  prev?: unknown;
  heading?: boolean;
  label?: boolean;
}
interface SourceSheet {
  name: string;
  template?: string;
  instructions?: boolean;
  unit?: string;
  periodText?: string;
  encoding?: string;
  rows?: SourceRow[];
}
interface Batch {
  period: string;
  templates: Record<string, Partial<SourceSheet>>;
  workbooks: { file: string; sheets: SourceSheet[] }[];
}
const batch: Batch = JSON.parse(fs.readFileSync(path.join(SOURCES, "batch.json"), "utf8"));
const previousSource = JSON.parse(fs.readFileSync(path.join(SOURCES, "previous.json"), "utf8")) as {
  rows: { code?: string; differs?: string; heading?: boolean }[];
};

/** Every indicator row of the batch with the sheet it sits in (templates applied). */
function sourceRows(): { file: string; sheet: SourceSheet; row: SourceRow }[] {
  const out: { file: string; sheet: SourceSheet; row: SourceRow }[] = [];
  for (const wb of batch.workbooks)
    for (const raw of wb.sheets) {
      const sheet = {
        ...(raw.template ? batch.templates[raw.template] : {}),
        ...raw,
      } as SourceSheet;
      for (const row of sheet.rows ?? []) out.push({ file: wb.file, sheet, row });
    }
  return out;
}

let outDir: string;
let generated: { files: string[]; mistakes: Mistake[] };

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "tonghop-examples-test-"));
  generated = await generateExamples(outDir);
});

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(outDir, file));
  return wb;
}

describe("generated examples", () => {
  it("puts department files and last year's workbook in separate folders", () => {
    const departments = generated.files.filter((f) => f.startsWith("departments/"));
    expect(departments.length).toBeGreaterThanOrEqual(8);
    expect(generated.files).toContain("previous/TongHop_6thang_2025.xlsx");
    expect(generated.files.every((f) => /^(departments|previous)\/[^/]+\.xlsx$/.test(f))).toBe(
      true,
    );
  });

  it("committed examples/ hold exactly what the sources generate (no hand edits)", async () => {
    for (const sub of ["departments", "previous"]) {
      const committed = fs.readdirSync(path.join(EXAMPLES, sub)).sort();
      const fresh = fs.readdirSync(path.join(outDir, sub)).sort();
      expect(committed).toEqual(fresh);
    }
    for (const f of generated.files) {
      expect({ file: f, sheets: await snapshotFile(path.join(EXAMPLES, f)) }).toEqual({
        file: f,
        sheets: await snapshotFile(path.join(outDir, f)),
      });
    }
  });

  it("is deterministic: a second run gives the same cells and the same fixed workbook dates", async () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), "tonghop-examples-again-"));
    try {
      await generateExamples(again);
      for (const f of generated.files) {
        expect(await snapshotFile(path.join(again, f))).toEqual(
          await snapshotFile(path.join(outDir, f)),
        );
      }
      const wb = await readBack(generated.files[0]);
      expect(wb.created.getTime()).toBe(FIXED_DATE.getTime());
      expect(wb.modified.getTime()).toBe(FIXED_DATE.getTime());
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });

  it("MISTAKES.md lists exactly the mistakes the sources plant", () => {
    expect(fs.readFileSync(path.join(SOURCES, "MISTAKES.md"), "utf8")).toBe(
      renderMistakes(generated.mistakes),
    );
    expect(generated.mistakes.length).toBeGreaterThanOrEqual(10);
  });

  it("every listed mistake points at a cell that shows it", async () => {
    for (const m of generated.mistakes) {
      const ws = (await readBack(m.file)).getWorksheet(m.sheet);
      expect(ws).toBeDefined();
      const value = ws!.getCell(m.cell).value;
      if (/để trống/.test(m.what)) expect(value).toBeNull();
      else expect(value).not.toBeNull();
    }
    const byWhat = (re: RegExp) => generated.mistakes.find((m) => re.test(m.what))!;
    const ref = byWhat(/#REF!/);
    const refCell = (await readBack(ref.file)).getWorksheet(ref.sheet)!.getCell(ref.cell);
    expect(refCell.value).toMatchObject({ result: { error: "#REF!" } });
    const malformed = byWhat(/2\.7150\.000/);
    expect(
      (await readBack(malformed.file)).getWorksheet(malformed.sheet)!.getCell(malformed.cell).value,
    ).toBe("2.7150.000");
    const period = byWhat(/Quý II/);
    expect(
      (await readBack(period.file)).getWorksheet(period.sheet)!.getCell(period.cell).value,
    ).toBe("Quý II/2026");
  });

  it("writes the old template in TCVN3 with .VnTime fonts, as 2005-era files do", async () => {
    const source = batch.workbooks.find((w) => w.sheets.some((s) => s.encoding === "tcvn3"))!;
    const ws = (await readBack(source.file)).worksheets[0];
    const texts: { text: string; font: string | undefined }[] = [];
    ws.eachRow((row) =>
      row.eachCell(
        (c) => typeof c.value === "string" && texts.push({ text: c.value, font: c.font?.name }),
      ),
    );
    expect(texts.map((t) => t.text)).toEqual(
      expect.arrayContaining(["§¬n vÞ b¸o c¸o:", "Kú b¸o c¸o:", "ChØ tiªu"]),
    );
    expect(texts.every((t) => t.font === ".VnTime" || t.font === ".VnTimeH")).toBe(true);
    // Decoding gives back the department's unit as the source spells it.
    expect(texts.map((t) => decodeTcvn3(t.text))).toContain(source.sheets[0].unit);
  });

  it("writes one file in decomposed Unicode (NFD)", async () => {
    const source = batch.workbooks.find((w) => w.sheets.some((s) => s.encoding === "nfd"))!;
    const ws = (await readBack(source.file)).worksheets[0];
    const decomposed: string[] = [];
    ws.eachRow((row) =>
      row.eachCell(
        (c) =>
          typeof c.value === "string" &&
          c.value !== c.value.normalize("NFC") &&
          decomposed.push(c.value),
      ),
    );
    expect(decomposed.length).toBeGreaterThan(10);
    expect(decomposed.map((t) => t.normalize("NFC"))).toContain("Số người tham gia bảo hiểm y tế");
  });

  it("keeps an instructions sheet next to the thôn sheets, one reporting unit per sheet", async () => {
    const wb = await readBack("departments/Cac_thon_chan_nuoi.xlsx");
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe("Hướng dẫn");
    expect(names.filter((n) => n.startsWith("Thôn ")).length).toBeGreaterThanOrEqual(4);
  });

  it("last year's workbook has its header on row 5", async () => {
    const ws = (await readBack("previous/TongHop_6thang_2025.xlsx")).getWorksheet("Tổng hợp")!;
    const header = (ws.getRow(5).values as unknown[]).slice(1);
    expect(header).toEqual([
      "STT",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "ĐVT",
      "Cùng kỳ",
      "Kế hoạch",
      "Thực hiện",
      "So sánh cùng kỳ (%)",
      "So sánh kế hoạch (%)",
    ]);
  });
});

describe("TCVN3 encoder and number reader of the generator", () => {
  it("encodes the labels of old templates the way they are stored", () => {
    expect(encodeTcvn3("Đơn vị báo cáo")).toBe("§¬n vÞ b¸o c¸o");
    expect(encodeTcvn3("Thực hiện cùng kỳ")).toBe("Thùc hiÖn cïng kú");
    expect(encodeTcvn3("người")).toBe("ng\u00ADêi");
  });

  it("round-trips every lower-case Vietnamese letter and refuses what TCVN3 cannot hold", () => {
    const letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
    expect(decodeTcvn3(encodeTcvn3(letters))).toBe(letters);
    expect(new Set([...encodeTcvn3(letters)]).size).toBe([...letters].length);
    expect(() => encodeTcvn3("Ấ")).toThrow();
    expect(encodeTcvn3("BÁO CÁO", { upper: true })).toBe("b¸o c¸o");
  });

  it("reads Vietnamese number text strictly", () => {
    expect(parseVnNumber("2.715")).toBe(2715);
    expect(parseVnNumber("0,47")).toBe(0.47);
    expect(parseVnNumber("2.7150.000")).toBeNull();
    expect(parseVnNumber("12,5,0")).toBeNull();
  });
});

describe("expected consolidated figures (independent of src/)", () => {
  const rowsOf = (code: string) =>
    sourceRows().filter((r) => r.row.code === code && !r.row.heading);

  it("converts a figure sent in tỷ đồng to the catalog's triệu đồng", () => {
    const rows = rowsOf("NS03");
    expect(rows.map((r) => r.row.unit)).toEqual(["tỷ đồng"]);
    expect(expectedSummary().NS03.current).toBeCloseTo((rows[0].row.cur as number) * 1000, 9);
  });

  it("adds up thôn sheets and counts đàn gia cầm sent in con as nghìn con", () => {
    const rows = rowsOf("NN09");
    const total = rows.reduce(
      (s, r) => s + (r.row.unit === "con" ? (r.row.cur as number) / 1000 : (r.row.cur as number)),
      0,
    );
    expect(rows.some((r) => r.row.unit === "con")).toBe(true);
    expect(expectedSummary().NN09.current).toBeCloseTo(total, 9);
    expect(expectedContributions().NN09.filter((c) => c.field === "current")).toHaveLength(
      rows.length,
    );
  });

  it("leaves out malformed text and negative counts, never guessing", () => {
    const pigs = rowsOf("NN08");
    const bad = pigs.filter(
      (r) => typeof r.row.cur === "string" && parseVnNumber(r.row.cur) === null,
    );
    expect(bad).toHaveLength(1);
    const counted = expectedContributions().NN08.filter((c) => c.field === "current");
    expect(counted.map((c) => c.sheet)).not.toContain(bad[0].sheet.name);
    expect(counted).toHaveLength(pigs.length - 1);

    const buffaloNegative = rowsOf("NN06").find(
      (r) => typeof r.row.cur === "number" && r.row.cur < 0,
    )!;
    const withNegative = expectedSummary({ excludeNegative: false }).NN06.current!;
    expect(expectedSummary().NN06.current! - withNegative).toBe(
      -(buffaloNegative.row.cur as number),
    );
  });

  it("leaves out the sheet of another period unless asked not to", () => {
    const other = sourceRows().filter(
      (r) => !r.sheet.instructions && r.sheet.periodText !== batch.period,
    );
    expect(other.length).toBeGreaterThan(0);
    const code = other[0].row.code!;
    expect(expectedSummary()[code].current).toBeNull();
    expect(expectedSummary({ excludePeriodMismatch: false })[code].current).toBe(other[0].row.cur);
  });

  it("recomputes ratios from their parts instead of trusting the department", () => {
    const s = expectedSummary();
    expect(s.YT03.current).toBeCloseTo((s.YT02.current! / s.YT01.current!) * 100, 9);
    expect(s.YT03.current).not.toBeCloseTo(rowsOf("YT03")[0].row.cur as number, 1);
  });

  it("counts an indicator repeated in one sheet once", () => {
    expect(rowsOf("LD02")).toHaveLength(2);
    expect(expectedContributions().LD02.filter((c) => c.field === "current")).toHaveLength(1);
  });

  it("follows the contract's yoy: change in percent, unrounded", () => {
    const s = expectedSummary().NN02;
    expect(s.yoy!.pct).toBeCloseTo(((s.current! - s.previous!) / s.previous!) * 100, 12);
    expect(s.yoy!.abs).toBe(s.current! - s.previous!);
  });

  it("finds where last year's workbook disagrees with this year's cùng kỳ: exactly the planted ones", () => {
    const planted = previousSource.rows
      .filter((r) => r.differs)
      .map((r) => r.code)
      .sort();
    expect(planted.length).toBeGreaterThanOrEqual(1);
    expect(
      previousDisagreements()
        .map((d) => d.code)
        .sort(),
    ).toEqual(planted);
    expect(Object.keys(lastYearWorkbook()).length).toBe(
      previousSource.rows.filter((r) => !r.heading).length,
    );
  });
});
