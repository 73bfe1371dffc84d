/**
 * `tonghop template` writes the form a planner sends out: protected but for the cells a unit
 * fills in, validated, with a Hướng dẫn sheet and a hidden marker naming unit and period.
 * Checked as users meet it: the built bin as a child process, the file read by ExcelJS,
 * filled in and saved by LibreOffice, renamed, and read back by `validate` and `consolidate`.
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { buildCliIfMissing, ROOT, tonghop } from "../helpers/cli";
import { libreOfficeAvailable } from "../helpers/libreoffice";

const PYTHON = "/usr/bin/python3";

beforeAll(() => buildCliIfMissing("dist/core/template/index.js"), 120000);

const UNIT = "UBND xã Hợp Hòa";
const PERIOD = "6 tháng đầu năm 2026";

function writeForm(dir: string, extra: string[] = []): string {
  const out = path.join(dir, "bieu.xlsx");
  const r = tonghop([
    "template",
    "--unit",
    UNIT,
    "--unit-code",
    "08869",
    "--period",
    PERIOD,
    "--out",
    out,
    ...extra,
  ]);
  expect(r.stderr).toContain("Đã tạo biểu mẫu");
  expect(r.status).toBe(0);
  return out;
}

/** Row number (1-based) of each indicator code in column B. */
function rowsByCode(ws: ExcelJS.Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  ws.eachRow((row, n) => {
    const code = row.getCell(2).value;
    if (typeof code === "string" && /^[A-Z]{2}\d/.test(code)) rows.set(code, n);
  });
  return rows;
}

