/**
 * How consolidation adds up, one behaviour at a time, on small standard sheets (the layout of
 * src/core/validate/testing/fixtures.ts: E cùng kỳ, F kế hoạch, G thực hiện, data from row 5).
 */
import { defaultCatalog } from "../../src/core/catalog";
import { readPreviousFigures } from "../../src/core/consolidate";
import type { Summary, SummaryRow } from "../../src/core/consolidate";
import { consolidateJson } from "../../src/core/json";
import { parseSheet } from "../../src/core/parse";
import { runConsolidate } from "../../src/core/pipeline";
import type { Catalog, CatalogIndicator, CellValue, SheetGrid } from "../../src/core/types";
import { summarySheetPlan } from "../../src/core/output";
import { summaryFacts } from "../../src/core/factcheck";
import { draftReport } from "../../src/core/narrative";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/types";
import {
  gridFromRows,
  row,
  type GridOptions,
  type RowSpec,
} from "../../src/core/validate/testing/fixtures";

const catalog = defaultCatalog();

function sheet(unit: string, rows: RowSpec[], opts: GridOptions = {}): SheetGrid {
  return gridFromRows(rows.map(row), { file: `${unit}.xlsx`, unit, ...opts });
}

function run(grids: SheetGrid[], previous?: { file: string; grids: SheetGrid[] }) {
  return runConsolidate(grids, catalog, { previous: previous ?? null });
}

function get(summary: Summary, key: string): SummaryRow {
  const r = summary.rows.find((x) => x.key === key || x.code === key || x.name === key);
  if (!r) throw new Error(`no row ${key} in ${summary.rows.map((x) => x.key).join(", ")}`);
  return r;
}

describe("sums across units, in the catalog's unit", () => {
  test("money in tỷ đồng is converted to triệu đồng before adding", () => {
    const s = run([
      sheet("Phòng Tài chính", [
        {
          code: "NS03",
          name: "Thu tiền sử dụng đất",
          unit: "tỷ đồng",
          current: 12.5,
          previous: 11.2,
        },
      ]),
      sheet("UBND xã A", [
        {
          code: "NS03",
          name: "Thu tiền sử dụng đất",
          unit: "triệu đồng",
          current: 300.4,
          previous: 0,
        },
      ]),
    ]).summary;
    const r = get(s, "NS03");
    expect(r.measureUnit).toBe("triệu đồng");
    expect(r.current).toBe(12800.4);
    expect(r.previous).toBe(11200);
    const tyDong = [...r.sources].find((x) => x.from.reportingUnit === "Phòng Tài chính")!;
    expect(tyDong).toMatchObject({
      raw: 12.5,
      rawUnit: "tỷ đồng",
      factor: 1000,
      value: 12500,
      cell: "G5",
    });
  });

  test("poultry counted in con is converted to nghìn con", () => {
    const s = run([
      sheet("Thôn Đông", [{ code: "NN09", name: "Đàn gia cầm", unit: "con", current: 12500 }]),
      sheet("Thôn Tây", [{ code: "NN09", name: "Đàn gia cầm", unit: "nghìn con", current: 3.2 }]),
    ]).summary;
    expect(get(s, "NN09").current).toBe(15.7);
    expect(get(s, "NN09").measureUnit).toBe("nghìn con");
  });

  test("decimals add up exactly (0,1 + 0,2 = 0,3, not 0,30000000000000004)", () => {
    const s = run([
      sheet("Thôn A", [
        { code: "NN01", name: "Tổng diện tích gieo trồng cây hằng năm", unit: "ha", current: 0.1 },
      ]),
      sheet("Thôn B", [
        { code: "NN01", name: "Tổng diện tích gieo trồng cây hằng năm", unit: "ha", current: 0.2 },
      ]),
    ]).summary;
    expect(get(s, "NN01").current).toBe(0.3);
  });
});

