/**
 * The command line as a planner uses it (CONTRACT.md §2): exit codes, JSON on stdout, human
 * text on stderr, outputs written, inputs never touched.
 */
import { createHash } from "crypto";
import { execFileSync, spawnSync } from "child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  copyFileSync,
  mkdirSync,
} from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main, type Io } from "../../src/cli/main";

const ROOT = path.resolve(__dirname, "../..");
const DEPARTMENTS = path.join(ROOT, "examples/departments");
const PREVIOUS = path.join(ROOT, "examples/previous/TongHop_6thang_2025.xlsx");

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash("sha256")
      .update(readFileSync(path.join(dir, name)))
      .digest("hex");
  }
  return out;
}

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), "tonghop-cli-"));
}

describe("tonghop --help and bad arguments", () => {
  it("prints usage and exits 0 for --help", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("tonghop validate");
    expect(r.stdout).toContain("tonghop consolidate");
    expect(r.stdout).toContain("tonghop template");
  });

  it("exits 2 for an unknown command, a missing --out, an unknown flag", async () => {
    expect((await run(["frobnicate"])).code).toBe(2);
    const noOut = await run(["consolidate", DEPARTMENTS]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--out");
    expect((await run(["validate", DEPARTMENTS, "--nonsense"])).code).toBe(2);
    expect((await run(["validate"])).code).toBe(2);
  });

  it("exits 2 when the output cannot be written", async () => {
    // The output's folder would have to be made inside a file: impossible.
    const dir = tmp();
    writeFileSync(path.join(dir, "a-file"), "x");
    const r = await run(["consolidate", DEPARTMENTS, "--out", path.join(dir, "a-file", "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không ghi được/);
  });

  it("refuses to overwrite an input with the output", async () => {
    const dir = tmp();
    const input = path.join(dir, "a.xlsx");
    copyFileSync(path.join(DEPARTMENTS, "TramYTe_6thang.xlsx"), input);
    const before = hashTree(dir);
    const r = await run(["consolidate", dir, "--out", input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("trùng với một tệp đầu vào");
    expect(hashTree(dir)).toEqual(before);
  });
});

describe("tonghop: last year's files are inputs too", () => {
  it("refuses an output that would replace a file inside a --previous folder", async () => {
    const dir = tmp();
    const prev = path.join(dir, "nam-truoc");
    mkdirSync(prev);
    copyFileSync(PREVIOUS, path.join(prev, "TongHop_6thang_2025.xlsx"));
    copyFileSync(path.join(DEPARTMENTS, "TramYTe_6thang.xlsx"), path.join(prev, "BangQuyDoi.xlsx"));
    const before = hashTree(prev);
    for (const name of ["BangQuyDoi.xlsx", "TongHop_6thang_2025.xlsx"]) {
      const r = await run([
        "consolidate",
        DEPARTMENTS,
        "--previous",
        prev,
        "--out",
        path.join(prev, name),
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("trùng với một tệp năm trước được đọc qua --previous");
    }
    expect(hashTree(prev)).toEqual(before);
  });
});

describe("tonghop: inputs that are not what the planner meant", () => {
  it("says in Vietnamese which option it does not know", async () => {
    const r = await run(["validate", DEPARTMENTS, "--catlog", "x.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không có tùy chọn “--catlog”");
    const missing = await run(["consolidate", DEPARTMENTS, "--out"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Tùy chọn “--out” cần một giá trị");
  });

  it("refuses a folder with no .xlsx in it instead of writing an empty summary", async () => {
    const dir = tmp();
    const r = await run(["consolidate", dir, "--out", path.join(dir, "kq", "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không tìm thấy tệp .xlsx nào");
    expect(existsSync(path.join(dir, "kq", "x.xlsx"))).toBe(false);
  });

  it("refuses a department's biểu given as --catalog", async () => {
    const dir = tmp();
    const r = await run([
      "validate",
      path.join(DEPARTMENTS, "TTPVHCC_6T2026.xlsx"),
      "--catalog",
      path.join(DEPARTMENTS, "TramYTe_6thang.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không phải danh mục");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a department file given as --previous from among the inputs, rather than drop it", async () => {
    const dir = tmp();
    const r = await run([
      "consolidate",
      DEPARTMENTS,
      "--previous",
      path.join(DEPARTMENTS, "TramYTe_6thang.xlsx"),
      "--out",
      path.join(dir, "x.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không phải bảng tổng hợp năm trước");
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("tonghop consolidate --settings", () => {
  it("refuses a settings file whose fields it cannot use, naming them", async () => {
    const dir = tmp();
    const settings = path.join(dir, "thiet-lap.json");
    writeFileSync(
      settings,
      JSON.stringify({ place: "Hợp Hòa", signerTitles: "CHỦ TỊCH", noiNhan: [] }),
    );
    const r = await run([
      "consolidate",
      path.join(DEPARTMENTS, "TTPVHCC_6T2026.xlsx"),
      "--settings",
      settings,
      "--out",
      path.join(dir, "x.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("signerTitles");
    expect(r.stderr).toContain("noiNhan");
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("tonghop validate", () => {
  it("reports the examples' mistakes as JSON, exits 1, and changes nothing", async () => {
    const before = hashTree(DEPARTMENTS);
    const r = await run(["validate", DEPARTMENTS, "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Array.isArray(doc.issues)).toBe(true);
    const rules = new Set(doc.issues.map((i: { rule: string }) => i.rule));
    for (const rule of [
      "malformed-number",
      "negative-value",
      "share-out-of-range",
      "components-exceed-total",
      "period-mismatch",
      "duplicate-indicator",
      "unknown-indicator",
      "number-as-text",
      "legacy-encoding",
    ]) {
      expect(rules).toContain(rule);
    }
    const malformed = doc.issues.find((i: { rule: string }) => i.rule === "malformed-number");
    expect(malformed).toMatchObject({ sheet: "Thôn Tây", cell: "E11", severity: "error" });
    expect(malformed.file).toMatch(/Cac_thon_chan_nuoi\.xlsx$/);
    expect(doc.sheets.length).toBeGreaterThanOrEqual(14);
    expect(doc.sheets[0]).toEqual(
      expect.objectContaining({
        file: expect.any(String),
        sheet: expect.any(String),
        unit: expect.any(String),
        period: expect.any(String),
        rows: expect.any(Number),
      }),
    );
    // The instruction sheet is skipped, not an error.
    expect(
      doc.issues.find((i: { sheet: string; rule: string }) => i.sheet === "Hướng dẫn"),
    ).toMatchObject({ severity: "info", rule: "sheet-skipped" });
    // Human text on stderr, grouped by file, errors first within a sheet.
    expect(r.stderr).toContain("Cac_thon_chan_nuoi.xlsx");
    expect(r.stderr).toMatch(/\d+ lỗi, \d+ cảnh báo/);
    expect(hashTree(DEPARTMENTS)).toEqual(before);
  });

  it("exits 0 on a clean sheet", async () => {
    const dir = tmp();
    const r = await run(["validate", path.join(DEPARTMENTS, "TTPVHCC_6T2026.xlsx"), "--json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("reports a corrupt or non-xlsx file as one error and still reads the others", async () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, "hong.xlsx"),
      Buffer.from("PK\u0003\u0004 this is not really a zip"),
    );
    writeFileSync(path.join(dir, "rong.xlsx"), Buffer.alloc(0));
    copyFileSync(path.join(DEPARTMENTS, "TTPVHCC_6T2026.xlsx"), path.join(dir, "good.xlsx"));
    const r = await run(["validate", dir, "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const fileIssues = doc.issues.filter((i: { sheet: string | null }) => i.sheet === null);
    expect(fileIssues.map((i: { file: string }) => path.basename(i.file)).sort()).toEqual([
      "hong.xlsx",
      "rong.xlsx",
    ]);
    expect(fileIssues.every((i: { severity: string }) => i.severity === "error")).toBe(true);
    expect(doc.sheets.map((s: { file: string }) => path.basename(s.file))).toContain("good.xlsx");
  });
});

describe("tonghop consolidate", () => {
  let dir: string;
  let doc: {
    period: string;
    units: string[];
    issues: Array<{ rule: string; severity: string }>;
    indicators: Array<{
      code: string | null;
      name: string;
      current: number | null;
      previous: number | null;
      plan: number | null;
      yoy: { abs: number; pct: number } | null;
      planPct: number | null;
      sources: Array<{ file: string; sheet: string; cell: string; unit: string; value: number }>;
    }>;
  };
  let code: number;
  const before = hashTree(DEPARTMENTS);

  beforeAll(async () => {
    dir = tmp();
    const r = await run([
      "consolidate",
      DEPARTMENTS,
      "--previous",
      PREVIOUS,
      "--out",
      path.join(dir, "kq", "TongHop.xlsx"),
      "--docx",
      path.join(dir, "kq", "BaoCao.docx"),
      "--json",
    ]);
    code = r.code;
    doc = JSON.parse(r.stdout);
  });

  it("exits 1 (the examples hold errors) and still writes both outputs", () => {
    expect(code).toBe(1);
    expect(existsSync(path.join(dir, "kq", "TongHop.xlsx"))).toBe(true);
    expect(existsSync(path.join(dir, "kq", "BaoCao.docx"))).toBe(true);
    expect(hashTree(DEPARTMENTS)).toEqual(before);
  });

  it("prints the contract's JSON: period, units, indicators with sources", () => {
    expect(doc.period).toBe("6 tháng đầu năm 2026");
    expect(doc.units).toContain("Thôn Đông");
    const cattle = doc.indicators.find((i) => i.code === "NN07")!;
    expect(cattle.sources.length).toBeGreaterThan(1);
    const sum = cattle.sources.reduce((a, s) => a + s.value, 0);
    expect(cattle.current).toBe(sum);
    for (const s of cattle.sources) {
      expect(s).toEqual({
        file: expect.stringMatching(/\.xlsx$/),
        sheet: expect.any(String),
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
        unit: expect.any(String),
        value: expect.any(Number),
      });
    }
    const rice = doc.indicators.find((i) => i.code === "NN02")!;
    expect(rice.yoy!.pct).toBeCloseTo(
      ((rice.current! - rice.previous!) / rice.previous!) * 100,
      12,
    );
    expect(rice.planPct).toBeCloseTo((rice.current! / rice.plan!) * 100, 12);
  });

  it("writes the four sheets of CONTRACT.md §3", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "kq", "TongHop.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      "Báo cáo",
      "Chi tiết theo đơn vị",
    ]);
  });

  it("does not read its own output or last year's workbook as department files", async () => {
    const work = tmp();
    for (const f of readdirSync(DEPARTMENTS))
      copyFileSync(path.join(DEPARTMENTS, f), path.join(work, f));
    mkdirSync(path.join(work, "nam-truoc"));
    copyFileSync(PREVIOUS, path.join(work, "nam-truoc", "prev.xlsx"));
    const out = path.join(work, "TongHop.xlsx");
    const first = await run([
      "consolidate",
      work,
      "--previous",
      path.join(work, "nam-truoc", "prev.xlsx"),
      "--out",
      out,
      "--json",
    ]);
    const second = await run([
      "consolidate",
      work,
      "--previous",
      path.join(work, "nam-truoc", "prev.xlsx"),
      "--out",
      out,
      "--json",
    ]);
    const a = JSON.parse(first.stdout);
    const b = JSON.parse(second.stdout);
    expect(b.indicators.map((i: { current: number | null }) => i.current)).toEqual(
      a.indicators.map((i: { current: number | null }) => i.current),
    );
    expect(b.units).toEqual(a.units);
  });
});

describe("tonghop template", () => {
  it("writes a blank sheet that validate reads as an indicator sheet", async () => {
    const dir = tmp();
    const out = path.join(dir, "bieu.xlsx");
    const r = await run([
      "template",
      "--unit",
      "UBND xã Hợp Hòa",
      "--period",
      "Quý I/2026",
      "--out",
      out,
    ]);
    expect(r.code).toBe(0);
    const v = await run(["validate", out, "--json"]);
    const doc = JSON.parse(v.stdout);
    const sheet = doc.sheets.find((s: { sheet: string }) => s.sheet === "Biểu chỉ tiêu");
    expect(sheet).toMatchObject({ unit: "UBND xã Hợp Hòa", period: "Quý I/2026" });
    expect(sheet.rows).toBeGreaterThan(100);
    expect(doc.issues.filter((i: { rule: string }) => i.rule === "unknown-indicator")).toEqual([]);
  });

  it("reads a filled-in form back: its catalog sheet is skipped, not reported as a broken biểu", async () => {
    const dir = tmp();
    const form = path.join(dir, "bieu.xlsx");
    expect(
      (
        await run([
          "template",
          "--unit",
          "UBND xã Hợp Hòa",
          "--period",
          "Quý I/2026",
          "--out",
          form,
        ])
      ).code,
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form);
    const ws = wb.getWorksheet("Biểu chỉ tiêu")!;
    ws.eachRow((row) => {
      if (row.getCell(2).value === "NN07") row.getCell(7).value = 1234;
    });
    await wb.xlsx.writeFile(form);
    const r = await run(["consolidate", form, "--out", path.join(dir, "kq.xlsx"), "--json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.units).toEqual(["UBND xã Hợp Hòa"]);
    expect(doc.indicators.find((i: { code: string }) => i.code === "NN07").current).toBe(1234);
    const catalogIssues = doc.issues.filter(
      (i: { sheet: string }) => i.sheet === "Danh mục chỉ tiêu",
    );
    expect(catalogIssues).toEqual([
      expect.objectContaining({ severity: "info", rule: "sheet-skipped" }),
    ]);
  });

  it("refuses a period it cannot read", async () => {
    const r = await run([
      "template",
      "--period",
      "Quý 7/2026",
      "--out",
      path.join(tmp(), "x.xlsx"),
    ]);
    expect(r.code).toBe(2);
  });
});

describe("the installed bin", () => {
  it("runs `tonghop --help` through bin/tonghop.js", () => {
    if (!existsSync(path.join(ROOT, "dist/cli/main.js"))) {
      execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
    }
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/tonghop.js"), "--help"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("tonghop consolidate");
  });
});
