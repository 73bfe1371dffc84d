/**
 * Golden fixtures: for every rule, a small sheet that trips it (rule, severity, exact cell, the
 * words a planner reads) and one that does not. Sheets go through the real parser.
 */
import { defaultCatalog } from "../catalog";
import { consolidate } from "../consolidate";
import { parsePeriod, parseSheet } from "../parse";
import type { Catalog, CellValue, Issue } from "../types";
import { ALL_RULES } from "./registry";
import {
  FIRST_DATA_ROW,
  GridOptions,
  gridFromRows,
  row,
  STANDARD_HEADER,
} from "./testing/fixtures";
import type { ValidateOptions } from "./types";
import { validateBatch } from "./validateBatch";

const catalog = defaultCatalog();

function run(
  rows: CellValue[][],
  opts: GridOptions = {},
  vopts: Partial<ValidateOptions> = {},
  cat = catalog,
) {
  return validateBatch([parseSheet(gridFromRows(rows, opts))], cat, vopts);
}

const tripped = new Set<string>();

function ofRule(issues: Issue[], rule: string): Issue[] {
  const found = issues.filter((i) => i.rule === rule);
  if (found.length > 0) tripped.add(rule);
  return found;
}

/** The one issue of `rule`; fails with the whole list when there is not exactly one. */
function only(issues: Issue[], rule: string): Issue {
  const found = ofRule(issues, rule);
  tripped.add(rule);
  if (found.length !== 1)
    throw new Error(`expected one ${rule}, got ${JSON.stringify(issues, null, 1)}`);
  return found[0];
}

const r5 = FIRST_DATA_ROW; // sheet row of the first data row
const lua = { code: "NN02", name: "Diện tích lúa", unit: "ha" };
const tong = { code: "NN01", name: "Tổng diện tích gieo trồng cây hằng năm", unit: "ha" };

describe("a well-filled sheet", () => {
  it("raises no issue at all", () => {
    const res = run([
      row({
        stt: 1,
        ...tong,
        previous: 1790,
        plan: 1850,
        current: 1820,
        ratioYoy: 101.68,
        ratioPlan: 98.38,
      }),
      row({ stt: "-", ...lua, previous: 1200, plan: 1250, current: 1210 }),
      row({
        stt: "-",
        code: "NN03",
        name: "Diện tích ngô",
        unit: "ha",
        previous: 500,
        plan: 520,
        current: 540,
      }),
      row({
        stt: 2,
        code: "NN10",
        name: "Tỷ lệ che phủ rừng",
        unit: "%",
        previous: 41.5,
        current: 42,
      }),
    ]);
    expect(res.issues).toEqual([]);
    expect(res.sheets).toHaveLength(1);
  });
});

describe("every rule", () => {
  it("is registered once, with a kebab-case id and a Vietnamese description", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.description).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
  });
});