describe("rates are never summed", () => {
  test("GD03 is recomputed from GD02 / GD01, not averaged or added", () => {
    const { summary, issues } = run([
      sheet("Trường A", [
        { code: "GD01", name: "Tổng số trường học", unit: "trường", current: 4, previous: 4 },
        {
          code: "GD02",
          name: "Số trường đạt chuẩn quốc gia",
          unit: "trường",
          current: 3,
          previous: 2,
        },
        {
          code: "GD03",
          name: "Tỷ lệ trường đạt chuẩn quốc gia",
          unit: "%",
          current: 75,
          previous: 50,
        },
      ]),
      sheet("Trường B", [
        { code: "GD01", name: "Tổng số trường học", unit: "trường", current: 2, previous: 2 },
        {
          code: "GD02",
          name: "Số trường đạt chuẩn quốc gia",
          unit: "trường",
          current: 2,
          previous: 1,
        },
        {
          code: "GD03",
          name: "Tỷ lệ trường đạt chuẩn quốc gia",
          unit: "%",
          current: 100,
          previous: 50,
        },
      ]),
    ]);
    const r = get(summary, "GD03");
    expect(r.current).toBe((5 / 6) * 100);
    expect(r.previous).toBe((3 / 6) * 100);
    expect(r.notConsolidable).toBeNull();
    expect(r.yoy?.pct).toBe((((5 / 6) * 100 - 50) / 50) * 100);
    // The units disagree on their own rates, but the rate could be recomputed: no conflict.
    expect(issues.filter((i) => i.rule === "non-additive-conflict")).toEqual([]);
  });

  test("a unit's own cùng kỳ rate left out does not make a cùng kỳ recomputed from the parts incomplete", () => {
    const school = (unit: string, previousRate: number) =>
      sheet(unit, [
        { code: "GD01", name: "Tổng số trường học", unit: "trường", current: 4, previous: 4 },
        {
          code: "GD02",
          name: "Số trường đạt chuẩn quốc gia",
          unit: "trường",
          current: 3,
          previous: 2,
        },
        {
          code: "GD03",
          name: "Tỷ lệ trường đạt chuẩn quốc gia",
          unit: "%",
          current: 75,
          previous: previousRate,
        },
      ]);
    const { summary, issues } = run([school("Trường A", 50), school("Trường B", 500)]);
    const r = get(summary, "GD03");
    expect(r.previous).toBe(50);
    expect(r.yoy).not.toBeNull();
    // Kiểm tra still shows the 500 %; the summary's cùng kỳ does not rest on it.
    expect(issues.some((i) => i.file === "Trường B.xlsx" && i.message.includes("500"))).toBe(true);
    expect(r.incomplete).toEqual([]);
  });

  test("LD05 (tỷ lệ hộ nghèo) from LD04 / LD03, even when no unit reports the rate itself", () => {
    const s = run([
      sheet("Thôn A", [
        { code: "LD03", name: "Tổng số hộ dân cư", unit: "hộ", current: 1000 },
        { code: "LD04", name: "Số hộ nghèo", unit: "hộ", current: 7 },
      ]),
      sheet("Thôn B", [
        { code: "LD03", name: "Tổng số hộ dân cư", unit: "hộ", current: 600 },
        { code: "LD04", name: "Số hộ nghèo", unit: "hộ", current: 5 },
      ]),
    ]).summary;
    expect(get(s, "LD05").current).toBe((12 / 1600) * 100);
    expect(get(s, "LD05").measureUnit).toBe("%");
  });

  test("a rate reported by a single unit is taken as is", () => {
    const s = run([
      sheet("Phòng Kinh tế", [
        { code: "NN05", name: "Năng suất lúa", unit: "tạ/ha", current: 64.1, previous: 63.2 },
      ]),
      sheet("Thôn A", [
        { code: "NN01", name: "Tổng diện tích gieo trồng cây hằng năm", unit: "ha", current: 5 },
      ]),
    ]).summary;
    expect(get(s, "NN05").current).toBe(64.1);
    expect(get(s, "NN05").previous).toBe(63.2);
  });

  test("identical values from several units are kept", () => {
    const s = run([
      sheet("Phòng Kinh tế", [
        { code: "NN05", name: "Năng suất lúa", unit: "tạ/ha", current: 64.1 },
      ]),
      sheet("Thôn A", [{ code: "NN05", name: "Năng suất lúa", unit: "tạ/ha", current: 64.1 }]),
    ]);
    expect(get(s.summary, "NN05").current).toBe(64.1);
    expect(get(s.summary, "NN05").notConsolidable).toBeNull();
    expect(s.issues.filter((i) => i.rule === "non-additive-conflict")).toEqual([]);
  });

  test("different values: not consolidable, and an issue naming the units' cells", () => {
    const s = run([
      sheet("Phòng Kinh tế", [
        { code: "NN05", name: "Năng suất lúa", unit: "tạ/ha", current: 64.1 },
      ]),
      sheet("Thôn A", [{ code: "NN05", name: "Năng suất lúa", unit: "tạ/ha", current: 60 }]),
    ]);
    const r = get(s.summary, "NN05");
    expect(r.current).toBeNull();
    expect(r.notConsolidable).toEqual(expect.any(String));
    const conflicts = s.issues.filter((i) => i.rule === "non-additive-conflict");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].message).toContain("Phòng Kinh tế");
    expect(conflicts[0].message).toContain("Thôn A");
    expect(conflicts[0].message).toContain("G5");
    // The JSON says "no figure" rather than an invented one.
    const json = consolidateJson(s.summary, s.issues).indicators.find((i) => i.code === "NN05")!;
    expect(json.current).toBeNull();
    expect(json.yoy).toBeNull();
  });

  test("a province's communes each with their own rate: the count and both ends, not all 150", () => {
    const s = run(
      Array.from({ length: 150 }, (_, i) =>
        sheet(`Xã Số ${String(i + 1).padStart(3, "0")}`, [
          // Lowest at Xã Số 017, highest at Xã Số 088.
          {
            code: "NN05",
            name: "Năng suất lúa",
            unit: "tạ/ha",
            current: i === 16 ? 4.7 : i === 87 ? 65.2 : 40 + (i % 20),
          },
        ]),
      ),
    );
    const [conflict] = s.issues.filter((i) => i.rule === "non-additive-conflict");
    expect(conflict.message).toMatch(
      /^Chỉ tiêu “Năng suất lúa” không cộng được giữa các đơn vị, mà 150 đơn vị báo cáo số thực hiện khác nhau, thấp nhất Xã Số 017 \(tệp Xã Số 017\.xlsx, trang “Biểu 01”, ô G5\): 4,7, cao nhất Xã Số 088 \(.*\): 65,2 \(số của từng đơn vị có ở trang “Nguồn” của bảng tổng hợp\); không tổng hợp được\.$/,
    );
    expect(conflict.message.length).toBeLessThan(400);
    expect(get(s.summary, "NN05").notConsolidable!.length).toBeLessThan(400);
  });

  test("up to six units are each named in the conflict; a seventh makes it the short form", () => {
    const conflictOf = (units: number) =>
      run(
        Array.from({ length: units }, (_, i) =>
          sheet(`Thôn ${i + 1}`, [
            { code: "NN05", name: "Năng suất lúa", unit: "tạ/ha", current: 50 + i },
          ]),
        ),
      ).issues.find((i) => i.rule === "non-additive-conflict")!.message;
    const six = conflictOf(6);
    for (let k = 1; k <= 6; k++) expect(six).toContain(`Thôn ${k} (`);
    expect(six).toContain("mà các đơn vị báo cáo số thực hiện khác nhau");
    const seven = conflictOf(7);
    expect(seven).toContain("mà 7 đơn vị báo cáo số thực hiện khác nhau");
    expect(seven).toContain("thấp nhất Thôn 1 (");
    expect(seven).toContain("cao nhất Thôn 7 (");
    expect(seven).not.toContain("Thôn 4 (");
  });

  test("an unknown indicator in % is not added either", () => {
    const s = run([
      sheet("Thôn A", [{ name: "Tỷ lệ hộ dùng điện lưới", unit: "%", current: 99 }]),
      sheet("Thôn B", [{ name: "Tỷ lệ hộ dùng điện lưới", unit: "%", current: 97 }]),
    ]);
    const r = get(s.summary, "Tỷ lệ hộ dùng điện lưới");
    expect(r.current).toBeNull();
    expect(r.notConsolidable).not.toBeNull();
  });
});

