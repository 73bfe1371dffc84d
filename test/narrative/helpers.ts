/**
 * Test helpers for the narrative: summaries built by hand, and an independent check that
 * every figure written in the report text reads back to the summary's value.
 */
import type { Summary, SummaryPlan, SummaryRow } from "../../src/core/consolidate/types";
import type { Block, Report, Run } from "../../src/core/narrative/types";
import { parseViNumberDetailed } from "../../src/core/text/vnNumber";
import type { Period, PlanValue, ReportSettings } from "../../src/core/types";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/types";

export const PERIOD_H1_2026: Period = {
  kind: "6months",
  year: 2026,
  half: "first",
  key: "2026-H1",
  label: "6 tháng đầu năm 2026",
};

export function plan(
  title: string,
  value: PlanValue | null,
  current: number | null,
  judgement: SummaryPlan["judgement"] = null,
): SummaryPlan {
  const pct =
    value && value.kind === "number" && current !== null && value.value !== 0
      ? (current / value.value) * 100
      : null;
  return { title, value, pct, judgement, sources: [] };
}

/** A summary row with yoy computed as consolidation computes it. */
export function row(
  fields: Partial<SummaryRow> & { key: string; name: string; measureUnit: string },
): SummaryRow {
  const current = fields.current ?? null;
  const previous = fields.previous ?? null;
  const yoy =
    current !== null && previous !== null && previous !== 0
      ? {
          abs: current - previous,
          pct: ((current - previous) / previous) * 100,
          ratio: (current / previous) * 100,
        }
      : null;
  return {
    code: fields.key,
    section: "s1",
    sectionName: "Nông nghiệp",
    stt: "1",
    isComponent: false,
    parentKey: null,
    aggregation: "sum",
    current,
    previous,
    plans: [],
    yoy,
    sources: [],
    previousSources: [],
    previousFromWorkbook: null,
    incomplete: [],
    planNotes: [],
    notConsolidable: null,
    ...fields,
  };
}

export function summary(
  rows: SummaryRow[],
  sections = [{ id: "s1", name: "Nông nghiệp", stt: "I" }],
): Summary {
  return {
    period: PERIOD_H1_2026,
    reportingUnits: ["Thôn Bắc", "Thôn Nam"],
    sections,
    rows,
    issues: [],
  };
}

export const SETTINGS: ReportSettings = {
  ...DEFAULT_REPORT_SETTINGS,
  parentBody: "Ủy ban nhân dân tỉnh Phú Thọ",
  issuingBody: "Ủy ban nhân dân xã Hợp Hòa",
  place: "Hợp Hòa",
};

export function paragraphs(report: Report): Extract<Block, { kind: "paragraph" }>[] {
  return report.body.filter(
    (b): b is Extract<Block, { kind: "paragraph" }> => b.kind === "paragraph",
  );
}

export function plain(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}

/** The paragraph of the report that speaks of `key`, as plain text. */
export function sentenceOf(report: Report, key: string): string {
  const p = paragraphs(report).find((b) => b.keys.includes(key));
  if (!p) throw new Error(`no paragraph speaks of ${key}`);
  return plain(p.runs);
}

/**
 * Units the prose may show money in, and how many of the summary's unit make one of them.
 * Written out here rather than taken from the code under test.
 */
const LARGER_UNIT: Record<string, Record<string, number>> = {
  "triệu đồng": { "tỷ đồng": 1000 },
  "nghìn đồng": { "triệu đồng": 1000, "tỷ đồng": 1_000_000 },
  tấn: { "nghìn tấn": 1000 },
};

function divisor(r: SummaryRow): number {
  if (!r.displayUnit) return 1;
  return LARGER_UNIT[r.measureUnit]?.[r.displayUnit] ?? 1;
}

/** The summary's own value for a figure run, in the unit written next to it. */
export function truthOf(s: Summary, run: Extract<Run, { kind: "figure" }>): number {
  if (run.field === "units") return s.reportingUnits.length;
  const r = s.rows.find((x) => x.key === run.key);
  if (!r) throw new Error(`figure names unknown row ${run.key}`);
  const d = divisor(r);
  switch (run.field) {
    case "current":
      return r.current! / d;
    case "previous":
      return r.previous! / d;
    case "yoy.abs":
      return Math.abs(r.yoy!.abs) / d;
    case "yoy.pct":
      return Math.abs(r.yoy!.pct);
    case "plan.pct":
      return r.plans[run.planIndex!].pct!;
    case "plan.value": {
      const v = r.plans[run.planIndex!].value;
      if (!v || v.kind !== "number")
        throw new Error("plan.value figure for a plan that is not a number");
      return v.value / d;
    }
    case "ofTotal":
      return s.rows.find((x) => x.key === r.ofTotal)!.current! / d;
  }
}

/**
 * Re-reads every figure of every paragraph from the paragraph's TEXT (at the run's offset),
 * parses it the Vietnamese way, and checks it equals the summary's value rounded to the
 * decimals written. Also checks the text around it does not run into other digits (so
 * "12.480" is not read as part of a longer number), and that no digit in the prose comes
 * from anywhere but a figure, a plan quoted as written, a note, a name or the period.
 * Returns the number of figures checked.
 */
export function checkFigures(report: Report, s: Summary): number {
  let checked = 0;
  const planTitles = s.rows.flatMap((r) =>
    r.plans.map((p) => p.title.replace(/^KH\b/, "kế hoạch")),
  );
  const names = [...s.rows.map((r) => r.name), ...planTitles, s.period?.label ?? ""].filter(
    Boolean,
  );
  for (const p of paragraphs(report)) {
    const text = plain(p.runs);
    let offset = 0;
    let masked = "";
    for (const run of p.runs) {
      const at = text.slice(offset, offset + run.text.length);
      expect(at).toBe(run.text);
      if (run.kind === "figure") {
        const before = text.charAt(offset - 1);
        const rest = text.slice(offset + run.text.length, offset + run.text.length + 2);
        expect(before).not.toMatch(/[0-9.,]/);
        expect(/^[0-9]|^[.,][0-9]/.test(rest)).toBe(false);
        const parsed = parseViNumberDetailed(run.text);
        expect(parsed).not.toBeNull();
        expect(parsed!.percent).toBe(run.field === "yoy.pct" || run.field === "plan.pct");
        const truth = truthOf(s, run);
        const tolerance =
          0.5 * Math.pow(10, -parsed!.decimals) * (1 + 1e-9) + 1e-9 * Math.abs(truth);
        if (Math.abs(parsed!.value - truth) > tolerance) {
          throw new Error(
            `figure “${run.text}” (${run.key} ${run.field}) reads ${parsed!.value}, summary says ${truth}\nin: ${text}`,
          );
        }
        masked += " ".repeat(run.text.length);
        checked++;
      } else if (run.kind === "quote" || (run.kind === "text" && run.note)) {
        masked += " ".repeat(run.text.length);
      } else {
        let t = run.text;
        for (const n of names) t = t.split(n).join(" ".repeat(n.length));
        for (const n of names) {
          const lower = n.charAt(0).toLocaleLowerCase("vi") + n.slice(1);
          t = t.split(lower).join(" ".repeat(lower.length));
        }
        masked += t;
      }
      offset += run.text.length;
    }
    expect(offset).toBe(text.length);
    if (/\d/.test(masked))
      throw new Error(`a digit in the prose comes from no figure: “${masked.trim()}”\nin: ${text}`);
  }
  return checked;
}