describe("structure", () => {
  it("sheet-skipped: a sheet without an indicator header is reported, with its reason", () => {
    const skipped = parseSheet({
      file: "a.xlsx",
      sheet: "Hướng dẫn",
      values: [["Hướng dẫn điền biểu"], ["Ghi số liệu vào cột G"]],
    });
    const res = validateBatch([skipped], catalog);
    const i = only(res.issues, "sheet-skipped");
    expect(i).toMatchObject({ file: "a.xlsx", sheet: "Hướng dẫn", cell: null, severity: "info" });
    expect(i.message).toContain("Hướng dẫn");
    expect(res.skipped).toHaveLength(1);
    expect(ofRule(run([row({ ...lua, current: 1 })]).issues, "sheet-skipped")).toEqual([]);
  });

  it("missing-reporting-unit: at the top-left when the line is missing", () => {
    const i = only(
      run([row({ ...lua, current: 1210 })], { unit: null }).issues,
      "missing-reporting-unit",
    );
    expect(i).toMatchObject({ severity: "error", cell: "A1" });
    expect(i.message).toContain("Đơn vị báo cáo");
    expect(ofRule(run([row({ ...lua, current: 1210 })]).issues, "missing-reporting-unit")).toEqual(
      [],
    );
  });

  it("missing-period: when Kỳ báo cáo is not written", () => {
    const i = only(
      run([row({ ...lua, current: 1210 })], { period: null }).issues,
      "missing-period",
    );
    expect(i).toMatchObject({ severity: "error", cell: "A1" });
    expect(i.message).toContain("Kỳ báo cáo");
    expect(ofRule(run([row({ ...lua, current: 1210 })]).issues, "missing-period")).toEqual([]);
  });

  it("unreadable-period: at the period cell, quoting what was written", () => {
    const res = run([row({ ...lua, current: 1210 })], { period: "Tháng 13/2026" });
    const i = only(res.issues, "unreadable-period");
    expect(i).toMatchObject({ severity: "error", cell: "B2" });
    expect(i.message).toContain("“Tháng 13/2026”");
    expect(ofRule(res.issues, "missing-period")).toEqual([]);
    expect(
      ofRule(
        run([row({ ...lua, current: 1210 })], { period: "Quý II/2026" }).issues,
        "unreadable-period",
      ),
    ).toEqual([]);
  });

  it("period-mismatch: the sheet that differs from the majority, naming both periods", () => {
    const sheets = [
      gridFromRows([row({ ...lua, current: 1 })], { file: "a.xlsx", unit: "UBND xã A" }),
      gridFromRows([row({ ...lua, current: 2 })], { file: "b.xlsx", unit: "UBND xã B" }),
      gridFromRows([row({ ...lua, current: 3 })], {
        file: "c.xlsx",
        unit: "UBND xã C",
        period: "Quý I/2026",
      }),
    ].map(parseSheet);
    const i = only(validateBatch(sheets, catalog).issues, "period-mismatch");
    expect(i).toMatchObject({ file: "c.xlsx", cell: "B2", severity: "error" });
    expect(i.message).toContain("“Quý I/2026”");
    expect(i.message).toContain("“6 tháng đầu năm 2026”");
    expect(ofRule(validateBatch(sheets.slice(0, 2), catalog).issues, "period-mismatch")).toEqual(
      [],
    );
  });

  it("period-mismatch: against the expected period when one is given", () => {
    const sheets = [gridFromRows([row({ ...lua, current: 1 })], { period: "Tháng 5/2026" })].map(
      parseSheet,
    );
    const expectedPeriod = parsePeriod("6 tháng đầu năm 2026")!;
    const i = only(validateBatch(sheets, catalog, { expectedPeriod }).issues, "period-mismatch");
    expect(i.cell).toBe("B2");
    expect(i.message).toContain("“Tháng 5/2026”");
    expect(i.message).toContain("“6 tháng đầu năm 2026”");
    const same = parsePeriod("Tháng 5/2026")!;
    expect(
      ofRule(validateBatch(sheets, catalog, { expectedPeriod: same }).issues, "period-mismatch"),
    ).toEqual([]);
  });

  it("period-mismatch: with no majority every sheet is flagged", () => {
    const sheets = [
      gridFromRows([row({ ...lua, current: 1 })], {
        file: "a.xlsx",
        unit: "UBND xã A",
        period: "Quý I/2026",
      }),
      gridFromRows([row({ ...lua, current: 2 })], {
        file: "b.xlsx",
        unit: "UBND xã B",
        period: "Quý II/2026",
      }),
    ].map(parseSheet);
    const found = ofRule(validateBatch(sheets, catalog).issues, "period-mismatch");
    expect(found.map((i) => i.file)).toEqual(["a.xlsx", "b.xlsx"]);
    expect(found[0].message).toContain("“Quý II/2026”");
  });

  it("missing-column: at the header row when ĐVT is missing", () => {
    const header = STANDARD_HEADER.map((h) => (h === "ĐVT" ? "Ghi chú khác" : h));
    const res = run([row({ ...lua, current: 1210 })], { header });
    const i = only(res.issues, "missing-column");
    expect(i).toMatchObject({ severity: "error", cell: "A4" });
    expect(i.message).toContain("ĐVT");
    expect(ofRule(run([row({ ...lua, current: 1210 })]).issues, "missing-column")).toEqual([]);
    const noCurrent = STANDARD_HEADER.filter((h) => h !== "Thực hiện kỳ báo cáo");
    const j = only(
      run([row({ ...lua }).slice(0, 9)], { header: noCurrent }).issues,
      "missing-column",
    );
    expect(j.cell).toBe("A4");
    expect(j.message).toContain("Thực hiện kỳ báo cáo");
  });

  it("duplicate-indicator: at the second name cell, naming the first row", () => {
    const res = run([row({ ...lua, current: 1210 }), row({ ...lua, current: 1210 })]);
    const i = only(res.issues, "duplicate-indicator");
    expect(i).toMatchObject({ severity: "error", cell: `C${r5 + 1}` });
    expect(i.message).toContain(`dòng ${r5}`);
    expect(i.message).toContain("Diện tích lúa");
    const fine = run([
      row({ ...lua, current: 1210 }),
      row({ code: "NN03", name: "Diện tích ngô", unit: "ha", current: 5 }),
    ]);
    expect(ofRule(fine.issues, "duplicate-indicator")).toEqual([]);
    // The same unknown part under two different totals is not a duplicate.
    const nu = run([
      row({
        stt: 1,
        code: "LD01",
        name: "Số lao động được tạo việc làm mới",
        unit: "người",
        current: 100,
      }),
      row({ stt: "-", name: "Lao động nữ", unit: "người", current: 40 }),
      row({ stt: 2, code: "LD02", name: "Số người được đào tạo nghề", unit: "người", current: 50 }),
      row({ stt: "-", name: "Lao động nữ", unit: "người", current: 20 }),
    ]);
    expect(ofRule(nu.issues, "duplicate-indicator")).toEqual([]);
  });

  it("current-column-period: a Quý II column in a half-year sheet, at its title", () => {
    const header = [...STANDARD_HEADER];
    header[6] = "Thực hiện Quý II/2026";
    const res = run([row({ ...lua, current: 1210 })], { header });
    const i = only(res.issues, "current-column-period");
    expect(i).toMatchObject({ severity: "warning", cell: "G4" });
    expect(i.message).toContain("“Quý II/2026”");
    expect(i.message).toContain("“6 tháng đầu năm 2026”");
    // The same title in a Quý II report, a title with no period, a title of the same period.
    const fine = [
      run([row({ ...lua, current: 1210 })], { header, period: "Quý II/2026" }),
      run([row({ ...lua, current: 1210 })]),
      run([row({ ...lua, current: 1210 })], {
        header: header.map((h, c) => (c === 6 ? "Ước thực hiện 6 tháng" : h)),
      }),
    ];
    for (const f of fine) expect(ofRule(f.issues, "current-column-period")).toEqual([]);
  });

  it("several-current-columns: the column of the report period is read, and said so", () => {
    const header = [
      "STT",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "ĐVT",
      "Thực hiện tháng 5",
      "Ước thực hiện tháng 6",
      "Ước thực hiện 6 tháng",
    ];
    const rows = [[1, "NN02", "Diện tích lúa", "ha", 200, 210, 1210]];
    const res = run(rows, { header });
    const i = only(res.issues, "several-current-columns");
    expect(i).toMatchObject({ severity: "info", cell: "G4" });
    expect(i.message).toContain("“Ước thực hiện 6 tháng”");
    expect(i.message).toContain("“6 tháng đầu năm 2026”");
    const sheet = parseSheet(gridFromRows(rows, { header }));
    if (sheet.kind !== "sheet") throw new Error(sheet.reason);
    expect(sheet.sheet.rows[0].current).toMatchObject({ value: 1210, cell: `G${r5}` });

    // A monthly report on Tháng 5 reads the month's own column.
    const may = parseSheet(gridFromRows(rows, { header, period: "Tháng 5/2026" }));
    if (may.kind !== "sheet") throw new Error(may.reason);
    expect(may.sheet.rows[0].current).toMatchObject({ value: 200, cell: `E${r5}` });

    // No title names a Quý II report: the first is read, with a warning to check.
    const q2 = run(rows, { header, period: "Quý II/2026" });
    const w = only(q2.issues, "several-current-columns");
    expect(w).toMatchObject({ severity: "warning", cell: "E4" });
    expect(w.message).toContain("không cột nào ghi đúng kỳ báo cáo “Quý II/2026”");

    expect(ofRule(run([row({ ...lua, current: 1210 })]).issues, "several-current-columns")).toEqual(
      [],
    );
  });

  it("several-current-columns: a year-end report reads the whole year, not the 10 months", () => {
    const rows = [[1, "NN02", "Diện tích lúa", "ha", 2200, 2400]];
    for (const [first, second] of [
      ["Thực hiện 10 tháng năm 2026", "Ước thực hiện cả năm 2026"],
      ["Lũy kế 11 tháng năm 2026", "Ước thực hiện năm"],
    ]) {
      const header = ["STT", "Mã chỉ tiêu", "Chỉ tiêu", "ĐVT", first, second];
      const parsed = parseSheet(gridFromRows(rows, { header, period: "Năm 2026" }));
      if (parsed.kind !== "sheet") throw new Error(parsed.reason);
      expect([first, parsed.sheet.rows[0].current?.value]).toEqual([first, 2400]);
      const i = only(run(rows, { header, period: "Năm 2026" }).issues, "several-current-columns");
      expect(i).toMatchObject({ severity: "info", cell: "F4" });
    }
    // Two columns of the same half-year: the first is read, and the message says why.
    const header = [
      "STT",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "ĐVT",
      "Thực hiện 6 tháng",
      "Ước thực hiện 6 tháng",
    ];
    const w = only(run(rows, { header }).issues, "several-current-columns");
    expect(w).toMatchObject({ severity: "warning", cell: "E4" });
    expect(w.message).toContain("nhiều cột cùng ghi kỳ báo cáo");
  });

  it("several-current-columns: no period above the table, so the first column is only a guess", () => {
    const header = [
      "STT",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "ĐVT",
      "Thực hiện tháng 5/2026",
      "Ước thực hiện 6 tháng đầu năm 2026",
    ];
    const rows = [[1, "NN02", "Diện tích lúa", "ha", 200, 1210]];
    const w = only(run(rows, { header, period: null }).issues, "several-current-columns");
    expect(w).toMatchObject({ severity: "warning", cell: "E4" });
    expect(w.message).toContain("biểu không ghi kỳ báo cáo ở trên bảng");
  });

  it("total-line-set-aside: at the name of the sheet's own Tổng cộng line, as info", () => {
    const res = run([
      row({ ...lua, current: 1210 }),
      row({ code: "NN03", name: "Diện tích ngô", unit: "ha", current: 5 }),
      row({ name: "Tổng cộng", current: 1215 }),
    ]);
    const i = only(res.issues, "total-line-set-aside");
    expect(i).toMatchObject({ severity: "info", cell: `C${r5 + 2}` });
    expect(i.message).toContain(`Dòng ${r5 + 2}`);
    expect(res.issues.filter((x) => x.rule === "unknown-indicator")).toEqual([]);
    const fine = run([row({ ...lua, current: 1210 })]);
    expect(ofRule(fine.issues, "total-line-set-aside")).toEqual([]);
    // With a ĐVT it may be an indicator only the planner can name: a warning that says so.
    const withUnit = run([
      row({ ...lua, current: 1210 }),
      row({ name: "Tổng cộng", unit: "ha", current: 1210 }),
    ]);
    const w = only(withUnit.issues, "total-line-set-aside");
    expect(w.severity).toBe("warning");
    expect(w.message).toContain("hãy ghi tên hoặc mã của chỉ tiêu đó");
  });

  it("duplicate-unit: the same indicator from one unit in two sheets, flagged on the later one", () => {
    const a = parseSheet(
      gridFromRows([row({ ...lua, current: 1 })], { file: "a.xlsx", unit: "UBND xã Hợp Hòa" }),
    );
    const b = parseSheet(
      gridFromRows([row({ ...lua, current: 1 })], { file: "b.xlsx", unit: "UBND XÃ HỢP HOÀ" }),
    );
    const found = ofRule(validateBatch([b, a], catalog).issues, "duplicate-unit");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "b.xlsx", cell: `C${r5}`, severity: "error" });
    expect(found[0].message).toContain("“a.xlsx”");
    const c = parseSheet(
      gridFromRows([row({ ...lua, current: 1 })], { file: "c.xlsx", unit: "UBND xã Hợp Thịnh" }),
    );
    expect(ofRule(validateBatch([a, c], catalog).issues, "duplicate-unit")).toEqual([]);
    // One unit may split its indicators over several sheets: that is not a duplicate.
    const d = parseSheet(
      gridFromRows([row({ code: "NN03", name: "Diện tích ngô", unit: "ha", current: 5 })], {
        file: "d.xlsx",
        unit: "UBND xã Hợp Hòa",
      }),
    );
    expect(ofRule(validateBatch([a, d], catalog).issues, "duplicate-unit")).toEqual([]);
  });

  it("duplicate-unit: units of one name told apart by their codes are not copies", () => {
    // Four former communes of Lạng Sơn were all "Xã Hòa Bình": last year's files are four units.
    const coded = (file: string, code: string | null, cur = 1, prev: number | null = null) => {
      const grid = gridFromRows([row({ ...lua, current: cur, previous: prev })], {
        file,
        unit: "Xã Hòa Bình",
      });
      if (code !== null) grid.values[2] = ["Mã đơn vị:", code];
      return parseSheet(grid);
    };
    const issues = (...s: ReturnType<typeof coded>[]) =>
      ofRule(validateBatch(s, catalog).issues, "duplicate-unit");
    expect(issues(coded("a.xlsx", "06103"), coded("b.xlsx", "06364"))).toEqual([]);
    // The same code, written with or without its zero, or a copy without one: the same unit.
    expect(issues(coded("a.xlsx", "06103"), coded("b.xlsx", "6103"))).toHaveLength(1);
    expect(issues(coded("a.xlsx", "06103"), coded("b.xlsx", null))).toHaveLength(1);

    // Consolidation counts both as two units: names carry the code, cùng kỳ is like for like.
    const two = validateBatch(
      [coded("a.xlsx", "06103", 100, 80), coded("b.xlsx", "06364", 200)],
      catalog,
    );
    const summary = consolidate(two.sheets, catalog);
    const rice = summary.rows.find((r) => r.code === lua.code)!;
    expect(rice.current).toBe(300);
    expect(rice.yoy).toBeNull();
    expect(summary.reportingUnits).toEqual(["Xã Hòa Bình (mã 06103)", "Xã Hòa Bình (mã 06364)"]);
    // A code typed as a number lost its zero: the label writes the commune's five digits.
    const typed = validateBatch([coded("a.xlsx", "6103"), coded("b.xlsx", "06364")], catalog);
    expect(typed.sheets.map((x) => x.parsed.reportingUnit?.value)).toContain(
      "Xã Hòa Bình (mã 06103)",
    );

    // Among namesakes a sheet without its code cannot be told: an error, and not counted.
    const three = validateBatch(
      [
        coded("a.xlsx", "06103", 100, 80),
        coded("b.xlsx", "06364", 200, 150),
        coded("c.xlsx", null, 100, 80),
      ],
      catalog,
    );
    const needed = ofRule(three.issues, "submission-code-needed");
    expect(needed).toHaveLength(1);
    expect(needed[0]).toMatchObject({ file: "c.xlsx", severity: "error" });
    expect(needed[0].message).toContain("mã 06103, 06364");
    expect(consolidate(three.sheets, catalog).rows.find((r) => r.code === lua.code)?.current).toBe(
      300,
    );
  });
});