/** Opens `input` in LibreOffice, types the job's values, saves as .xlsx: what it saw (see the script). */
function fill(input: string, output: string, job: object) {
  const jobFile = output + ".job.json";
  writeFileSync(jobFile, JSON.stringify(job));
  const r = spawnSync(
    PYTHON,
    [path.join(ROOT, "test/helpers/libreofficeFill.py"), input, output, jobFile],
    { encoding: "utf8", timeout: 180000 },
  );
  if (r.status !== 0) throw new Error(`LibreOffice fill failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as {
    protected: boolean;
    lockedRefused: Record<string, boolean>;
    validation: Record<string, { type: string; showInput: boolean; inputTitle: string }>;
  };
}

const locked = (c: ExcelJS.Cell) => c.protection?.locked !== false;

describe("tonghop template: the form sent to a unit", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tonghop-form-"));
  let form: string;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let byCode: Map<string, number>;

  beforeAll(async () => {
    form = writeForm(dir);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form);
    ws = wb.getWorksheet("Biểu chỉ tiêu")!;
    byCode = rowsByCode(ws);
  });

  it("holds the form, its Hướng dẫn, the catalog and a very hidden marker", () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Biểu chỉ tiêu", "visible"],
      ["Hướng dẫn", "visible"],
      ["Danh mục chỉ tiêu", "visible"],
      ["TongHop_BieuMau", "veryHidden"],
    ]);
    const marker = wb.getWorksheet("TongHop_BieuMau")!;
    const fields = Object.fromEntries(
      marker.getSheetValues().flatMap((r) => (Array.isArray(r) ? [[r[1], r[2] ?? null]] : [])),
    );
    expect(fields).toEqual({
      Mẫu: "tonghop-bieu-chi-tieu",
      "Phiên bản danh mục": expect.stringMatching(/^dm-[0-9a-f]{8}$/),
      "Mã đơn vị": "08869",
      "Tên đơn vị": UNIT,
      "Kỳ báo cáo": PERIOD,
    });
    const guide = wb.getWorksheet("Hướng dẫn")!;
    const text = guide.getSheetValues().flat().join("\n");
    expect(text).toContain("Bỏ bảo vệ trang tính");
    expect(text).toContain(`Đơn vị: ${UNIT}`);
  });

  it("is protected without a password; only the cells a unit fills in are unlocked", () => {
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> })
      .sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.hashValue).toBeUndefined();
    expect(protection.password).toBeUndefined();
    // Labels, filled-in unit and period, codes, names and units stay locked.
    for (const a of ["A3", "C3", "C4", "C5", "A10", "B13", "C13", "D13"])
      expect([a, locked(ws.getCell(a))]).toEqual([a, true]);
    expect(ws.getCell("C3").value).toBe(UNIT);
    expect(ws.getCell("C4").value).toBe("08869");
    // Ngày lập, Người lập, Điện thoại and every indicator's four input cells are open.
    for (const a of ["C6", "C7", "C8"]) expect([a, locked(ws.getCell(a))]).toEqual([a, false]);
    // Every open cell is yellow, as the Hướng dẫn says; no locked cell is.
    const yellow = (c: ExcelJS.Cell) =>
      (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === "FFFFF2CC";
    ws.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (c) =>
        expect([c.address, yellow(c)]).toEqual([c.address, !locked(c)]),
      ),
    );
    expect(byCode.size).toBeGreaterThan(100);
    for (const row of byCode.values())
      for (const col of ["E", "F", "G", "H"])
        expect([`${col}${row}`, locked(ws.getCell(`${col}${row}`))]).toEqual([
          `${col}${row}`,
          false,
        ]);
  });

  it("writes only the error styles the file format has (stop, warning, information)", () => {
    // "error" is not one of them: Excel repairs such a file and openpyxl refuses to open it.
    const zip = unzipSync(readFileSync(form));
    const styles = new Set<string>();
    for (const [name, bytes] of Object.entries(zip))
      if (name.startsWith("xl/worksheets/"))
        for (const m of strFromU8(bytes).matchAll(/errorStyle="([^"]*)"/g)) styles.add(m[1]);
    expect([...styles].sort()).toEqual(["stop", "warning"]);
  });

  it("validates every figure cell, with Vietnamese input messages Excel accepts", () => {
    const nn01 = byCode.get("NN01")!;
    expect(ws.getCell(`G${nn01}`).dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 1e15],
      errorStyle: "stop",
      promptTitle: "Thực hiện kỳ báo cáo",
      showInputMessage: true,
    });
    // A count's plan is one number, but "Khoảng 4" may be kept after a warning.
    expect(ws.getCell(`F${nn01}`).dataValidation).toMatchObject({
      type: "decimal",
      errorStyle: "warning",
    });
    // A rate's plan may be a range or a bound: an input message, no restriction.
    const rate = [...byCode].find(([code]) => {
      const unit = ws.getCell(`D${byCode.get(code)}`).value;
      return unit === "%";
    })!;
    expect(ws.getCell(`F${rate[1]}`).dataValidation).toMatchObject({ type: "any" });
    expect(ws.getCell(`F${rate[1]}`).dataValidation.prompt).toContain("Trên 4");
    expect(ws.getCell("C6").dataValidation).toMatchObject({
      type: "date",
      promptTitle: "Ngày lập",
    });
    // Excel refuses a file whose input title passes 32 characters or a message 255.
    for (const row of byCode.values()) {
      for (const col of ["E", "F", "G"]) {
        const v = ws.getCell(`${col}${row}`).dataValidation;
        expect(v.promptTitle!.length).toBeLessThanOrEqual(32);
        expect(v.prompt!.length).toBeLessThanOrEqual(255);
        expect((v.error ?? "").length).toBeLessThanOrEqual(255);
      }
    }
  });

  it("is read back as the unit's indicator sheet; marker and guide are not reports", () => {
    const v = tonghop(["validate", form, "--json"]);
    const doc = JSON.parse(v.stdout);
    expect(doc.sheets).toEqual([
      expect.objectContaining({
        sheet: "Biểu chỉ tiêu",
        unit: UNIT,
        period: PERIOD,
        form: {
          templateId: "tonghop-bieu-chi-tieu",
          catalogVersion: expect.stringMatching(/^dm-/),
          unitCode: "08869",
          unitName: UNIT,
          period: PERIOD,
        },
      }),
    ]);
    expect(doc.skipped.map((s: { sheet: string }) => s.sheet).sort()).toEqual([
      "Danh mục chỉ tiêu",
      "Hướng dẫn",
    ]);
    const about = (s: string) => doc.issues.filter((i: { sheet: string }) => i.sheet === s);
    // A blank form is one "still empty" finding, not one per indicator.
    const blanks = doc.issues.filter((i: { rule: string }) => i.rule === "empty-current");
    expect(blanks).toEqual([
      expect.objectContaining({
        sheet: "Biểu chỉ tiêu",
        cell: "G13",
        severity: "warning",
        message: expect.stringMatching(
          /^Biểu mẫu còn 110 chỉ tiêu chưa có số thực hiện kỳ báo cáo \(“Tổng diện tích gieo trồng cây hằng năm”, /,
        ),
      }),
    ]);
    expect(about("TongHop_BieuMau")).toEqual([]);
    expect(about("Hướng dẫn")).toEqual([
      expect.objectContaining({ severity: "info", rule: "sheet-skipped" }),
    ]);
  });

  it("a department's own layout keeps working, with no form", () => {
    const example = path.join(ROOT, "examples/departments/BCHQS_xa_6T2026.xlsx");
    const doc = JSON.parse(tonghop(["validate", example, "--json"]).stdout);
    expect(doc.sheets.length).toBeGreaterThan(0);
    for (const s of doc.sheets) expect(s.form).toBeNull();
  });

  const lo = libreOfficeAvailable() || process.env.CI ? test : test.skip;
  lo(
    "filled in and saved by LibreOffice, renamed and retyped, it is still the unit's form",
    async () => {
      const nn01 = byCode.get("NN01")!;
      const job = {
        sheet: "Biểu chỉ tiêu",
        // As a unit would: figures in the open cells, and (after lifting the protection) the
        // unit's name retyped its own way.
        values: { [`G${nn01}`]: 1820, [`E${nn01}`]: 1790, C3: "Xã Hợp Hoà", C7: "Nguyễn Văn An" },
        locked: ["C3", `B${nn01}`, `G${nn01}`],
        validation: [`G${nn01}`, "C6"],
      };
      const saved = path.join(dir, "saved-by-libreoffice.xlsx");
      const seen = fill(form, saved, job);
      expect(seen.protected).toBe(true);
      expect(seen.lockedRefused).toEqual({ C3: true, [`B${nn01}`]: true, [`G${nn01}`]: false });
      expect(seen.validation[`G${nn01}`]).toMatchObject({
        type: "DECIMAL",
        showInput: true,
        inputTitle: "Thực hiện kỳ báo cáo",
      });
      expect(seen.validation.C6).toMatchObject({ type: "DATE", inputTitle: "Ngày lập" });

      // What LibreOffice wrote keeps protection, unlocked cells and validation. ExcelJS reads
      // neither sheet="true" nor locked="false", which LibreOffice writes: so look at the XML,
      // and open the saved file in LibreOffice once more.
      const sheetXml = strFromU8(unzipSync(readFileSync(saved))["xl/worksheets/sheet1.xml"]);
      expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="(?:1|true)"/);
      expect(sheetXml).not.toMatch(/<sheetProtection [^>]*(?:password|hashValue)=/);
      const again = fill(saved, path.join(dir, "again.xlsx"), { ...job, values: {} });
      expect(again).toEqual(seen);
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(saved);
      const bws = back.getWorksheet("Biểu chỉ tiêu")!;
      expect(bws.getCell(`G${nn01}`).value).toBe(1820);
      expect(bws.getCell(`G${nn01}`).dataValidation).toMatchObject({ type: "decimal" });

      // Sent back under another name: the marker still names the unit and period.
      const renamed = path.join(dir, "bao cao gui huyen (1).xlsx");
      copyFileSync(saved, renamed);
      const v = JSON.parse(tonghop(["validate", renamed, "--json"]).stdout);
      expect(v.sheets).toEqual([
        expect.objectContaining({
          unit: "Xã Hợp Hoà",
          form: expect.objectContaining({ unitCode: "08869", unitName: UNIT, period: PERIOD }),
        }),
      ]);
      const c = tonghop(["consolidate", renamed, "--out", path.join(dir, "kq.xlsx"), "--json"]);
      const doc = JSON.parse(c.stdout);
      const row = doc.indicators.find((i: { code: string }) => i.code === "NN01");
      expect([row.current, row.previous]).toEqual([1820, 1790]);
    },
    240000,
  );
});

describe("tonghop template --units: one form per listed unit", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tonghop-forms-"));
  const list = path.join(dir, "DanhSach.xlsx");
  const out = path.join(dir, "bieu-gui-di");
  const names = Array.from({ length: 150 }, (_, i) => `Xã Thử Nghiệm ${i + 1}`);

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách đơn vị");
    ws.addRow(["DANH SÁCH ĐƠN VỊ GỬI BIỂU"]);
    ws.addRow(["Mã đơn vị", "Tên đơn vị", "Loại", "Người liên hệ", "Điện thoại", "Hạn nộp"]);
    names.forEach((n, i) =>
      ws.addRow([String(20000 + i), n, "Xã", null, null, i === 0 ? "10/07/2026" : null]),
    );
    await wb.xlsx.writeFile(list);
  });

  function makeForms(): ReturnType<typeof tonghop> {
    return tonghop([
      "template",
      "--units",
      list,
      "--period",
      PERIOD,
      "--deadline",
      "15/07/2026",
      "--out",
      out,
    ]);
  }

  it("writes 150 forms, each named by its unit, with unit, code, period and deadline filled in", async () => {
    const r = makeForms();
    expect(r.stderr).toContain("Đã tạo 150 biểu mẫu");
    expect(r.status).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(150);
    expect(files).toContain("BieuChiTieu - Xã Thử Nghiệm 1.xlsx");
    expect(files).toContain("BieuChiTieu - Xã Thử Nghiệm 150.xlsx");
    for (const [i, file] of [
      [0, "BieuChiTieu - Xã Thử Nghiệm 1.xlsx"],
      [149, "BieuChiTieu - Xã Thử Nghiệm 150.xlsx"],
    ] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(out, file));
      // A unit's own form does without the catalog sheet; marker and guide travel with it.
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        "Biểu chỉ tiêu",
        "Hướng dẫn",
        "TongHop_BieuMau",
      ]);
      const ws = wb.getWorksheet("Biểu chỉ tiêu")!;
      expect([ws.getCell("C3").value, ws.getCell("C4").value, ws.getCell("C5").value]).toEqual([
        names[i],
        String(20000 + i),
        PERIOD,
      ]);
      const guide = wb.getWorksheet("Hướng dẫn")!.getSheetValues().flat().join("\n");
      // The unit's own Hạn nộp wins over --deadline.
      expect(guide).toContain(`Hạn gửi biểu: ${i === 0 ? "10/07/2026" : "15/07/2026"}`);
    }
  }, 120000);

  it("replaces its own forms on a second run, never a file it did not write", async () => {
    expect(makeForms().status).toBe(0);
    const theirs = path.join(out, "BieuChiTieu - Xã Thử Nghiệm 7.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Số liệu").addRow(["Bản của xã, đừng ghi đè"]);
    await wb.xlsx.writeFile(theirs);
    const before = readFileSync(theirs);
    const r = makeForms();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("không phải biểu mẫu TongHop tạo");
    expect(readFileSync(theirs).equals(before)).toBe(true);
  }, 120000);

  it("never replaces a form a unit has already filled in and saved back into the folder", async () => {
    const dir2 = mkdtempSync(path.join(tmpdir(), "tonghop-forms-again-"));
    const again = () => tonghop(["template", "--units", list, "--period", PERIOD, "--out", dir2]);
    expect(again().status).toBe(0);
    const filled = path.join(dir2, "BieuChiTieu - Xã Thử Nghiệm 9.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(filled);
    wb.getWorksheet("Biểu chỉ tiêu")!.getCell("G13").value = 1820;
    await wb.xlsx.writeFile(filled);
    const before = readFileSync(filled);
    const r = again();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("là biểu mẫu đơn vị đã điền số liệu");
    expect(readFileSync(filled).equals(before)).toBe(true);
  }, 120000);

  it("returned forms are matched by their marker: renamed files, a retyped unit name", async () => {
    const back = mkdtempSync(path.join(tmpdir(), "tonghop-returned-"));
    const fillIn = async (n: number, as: string, retype?: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(out, `BieuChiTieu - Xã Thử Nghiệm ${n}.xlsx`));
      const ws = wb.getWorksheet("Biểu chỉ tiêu")!;
      ws.getCell("C6").value = "08/07/2026";
      if (retype) ws.getCell("C3").value = retype;
      ws.eachRow((row) => {
        if (row.getCell(2).value === "NN01") row.getCell(7).value = 100 * n;
      });
      await wb.xlsx.writeFile(path.join(back, as));
    };
    await fillIn(1, "Book1.xlsx");
    // Someone lifted the protection and typed another unit's name: the marker still says 2.
    await fillIn(2, "bieu (1).xlsx", "Xã Thử Nghiệm 3");
    await fillIn(3, "Xa3_baocao_final.xlsx");
    const r = tonghop(["status", back, "--units", list, "--deadline", "15/07/2026", "--json"]);
    const doc = JSON.parse(r.stdout);
    const of = (name: string) => doc.units.find((u: { name: string }) => u.name === name);
    expect(of("Xã Thử Nghiệm 1")).toMatchObject({
      code: "20000",
      status: "on-time",
      files: [expect.objectContaining({ file: path.join(back, "Book1.xlsx"), used: true })],
    });
    expect(of("Xã Thử Nghiệm 2").files).toEqual([
      expect.objectContaining({ file: path.join(back, "bieu (1).xlsx"), used: true }),
    ]);
    expect(of("Xã Thử Nghiệm 3").files).toEqual([
      expect.objectContaining({ file: path.join(back, "Xa3_baocao_final.xlsx"), used: true }),
    ]);
    expect(doc.units.filter((u: { status: string }) => u.status === "missing")).toHaveLength(147);
    expect(doc.unlisted).toEqual([]);
    // Consolidated, the retyped form counts for the unit it was sent to, and says so.
    const c = tonghop([
      "consolidate",
      back,
      "--units",
      list,
      "--out",
      path.join(back, "kq.xlsx"),
      "--json",
    ]);
    const kq = JSON.parse(c.stdout);
    expect(kq.units).toEqual(["Xã Thử Nghiệm 1", "Xã Thử Nghiệm 2", "Xã Thử Nghiệm 3"]);
    expect(kq.indicators.find((i: { code: string }) => i.code === "NN01").current).toBe(600);
    expect(kq.issues.filter((i: { rule: string }) => i.rule === "form-unit-retyped")).toEqual([
      {
        file: path.join(back, "bieu (1).xlsx"),
        sheet: "Biểu chỉ tiêu",
        cell: "C3",
        severity: "warning",
        rule: "form-unit-retyped",
        message:
          "Biểu mẫu này được gửi cho “Xã Thử Nghiệm 2” nhưng ô Đơn vị báo cáo đã bị sửa thành “Xã Thử Nghiệm 3”; số liệu được tính cho Xã Thử Nghiệm 2 theo biểu mẫu. Nếu đúng là của đơn vị khác, hãy đề nghị đơn vị đó điền vào biểu mẫu của mình.",
      },
    ]);
  }, 120000);
});

describe("an output that cannot be written", () => {
  // /proc takes no new files, even for root: the write itself fails, after every check passed.
  const linux = process.platform === "linux" ? it : it.skip;
  linux("says so once, naming the file as the planner typed it", () => {
    const out = "/proc/tonghop-bieu.xlsx";
    const r = tonghop(["template", "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr.match(/Không ghi được tệp/g)).toHaveLength(1);
    expect(r.stderr).toContain(`Không ghi được tệp “${out}”`);
  });
});

describe("template and units never replace a planner's or a unit's file", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tonghop-noreplace-"));

  it("a single form over one a unit filled in is refused; over its own blank form it is not", async () => {
    const form = path.join(dir, "BieuChiTieu - Xã Hợp Hòa.xlsx");
    const make = () => tonghop(["template", "--unit", UNIT, "--period", PERIOD, "--out", form]);
    expect(make().status).toBe(0);
    expect(make().status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(form);
    wb.getWorksheet("Biểu chỉ tiêu")!.getCell("G12").value = 5;
    await wb.xlsx.writeFile(form);
    const before = readFileSync(form);
    const r = make();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("là biểu mẫu đơn vị đã điền số liệu");
    expect(readFileSync(form).equals(before)).toBe(true);
  });

  it("units --province does not write over an existing list", () => {
    const list = path.join(dir, "DS.xlsx");
    writeFileSync(list, "danh sách đã sửa");
    const r = tonghop(["units", "--province", "Phú Thọ", "--out", list]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("TongHop không ghi đè");
    expect(readFileSync(list, "utf8")).toBe("danh sách đã sửa");
  });

  it("two listed units of one name get their codes in their forms' names", async () => {
    const list = path.join(dir, "TrungTen.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách đơn vị");
    ws.addRow(["Mã đơn vị", "Tên đơn vị"]);
    ws.addRow(["30001", "Xã Tân Lập"]);
    ws.addRow(["30002", "Xã Tân Lập"]);
    await wb.xlsx.writeFile(list);
    const out = path.join(dir, "forms");
    expect(tonghop(["template", "--units", list, "--out", out]).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "BieuChiTieu - Xã Tân Lập (30001).xlsx",
      "BieuChiTieu - Xã Tân Lập (30002).xlsx",
    ]);
  });
});
