/**
 * Cùng kỳ across the 1/7/2025 changes, on real cases from the mapping: the former Tam Dương
 * district (Vĩnh Phúc) now four communes of Phú Thọ, the Phú Thọ + Vĩnh Phúc + Hòa Bình
 * province merge, Xã Vầy Nưa split between Phường Thống Nhất and Xã Tiền Phong, the three
 * former "Xã Tân Lập" of Phú Thọ, and a former commune whose sheet is missing.
 */
import { defaultCatalog } from "../../src/core/catalog";
import { loadBoundaryMap, type BoundaryMap } from "../../src/core/boundaries";
import type { SummaryRow } from "../../src/core/consolidate";
import { consolidateJson } from "../../src/core/json";
import { boundarySheetPlan } from "../../src/core/output/boundarySheet";
import { runConsolidate, type ConsolidateRun } from "../../src/core/pipeline";
import type { SheetGrid } from "../../src/core/types";
import { communeSheet, shareTableSheet, type Figure } from "./fixtures";

const catalog = defaultCatalog();
const PHU_THO = { issuingBody: "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", parentBody: "" };
let map: BoundaryMap;
beforeAll(async () => {
  map = await loadBoundaryMap();
});

function figures(cows: number, households: number, poor: number): Figure[] {
  return [
    { name: "Đàn bò", unit: "con", current: cows },
    { name: "Tổng số hộ dân cư", unit: "hộ", current: households },
    { name: "Số hộ nghèo", unit: "hộ", current: poor },
    { name: "Tỷ lệ hộ nghèo", unit: "%", current: Math.round((poor / households) * 10000) / 100 },
  ];
}

function thisYear(unit: string, cows: number, households: number, poor: number): SheetGrid {
  return communeSheet({
    unit,
    period: "6 tháng đầu năm 2026",
    figures: figures(cows, households, poor),
  });
}

function lastYear(
  unit: string,
  cows: number,
  households: number,
  poor: number,
  code?: string,
): SheetGrid {
  return communeSheet({ unit, code, figures: figures(cows, households, poor) });
}

function consolidate(
  current: SheetGrid[],
  previous: SheetGrid[],
  bodies: { issuingBody: string; parentBody: string } = PHU_THO,
): ConsolidateRun {
  return runConsolidate(current, catalog, {
    previousFiles: previous.map((g) => ({ file: g.file, grids: [g] })),
    boundaries: map,
    bodies,
  });
}

function row(run: ConsolidateRun, code: string): SummaryRow {
  const r = run.summary.rows.find((x) => x.code === code);
  if (!r) throw new Error(`no ${code}`);
  return r;
}

function byUnit(run: ConsolidateRun, code: string) {
  const json = consolidateJson(run.summary, run.issues);
  const ind = json.indicators.find((i) => i.code === code);
  if (!ind) throw new Error(`no ${code}`);
  return ind.byUnit;
}

// Former Tam Dương district, with Tam Quan from Tam Đảo district.
const TAM_DUONG_2025: Array<[string, number, number, number]> = [
  ["UBND thị trấn Hợp Hòa", 310, 4210, 61],
  ["UBND thị trấn Kim Long", 205, 2980, 40],
  ["UBND xã Hướng Đạo", 402, 3120, 75],
  ["UBND xã Đạo Tú", 288, 2650, 52],
  ["UBND xã Hoàng Hoa", 190, 2200, 48],
  ["UBND xã Đồng Tĩnh", 260, 2870, 55],
  ["UBND xã Tam Quan", 330, 3010, 90],
  ["UBND xã An Hòa", 150, 1890, 33],
  ["UBND xã Hoàng Đan", 175, 1700, 30],
  ["UBND xã Hoàng Lâu", 140, 1620, 27],
  ["UBND xã Thanh Vân", 220, 2400, 44],
  ["UBND xã Duy Phiên", 205, 2310, 41],
  ["UBND xã Hội Thịnh", 198, 2050, 38],
];
const TAM_DUONG_2026: Array<[string, number, number, number]> = [
  ["UBND xã Tam Dương", 1300, 13100, 200],
  ["UBND xã Tam Dương Bắc", 800, 8200, 170],
  ["UBND xã Hoàng An", 470, 5300, 80],
  ["UBND xã Hội Thịnh", 640, 6900, 110],
];