describe("values", () => {
  it("number-as-text: a Vietnamese-written number in text is read, with a warning", () => {
    const res = run([row({ ...lua, current: "1.820" })]);
    const i = only(res.issues, "number-as-text");
    expect(i).toMatchObject({ severity: "warning", cell: `G${r5}` });
    expect(i.message).toContain("“1.820”");
    expect(res.sheets[0].rows[0].current).toBe(1820);
    expect(ofRule(run([row({ ...lua, current: 1820 })]).issues, "number-as-text")).toEqual([]);
  });

  it("matched-as-part: a short name under its total is the catalog's part, said once a sheet", () => {
    const res = run([
      row({ stt: 1, ...tong, current: 1820 }),
      row({ stt: "-", name: "Lúa", unit: "ha", current: 1210 }),
      row({ stt: "-", name: "Ngô", unit: "ha", current: 540 }),
    ]);
    const i = only(res.issues, "matched-as-part");
    expect(i).toMatchObject({ severity: "info", cell: `C${r5 + 1}` });
    expect(i.message).toContain("“Lúa” (ô C6) là “Diện tích lúa”");
    expect(res.sheets[0].rows.map((r) => r.key)).toEqual(["NN01", "NN02", "NN03"]);
    // The same names at the top level, or in a unit that is no area, stay unknown.
    const top = run([row({ name: "Lúa", unit: "ha", current: 1210 })]);
    expect(ofRule(top.issues, "matched-as-part")).toEqual([]);
    const tonnes = run([
      row({ stt: 1, ...tong, current: 1820 }),
      row({ stt: "-", name: "Lúa", unit: "tấn", current: 1210 }),
    ]);
    expect(ofRule(tonnes.issues, "matched-as-part")).toEqual([]);
  });

  it("fractional-count: 1,820 người is kept but flagged, with the figure it likely meant", () => {
    const workers = { code: "LD01", name: "Số lao động được tạo việc làm mới", unit: "người" };
    const res = run([row({ ...workers, previous: 1790, current: "1,820" })]);
    const i = only(res.issues, "fractional-count");
    expect(i).toMatchObject({ severity: "warning", cell: `G${r5}` });
    expect(i.message).toContain("1,82 người");
    expect(i.message).toContain("Nếu định ghi 1.820 người");
    expect(res.sheets[0].rows[0].current).toBe(1.82);
    // An English-set Excel turns a typed 1.820 into the number 1,82: the same warning.
    const typed = run([row({ ...workers, current: 1.82 })]);
    expect(only(typed.issues, "fractional-count").cell).toBe(`G${r5}`);
    // Half a person is no thousand-separator slip: no "500 người" suggested.
    const half = only(run([row({ ...workers, current: 0.5 })]).issues, "fractional-count");
    expect(half.message).not.toContain("Nếu định ghi");
    // Whole counts, thousands of people, and hectares are fine.
    const fine = [
      run([row({ ...workers, current: 1820 })]),
      run([row({ ...workers, unit: "nghìn người", current: 1.82 })]),
      run([row({ ...lua, current: 1.82 })]),
      run([row({ name: "Số khẩu bình quân một hộ", unit: "người/hộ", current: 3.6 })]),
      run([row({ name: "Số nhân khẩu bình quân một hộ", unit: "người", current: 3.6 })]),
      run([row({ name: "Tổng tỷ suất sinh", unit: "con", current: 2.05 })]),
      run([row({ name: "Số học sinh bình quân/lớp", unit: "học sinh", current: 32.4 })]),
    ];
    for (const f of fine) expect(ofRule(f.issues, "fractional-count")).toEqual([]);
  });

  it("malformed-number: quoted, and the value is left out", () => {
    const res = run([row({ ...lua, current: "2.7150.000" })]);
    const i = only(res.issues, "malformed-number");
    expect(i).toMatchObject({ severity: "error", cell: `G${r5}` });
    expect(i.message).toContain("Giá trị “2.7150.000” ");
    expect(i.message).toContain("bị loại khỏi tổng hợp");
    expect(res.sheets[0].rows[0].current).toBeNull();
    expect(res.sheets[0].rows[0].excluded).toEqual([
      expect.objectContaining({ field: "current", cell: `G${r5}` }),
    ]);
    expect(ofRule(run([row({ ...lua, current: "2.715,40" })]).issues, "malformed-number")).toEqual(
      [],
    );
    // A plan in words is a plan, not a malformed figure.
    const words = run([row({ ...lua, plan: "Theo chỉ tiêu tỉnh giao", current: 5 })]);
    expect(ofRule(words.issues, "malformed-number")).toEqual([]);
    expect(words.sheets[0].rows[0].plans).toEqual([
      { kind: "text", text: "Theo chỉ tiêu tỉnh giao" },
    ]);
    const plan = only(run([row({ ...lua, plan: "1.2.3", current: 5 })]).issues, "malformed-number");
    expect(plan).toMatchObject({ cell: `F${r5}`, severity: "error" });
  });

  it("cell-error-value: #REF! is an error and the value is left out", () => {
    const res = run([row({ ...lua, previous: { kind: "error", code: "#REF!" }, current: 5 })]);
    const i = only(res.issues, "cell-error-value");
    expect(i).toMatchObject({ severity: "error", cell: `E${r5}` });
    expect(i.message).toContain("#REF!");
    expect(res.sheets[0].rows[0].previous).toBeNull();
    expect(
      ofRule(run([row({ ...lua, previous: 4, current: 5 })]).issues, "cell-error-value"),
    ).toEqual([]);
  });

  it("negative-value: a negative head count is an error and left out", () => {
    const trau = { code: "NN06", name: "Đàn trâu", unit: "con" };
    const res = run([row({ ...trau, current: -5 })]);
    const i = only(res.issues, "negative-value");
    expect(i).toMatchObject({ severity: "error", cell: `G${r5}` });
    expect(i.message).toContain("-5 con");
    expect(res.sheets[0].rows[0].current).toBeNull();
    expect(ofRule(run([row({ ...trau, current: 0 })]).issues, "negative-value")).toEqual([]);
  });

  it("share-out-of-range: a share above 100% is an error", () => {
    const rung = { code: "NN10", name: "Tỷ lệ che phủ rừng", unit: "%" };
    const res = run([row({ ...rung, current: 105 })]);
    const i = only(res.issues, "share-out-of-range");
    expect(i).toMatchObject({ severity: "error", cell: `G${r5}` });
    expect(i.message).toContain("105%");
    expect(res.sheets[0].rows[0].current).toBeNull();
    expect(ofRule(run([row({ ...rung, current: 100 })]).issues, "share-out-of-range")).toEqual([]);
  });

  it("share-out-of-range: a percent-formatted cell is judged by what it shows", () => {
    const rung = { code: "NN10", name: "Tỷ lệ che phủ rừng", unit: "%" };
    // Excel keeps 150% as 1,5 in a cell formatted "0%"; the value is left out, so it must be said.
    const grid = gridFromRows([row({ ...rung, current: 1.5 })]);
    grid.numberFormats = [];
    grid.numberFormats[r5 - 1] = [];
    grid.numberFormats[r5 - 1][6] = "0%";
    const res = validateBatch([parseSheet(grid)], catalog);
    const i = only(res.issues, "share-out-of-range");
    expect(i).toMatchObject({ severity: "error", cell: `G${r5}` });
    expect(i.message).toContain("150%");
    expect(res.sheets[0].rows[0].current).toBeNull();
  });

  it("empty-current: a named indicator with no figure this period is a warning", () => {
    const res = run([row({ ...lua, previous: 1200 })]);
    const i = only(res.issues, "empty-current");
    expect(i).toMatchObject({ severity: "warning", cell: `G${r5}` });
    expect(i.message).toContain("Diện tích lúa");
    expect(ofRule(run([row({ ...lua, current: 0 })]).issues, "empty-current")).toEqual([]);
  });
});