describe("“trong đó” components", () => {
  test("stay under their total, in catalog order, numbered 1.1, 1.2", () => {
    const s = run([
      sheet("Phòng Tài chính", [
        {
          stt: "1",
          code: "NS01",
          name: "Tổng thu ngân sách nhà nước trên địa bàn",
          unit: "triệu đồng",
          current: 1000,
        },
        { stt: "-", code: "NS03", name: "Thu tiền sử dụng đất", unit: "triệu đồng", current: 400 },
        { stt: "-", code: "NS02", name: "Thu nội địa", unit: "triệu đồng", current: 500 },
        {
          stt: "2",
          code: "NS04",
          name: "Tổng chi ngân sách địa phương",
          unit: "triệu đồng",
          current: 900,
        },
      ]),
      sheet("UBND xã A", [{ code: "NS02", name: "Thu nội địa", unit: "triệu đồng", current: 50 }]),
    ]).summary;
    const keys = s.rows.map((r) => [r.key, r.stt, r.isComponent]);
    expect(keys).toEqual([
      ["NS01", "1", false],
      ["NS02", "1.1", true],
      ["NS03", "1.2", true],
      ["NS04", "2", false],
    ]);
    expect(get(s, "NS02").current).toBe(550);
    expect(s.sections.map((x) => x.stt)).toEqual(["I"]);
  });

  test("an unknown component stays under the total it was written under", () => {
    const s = run([
      sheet("Phòng Tài chính", [
        {
          stt: "1",
          code: "NS01",
          name: "Tổng thu ngân sách nhà nước trên địa bàn",
          unit: "triệu đồng",
          current: 1000,
        },
        { stt: "-", name: "Thu phí chợ", unit: "triệu đồng", current: 20 },
        {
          stt: "2",
          code: "NS04",
          name: "Tổng chi ngân sách địa phương",
          unit: "triệu đồng",
          current: 900,
        },
      ]),
    ]).summary;
    expect(s.rows.map((r) => [r.code ?? r.name, r.stt])).toEqual([
      ["NS01", "1"],
      ["Thu phí chợ", "1.1"],
      ["NS04", "2"],
    ]);
  });
});

