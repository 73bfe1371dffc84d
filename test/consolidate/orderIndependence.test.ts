/**
 * The same batch in any order gives the same summary, to the last bit: a planner who drags the
 * files in another order, or a unit that splits its figures over two sheets, must not change a
 * single total. Property-based, over random batches.
 */
import fc from "fast-check";
import { defaultCatalog } from "../../src/core/catalog";
import { consolidateJson } from "../../src/core/json";
import { runConsolidate } from "../../src/core/pipeline";
import type { CellValue, SheetGrid } from "../../src/core/types";
import { gridFromRows, row } from "../../src/core/validate/testing/fixtures";

const catalog = defaultCatalog();

/** Indicators of every kind: sums (with components and unit conversion), rates, recomputed ratios, one unknown. */
const INDICATORS: { code: string | null; name: string; units: string[] }[] = [
  { code: "NN01", name: "Tổng diện tích gieo trồng cây hằng năm", units: ["ha"] },
  { code: "NN02", name: "Diện tích lúa", units: ["ha"] },
  { code: "NN05", name: "Năng suất lúa", units: ["tạ/ha"] },
  { code: "NN09", name: "Đàn gia cầm", units: ["nghìn con", "con"] },
  {
    code: "NS01",
    name: "Tổng thu ngân sách nhà nước trên địa bàn",
    units: ["triệu đồng", "tỷ đồng"],
  },
  { code: "NS02", name: "Thu nội địa", units: ["triệu đồng"] },
  { code: "GD01", name: "Tổng số trường học", units: ["trường"] },
  { code: "GD02", name: "Số trường đạt chuẩn quốc gia", units: ["trường"] },
  { code: "GD03", name: "Tỷ lệ trường đạt chuẩn quốc gia", units: ["%"] },
  { code: "LD03", name: "Tổng số hộ dân cư", units: ["hộ"] },
  { code: "LD04", name: "Số hộ nghèo", units: ["hộ"] },
  { code: "MT02", name: "Tỷ lệ dân số sử dụng nước sạch", units: ["%"] },
  { code: null, name: "Số hộ nuôi ong", units: ["hộ"] },
];

const UNITS = ["Thôn Bắc", "Thôn Nam", "Thôn Đông", "Thôn Tây", "Phòng Kinh tế", "Trạm Y tế"];

interface UnitRow {
  indicator: number;
  unitChoice: number;
  current: number | null;
  previous: number | null;
  plan: number | null;
}

/** Up to two decimals, as sheets carry them; now and then a blank. */
const value = fc.option(
  fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 100),
  { freq: 6 },
);

const unitRows = fc
  .uniqueArray(fc.integer({ min: 0, max: INDICATORS.length - 1 }), {
    minLength: 1,
    maxLength: INDICATORS.length,
  })
  .chain((indices) =>
    fc.tuple(
      ...indices.map((indicator) =>
        fc.record({
          indicator: fc.constant(indicator),
          unitChoice: fc.nat(1),
          current: value,
          previous: value,
          plan: value,
        }),
      ),
    ),
  )
  // Shares stay in 0–100 so that validation keeps them (what it drops is tested elsewhere).
  .map((rows) =>
    rows.map((r) => {
      const unit =
        INDICATORS[r.indicator].units[r.unitChoice % INDICATORS[r.indicator].units.length];
      const clamp = (v: number | null) => (v === null || unit !== "%" ? v : Math.min(v, 100));
      return { ...r, current: clamp(r.current), previous: clamp(r.previous), plan: clamp(r.plan) };
    }),
  );

const batch = fc
  .uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: UNITS.length })
  .chain((units) => fc.tuple(...units.map((u) => fc.tuple(fc.constant(u), unitRows))));

function cells(rows: UnitRow[]): CellValue[][] {
  return rows.map((r) => {
    const ind = INDICATORS[r.indicator];
    return row({
      code: ind.code,
      name: ind.name,
      unit: ind.units[r.unitChoice % ind.units.length],
      current: r.current,
      previous: r.previous,
      plan: r.plan,
    });
  });
}

function gridsOf(units: [string, UnitRow[]][], split: Set<string> = new Set()): SheetGrid[] {
  const grids: SheetGrid[] = [];
  for (const [unit, rows] of units) {
    const file = `${unit}.xlsx`;
    if (split.has(unit) && rows.length > 1) {
      const half = Math.ceil(rows.length / 2);
      grids.push(gridFromRows(cells(rows.slice(0, half)), { file, unit, sheet: "Biểu 01" }));
      grids.push(gridFromRows(cells(rows.slice(half)), { file, unit, sheet: "Biểu 02" }));
    } else {
      grids.push(gridFromRows(cells(rows), { file, unit, sheet: "Biểu 01" }));
    }
  }
  return grids;
}

function shuffled<T>(items: T[], keys: number[]): T[] {
  return items
    .map((item, i) => ({ item, k: keys[i % keys.length] * 1000 + i }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.item);
}

describe("order independence", () => {
  test("a batch in any order gives deep-equal summaries and JSON", () => {
    fc.assert(
      fc.property(batch, fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }), (units, keys) => {
        const grids = gridsOf(units);
        const a = runConsolidate(grids, catalog);
        const b = runConsolidate(shuffled(grids, keys), catalog);
        const c = runConsolidate([...grids].reverse(), catalog);
        expect(b.summary).toEqual(a.summary);
        expect(c.summary).toEqual(a.summary);
        expect(consolidateJson(b.summary, b.issues)).toEqual(consolidateJson(a.summary, a.issues));
        // Not only equal in structure: the same bits (toEqual treats +0 and -0 alike, JSON not).
        expect(JSON.stringify(consolidateJson(c.summary, c.issues))).toBe(
          JSON.stringify(consolidateJson(a.summary, a.issues)),
        );
      }),
      { numRuns: 60 },
    );
  });

  test("splitting one unit's rows across two sheets gives the same totals", () => {
    fc.assert(
      fc.property(batch, fc.nat(), (units, pick) => {
        const unit = units[pick % units.length][0];
        const whole = runConsolidate(gridsOf(units), catalog).summary;
        const split = runConsolidate(gridsOf(units, new Set([unit])), catalog).summary;
        const figures = (s: typeof whole) =>
          Object.fromEntries(
            s.rows.map((r) => [
              r.key,
              {
                current: r.current,
                previous: r.previous,
                plans: r.plans.map((p) => [p.value, p.pct]),
                yoy: r.yoy,
                nc: r.notConsolidable !== null,
              },
            ]),
          );
        expect(figures(split)).toEqual(figures(whole));
        expect(split.reportingUnits).toEqual(whole.reportingUnits);
      }),
      { numRuns: 60 },
    );
  });
});