describe("catalog", () => {
  it("unknown-indicator: kept under its own name, with a warning at the name", () => {
    const res = run([row({ name: "Số hợp tác xã nông nghiệp", unit: "hợp tác xã", current: 12 })]);
    const i = only(res.issues, "unknown-indicator");
    expect(i).toMatchObject({ severity: "warning", cell: `C${r5}` });
    expect(i.message).toContain("“Số hợp tác xã nông nghiệp”");
    expect(res.sheets[0].rows[0].key).toBe("?số hợp tác xã nông nghiệp");
    expect(res.sheets[0].rows[0].current).toBe(12);
    expect(ofRule(run([row({ ...lua, current: 1 })]).issues, "unknown-indicator")).toEqual([]);
  });

  it("unit-converted: tỷ đồng brought to triệu đồng, value × 1.000", () => {
    const cn = { code: "CN01", name: "Giá trị sản xuất công nghiệp" };
    const res = run([row({ ...cn, unit: "tỷ đồng", previous: 2.4, current: 2.7 })]);
    const i = only(res.issues, "unit-converted");
    expect(i).toMatchObject({ severity: "info", cell: `D${r5}` });
    expect(i.message).toContain("“tỷ đồng”");
    expect(i.message).toContain("“triệu đồng”");
    expect(i.message).toContain("1.000");
    expect(res.sheets[0].rows[0]).toMatchObject({ factor: 1000, current: 2700, previous: 2400 });
    expect(
      ofRule(run([row({ ...cn, unit: "Triệu đồng", current: 2700 })]).issues, "unit-converted"),
    ).toEqual([]);
  });

  it("unit-mismatch: an incommensurable unit leaves the values out", () => {
    const res = run([row({ ...lua, unit: "con", previous: 3, current: 5 })]);
    const i = only(res.issues, "unit-mismatch");
    expect(i).toMatchObject({ severity: "error", cell: `D${r5}` });
    expect(i.message).toContain("“con”");
    expect(i.message).toContain("“ha”");
    const r = res.sheets[0].rows[0];
    expect(r).toMatchObject({ factor: null, current: null, previous: null });
    expect(r.excluded.map((e) => e.cell).sort()).toEqual([`E${r5}`, `G${r5}`]);
    expect(ofRule(run([row({ ...lua, unit: "Ha", current: 5 })]).issues, "unit-mismatch")).toEqual(
      [],
    );
  });

  it("code-name-mismatch: the code wins, the planner is warned", () => {
    const res = run([row({ code: "NN02", name: "Diện tích ngô", unit: "ha", current: 5 })]);
    const i = only(res.issues, "code-name-mismatch");
    expect(i).toMatchObject({ severity: "warning", cell: `B${r5}` });
    expect(i.message).toContain("“Diện tích lúa”");
    expect(i.message).toContain("“Diện tích ngô”");
    expect(res.sheets[0].rows[0].key).toBe("NN02");
    expect(ofRule(run([row({ ...lua, current: 5 })]).issues, "code-name-mismatch")).toEqual([]);
  });
});

