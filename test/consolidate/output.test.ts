/**
 * The consolidated workbook: the plans the core declares ("Tổng hợp", "Nguồn", "Kiểm tra"), the
 * file ExcelJS writes from them as LibreOffice reads it back, and this year's "Tổng hợp" read
 * as next year's --previous.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { defaultCatalog } from "../../src/core/catalog";
import { readPreviousFigures } from "../../src/core/consolidate";
import type { Summary } from "../../src/core/consolidate";
import {
  ISSUES_SHEET,
  SOURCES_SHEET,
  SUMMARY_SHEET,
  consolidatedWorkbookPlan,
  summarySheetPlan,
} from "../../src/core/output";
import { parseSheet } from "../../src/core/parse";
import { runConsolidate } from "../../src/core/pipeline";
import type { PlannedCell, SheetPlan } from "../../src/core/types";
import { gridFromRows, row } from "../../src/core/validate/testing/fixtures";
import { readWorkbook, writeWorkbook } from "../../src/io";
import { convertWithLibreOffice, libreOfficeAvailable, parseCsv } from "../helpers/libreoffice";
import { consolidateExamples, readExamples, type ExampleBatch } from "./helpers";

let batch: ExampleBatch;
beforeAll(async () => {
  batch = await readExamples();
});

function sheetOf(plan: { sheets: SheetPlan[] }, name: string): SheetPlan {
  const s = plan.sheets.find((x) => x.name === name);
  if (!s) throw new Error("no sheet " + name);
  return s;
}

function textOf(c: PlannedCell | undefined): string | null {
  return c?.value && "text" in c.value ? c.value.text : null;
}

function numberOf(c: PlannedCell | undefined): number | null {
  return c?.value && "number" in c.value ? c.value.number : null;
}

/** Locates the table of "Tổng hợp": header row index (0-based) and the column of each title. */
function layout(plan: SheetPlan) {
  const h1 = plan.rows.findIndex((r) => textOf(r[0]) === "STT");
  const top = plan.rows[h1].map(textOf);
  const bottom = plan.rows[h1 + 1].map(textOf);
  const col = (t: (s: string | null) => boolean, r: (string | null)[] = top) => r.findIndex(t);
  return {
    h1,
    code: col((t) => t === "Mã chỉ tiêu"),
    name: col((t) => t === "Chỉ tiêu"),
    unit: col((t) => t === "ĐVT"),
    previous: col((t) => t === "Thực hiện cùng kỳ năm trước"),
    plan: col((t) => !!t && /^(Kế hoạch|Dự toán)/.test(t)),
    current: col((t) => !!t && /^Thực hiện /.test(t) && !/cùng kỳ/.test(t)),
    ratioYoy: col((t) => t === "Cùng kỳ", bottom),
    ratioPlan: col((t) => t === "Kế hoạch", bottom),
    compare: col((t) => t === "So sánh (%)"),
  };
}

/** Data rows of "Tổng hợp" by code (rows with a code). */
function dataRows(plan: SheetPlan): Map<string, PlannedCell[]> {
  const l = layout(plan);
  const out = new Map<string, PlannedCell[]>();
  for (const r of plan.rows.slice(l.h1 + 2)) {
    const code = textOf(r[l.code]);
    if (code) out.set(code, r);
  }
  return out;
}

