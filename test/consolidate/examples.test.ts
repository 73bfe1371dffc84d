/**
 * The summary of the bundled examples, to the last digit, against scripts/examples/expected.js:
 * a computation written independently over the JSON the example workbooks are generated from.
 * Here the workbooks themselves are read (src/io) and consolidated (src/core/pipeline), so the
 * whole road from .xlsx to figures is checked.
 */
import { cellPlace } from "../../src/core/text/cellPlace";
import { sourcePlace } from "../../src/core/consolidate/sources";
import {
  CATALOG,
  currentComplete,
  expectedSummary,
  lastYearWorkbook,
  previousDisagreements,
} from "../../scripts/examples/expected";
import { consolidateJson } from "../../src/core/json";
import type { SummaryRow } from "../../src/core/consolidate";
import { consolidateExamples, readExamples, type ExampleBatch } from "./helpers";

/** Equal to the last printed digit: exact up to binary noise (sums are exact, quotients agree to ~1e-15). */
function expectSame(
  actual: number | null | undefined,
  expected: number | null,
  what: string,
): void {
  if (expected === null) {
    expect({ what, value: actual ?? null }).toEqual({ what, value: null });
    return;
  }
  expect({ what, isNumber: typeof actual === "number" }).toEqual({ what, isNumber: true });
  const tol = 1e-9 * Math.max(1, Math.abs(expected));
  if (Math.abs((actual as number) - expected) > tol) {
    throw new Error(`${what}: got ${actual}, expected ${expected}`);
  }
}

/**
 * DT01 is written in the examples as "Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn", a
 * name the catalog knows only by its words: it must be consolidated under its code.
 */
const DT01_NAME = "Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn";

let batch: ExampleBatch;
beforeAll(async () => {
  batch = await readExamples();
});

function byCode(rows: SummaryRow[]): Map<string, SummaryRow> {
  return new Map(rows.filter((r) => r.code).map((r) => [r.code as string, r]));
}

describe("examples consolidate to the independently computed figures", () => {
  test("every catalog code: current, previous, plan, yoy, planPct (departments' own cùng kỳ)", () => {
    const run = consolidateExamples(batch, false);
    const expected = expectedSummary();
    const json = consolidateJson(run.summary, run.issues);
    const rows = new Map(json.indicators.filter((r) => r.code).map((r) => [r.code as string, r]));
    let checked = 0;
    for (const code of Object.keys(CATALOG)) {
      const e = expected[code];
      const r = rows.get(code);
      expectSame(r?.current, e.current, `${code}.current`);
      expectSame(r?.previous, e.previous, `${code}.previous`);
      expectSame(r?.plan, e.plan, `${code}.plan`);
      expectSame(r?.yoy?.abs, e.yoy?.abs ?? null, `${code}.yoy.abs`);
      expectSame(r?.yoy?.pct, e.yoy?.pct ?? null, `${code}.yoy.pct`);
      expectSame(r?.planPct, e.planPct, `${code}.planPct`);
      checked++;
    }
    expect(checked).toBe(Object.keys(CATALOG).length);
  });

  test("DT01, written by a longer name, is consolidated under its code and not reported unknown", () => {
    const run = consolidateExamples(batch, false);
    expect(byCode(run.summary.rows).get("DT01")?.current).toBe(expectedSummary().DT01.current);
    expect(run.summary.rows.filter((r) => r.name === DT01_NAME && r.code === null)).toEqual([]);
    expect(
      run.issues.filter((i) => i.rule === "unknown-indicator" && i.message.includes(DT01_NAME)),
    ).toEqual([]);
  });

  test("a sheet of another period is left out: QP01 has no figure, and the period is the batch's", () => {
    const run = consolidateExamples(batch, false);
    expect(run.summary.period?.label).toBe("6 tháng đầu năm 2026");
    expect(byCode(run.summary.rows).get("QP01")).toBeUndefined();
    expect(run.issues.some((i) => i.rule === "period-mismatch")).toBe(true);
  });

  test("totals missing an excluded value say so (Thôn Nam's -3 trâu, the malformed lợn, MT01 104,5)", () => {
    const rows = byCode(consolidateExamples(batch, false).summary.rows);
    for (const code of ["NN06", "NN08", "MT01"]) {
      expect({ code, incomplete: rows.get(code)!.incomplete.length > 0 }).toEqual({
        code,
        incomplete: true,
      });
    }
    // A whole total with nothing left out is not marked.
    expect(rows.get("NN07")!.incomplete).toEqual([]);
  });

  test("every figure is traceable: the sources add up to the total for summed codes", () => {
    const rows = consolidateExamples(batch, false).summary.rows;
    for (const r of rows) {
      if (r.aggregation !== "sum" || r.current === null) continue;
      const total = [...r.sources].reduce((a, s) => a + s.value, 0);
      expect({ code: r.code, total: Math.round(total * 1e6) / 1e6 }).toEqual({
        code: r.code,
        total: Math.round(r.current * 1e6) / 1e6,
      });
      for (const s of r.sources) expect(s.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });
});

describe("examples with last year's consolidated workbook (--previous)", () => {
  test("cùng kỳ comes from last year's workbook wherever it holds the indicator", () => {
    const run = consolidateExamples(batch, true);
    const last = lastYearWorkbook();
    const rows = byCode(run.summary.rows);
    const compared: string[] = [];
    for (const [code, l] of Object.entries(last)) {
      const r = rows.get(code);
      if (!r || l.current === null) continue;
      compared.push(code);
      expectSame(r.previous, l.current, `${code}.previous (workbook)`);
      expect(r.previousFromWorkbook?.value).toBe(l.current);
      // A sum missing a unit's figure is not compared with last year's whole total.
      if (
        r.current !== null &&
        l.current !== 0 &&
        (r.aggregation !== "sum" || currentComplete(code))
      )
        expectSame(r.yoy?.pct, (r.current / l.current - 1) * 100, `${code}.yoy.pct`);
      else if (r.aggregation === "sum") expect(r.yoy).toBeNull();
    }
    // Every indicator last year's workbook holds a figure for is compared, but QP01: its only
    // sheet is of another period and left out (see above), so this year has no row for it.
    const held = Object.entries(last).filter(([, l]) => l.current !== null);
    expect(compared).toEqual(held.map(([code]) => code).filter((code) => code !== "QP01"));
    expect(rows.has("QP01")).toBe(false);
  });

  test("each disagreement between the workbook and the departments is one issue naming both cells", () => {
    const run = consolidateExamples(batch, true);
    const mismatches = run.issues.filter((i) => i.rule === "previous-mismatch");
    const disagreements = previousDisagreements();
    expect(disagreements.length).toBeGreaterThan(0);
    const rows = byCode(run.summary.rows);
    const named = new Set<string>();
    for (const d of disagreements) {
      const r = rows.get(d.code)!;
      const issue = mismatches.find((i) => i.message.includes(`“${r.name}”`));
      expect({ code: d.code, found: issue !== undefined }).toEqual({ code: d.code, found: true });
      // Both cells: the department's cùng kỳ cell and last year's workbook cell.
      expect(issue!.cell).toBe(r.previousSources.at(0)!.cell);
      expect(issue!.message).toContain(`(${cellPlace(sourcePlace(r.previousSources.at(0)!))})`);
      expect(issue!.message).toContain(`(${cellPlace(r.previousFromWorkbook!)})`);
      named.add(r.name);
    }
    // No extra mismatch beyond the ones the example data plants.
    expect(mismatches.length).toBe(named.size);
  });
});