describe("consistency", () => {
  const parts = (lúa: number, ngô: number, total: number) => [
    row({ stt: 1, ...tong, current: total }),
    row({ stt: "-", ...lua, current: lúa }),
    row({ stt: "-", code: "NN03", name: "Diện tích ngô", unit: "ha", current: ngô }),
  ];

  it("components-exceed-total: trong đó parts above their total", () => {
    const i = only(run(parts(1200, 750, 1820)).issues, "components-exceed-total");
    expect(i).toMatchObject({ severity: "error", cell: `G${r5}` });
    expect(i.message).toContain("cộng lại 1.950 ha, vượt tổng 1.820 ha");
    expect(i.message).toContain("Tổng diện tích gieo trồng");
    expect(ofRule(run(parts(1200, 620, 1820)).issues, "components-exceed-total")).toEqual([]);
  });

  it("components-exceed-total: parts found by the sheet's layout even for unknown indicators", () => {
    const res = run([
      row({ stt: 1, name: "Số hội viên", unit: "người", current: 100 }),
      row({ stt: "-", name: "Hội viên nữ", unit: "người", current: 80 }),
      row({ stt: "-", name: "Hội viên nam", unit: "người", current: 30 }),
    ]);
    expect(only(res.issues, "components-exceed-total").cell).toBe(`G${r5}`);
  });

  it("components-not-sum: an exact total must equal its parts", () => {
    const exact: Catalog = {
      ...catalog,
      indicators: catalog.indicators.map((x) =>
        x.code === "NS04" ? { ...x, componentRule: "exact" } : x,
      ),
    };
    const chi = (dtpt: number, tx: number, total: number) => [
      row({
        code: "NS04",
        name: "Tổng chi ngân sách địa phương",
        unit: "triệu đồng",
        current: total,
      }),
      row({
        stt: "-",
        code: "NS05",
        name: "Chi đầu tư phát triển",
        unit: "triệu đồng",
        current: dtpt,
      }),
      row({ stt: "-", code: "NS06", name: "Chi thường xuyên", unit: "triệu đồng", current: tx }),
    ];
    const i = only(run(chi(100, 350, 500), {}, {}, exact).issues, "components-not-sum");
    expect(i).toMatchObject({ severity: "error", cell: `G${r5}` });
    expect(i.message).toContain("450 triệu đồng");
    expect(i.message).toContain("500 triệu đồng");
    expect(ofRule(run(chi(150, 350, 500), {}, {}, exact).issues, "components-not-sum")).toEqual([]);
    // Under the default notExceed rule a shortfall is fine.
    expect(ofRule(run(chi(100, 350, 500)).issues, "components-not-sum")).toEqual([]);
  });

  it("ratio-mismatch: the department's % differs from current/previous beyond its rounding", () => {
    const res = run([row({ ...lua, previous: 1790, current: 1820, ratioYoy: 105.2 })]);
    const i = only(res.issues, "ratio-mismatch");
    expect(i).toMatchObject({ severity: "warning", cell: `H${r5}` });
    expect(i.message).toContain("105,2%");
    expect(i.message).toContain("101,7%");
    // 101,7 shown with one decimal is within half a unit of 101,676…
    expect(
      ofRule(
        run([row({ ...lua, previous: 1790, current: 1820, ratioYoy: 101.7 })]).issues,
        "ratio-mismatch",
      ),
    ).toEqual([]);
    // … but not when the cell shows two decimals, 101,70.
    const shown2 = run([row({ ...lua, previous: 1790, current: 1820, ratioYoy: 101.7 })], {
      formats: { [`H${r5}`]: "0.00" },
    });
    expect(only(shown2.issues, "ratio-mismatch").cell).toBe(`H${r5}`);
    // An integer shown is good to ±0,5.
    expect(
      ofRule(
        run([row({ ...lua, previous: 1790, current: 1820, ratioYoy: 102 })]).issues,
        "ratio-mismatch",
      ),
    ).toEqual([]);
  });

  it("ratio-mismatch: a percent-formatted cell holding the fraction is read as a percentage", () => {
    const fmt = { formats: { [`H${r5}`]: "0.00%" } };
    const ok = run([row({ ...lua, previous: 1790, current: 1820, ratioYoy: 1.0168 })], fmt);
    expect(ofRule(ok.issues, "ratio-mismatch")).toEqual([]);
    const off = run([row({ ...lua, previous: 1790, current: 1820, ratioYoy: 1.052 })], {
      formats: { [`H${r5}`]: "0.0%" },
    });
    const i = only(off.issues, "ratio-mismatch");
    expect(i.cell).toBe(`H${r5}`);
    expect(i.message).toMatch(/ghi 105(,2)?%/); // decimals shown once the parser passes the percent flag
  });

  it("ratio-mismatch: with the parser's percent flag the shown decimals are the percentage's", () => {
    const parsed = parseSheet(
      gridFromRows([row({ ...lua, previous: 1790, current: 1820, ratioYoy: 1.052 })], {
        formats: { [`H${r5}`]: "0.0%" },
      }),
    );
    if (parsed.kind !== "sheet") throw new Error("not a sheet");
    parsed.sheet.rows[0].ratioYoy!.percent = "format";
    const i = only(validateBatch([parsed], catalog).issues, "ratio-mismatch");
    expect(i.message).toContain("ghi 105,2%, nhưng tính lại từ số liệu được 101,7%");
    parsed.sheet.rows[0].ratioYoy!.value = 1.017;
    expect(ofRule(validateBatch([parsed], catalog).issues, "ratio-mismatch")).toEqual([]);
  });

  it("ratio-mismatch: against the plan", () => {
    const res = run([row({ ...lua, plan: 1850, current: 1820, ratioPlan: 89.5 })]);
    const i = only(res.issues, "ratio-mismatch");
    expect(i.cell).toBe(`I${r5}`);
    expect(i.message).toContain("kế hoạch");
    expect(
      ofRule(
        run([row({ ...lua, plan: 1850, current: 1820, ratioPlan: 98.4 })]).issues,
        "ratio-mismatch",
      ),
    ).toEqual([]);
  });

  it("yoy-threshold: a change beyond ±50% asks for a check", () => {
    const res = run([row({ ...lua, previous: 1000, current: 1600 })]);
    const i = only(res.issues, "yoy-threshold");
    expect(i).toMatchObject({ severity: "warning", cell: `G${r5}` });
    expect(i.message).toContain("tăng 60,0%");
    expect(i.message).toContain("1.000 ha");
    expect(i.message).toContain("1.600 ha");
    expect(
      ofRule(run([row({ ...lua, previous: 1000, current: 1400 })]).issues, "yoy-threshold"),
    ).toEqual([]);
    expect(
      ofRule(
        run([row({ ...lua, previous: 1000, current: 1600 })], {}, { yoyThreshold: 70 }).issues,
        "yoy-threshold",
      ),
    ).toEqual([]);
    const drop = only(run([row({ ...lua, previous: 1000, current: 300 })]).issues, "yoy-threshold");
    expect(drop.message).toContain("giảm 70,0%");
    // An indicator's own threshold wins over the batch's.
    const loose: Catalog = {
      ...catalog,
      indicators: catalog.indicators.map((x) =>
        x.code === "NN02" ? { ...x, yoyThreshold: 80 } : x,
      ),
    };
    expect(
      ofRule(
        run([row({ ...lua, previous: 1000, current: 1600 })], {}, {}, loose).issues,
        "yoy-threshold",
      ),
    ).toEqual([]);
  });
});