describe("“Tổng hợp” plan", () => {
  test("an indicator's figures on a row share one number format, the finest any of them needs", () => {
    const grid = gridFromRows(
      [
        row({
          code: "NN01",
          name: "Tổng diện tích gieo trồng cây hằng năm",
          unit: "ha",
          previous: 29238.6,
          current: 29364.68,
        }),
      ],
      { unit: "Xã Hợp Hòa" },
    );
    const run = runConsolidate([grid], defaultCatalog());
    const plan = summarySheetPlan(run.summary);
    const l = layout(plan);
    const cells = dataRows(plan).get("NN01")!;
    expect(cells[l.previous].style?.numFmt).toBe("#,##0.00");
    expect(cells[l.current].style?.numFmt).toBe("#,##0.00");
  });

  test("real numbers with number formats under a two-row header, frozen, A4 landscape, merged “So sánh (%)”", () => {
    const run = consolidateExamples(batch, true);
    const plan = summarySheetPlan(run.summary);
    const l = layout(plan);
    expect(plan.name).toBe(SUMMARY_SHEET);
    expect(plan.page).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true });
    expect(plan.freeze).toEqual({ rows: l.h1 + 2, columns: 3 });
    expect(plan.printTitleRows).toEqual([l.h1 + 1, l.h1 + 2]);
    // "So sánh (%)" spans its two sub-columns, over "Cùng kỳ" and "Kế hoạch".
    const letter = (i: number) => String.fromCharCode(65 + i);
    const lastRatio = plan.rows[l.h1].map(textOf).indexOf("Ghi chú") - 1;
    expect(lastRatio).toBeGreaterThanOrEqual(l.ratioPlan);
    expect(plan.merges).toContain(
      `${letter(l.compare)}${l.h1 + 1}:${letter(lastRatio)}${l.h1 + 1}`,
    );
    expect(l.ratioYoy).toBe(l.compare);
    expect(plan.columnWidths.length).toBe(plan.rows[l.h1].length);

    const rows = dataRows(plan);
    let numbers = 0;
    for (const r of run.summary.rows) {
      if (!r.code) continue;
      const cells = rows.get(r.code)!;
      expect(numberOf(cells[l.current])).toBe(r.current);
      // Names as written, components included (their STT 1.1 and indent show the total).
      expect(textOf(cells[l.name])).toBe(r.name);
      if (r.isComponent) expect(cells[l.name].style?.indent).toBeGreaterThan(0);
      expect(numberOf(cells[l.previous])).toBe(r.previous);
      if (r.current !== null) {
        expect(cells[l.current].style?.numFmt).toMatch(/^#,##0/);
        numbers++;
      }
      // The ratio consolidation computed (held to hand figures in behaviour.test.ts), shown as is.
      expect(numberOf(cells[l.ratioYoy])).toBe(r.yoy?.ratio ?? null);
      expect(numberOf(cells[l.ratioPlan])).toBe(r.plans[0]?.pct ?? null);
      const p = r.plans[0]?.value;
      if (p?.kind === "number") expect(numberOf(cells[l.plan])).toBe(p.value);
      else if (p) expect(textOf(cells[l.plan])).toBe(p.text);
    }
    expect(numbers).toBeGreaterThan(30);
    // Sections in catalog order, numbered I, II, …
    const sectionStts = plan.rows
      .slice(l.h1 + 2)
      .map((r) => textOf(r[0]))
      .filter((s) => s && /^[IVX]+$/.test(s));
    expect(sectionStts).toEqual(run.summary.sections.map((s) => s.stt));
  });

  test("department text beginning with =, +, - or @ is a text cell, never a formula", () => {
    const grid = gridFromRows(
      [
        row({ code: "NN07", name: "Đàn bò", unit: "con", current: 10 }),
        row({ name: "=SUM(A1)", unit: "con", current: 1 }),
        row({ name: "-Khác", unit: "hộ", current: 2 }),
        row({ name: "+Hộ mới", unit: "hộ", current: 3 }),
        row({ name: "@Ghi nhận", unit: "hộ", current: 4 }),
      ],
      { unit: '=HYPERLINK("x")' },
    );
    const run = runConsolidate([grid], defaultCatalog());
    const plan = consolidatedWorkbookPlan(run.summary, run.issues);
    const all = plan.sheets.flatMap((s) => s.rows.flat()).map(textOf);
    for (const t of ["=SUM(A1)", "-Khác", "+Hộ mới", "@Ghi nhận", '=HYPERLINK("x")']) {
      expect({ t, asText: all.includes(t) }).toEqual({ t, asText: true });
    }
  });
});