describe("last year's figures", () => {
  const unitRows = (prev: CellValue): RowSpec[] => [
    { code: "NN02", name: "Diện tích lúa", unit: "ha", previous: prev, current: 1820 },
    { code: "NN03", name: "Diện tích ngô", unit: "ha", previous: 190, current: 195 },
  ];
  const lastYear = () =>
    gridFromRows(
      [
        row({ stt: "1", code: "NN02", name: "Diện tích lúa", unit: "ha", current: 1808 }),
        row({ stt: "2", code: "NN03", name: "Diện tích ngô", unit: "ha", current: 190 }),
      ],
      {
        file: "TongHop_2025.xlsx",
        sheet: "Tổng hợp",
        unit: "UBND xã",
        period: "6 tháng đầu năm 2025",
      },
    );

  test("from the sheets' cùng kỳ column, with yoy unrounded (1.820 vs 1.790)", () => {
    const s = run([sheet("Phòng Kinh tế", unitRows(1790))]).summary;
    const r = get(s, "NN02");
    expect(r.previous).toBe(1790);
    // "So sánh cùng kỳ (%)" as the tables show it: 1.820 is 101,68 % of 1.790.
    expect(r.yoy).toEqual({ abs: 30, pct: 1.6759776536312849, ratio: 101.67597765363128 });
    expect(r.previousSources.map((x) => x.cell)).toEqual(["E5"]);
  });

  test("readPreviousFigures reads last year's summary by code", () => {
    const { figures, issues } = readPreviousFigures(
      "TongHop_2025.xlsx",
      [parseSheet(lastYear())],
      catalog,
    );
    expect(issues).toEqual([]);
    expect(figures!.sheet).toBe("Tổng hợp");
    expect(figures!.values.get("NN02")).toMatchObject({ value: 1808, cell: "G5" });
    expect(figures!.period?.label).toBe("6 tháng đầu năm 2025");
  });

  test("from last year's workbook; a disagreement is an issue naming both cells", () => {
    const res = run([sheet("Phòng Kinh tế", unitRows(1815))], {
      file: "TongHop_2025.xlsx",
      grids: [lastYear()],
    });
    const r = get(res.summary, "NN02");
    expect(r.previous).toBe(1808);
    expect(r.previousFromWorkbook).toEqual({
      file: "TongHop_2025.xlsx",
      sheet: "Tổng hợp",
      cell: "G5",
      value: 1808,
    });
    const mismatch = res.issues.filter((i) => i.rule === "previous-mismatch");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ file: "Phòng Kinh tế.xlsx", sheet: "Biểu 01", cell: "E5" });
    expect(mismatch[0].message).toContain("(tệp Phòng Kinh tế.xlsx, trang “Biểu 01”, ô E5)");
    expect(mismatch[0].message).toContain("(tệp TongHop_2025.xlsx, trang “Tổng hợp”, ô G5)");
    expect(mismatch[0].message).not.toMatch(/![A-Z]+\d/);
    // NN03 agrees (190 = 190): no issue.
    expect(get(res.summary, "NN03").previous).toBe(190);
  });

  test("workbook figures fill in where the sheets have no cùng kỳ", () => {
    const res = run([sheet("Phòng Kinh tế", unitRows(null))], {
      file: "TongHop_2025.xlsx",
      grids: [lastYear()],
    });
    expect(get(res.summary, "NN02").previous).toBe(1808);
    expect(res.issues.filter((i) => i.rule === "previous-mismatch")).toEqual([]);
  });
});