describe("text", () => {
  it("decomposed-unicode: names typed decomposed are normalised, reported once", () => {
    const res = run([row({ ...lua, name: "Diện tích lúa".normalize("NFD"), current: 5 })]);
    const i = only(res.issues, "decomposed-unicode");
    expect(i).toMatchObject({ severity: "info", cell: `C${r5}` });
    expect(res.sheets[0].rows[0].key).toBe("NN02");
    expect(ofRule(run([row({ ...lua, current: 5 })]).issues, "decomposed-unicode")).toEqual([]);
  });

  it("legacy-encoding: a TCVN3 name is converted, before → after quoted", () => {
    // "Diện tích lúa" typed with the .VnTime font (TCVN3).
    const res = run([row({ ...lua, name: "DiÖn tÝch lóa", current: 5 })], {
      fonts: { [`C${r5}`]: ".VnTime" },
    });
    const i = only(res.issues, "legacy-encoding");
    expect(i).toMatchObject({ severity: "info", cell: `C${r5}` });
    expect(i.message).toContain("“DiÖn tÝch lóa” → “Diện tích lúa”");
    expect(ofRule(run([row({ ...lua, current: 5 })]).issues, "legacy-encoding")).toEqual([]);
  });
});

describe("a unit's own rate against its own parts", () => {
  const health = (rate: number) => [
    row({ stt: 1, code: "YT01", name: "Dân số trung bình", unit: "người", current: 24870 }),
    row({ stt: 2, code: "YT02", name: "Số người có thẻ BHYT", unit: "người", current: 23105 }),
    row({ stt: 3, code: "YT03", name: "Tỷ lệ tham gia BHYT", unit: "%", current: rate }),
  ];

  it("ratio-contradicts-parts: at the rate's cell, with both figures and the recomputed rate", () => {
    const i = only(run(health(93.8)).issues, "ratio-contradicts-parts");
    expect(i).toMatchObject({ severity: "warning", cell: `G${r5 + 2}` });
    expect(i.message).toContain("93,8%");
    expect(i.message).toContain("92,90%");
    expect(i.message).toContain("23.105");
    expect(ofRule(run(health(92.9)).issues, "ratio-contradicts-parts")).toEqual([]);
  });
});

