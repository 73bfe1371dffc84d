/**
 * The project's own drafted reports must come out clean: every figure of a report TongHop
 * drafts is computed from its summary, so the checker finds nothing in it, whether it reads
 * the "Báo cáo" sheet alone or against the summary it was drafted from. The only finding in
 * the bundled examples' report is the honest mistake the examples carry on purpose
 * (scripts/examples/MISTAKES.md #7: 14 đơn đã giải quyết of 12 tiếp nhận).
 */
import * as path from "path";
import fc from "fast-check";
import type { SummaryRow } from "../../src/core/consolidate/types";
import { checkDraft, summaryFacts, type DraftParagraph } from "../../src/core/factcheck";
import { draftReport, reportSheetPlan } from "../../src/core/narrative";
import type { Report } from "../../src/core/narrative/types";
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import { collectXlsxPaths, readWorkbookFile } from "../../src/io/node";
import { formatViNumber } from "../../src/core/text/vnNumber";
import { plan, row, SETTINGS, summary } from "../narrative/helpers";

/** Column A of the "Báo cáo" sheet, row by row, as the pane reads it. */
function sheetParagraphs(report: Report): DraftParagraph[] {
  return reportSheetPlan(report).rows.map((cells, i) => {
    const v = cells[0]?.value;
    return { ref: i + 1, text: v && "text" in v ? v.text : "" };
  });
}

describe("the project's own drafts", () => {
  it("the bundled examples' report has only the mistake the examples carry", async () => {
    const root = path.join(__dirname, "..", "..", "examples");
    const { files } = await collectXlsxPaths([path.join(root, "departments")]);
    const grids = [];
    for (const f of files) grids.push(...(await readWorkbookFile(f)).grids);
    const prev = await readWorkbookFile(path.join(root, "previous", "TongHop_6thang_2025.xlsx"));
    const run = runConsolidate(grids, loadCatalog(null).catalog, {
      fileIssues: [],
      previous: { file: "TongHop_6thang_2025.xlsx", grids: prev.grids },
    });
    const report = draftReport(run.summary, run.issues, { ...SETTINGS, reportDate: "2026-06-25" });
    const paragraphs = sheetParagraphs(report);
    const findings = checkDraft(paragraphs, {
      today: "2026-06-25",
      summary: summaryFacts(run.summary),
    });
    if (findings.length !== 1) throw new Error(JSON.stringify(findings, null, 1));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["parts-total", "error"]]);
    expect(findings[0].message).toContain("14 đơn");
    expect(findings[0].message).toContain("12 đơn");
    const at = paragraphs.find((p) => p.ref === findings[0].paragraph);
    expect(at?.text).toContain("số đơn đã giải quyết 14 đơn");
  });

  // Summaries as consolidation makes them: counts whole, quantities with decimals, parts of a
  // total never more than it, plans and last year's figures of every size.
  const COUNT_UNITS = ["con", "người", "hộ", "trường", "vụ", "hồ sơ"];
  const QUANTITY_UNITS: Array<{ measureUnit: string; displayUnit?: string }> = [
    { measureUnit: "ha" },
    { measureUnit: "tấn" },
    { measureUnit: "triệu đồng" },
    { measureUnit: "triệu đồng", displayUnit: "tỷ đồng" },
    { measureUnit: "tạ/ha" },
  ];
  const NAMES = [
    "Đàn bò",
    "Diện tích lúa",
    "Tổng thu ngân sách",
    "Số trường đạt chuẩn",
    "Giá trị sản xuất",
    "Số hộ nghèo",
    "Tỷ lệ hộ nghèo",
    "Năng suất lúa",
  ];

  const PARTS = ["khu vực nông thôn", "khu vực đô thị", "khu vực miền núi"];

  const spec = fc.record({
    kind: fc.constantFrom("count", "quantity", "rate"),
    countUnit: fc.constantFrom(...COUNT_UNITS),
    quantityUnit: fc.constantFrom(...QUANTITY_UNITS),
    current: fc.oneof(
      fc.integer({ min: 0, max: 500_000 }),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
    ),
    previousRatio: fc.option(fc.double({ min: 0.2, max: 3, noNaN: true }), { nil: null }),
    planRatio: fc.option(fc.double({ min: 0.3, max: 3, noNaN: true }), { nil: null }),
    parts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
    decimals: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  });

  function build(list: Array<typeof spec extends fc.Arbitrary<infer T> ? T : never>) {
    const rows: SummaryRow[] = [];
    list.forEach((sp, i) => {
      const unit =
        sp.kind === "count"
          ? { measureUnit: sp.countUnit }
          : sp.kind === "rate"
            ? { measureUnit: "%" }
            : sp.quantityUnit;
      const whole = sp.kind === "count";
      const round = (v: number): number =>
        whole ? Math.round(v) : sp.kind === "rate" ? Math.round(Math.min(v, 100) * 10) / 10 : v;
      const current = round(sp.kind === "rate" ? sp.current % 100 : sp.current);
      const previous = sp.previousRatio === null ? null : round(current * sp.previousRatio);
      const planValue = sp.planRatio === null ? null : round(current * sp.planRatio);
      const key = `K${i}`;
      const top = row({
        key,
        name: NAMES[i],
        ...unit,
        current,
        previous,
        decimals: whole ? 0 : sp.decimals,
        plans: [
          plan(
            "Kế hoạch năm",
            planValue === null ? null : { kind: "number", value: planValue },
            current,
          ),
        ],
      });
      rows.push(top);
      if (sp.kind === "rate") return;
      // Parts share out at most the whole: their shares are scaled to sum to ≤ 1.
      const total = sp.parts.reduce((a, b) => a + b, 0);
      sp.parts.forEach((share, j) => {
        const part = round((current * share) / Math.max(1, total));
        rows.push(
          row({
            key: `${key}.${j}`,
            name: `${PARTS[j]} của ${NAMES[i].toLocaleLowerCase("vi")}`,
            ...unit,
            current: part,
            previous: previous === null ? null : round((previous * share) / Math.max(1, total)),
            decimals: whole ? 0 : sp.decimals,
            isComponent: true,
            parentKey: key,
          }),
        );
      });
    });
    return summary(rows);
  }

  it("random consistent summaries draft into reports with no finding", () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: NAMES.length }), (list) => {
        const s = build(list);
        const report = draftReport(s, [], { ...SETTINGS, yoyThreshold: 20 });
        const findings = checkDraft(sheetParagraphs(report), { summary: summaryFacts(s) });
        if (findings.length > 0) {
          throw new Error(JSON.stringify(findings, null, 1));
        }
        // The same sentences with one change retyped wrong are caught: the clean verdict is
        // not for want of reading them.
        for (const block of report.body) {
          if (block.kind !== "paragraph") continue;
          block.runs.forEach((run, i) => {
            if (run.kind !== "figure" || run.field !== "yoy.abs") return;
            const r = s.rows.find((x) => x.key === run.key);
            if (!r || r.measureUnit === "%" || !r.current || !r.previous || !r.yoy) return;
            // Only where the sentence gives this period's figure too ("Tồn tại" lists the
            // change and rate alone, which fit any last-year figure).
            const withCurrent = block.runs.some(
              (x) => x.kind === "figure" && x.key === run.key && x.field === "current",
            );
            if (!withCurrent) return;
            const wrong = formatViNumber(run.value * 3 + 10, run.decimals);
            const text = block.runs.map((x, j) => (j === i ? wrong : x.text)).join("");
            const caught = checkDraft([{ ref: 1, text }]);
            expect(caught.map((f) => f.rule)).toContain("yoy-inconsistent");
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
