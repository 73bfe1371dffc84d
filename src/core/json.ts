/**
 * The CLI's --json documents (CONTRACT.md §2). Field names are the contract's; fields may be
 * added, none removed. Numbers are unrounded: rounding happens only when text is written.
 */
import type { Summary } from "./consolidate";
import { unitFigures } from "./consolidate/byUnit";
import type { Issue, TemplateMarker } from "./types";
import type { SubmissionSummary } from "./units/types";
import type { ValidationResult } from "./validate";

export interface ValidateJson {
  issues: Issue[];
  sheets: Array<{
    file: string;
    sheet: string;
    unit: string | null;
    period: string | null;
    rows: number;
    /** Where unit and period were read from (MetaSource), and the cell; null when not found. */
    unitFrom: string | null;
    unitCell: string | null;
    periodFrom: string | null;
    periodCell: string | null;
    /** The TongHop form it was filled in on (its hidden marker); null for a department's own layout. */
    form: TemplateMarker | null;
  }>;
  skipped: Array<{ file: string; sheet: string; reason: string }>;
}

export function validateJson(validation: ValidationResult, issues: Issue[]): ValidateJson {
  return {
    issues,
    sheets: validation.sheets.map((s) => ({
      file: s.file,
      sheet: s.sheetName,
      unit: s.parsed.reportingUnit?.value ?? null,
      period: s.parsed.period?.label ?? s.parsed.periodText?.value ?? null,
      // resolveSheet keeps indicator rows only: headings never reach it.
      rows: s.rows.length,
      unitFrom: s.parsed.reportingUnit ? (s.parsed.reportingUnitFrom ?? "label") : null,
      unitCell: s.parsed.reportingUnit?.cell ?? null,
      periodFrom: s.parsed.periodText ? (s.parsed.periodFrom ?? "label") : null,
      periodCell: s.parsed.periodText?.cell ?? null,
      form: s.parsed.formMarker ?? null,
    })),
    skipped: validation.skipped.map((s) => ({ file: s.file, sheet: s.sheet, reason: s.reason })),
  };
}

export function consolidateJson(summary: Summary, issues: Issue[]) {
  return {
    issues,
    period: summary.period?.label ?? null,
    units: summary.reportingUnits,
    indicators: summary.rows.map((r) => {
      const first = r.plans[0];
      return {
        code: r.code,
        name: r.name,
        unit: r.measureUnit,
        section: r.sectionName,
        sectionId: r.section,
        stt: r.stt,
        parent: r.parentKey,
        current: r.current,
        previous: r.previous,
        plan: first?.value?.kind === "number" ? first.value.value : null,
        // The contract's two fields (the ratio the tables show is theirs, not the JSON's).
        yoy: r.yoy && { abs: r.yoy.abs, pct: r.yoy.pct },
        planPct: first?.pct ?? null,
        plans: r.plans.map((p) => ({
          title: p.title,
          value: p.value?.kind === "number" ? p.value.value : null,
          text: p.value && p.value.kind !== "number" ? p.value.text : null,
          pct: p.pct,
          judgement: p.judgement,
        })),
        incomplete: r.incomplete,
        planNotes: r.planNotes,
        notConsolidable: r.notConsolidable,
        sources: r.sources.map((s) => ({
          file: s.from.file,
          sheet: s.from.sheet,
          cell: s.cell,
          unit: s.from.reportingUnit,
          value: s.value,
        })),
        previousSources: r.previousSources.map((s) => ({
          file: s.from.file,
          sheet: s.from.sheet,
          cell: s.cell,
          unit: s.from.reportingUnit,
          value: s.value,
        })),
        previousFromWorkbook: r.previousFromWorkbook,
        byUnit: unitFigures(summary, r).map((u) => ({
          unit: u.unit,
          code: u.code,
          current: u.current,
          previous: u.previous,
          previousFrom: u.previousFrom.map((p) => ({
            code: p.code,
            name: p.name,
            type: p.type,
            share: p.share,
            value: p.value,
          })),
          note: u.note,
        })),
        // A rate recomputed from these two indicators' totals: `sources` then hold what the
        // units wrote, not what the figure was made of.
        recomputedFrom: r.recomputed
          ? { numerator: r.recomputed.numerator, denominator: r.recomputed.denominator }
          : null,
      };
    }),
  };
}

/** status --json (CONTRACT.md §4): each listed unit, its sheets, and the files of units not listed. */
export function statusJson(summary: SubmissionSummary) {
  return {
    deadline: summary.deadline,
    units: summary.units.map((u) => ({
      code: u.unit.code,
      name: u.unit.name,
      status: u.status,
      deadline: u.deadline,
      files: u.files.map((f) => ({
        file: f.file,
        sheet: f.sheet,
        date: f.date,
        dateSource: f.dateSource,
        used: f.used,
        errors: f.errors,
      })),
    })),
    unlisted: summary.unlisted.map((u) => ({
      file: u.file,
      sheet: u.sheet,
      unit: u.unit,
      date: u.date,
      dateSource: u.dateSource,
      errors: u.errors,
      reason: u.reason,
    })),
  };
}