describe("where the unit and the period were read from", () => {
  const heading: CellValue[][] = [
    ["UBND XÃ HỢP HÒA", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["PHÒNG KINH TẾ", null, null, null, "Hợp Hòa, ngày 15 tháng 6 năm 2026"],
    [],
    ["BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026"],
    STANDARD_HEADER,
    ["1", "NN02", "Diện tích lúa", "ha", 1815, 1850, 1820],
  ];
  const unlabelled = () =>
    validateBatch([parseSheet({ file: "kt.xlsx", sheet: "PL01", values: heading })], catalog);

  it("reporting-unit-inferred: at the body's cell, naming what was read", () => {
    const i = only(unlabelled().issues, "reporting-unit-inferred");
    expect(i).toMatchObject({ severity: "info", cell: "A2" });
    expect(i.message).toContain("“Phòng Kinh tế”");
    expect(ofRule(run([row({ ...lua, current: 5 })]).issues, "reporting-unit-inferred")).toEqual(
      [],
    );
  });

  it("period-inferred: at the title's cell, with the period it gives", () => {
    const i = only(unlabelled().issues, "period-inferred");
    expect(i).toMatchObject({ severity: "info", cell: "A4" });
    expect(i.message).toContain("“6 tháng đầu năm 2026”");
    expect(ofRule(run([row({ ...lua, current: 5 })]).issues, "period-inferred")).toEqual([]);
  });
});

// Last, so it sees every fixture above: a rule added to the registry without a golden fixture
// that trips it fails here.
describe("the golden fixtures", () => {
  it("trip every registered rule", () => {
    expect(ALL_RULES.map((r) => r.id).filter((id) => !tripped.has(id))).toEqual([]);
  });
});