describe("plans", () => {
  const nn05 = (plan: CellValue, current: number): SheetGrid =>
    sheet("Phòng Kinh tế", [{ code: "NN05", name: "Năng suất lúa", unit: "tạ/ha", plan, current }]);

  test.each([
    ["63,5-64", 64.1, "Vượt"],
    ["63,5-64", 63.8, "Đạt"],
    ["63,5-64", 63, "Không đạt"],
    ["Trên 60", 64.1, "Đạt"],
    ["Trên 65", 64.1, "Không đạt"],
    ["Dưới 70", 64.1, "Đạt"],
    ["Khoảng 64", 64.1, "Đạt"],
    ["Khoảng 50", 64.1, "Vượt"],
  ])("plan “%s” with %d is kept as written and judged %s", (plan, current, judgement) => {
    const s = run([nn05(plan, current)]);
    const p = get(s.summary, "NN05").plans[0];
    expect(p.value && p.value.kind !== "number" ? p.value.text : null).toBe(plan);
    expect(p.judgement).toBe(judgement);
    expect(p.pct).toBeNull();
    const json = consolidateJson(s.summary, s.issues).indicators.find((i) => i.code === "NN05")!;
    expect(json.plan).toBeNull();
    expect(json.plans[0]).toMatchObject({ text: plan, judgement });
  });

  test("a plan covering every unit gives the share of plan reached", () => {
    const s = run([
      sheet("Thôn A", [
        {
          code: "NN01",
          name: "Tổng diện tích gieo trồng cây hằng năm",
          unit: "ha",
          plan: 100,
          current: 60,
        },
      ]),
      sheet("Thôn B", [
        {
          code: "NN01",
          name: "Tổng diện tích gieo trồng cây hằng năm",
          unit: "ha",
          plan: 100,
          current: 45,
        },
      ]),
    ]).summary;
    const p = get(s, "NN01").plans[0];
    expect(p.value).toEqual({ kind: "number", value: 200 });
    expect(p.pct).toBe(52.5);
  });

  test("a plan given by only some of the units gives no percentage, and says why", () => {
    const s = run([
      sheet("Thôn A", [
        {
          code: "NN01",
          name: "Tổng diện tích gieo trồng cây hằng năm",
          unit: "ha",
          plan: 100,
          current: 60,
        },
      ]),
      sheet("Thôn B", [
        { code: "NN01", name: "Tổng diện tích gieo trồng cây hằng năm", unit: "ha", current: 45 },
      ]),
    ]).summary;
    const r = get(s, "NN01");
    expect(r.current).toBe(105);
    expect(r.plans[0].pct).toBeNull();
    expect(r.planNotes.join(" ")).toMatch(/Kế hoạch chỉ có ở 1\/2/);
  });

  test("a plan some units left out is a plan note: the figures stay whole, and other reasons are still said", () => {
    const res = run([
      sheet("Thôn A", [
        {
          code: "NN01",
          name: "Tổng diện tích gieo trồng cây hằng năm",
          unit: "ha",
          previous: 50,
          plan: 100,
          current: 60,
        },
      ]),
      sheet("Thôn B", [
        { code: "NN01", name: "Tổng diện tích gieo trồng cây hằng năm", unit: "ha", current: 45 },
      ]),
    ]);
    const r = get(res.summary, "NN01");
    expect(r.planNotes).toEqual([
      "Kế hoạch chỉ có ở 1/2 đơn vị báo cáo số thực hiện; không tính tỷ lệ so với kế hoạch.",
    ]);
    // The plan note used to stand in for this one, and the missing comparison went unexplained.
    expect(r.yoy).toBeNull();
    expect(r.incomplete).toEqual([
      "Số cùng kỳ và số thực hiện không cùng các đơn vị (số thực hiện của 2/2 đơn vị, số cùng kỳ của 1 đơn vị); không so sánh với cùng kỳ.",
    ]);
    const notes = summarySheetPlan(res.summary)
      .rows.map((cells) => cells[cells.length - 1]?.value)
      .map((v) => (v && "text" in v ? v.text : ""));
    expect(notes).toContain(
      "Chưa đầy đủ: Số cùng kỳ và số thực hiện không cùng các đơn vị (số thực hiện của 2/2 đơn vị, số cùng kỳ của 1 đơn vị); không so sánh với cùng kỳ. Kế hoạch chỉ có ở 1/2 đơn vị báo cáo số thực hiện; không tính tỷ lệ so với kế hoạch.",
    );
    expect(consolidateJson(res.summary, res.issues).indicators[0]).toMatchObject({
      planNotes: r.planNotes,
      incomplete: r.incomplete,
    });
    // check-report takes neither the plan of one unit nor a cùng kỳ of one unit as the area's.
    expect(summaryFacts(res.summary)[0]).toMatchObject({ plans: [], yoyComparable: false });
    // The report's appendix marks the plan column as partial.
    const appendix = draftReport(res.summary, res.issues, DEFAULT_REPORT_SETTINGS).table;
    expect(appendix.rows.flatMap((x) => x.cells).join(" ")).toContain(
      "Kế hoạch chưa đủ các đơn vị",
    );
  });

  test("two plan columns (dự toán tỉnh giao, HĐND giao) are both kept, each with its title", () => {
    const header = [
      "STT",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "ĐVT",
      "Thực hiện cùng kỳ năm trước",
      "Dự toán tỉnh giao",
      "Dự toán HĐND xã giao",
      "Thực hiện kỳ báo cáo",
    ];
    const grid = gridFromRows(
      [
        [
          "1",
          "NS01",
          "Tổng thu ngân sách nhà nước trên địa bàn",
          "triệu đồng",
          900,
          2000,
          2500,
          1000,
        ],
      ],
      {
        header,
        unit: "Bộ phận Tài chính",
      },
    );
    const r = get(run([grid]).summary, "NS01");
    expect(r.plans.map((p) => [p.title, p.value, p.pct])).toEqual([
      ["Dự toán tỉnh giao", { kind: "number", value: 2000 }, 50],
      ["Dự toán HĐND xã giao", { kind: "number", value: 2500 }, 40],
    ]);
  });
});