describe("the former Tam Dương district, now four communes of Phú Thọ", () => {
  const current = () => TAM_DUONG_2026.map((r) => thisYear(...r));
  const previous = () => TAM_DUONG_2025.map((r) => lastYear(...r));

  test("each new commune's cùng kỳ is the sum of the communes it was made from", () => {
    const run = consolidate(current(), previous());
    expect(run.conversion?.scope.province?.name).toBe("Tỉnh Phú Thọ");
    const cows = byUnit(run, "NN07");
    const tamDuong = cows.find((u) => u.unit === "UBND xã Tam Dương")!;
    expect(tamDuong.previous).toBe(310 + 205 + 402 + 288);
    expect(tamDuong.previousFrom.map((p) => [p.code, p.name, p.type, p.share, p.value])).toEqual([
      ["08869", "Thị trấn Hợp Hòa", "full", 100, 310],
      ["08878", "Thị trấn Kim Long", "full", 100, 205],
      ["08881", "Xã Hướng Đạo", "full", 100, 402],
      ["08884", "Xã Đạo Tú", "full", 100, 288],
    ]);
    // Tam Quan came from another district: it still belongs to Tam Dương Bắc.
    const bac = cows.find((u) => u.unit === "UBND xã Tam Dương Bắc")!;
    expect(bac.previous).toBe(190 + 260 + 330);
    expect(bac.previousFrom.map((p) => p.name)).toEqual([
      "Xã Hoàng Hoa",
      "Xã Đồng Tĩnh",
      "Xã Tam Quan",
    ]);
    expect(cows.find((u) => u.unit === "UBND xã Hoàng An")!.previous).toBe(150 + 175 + 140);
    expect(cows.find((u) => u.unit === "UBND xã Hội Thịnh")!.previous).toBe(220 + 205 + 198);
  });

  test("the total compares with the sum of all thirteen former communes", () => {
    const run = consolidate(current(), previous());
    const cows = row(run, "NN07");
    const before = TAM_DUONG_2025.reduce((s, r) => s + r[1], 0);
    expect(cows.previous).toBe(before);
    expect(cows.yoy?.abs).toBe(1300 + 800 + 470 + 640 - before);
    expect(cows.incomplete).toEqual([]);
    expect(run.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("a rate is recomputed from its converted parts, per commune and in total", () => {
    const run = consolidate(current(), previous());
    const rate = row(run, "LD05");
    const poor = TAM_DUONG_2025.reduce((s, r) => s + r[3], 0);
    const households = TAM_DUONG_2025.reduce((s, r) => s + r[2], 0);
    expect(rate.previous).toBeCloseTo((poor / households) * 100, 10);
    const hoangAn = byUnit(run, "LD05").find((u) => u.unit === "UBND xã Hoàng An")!;
    expect(hoangAn.previous).toBeCloseTo(((33 + 30 + 27) / (1890 + 1700 + 1620)) * 100, 10);
  });

  test("a rate the catalog cannot recompute is left out with a note, unless one former unit is the new one", () => {
    const forest = (unit: string, pct: number, period?: string) =>
      communeSheet({
        unit,
        period,
        figures: [{ name: "Tỷ lệ che phủ rừng", unit: "%", current: pct }],
      });
    const run = consolidate(
      [forest("UBND xã Tam Dương", 31.5, "6 tháng đầu năm 2026")],
      [
        "UBND thị trấn Hợp Hòa",
        "UBND thị trấn Kim Long",
        "UBND xã Hướng Đạo",
        "UBND xã Đạo Tú",
      ].map((u) => forest(u, 30)),
    );
    const unit = byUnit(run, "NN10")[0];
    expect(unit.previous).toBeNull();
    expect(unit.note).toContain("không cộng được");
    expect(row(run, "NN10").previous).toBeNull();
    expect(row(run, "NN10").incomplete.join(" ")).toContain("không cộng được");
    // Xã Thu Cúc was not merged: its own rate of last year is its cùng kỳ.
    const kept = consolidate(
      [forest("UBND xã Thu Cúc", 62.1, "6 tháng đầu năm 2026")],
      [forest("UBND xã Thu Cúc", 60.4)],
    );
    expect(byUnit(kept, "NN10")[0].previous).toBe(60.4);
    expect(row(kept, "NN10").previous).toBe(60.4);
  });

  test("names are matched whatever the case, tone placement and Unicode form", () => {
    const prev = previous();
    prev[0] = lastYear("UBND THỊ TRẤN HỢP HOÀ".normalize("NFD"), 310, 4210, 61);
    prev[3] = lastYear("Xã Đạo Tú", 288, 2650, 52);
    const run = consolidate(current(), prev);
    expect(byUnit(run, "NN07").find((u) => u.unit === "UBND xã Tam Dương")!.previous).toBe(1205);
  });

  test("a former commune missing from last year's files leaves its new commune without a comparison, and says so", () => {
    const prev = previous().filter((g) => !g.values[4][1]?.toString().includes("Đạo Tú"));
    const run = consolidate(current(), prev);
    const tamDuong = byUnit(run, "NN07").find((u) => u.unit === "UBND xã Tam Dương")!;
    expect(tamDuong.previous).toBeNull();
    expect(tamDuong.note).toContain("thiếu biểu năm trước của Xã Đạo Tú (mã 08884)");
    // The other three communes still compare.
    expect(byUnit(run, "NN07").find((u) => u.unit === "UBND xã Hoàng An")!.previous).toBe(465);
    const missing = run.issues.find((i) => i.rule === "boundary-former-missing")!;
    expect(missing.message).toContain("Xã Tam Dương");
    expect(missing.message).toContain("Xã Đạo Tú (mã 08884)");
    // The total would be short of Đạo Tú: no comparison rather than a wrong one.
    const cows = row(run, "NN07");
    expect(cows.previous).toBeNull();
    expect(cows.yoy).toBeNull();
    expect(cows.incomplete.join(" ")).toContain("Xã Đạo Tú");
  });

  test("a commune's own cùng kỳ column that differs from the converted figure is said, at its cell", () => {
    // Tam Dương writes 1.250 con for last year; its four former communes had 1.205.
    const withOwn = TAM_DUONG_2026.map(([unit, cows, households, poor]) =>
      communeSheet({
        unit,
        period: "6 tháng đầu năm 2026",
        figures: [
          {
            name: "Đàn bò",
            unit: "con",
            current: cows,
            previous:
              unit === "UBND xã Tam Dương"
                ? 1250
                : {
                    "UBND xã Tam Dương Bắc": 780,
                    "UBND xã Hoàng An": 465,
                    "UBND xã Hội Thịnh": 623,
                  }[unit],
          },
          { name: "Tổng số hộ dân cư", unit: "hộ", current: households },
          { name: "Số hộ nghèo", unit: "hộ", current: poor },
        ],
      }),
    );
    const run = consolidate(withOwn, previous());
    const differs = run.issues.filter((i) => i.rule === "boundary-previous-differs");
    expect(differs).toHaveLength(1);
    expect(differs[0]).toMatchObject({ severity: "warning", sheet: "Biểu 01", cell: "D9" });
    expect(differs[0].message).toContain("1.250 con");
    expect(differs[0].message).toContain("1.205 con");
    // The converted figure is the one used.
    expect(byUnit(run, "NN07").find((u) => u.unit === "UBND xã Tam Dương")!.previous).toBe(1205);
    // Without Đạo Tú's sheet the total has no cùng kỳ: no figure was used over what Tam
    // Dương Bắc wrote (999 for 780), and saying so would be false.
    const short = previous().filter((g) => !g.values[4][1]?.toString().includes("Đạo Tú"));
    const bac = withOwn.map((g) =>
      g.values[4][1] === "UBND xã Tam Dương Bắc"
        ? {
            ...g,
            values: g.values.map((r, i) => (i === 8 ? [...r.slice(0, 3), 999, ...r.slice(4)] : r)),
          }
        : g,
    );
    const none = consolidate(bac, short);
    expect(row(none, "NN07").previous).toBeNull();
    expect(none.issues.filter((i) => i.rule === "boundary-previous-differs")).toEqual([]);
  });

  test("a figure mistyped in a former commune's sheet is an error at its cell, not a missing figure", () => {
    const prev = previous().map((g) =>
      g.values[4][1]?.toString().includes("Đạo Tú")
        ? { ...g, values: g.values.map((r, i) => (i === 8 ? [...r.slice(0, 5), "2.8.8"] : r)) }
        : g,
    );
    const run = consolidate(current(), prev);
    const bad = run.issues.filter((i) => i.rule === "previous-unit-value-excluded");
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ severity: "error", sheet: "Biểu 01", cell: "F9" });
    expect(bad[0].file).toContain("Đạo_Tú");
    expect(bad[0].message).toContain("“Đàn bò”");
    expect(bad[0].message).toContain("“2.8.8”");
    // Tam Dương's cùng kỳ is left without it, never a partial sum.
    const tamDuong = byUnit(run, "NN07").find((u) => u.unit === "UBND xã Tam Dương")!;
    expect(tamDuong.previous).toBeNull();
  });
});

describe("provinces merged: Phú Thọ 2026 = Phú Thọ + Vĩnh Phúc + Hòa Bình 2025", () => {
  test("a province's figures compare with the three former provinces' sum", () => {
    const run = consolidate(
      [thisYear("UBND tỉnh Phú Thọ", 98000, 1200000, 30000)],
      [
        lastYear("UBND tỉnh Phú Thọ", 41000, 420000, 12000),
        lastYear("UBND tỉnh Vĩnh Phúc", 30000, 380000, 6000),
        lastYear("UBND TỈNH HOÀ BÌNH", 25000, 300000, 11000),
      ],
      { issuingBody: "BỘ TÀI CHÍNH", parentBody: "" },
    );
    expect(run.conversion?.scope.level).toBe(1);
    expect(row(run, "NN07").previous).toBe(96000);
    const unit = byUnit(run, "NN07")[0];
    expect(unit.previousFrom.map((p) => [p.code, p.name])).toEqual([
      ["17", "Tỉnh Hoà Bình"],
      ["25", "Tỉnh Phú Thọ"],
      ["26", "Tỉnh Vĩnh Phúc"],
    ]);
  });
});

describe("Xã Vầy Nưa, split between Phường Thống Nhất and Xã Tiền Phong", () => {
  const current = () => [
    thisYear("UBND phường Thống Nhất", 900, 9000, 90),
    thisYear("UBND xã Tiền Phong", 400, 3000, 60),
  ];
  const previous = () => [
    lastYear("UBND phường Thái Bình", 100, 2000, 20),
    lastYear("UBND phường Dân Chủ", 120, 2100, 21),
    // "Thống Nhất" was also a commune (now in Xã An Bình): the type word tells them apart.
    lastYear("UBND phường Thống Nhất", 130, 2200, 22),
    lastYear("UBND xã Tiền Phong", 200, 1500, 30),
    lastYear("UBND xã Vầy Nưa", 500, 4000, 80),
  ];

  test("without a Bảng quy đổi each piece gets no comparison, said so, and the total still compares", () => {
    const run = consolidate(current(), previous());
    const units = byUnit(run, "NN07");
    for (const u of units) {
      expect(u.previous).toBeNull();
      expect(u.note).toContain("Xã Vầy Nưa chỉ nhập một phần");
      expect(u.note).toContain("Bảng quy đổi");
    }
    expect(run.issues.filter((i) => i.rule === "boundary-share-missing")).toHaveLength(2);
    // Both pieces are in the batch: the total holds all of Vầy Nưa.
    expect(row(run, "NN07").previous).toBe(100 + 120 + 130 + 200 + 500);
    expect(row(run, "NN07").yoy).not.toBeNull();
  });

  test("with a Bảng quy đổi the shares apportion the split commune", () => {
    const table = shareTableSheet([
      ["Xã Vầy Nưa", "Phường Thống Nhất", 60],
      ["Xã Vầy Nưa", "Xã Tiền Phong", "40%"],
    ]);
    const run = consolidate(current(), [...previous(), table]);
    const units = byUnit(run, "NN07");
    const tn = units.find((u) => u.unit === "UBND phường Thống Nhất")!;
    expect(tn.previous).toBe(100 + 120 + 130 + 300);
    expect(tn.previousFrom.find((p) => p.code === "04891")).toEqual({
      code: "04891",
      name: "Xã Vầy Nưa",
      type: "partial",
      share: 60,
      value: 300,
    });
    expect(units.find((u) => u.unit === "UBND xã Tiền Phong")!.previous).toBe(200 + 200);
    expect(row(run, "NN07").previous).toBe(1050);
    expect(run.issues.filter((i) => i.rule.startsWith("boundary-share"))).toEqual([]);
  });

  test("the Quy đổi địa giới sheet shares out counts, never rates", () => {
    const table = shareTableSheet([
      ["Xã Vầy Nưa", "Phường Thống Nhất", 60],
      ["Xã Vầy Nưa", "Xã Tiền Phong", 40],
    ]);
    const run = consolidate(current(), [...previous(), table]);
    const plan = boundarySheetPlan(run.summary, run.conversion!);
    const line = (label: string) =>
      plan.rows.find(
        (r) =>
          r[3]?.value &&
          "text" in r[3].value &&
          r[3].value.text === "Xã Vầy Nưa" &&
          r[8]?.value &&
          "text" in r[8].value &&
          r[8].value.text.startsWith(label),
      )!;
    const numberIn = (c: (typeof plan.rows)[number][number]) =>
      c?.value && "number" in c.value ? c.value.number : null;
    const cows = line("Đàn bò (con)");
    expect([numberIn(cows[6]), numberIn(cows[7])]).toEqual([60, 300]);
    // 16,17 % × 40 would be a figure of nothing: the former rate is shown, not shared out.
    const rate = line("Tỷ lệ hộ nghèo (%)");
    expect(numberIn(rate[5])).not.toBeNull();
    expect([numberIn(rate[6]), numberIn(rate[7])]).toEqual([null, null]);
  });

  test("a batch holding only one piece compares its total by the share, or not at all", () => {
    const only = [thisYear("UBND xã Tiền Phong", 400, 3000, 60)];
    const prev = previous().slice(3);
    const without = consolidate(only, prev);
    expect(row(without, "NN07").previous).toBeNull();
    expect(row(without, "NN07").incomplete.join(" ")).toContain(
      "chưa có tỷ lệ trong “Bảng quy đổi”",
    );
    const table = shareTableSheet([["Xã Vầy Nưa", "Xã Tiền Phong", 40]]);
    const withShare = consolidate(only, [...prev, table]);
    expect(row(withShare, "NN07").previous).toBe(400);
  });

  test("shares that do not add up to 100% are refused with the cell", () => {
    const table = shareTableSheet([
      ["Xã Vầy Nưa", "Phường Thống Nhất", 70],
      ["Xã Vầy Nưa", "Xã Tiền Phong", 40],
    ]);
    const run = consolidate(current(), [...previous(), table]);
    const refused = run.issues.find((i) => i.rule === "share-table-total")!;
    expect(refused).toMatchObject({
      file: "Bang_quy_doi.xlsx",
      sheet: "Bảng quy đổi",
      cell: "D4",
      severity: "error",
    });
    expect(refused.message).toContain("110%");
    expect(refused.message).not.toContain("dạng phần");
    expect(byUnit(run, "NN07").every((u) => u.previous === null)).toBe(true);
  });

  test("shares typed as parts (0,6 and 0,4) are refused with how to write them", () => {
    const table = shareTableSheet([
      ["Xã Vầy Nưa", "Phường Thống Nhất", 0.6],
      ["Xã Vầy Nưa", "Xã Tiền Phong", 0.4],
    ]);
    const run = consolidate(current(), [...previous(), table]);
    const refused = run.issues.find((i) => i.rule === "share-table-total")!;
    expect(refused.message).toContain("cộng lại 1%");
    expect(refused.message).toContain("hãy ghi 60 hoặc 60%");
  });
});

describe("former names that fit several units", () => {
  const current = () => [thisYear("UBND xã Văn Miếu", 700, 5000, 50)];

  test("are an issue listing every candidate and how to settle it, never a guess", () => {
    const run = consolidate(current(), [lastYear("UBND xã Tân Lập", 100, 1000, 10)]);
    const issue = run.issues.find((i) => i.rule === "previous-unit-ambiguous")!;
    expect(issue.severity).toBe("error");
    expect(issue.cell).toBe("B5");
    for (const code of ["05287", "08641", "08818"]) expect(issue.message).toContain(`mã ${code}`);
    expect(issue.message).toContain("Mã đơn vị");
    expect(run.conversion?.figures.size).toBe(0);
  });

  test("are settled by the code the sheet carries", () => {
    const prev = map.provinces
      .find((p) => p.name === "Tỉnh Phú Thọ")!
      .communes.find((c) => c.name === "Xã Văn Miếu")!
      .formers.map((f, i) =>
        f.name === "Xã Tân Lập"
          ? lastYear("UBND xã Tân Lập", 100 + i, 1000, 10, "08641")
          : f.name === "Xã Tân Minh"
            ? lastYear("UBND xã Tân Minh (mã 08629)", 100 + i, 1000, 10)
            : lastYear(`UBND ${f.name}`, 100 + i, 1000, 10),
      );
    const run = consolidate(current(), prev);
    expect(run.issues.filter((i) => i.rule === "previous-unit-ambiguous")).toEqual([]);
    const unit = byUnit(run, "NN07")[0];
    expect(unit.previousFrom.find((p) => p.name === "Xã Tân Lập")?.code).toBe("08641");
    expect(unit.previous).toBe(prev.reduce((s, _g, i) => s + 100 + i, 0));
  });
});

describe("the province", () => {
  test("is the only one whose new communes match the batch's names when the settings name none", () => {
    const run = consolidate(
      TAM_DUONG_2026.map((r) => thisYear(...r)),
      TAM_DUONG_2025.map((r) => lastYear(...r)),
      { issuingBody: "", parentBody: "" },
    );
    expect(run.conversion?.scope.province?.name).toBe("Tỉnh Phú Thọ");
    expect(run.conversion?.scopeReason).toContain("khớp");
  });

  test("a commune's own departments compare with the former communes it was made from", () => {
    const departments = [
      communeSheet({
        unit: "Phòng Kinh tế",
        period: "6 tháng đầu năm 2026",
        figures: [{ name: "Đàn bò", unit: "con", current: 1300 }],
      }),
    ];
    const prev = TAM_DUONG_2025.slice(0, 4).map((r) => lastYear(...r));
    const run = consolidate(departments, prev, {
      issuingBody: "ỦY BAN NHÂN DÂN XÃ TAM DƯƠNG",
      parentBody: "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
    });
    expect(run.conversion?.wholeBatch).toBe(true);
    expect(row(run, "NN07").previous).toBe(1205);
    expect(byUnit(run, "NN07")).toEqual([
      expect.objectContaining({
        unit: "Xã Tam Dương",
        code: "08869",
        current: 1300,
        previous: 1205,
      }),
    ]);
  });
});

test("last year's consolidated workbook alone is used as before, without the mapping", () => {
  const summary: SheetGrid = {
    file: "TongHop_6thang_2025.xlsx",
    sheet: "Tổng hợp",
    values: [
      ["BIỂU TỔNG HỢP 6 THÁNG ĐẦU NĂM 2025"],
      ["Kỳ báo cáo:", "6 tháng đầu năm 2025"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
      [1, "Đàn bò", "con", 1111],
    ],
  };
  const run = runConsolidate([thisYear("UBND xã Tam Dương", 1300, 13100, 200)], catalog, {
    previousFiles: [{ file: summary.file, grids: [summary] }],
    boundaries: null,
    bodies: PHU_THO,
  });
  expect(run.conversion).toBeNull();
  expect(row(run, "NN07").previous).toBe(1111);
  expect(row(run, "NN07").previousFromWorkbook?.cell).toBe("D5");
});