describe("“Nguồn” and “Kiểm tra” plans", () => {
  test("one row per contribution of a unit, each figure with its cell", () => {
    const run = consolidateExamples(batch, true);
    const plan = sheetOf(consolidatedWorkbookPlan(run.summary, run.issues), SOURCES_SHEET);
    const titles = plan.rows[0].map(textOf);
    const col = (t: string) => {
      const k = titles.indexOf(t);
      expect({ title: t, found: k >= 0 }).toEqual({ title: t, found: true });
      return k;
    };
    const [code, unit, file, sheet] = ["Mã chỉ tiêu", "Đơn vị báo cáo", "Tệp", "Trang tính"].map(
      col,
    );
    const [cur, curCell, prev, prevCell] = ["Thực hiện", "Ô thực hiện", "Cùng kỳ", "Ô cùng kỳ"].map(
      col,
    );
    const body = plan.rows.slice(1);
    const key = (r: PlannedCell[]) =>
      `${textOf(r[code])}|${textOf(r[unit])}|${textOf(r[file])}|${textOf(r[sheet])}`;
    // Each unit's row is there once per indicator, with every figure that entered a total.
    expect(new Set(body.map(key)).size).toBe(body.length);
    const byKey = new Map(body.map((r) => [key(r), r]));
    let figures = 0;
    for (const r of run.summary.rows) {
      for (const [sources, v, c] of [
        [r.sources, cur, curCell],
        [r.previousSources, prev, prevCell],
      ] as const) {
        for (const s of sources) {
          const line = byKey.get(
            `${r.code}|${s.from.reportingUnit}|${s.from.file}|${s.from.sheet}`,
          );
          expect(line && [numberOf(line[v]), textOf(line[c])]).toEqual([s.value, s.cell]);
          figures++;
        }
      }
      r.plans.forEach((p, k) => {
        const v = 11 + 2 * k;
        for (const s of p.sources) {
          const line = byKey.get(
            `${r.code}|${s.from.reportingUnit}|${s.from.file}|${s.from.sheet}`,
          );
          expect(line && [numberOf(line[v]), textOf(line[v + 1])]).toEqual([s.value, s.cell]);
          figures++;
        }
      });
      const w = r.previousFromWorkbook;
      if (w) {
        const line = byKey.get(`${r.code}|Bảng tổng hợp năm trước|${w.file}|${w.sheet}`);
        expect(line && [numberOf(line[prev]), textOf(line[prevCell])]).toEqual([w.value, w.cell]);
      }
    }
    // One row per unit and indicator, whatever the number of its figures.
    const units = new Set<string>();
    for (const r of run.summary.rows) {
      for (const s of [
        ...r.sources,
        ...r.previousSources,
        ...r.plans.flatMap((p) => [...p.sources]),
      ])
        units.add(`${r.code}|${s.from.reportingUnit}|${s.from.file}|${s.from.sheet}`);
      if (r.previousFromWorkbook) units.add(`${r.code}|workbook`);
    }
    expect(body.length).toBe(units.size);
    expect(body.length).toBeLessThan(figures);
  });

  test("every total of Tổng hợp is the sum of its units' rows in Nguồn", () => {
    const run = consolidateExamples(batch, true);
    const plan = sheetOf(consolidatedWorkbookPlan(run.summary, run.issues), SOURCES_SHEET);
    const titles = plan.rows[0].map(textOf);
    const code = titles.indexOf("Mã chỉ tiêu");
    const cur = titles.indexOf("Thực hiện");
    const sums = new Map<string, number>();
    for (const r of plan.rows.slice(1)) {
      const v = numberOf(r[cur]);
      if (v !== null) sums.set(textOf(r[code])!, (sums.get(textOf(r[code])!) ?? 0) + v);
    }
    const summed = run.summary.rows.filter(
      (r) => r.aggregation === "sum" && r.code !== null && r.current !== null,
    );
    expect(summed.length).toBeGreaterThan(20);
    for (const r of summed) expect([r.code, sums.get(r.code!)]).toEqual([r.code, r.current]);
  });

  test("a rate recomputed from its parts says so on the units' rows", () => {
    const run = consolidateExamples(batch, true);
    const plan = sheetOf(consolidatedWorkbookPlan(run.summary, run.issues), SOURCES_SHEET);
    const titles = plan.rows[0].map(textOf);
    const [code, note] = ["Mã chỉ tiêu", "Ghi chú"].map((t) => titles.indexOf(t));
    const recomputed = run.summary.rows.find((r) => r.recomputed?.current && r.sources.length > 0);
    expect(recomputed).toBeDefined();
    const unit = titles.indexOf("Đơn vị báo cáo");
    const rows = plan.rows.filter(
      (r) => textOf(r[code]) === recomputed!.code && textOf(r[unit]) !== "Bảng tổng hợp năm trước",
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      expect(textOf(r[note])).toContain(
        `tổng hợp tính lại từ ${recomputed!.recomputed!.numerator}/${recomputed!.recomputed!.denominator}`,
      );
  });

  test("every issue is listed", () => {
    const run = consolidateExamples(batch, true);
    const plan = sheetOf(consolidatedWorkbookPlan(run.summary, run.issues), ISSUES_SHEET);
    const titles = plan.rows[0].map(textOf);
    const [rule, msg, cell] = ["Quy tắc", "Nội dung", "Ô"].map((t) => titles.indexOf(t));
    expect(
      plan.rows.slice(1).map((r) => [textOf(r[rule]), textOf(r[cell]), textOf(r[msg])]),
    ).toEqual(run.issues.map((i) => [i.rule, i.cell, i.message]));
  });
});

describe("the written workbook", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-consolidate-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function written(summary: Summary, issues = consolidateExamples(batch, true).issues) {
    const bytes = await writeWorkbook(consolidatedWorkbookPlan(summary, issues));
    const file = path.join(dir, `TongHop_${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(file, bytes);
    return { bytes, file };
  }

  const lo = libreOfficeAvailable() ? test : test.skip;
  lo(
    "LibreOffice reads back the summary's values from “Tổng hợp”",
    async () => {
      const run = consolidateExamples(batch, true);
      const { file } = await written(run.summary, run.issues);
      const csv = await convertWithLibreOffice(file, "csv", dir, { sheet: 1 });
      const grid = parseCsv(readFileSync(csv, "utf8"));
      const h1 = grid.findIndex((r) => r[0] === "STT");
      const top = grid[h1];
      const codeCol = top.indexOf("Mã chỉ tiêu");
      const l = layout(summarySheetPlan(run.summary));
      const byCode = new Map(
        grid
          .slice(h1 + 2)
          .filter((r) => r[codeCol])
          .map((r) => [r[codeCol], r]),
      );
      const read = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));
      const close = (a: number | null, b: number | null, what: string) => {
        if (b === null) return expect({ what, a }).toEqual({ what, a: null });
        expect({ what, isNumber: a !== null && Number.isFinite(a) }).toEqual({
          what,
          isNumber: true,
        });
        // LibreOffice writes up to 15 significant digits.
        if (Math.abs(a! - b) > 1e-12 * Math.max(1, Math.abs(b)))
          throw new Error(`${what}: read ${a}, summary ${b}`);
      };
      let checked = 0;
      for (const r of run.summary.rows) {
        if (!r.code) continue;
        const cells = byCode.get(r.code);
        expect({ code: r.code, found: cells !== undefined }).toEqual({ code: r.code, found: true });
        close(read(cells![l.current]), r.current, `${r.code} thực hiện`);
        close(read(cells![l.previous]), r.previous, `${r.code} cùng kỳ`);
        close(read(cells![l.ratioYoy]), r.yoy?.ratio ?? null, `${r.code} so sánh cùng kỳ`);
        close(read(cells![l.ratioPlan]), r.plans[0]?.pct ?? null, `${r.code} so sánh kế hoạch`);
        const p = r.plans[0]?.value;
        if (p?.kind === "number") close(read(cells![l.plan]), p.value, `${r.code} kế hoạch`);
        else if (p) expect(cells![l.plan]).toBe(p.text);
        expect(cells![l.name]).toBe(r.name);
        checked++;
      }
      expect(checked).toBeGreaterThan(40);
    },
    120_000,
  );

  test("this year's “Tổng hợp” is read next year as --previous, giving the same figures", async () => {
    const run = consolidateExamples(batch, true);
    const { bytes, file } = await written(run.summary, run.issues);
    const read = await readWorkbook(bytes, file);
    expect(read.issues).toEqual([]);
    const catalog = defaultCatalog();
    const { figures, issues } = readPreviousFigures(file, read.grids.map(parseSheet), catalog);
    expect(issues).toEqual([]);
    expect(figures!.sheet).toBe(SUMMARY_SHEET);
    expect(figures!.period?.label).toBe(run.summary.period!.label);
    let checked = 0;
    for (const r of run.summary.rows) {
      if (r.current === null) {
        expect(figures!.values.has(r.key)).toBe(false);
        continue;
      }
      expect({ key: r.key, value: figures!.values.get(r.key)?.value }).toEqual({
        key: r.key,
        value: r.current,
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
    // Nothing else is read as a figure (titles, section rows, the header).
    expect(figures!.values.size).toBe(checked);
  });
});