describe("values left out, sheets left out, duplicates", () => {
  test("a malformed or error value is left out and the total says it is incomplete", () => {
    const s = run([
      sheet("Thôn A", [{ code: "NN08", name: "Đàn lợn", unit: "con", current: "2.7150.000" }]),
      sheet("Thôn B", [
        { code: "NN08", name: "Đàn lợn", unit: "con", current: { kind: "error", code: "#REF!" } },
      ]),
      sheet("Thôn C", [{ code: "NN08", name: "Đàn lợn", unit: "con", current: 1200 }]),
    ]).summary;
    const r = get(s, "NN08");
    expect(r.current).toBe(1200);
    expect(r.incomplete).toHaveLength(2);
    expect(r.incomplete.join(" ")).toContain("Thôn A");
    expect(r.incomplete.join(" ")).toContain("Thôn B");
    expect(r.incomplete.join(" ")).toContain("G5");
  });

  test("a negative count is left out, and said", () => {
    const s = run([
      sheet("Thôn A", [{ code: "NN06", name: "Đàn trâu", unit: "con", current: -3 }]),
      sheet("Thôn B", [{ code: "NN06", name: "Đàn trâu", unit: "con", current: 80 }]),
    ]).summary;
    expect(get(s, "NN06").current).toBe(80);
    expect(get(s, "NN06").incomplete.join(" ")).toContain("Thôn A");
  });

  test("a unit that lists an indicator with an empty figure makes the sum incomplete", () => {
    const s = run([
      sheet("Thôn A", [
        { code: "NN07", name: "Đàn bò", unit: "con" },
        { code: "NN06", name: "Đàn trâu", unit: "con", current: 1 },
      ]),
      sheet("Thôn B", [{ code: "NN07", name: "Đàn bò", unit: "con", current: 80 }]),
    ]).summary;
    expect(get(s, "NN07").current).toBe(80);
    expect(get(s, "NN07").incomplete.join(" ")).toContain("Thôn A");
  });

  test("a sheet of another period is left out, and so is its unit", () => {
    const s = run([
      sheet("Thôn A", [{ code: "NN07", name: "Đàn bò", unit: "con", current: 10 }]),
      sheet("Thôn B", [{ code: "NN07", name: "Đàn bò", unit: "con", current: 20 }]),
      sheet("Thôn C", [{ code: "NN07", name: "Đàn bò", unit: "con", current: 40 }], {
        period: "Quý II/2026",
      }),
    ]);
    expect(get(s.summary, "NN07").current).toBe(30);
    expect(s.summary.reportingUnits).toEqual(["Thôn A", "Thôn B"]);
    expect(s.summary.period?.key).toBe("2026-H1");
    expect(s.issues.some((i) => i.rule === "period-mismatch" && i.file === "Thôn C.xlsx")).toBe(
      true,
    );
  });

  test("the same unit sending the same indicator in two sheets is counted once", () => {
    const s = run([
      sheet("Thôn A", [{ code: "NN07", name: "Đàn bò", unit: "con", current: 10 }], {
        sheet: "Biểu 01",
      }),
      sheet(
        "Thôn A",
        [
          { code: "NN07", name: "Đàn bò", unit: "con", current: 10 },
          { code: "NN06", name: "Đàn trâu", unit: "con", current: 4 },
        ],
        { sheet: "Biểu 02" },
      ),
      sheet("Thôn B", [{ code: "NN07", name: "Đàn bò", unit: "con", current: 20 }]),
    ]);
    expect(get(s.summary, "NN07").current).toBe(30);
    expect(
      get(s.summary, "NN07").sources.map((x) => `${x.from.reportingUnit}/${x.from.sheet}`),
    ).toEqual(["Thôn A/Biểu 01", "Thôn B/Biểu 01"]);
    // The unit's other indicators in the second sheet still count.
    expect(get(s.summary, "NN06").current).toBe(4);
    expect(s.issues.some((i) => i.rule === "duplicate-unit")).toBe(true);
  });

  test("an unknown indicator stays in the section of the catalog row before it", () => {
    const s = run([
      sheet("Phòng Kinh tế", [
        { code: "NN07", name: "Đàn bò", unit: "con", current: 10 },
        { name: "Số hộ nuôi ong", unit: "hộ", current: 12 },
        { code: "CN03", name: "Số doanh nghiệp thành lập mới", unit: "doanh nghiệp", current: 2 },
      ]),
      sheet("Thôn A", [{ name: "Số hộ nuôi ong", unit: "hộ", current: 3 }]),
    ]);
    const r = get(s.summary, "Số hộ nuôi ong");
    expect(r.current).toBe(15);
    expect(r.code).toBeNull();
    expect(r.section).toBe(get(s.summary, "NN07").section);
    expect(s.summary.rows.map((x) => x.code ?? x.name)).toEqual(["NN07", "Số hộ nuôi ong", "CN03"]);
    expect(s.summary.rows.map((x) => x.stt)).toEqual(["1", "2", "1"]);
  });
});

