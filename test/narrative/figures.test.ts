/**
 * Every figure in the report text comes from the summary: re-read from the generated text and
 * compared with the summary value, for random summaries and for the bundled examples.
 */
import * as path from "path";
import fc from "fast-check";
import type { SummaryRow } from "../../src/core/consolidate/types";
import { draftReport } from "../../src/core/narrative";
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import type { PlanValue } from "../../src/core/types";
import { collectXlsxPaths, readWorkbookFile } from "../../src/io/node";
import { checkFigures, paragraphs, plan, plain, row, SETTINGS, summary } from "./helpers";

const NAMES = [
  "Đàn bò",
  "Diện tích lúa",
  "Tổng thu ngân sách",
  "Tỷ lệ hộ nghèo",
  "Số trường đạt chuẩn",
  "Năng suất lúa",
  "Giá trị sản xuất",
  "Số hộ nghèo",
];
const UNITS: Array<{ unit: string; displayUnit?: string }> = [
  { unit: "con" },
  { unit: "ha" },
  { unit: "tấn" },
  { unit: "triệu đồng" },
  { unit: "triệu đồng", displayUnit: "tỷ đồng" },
  { unit: "%" },
  { unit: "tạ/ha" },
  { unit: "người" },
];

/** Figures as they occur: whole counts, decimals, tiny rates, large money, zero, negatives. */
const figure = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0.0001, max: 2, noNaN: true }),
  fc.double({ min: -500, max: 500, noNaN: true }),
  fc.constant(0),
);

const planValue: fc.Arbitrary<PlanValue | null> = fc.oneof(
  fc.constant(null),
  figure.map((v): PlanValue => ({ kind: "number", value: v })),
  fc.constant<PlanValue>({ kind: "bound", op: "above", value: 95, text: "Trên 95" }),
  fc.constant<PlanValue>({ kind: "range", low: 6.6, high: 6.8, text: "6,6-6,8" }),
  fc.constant<PlanValue>({ kind: "text", text: "Hoàn thành" }),
);

const rowSpec = fc.record({
  name: fc.constantFrom(...NAMES),
  unit: fc.constantFrom(...UNITS),
  current: fc.option(figure, { nil: null }),
  previous: fc.option(figure, { nil: null }),
  decimals: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  plans: fc.array(
    fc.record({
      title: fc.constantFrom("Kế hoạch năm", "Dự toán tỉnh giao", "KH năm 2026"),
      value: planValue,
      judgement: fc.constantFrom(null, "Đạt", "Không đạt", "Vượt"),
    }),
    { maxLength: 2 },
  ),
  component: fc.boolean(),
  ofTotal: fc.boolean(),
  incomplete: fc.boolean(),
  notConsolidable: fc.integer({ min: 0, max: 9 }),
});

function build(
  specs: fc.Arbitrary<Array<typeof rowSpec extends fc.Arbitrary<infer T> ? T : never>>,
) {
  return specs.map((list) => {
    const rows: SummaryRow[] = [];
    list.forEach((sp, i) => {
      const key = `K${i}`;
      const top = [...rows].reverse().find((r) => !r.isComponent);
      const isComponent = sp.component && top !== undefined;
      rows.push(
        row({
          key,
          name: sp.name,
          measureUnit: sp.unit.unit,
          displayUnit: sp.unit.displayUnit,
          current: sp.current,
          previous: sp.previous,
          decimals: sp.decimals,
          plans: sp.plans.map((p) =>
            plan(
              p.title,
              p.value,
              sp.current,
              p.value && p.value.kind !== "number" ? (p.judgement as "Đạt" | null) : null,
            ),
          ),
          isComponent,
          parentKey: isComponent ? top!.key : null,
          ofTotal: sp.ofTotal && i > 0 ? "K0" : undefined,
          incomplete: sp.incomplete
            ? ["Số thực hiện của Thôn 3 (tệp a.xlsx, trang “Thôn 3”, ô E9) bị loại vì giá trị âm"]
            : [],
          notConsolidable: sp.notConsolidable === 0 ? "không cộng được" : null,
          section: i % 3 === 0 ? "s1" : "s2",
        }),
      );
    });
    return summary(rows, [
      { id: "s1", name: "Nông nghiệp", stt: "I" },
      { id: "s2", name: "Tài chính, ngân sách", stt: "II" },
    ]);
  });
}

describe("every figure in the text reads back to the summary", () => {
  it("for random summaries", () => {
    fc.assert(
      fc.property(build(fc.array(rowSpec, { minLength: 1, maxLength: 8 })), (s) => {
        const report = draftReport(s, [], { ...SETTINGS, yoyThreshold: 20 });
        checkFigures(report, s);
        // Every indicator with a figure is spoken of, and its current figure is written.
        for (const r of s.rows) {
          const p = paragraphs(report).find((b) => b.keys.includes(r.key));
          expect(p).toBeDefined();
          if (r.current !== null && !r.notConsolidable) {
            expect(
              p!.runs.some(
                (run) => run.kind === "figure" && run.key === r.key && run.field === "current",
              ),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("for the bundled examples, every indicator is written and every figure checks out", async () => {
    const root = path.join(__dirname, "..", "..", "examples");
    const { files, issues } = await collectXlsxPaths([path.join(root, "departments")]);
    const grids = [];
    const fileIssues = [...issues];
    for (const f of files) {
      const r = await readWorkbookFile(f);
      grids.push(...r.grids);
      fileIssues.push(...r.issues);
    }
    const prev = await readWorkbookFile(path.join(root, "previous", "TongHop_6thang_2025.xlsx"));
    const run = runConsolidate(grids, loadCatalog(null).catalog, {
      fileIssues,
      previous: { file: "TongHop_6thang_2025.xlsx", grids: prev.grids },
    });
    const report = draftReport(run.summary, run.issues, SETTINGS);
    const checked = checkFigures(report, run.summary);
    expect(checked).toBeGreaterThan(run.summary.rows.length * 2);
    const spoken = new Set(paragraphs(report).flatMap((p) => p.keys));
    for (const r of run.summary.rows) expect(spoken.has(r.key)).toBe(true);
    // The incomplete ones say so where they are written.
    for (const r of run.summary.rows.filter((x) => x.incomplete.length > 0)) {
      const text = plain(paragraphs(report).find((p) => p.keys.includes(r.key))!.runs);
      expect(text).toContain(`${r.name}`);
      expect(text).toMatch(/số liệu chưa đầy đủ: /);
    }
    expect(report.issues).toEqual([]);
  });
});