describe("what is not invented", () => {
  test("a share recomputed above 100 % (parts contradict) is left out, explained, and an issue", () => {
    const res = run([
      sheet("Văn phòng", [
        {
          code: "TD02",
          name: "Số đơn khiếu nại, tố cáo tiếp nhận",
          unit: "đơn",
          current: 12,
          previous: 15,
        },
        { code: "TD03", name: "Số đơn đã giải quyết", unit: "đơn", current: 14, previous: 13 },
      ]),
    ]);
    const r = get(res.summary, "TD06");
    expect(r.current).toBeNull();
    expect(r.previous).toBe((13 / 15) * 100);
    expect(r.yoy).toBeNull();
    expect(r.notConsolidable).toContain("116,67%");
    const issue = res.issues.find((i) => i.rule === "ratio-out-of-range");
    expect(issue).toMatchObject({
      file: "Văn phòng.xlsx",
      sheet: "Biểu 01",
      cell: "G6",
      severity: "warning",
    });
  });

  test("plans in words of a summed indicator from two units are not made into one plan", () => {
    const s = run([
      sheet("Thôn A", [
        {
          code: "NN11",
          name: "Số thôn đạt chuẩn nông thôn mới kiểu mẫu",
          unit: "thôn",
          plan: "Khoảng 4",
          current: 3,
        },
      ]),
      sheet("Thôn B", [
        {
          code: "NN11",
          name: "Số thôn đạt chuẩn nông thôn mới kiểu mẫu",
          unit: "thôn",
          plan: "Khoảng 4",
          current: 2,
        },
      ]),
    ]).summary;
    const r = get(s, "NN11");
    expect(r.current).toBe(5);
    expect(r.plans[0].value).toBeNull();
    expect(r.plans[0].judgement).toBeNull();
    expect(r.planNotes.join(" ")).toContain("Thôn A, Thôn B");
  });

  test("a plan in words from the only unit reporting a count is kept and judged", () => {
    const s = run([
      sheet("Thôn A", [
        {
          code: "NN11",
          name: "Số thôn đạt chuẩn nông thôn mới kiểu mẫu",
          unit: "thôn",
          plan: "Trên 4",
          current: 5,
        },
      ]),
    ]).summary;
    expect(get(s, "NN11").plans[0]).toMatchObject({
      value: { kind: "bound", text: "Trên 4" },
      judgement: "Đạt",
    });
  });

  test("rates whose units give different plans have no common plan, and say so", () => {
    const s = run([
      sheet("Thôn A", [
        { code: "NN05", name: "Năng suất lúa", unit: "tạ/ha", plan: 60, current: 61 },
      ]),
      sheet("Thôn B", [
        { code: "NN05", name: "Năng suất lúa", unit: "tạ/ha", plan: 62, current: 61 },
      ]),
    ]).summary;
    const r = get(s, "NN05");
    expect(r.current).toBe(61);
    expect(r.plans[0].value).toBeNull();
    expect(r.plans[0].pct).toBeNull();
    expect(r.planNotes.length).toBeGreaterThan(0);
  });

  test("the period the planner names wins over the majority", () => {
    const grids = [
      sheet("Thôn A", [{ code: "NN07", name: "Đàn bò", unit: "con", current: 10 }]),
      sheet("Thôn B", [{ code: "NN07", name: "Đàn bò", unit: "con", current: 20 }]),
      sheet("Thôn C", [{ code: "NN07", name: "Đàn bò", unit: "con", current: 40 }], {
        period: "Quý II/2026",
      }),
    ];
    const q2 = parseSheet(grids[2]);
    const period = q2.kind === "sheet" ? q2.sheet.period! : null;
    const res = runConsolidate(grids, catalog, { validate: { expectedPeriod: period! } });
    expect(res.summary.period?.label).toBe("Quý II/2026");
    expect(get(res.summary, "NN07").current).toBe(40);
    expect(res.summary.reportingUnits).toEqual(["Thôn C"]);
  });

  test("with last year's figure in use, a unit's left-out cùng kỳ does not mark it incomplete", () => {
    const lastYear = gridFromRows(
      [row({ code: "NN07", name: "Đàn bò", unit: "con", current: 33 })],
      {
        file: "TongHop_2025.xlsx",
        sheet: "Tổng hợp",
        period: "6 tháng đầu năm 2025",
      },
    );
    const grids = [
      sheet("Thôn A", [
        { code: "NN07", name: "Đàn bò", unit: "con", previous: "1.2.3", current: 10 },
      ]),
      sheet("Thôn B", [{ code: "NN07", name: "Đàn bò", unit: "con", previous: 20, current: 20 }]),
    ];
    expect(get(run(grids).summary, "NN07").incomplete).toHaveLength(1);
    const withWorkbook = get(
      run(grids, { file: "TongHop_2025.xlsx", grids: [lastYear] }).summary,
      "NN07",
    );
    expect(withWorkbook.previous).toBe(33);
    expect(withWorkbook.incomplete).toEqual([]);
  });
});

describe("nothing falls out of the table", () => {
  const extra = (over: Partial<CatalogIndicator>): CatalogIndicator => ({
    code: "ZZ01",
    name: "Số cầu dân sinh xây mới",
    synonyms: [],
    unit: "cái",
    section: "cau-duong",
    parent: null,
    componentRule: "notExceed",
    aggregation: "sum",
    isShare: false,
    nonNegative: true,
    ...over,
  });

  test("an indicator of a section the catalog does not list is shown under “Chỉ tiêu khác”", () => {
    const custom: Catalog = {
      sections: catalog.sections,
      indicators: [...catalog.indicators, extra({})],
    };
    const res = runConsolidate(
      [
        sheet("Phòng Kinh tế", [
          { code: "NN07", name: "Đàn bò", unit: "con", current: 5 },
          { code: "ZZ01", name: "Số cầu dân sinh xây mới", unit: "cái", current: 2 },
        ]),
      ],
      custom,
    );
    const r = get(res.summary, "ZZ01");
    expect(r.current).toBe(2);
    const other = res.summary.sections.find((s) => s.id === r.section)!;
    expect(other.name).toBe("Chỉ tiêu khác");
    expect(r.sectionName).toBe("Chỉ tiêu khác");
    const plan = summarySheetPlan(res.summary);
    const names = plan.rows
      .map((cells) => cells[2]?.value)
      .map((v) => (v && "text" in v ? v.text : null));
    expect(names).toContain("Số cầu dân sinh xây mới");
    expect(names).toContain("CHỈ TIÊU KHÁC");
  });

  test("a catalog whose parents point at each other does not lose either indicator", () => {
    const custom: Catalog = {
      sections: catalog.sections,
      indicators: [
        ...catalog.indicators,
        extra({ code: "ZZ01", name: "Cầu xây mới", section: "nong-nghiep", parent: "ZZ02" }),
        extra({ code: "ZZ02", name: "Cống xây mới", section: "nong-nghiep", parent: "ZZ01" }),
      ],
    };
    const res = runConsolidate(
      [
        sheet("Thôn A", [
          { code: "ZZ01", name: "Cầu xây mới", unit: "cái", current: 1 },
          { code: "ZZ02", name: "Cống xây mới", unit: "cái", current: 3 },
        ]),
      ],
      custom,
    );
    expect(res.summary.rows.map((r) => r.key).sort()).toEqual(["ZZ01", "ZZ02"]);
  });

  test("an unknown code written by a department is still noted as outside the catalog", () => {
    const res = run([
      sheet("Thôn A", [{ code: "XX99", name: "Số hộ nuôi ong", unit: "hộ", current: 4 }]),
    ]);
    const r = get(res.summary, "Số hộ nuôi ong");
    expect(r.aggregation).toBe("unknown");
    const plan = summarySheetPlan(res.summary);
    const notes = plan.rows
      .map((cells) => cells[cells.length - 1]?.value)
      .map((v) => (v && "text" in v ? v.text : ""));
    expect(notes.some((n) => n.includes("ngoài danh mục"))).toBe(true);
  });

  test("last year's workbook of another period is not used, and the planner is told", () => {
    const nineMonths = gridFromRows(
      [row({ code: "NN07", name: "Đàn bò", unit: "con", current: 999 })],
      {
        file: "TongHop_9T_2025.xlsx",
        sheet: "Tổng hợp",
        period: "9 tháng năm 2025",
      },
    );
    const res = run(
      [sheet("Thôn A", [{ code: "NN07", name: "Đàn bò", unit: "con", previous: 20, current: 25 }])],
      {
        file: "TongHop_9T_2025.xlsx",
        grids: [nineMonths],
      },
    );
    expect(get(res.summary, "NN07").previous).toBe(20);
    expect(get(res.summary, "NN07").previousFromWorkbook).toBeNull();
    const issue = res.issues.find((i) => i.rule === "previous-period-mismatch");
    expect(issue?.file).toBe("TongHop_9T_2025.xlsx");
    expect(issue?.message).toContain("9 tháng năm 2025");
    expect(issue?.message).toContain("6 tháng đầu năm 2025");
  });
});

describe("like-for-like comparisons", () => {
  test("a unit whose figure is left out takes its cùng kỳ and plan out of the comparison too", () => {
    const grids = [
      sheet("Xã A", [
        {
          code: "CN01",
          name: "Giá trị sản xuất công nghiệp",
          unit: "triệu đồng",
          previous: 5000,
          plan: 10000,
          current: "12,5,0",
        },
      ]),
      sheet("Xã B", [
        {
          code: "CN01",
          name: "Giá trị sản xuất công nghiệp",
          unit: "triệu đồng",
          previous: 2000,
          plan: 4000,
          current: 2100,
        },
      ]),
    ];
    const r = get(run(grids).summary, "CN01");
    expect(r.current).toBe(2100);
    // 2.100 against both units' 7.000 would be a "giảm 70%" that never happened.
    expect(r.yoy).toBeNull();
    expect(r.plans[0].pct).toBeNull();
    expect(r.incomplete.join(" ")).toContain("Xã A");
    expect(r.planNotes.join(" ")).toMatch(/không tính tỷ lệ so với kế hoạch/);
  });

  test("units that gave cùng kỳ for only part of the total get no year-on-year change", () => {
    const grids = [
      sheet("Xã A", [{ code: "NN07", name: "Đàn bò", unit: "con", current: 100 }]),
      sheet("Xã B", [{ code: "NN07", name: "Đàn bò", unit: "con", previous: 80, current: 90 }]),
    ];
    const r = get(run(grids).summary, "NN07");
    expect(r.previous).toBe(80);
    expect(r.yoy).toBeNull();
    expect(r.incomplete).toEqual([expect.stringMatching(/không so sánh với cùng kỳ/)]);
  });
});
