/**
 * Last year's sheets of former units: which former unit each is (its code when the sheet
 * carries one, else its name within the scope), and its "Thực hiện" figures by indicator.
 */
import { a1 } from "../a1";
import { createMatcher } from "../catalog";
import { issueOf, type FactsOf, type IssueKindId } from "../issues";
import { matchKey } from "../text/normalize";
import type { Catalog, Issue, IndicatorSheet, Period, SheetGrid } from "../types";
import { resolveSheet } from "../validate/resolve";
import { rawText } from "../validate/rule";
import type { BoundaryScope, FormerEntry } from "./scope";
import { indexUnits, matchUnit } from "./scope";
import { codeInName } from "./unitNames";

/** One figure of a former unit, with the cell it came from. */
export interface FormerValue {
  value: number;
  file: string;
  sheet: string;
  cell: string;
}

export interface FormerFigures {
  unit: FormerEntry;
  /** What the sheet called itself. */
  writtenName: string;
  file: string;
  sheet: string;
  values: Map<string, FormerValue>;
}

const CODE_LABELS = new Set([
  "mã đơn vị",
  "mã đơn vị hành chính",
  "mã đvhc",
  "mã xã",
  "mã số đơn vị",
  "mã đơn vị báo cáo",
  "mã tỉnh",
]);

/** A code from a "Mã đơn vị" / "Mã ĐVHC" cell above the table, with its address. */
export function codeCellOf(
  grid: SheetGrid,
  headerRow: number,
): { code: string; cell: string } | null {
  const last = Math.min(grid.values.length, Math.max(headerRow - 1, 0));
  for (let r = 0; r < last; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c + 1 < row.length; c++) {
      const label = row[c];
      if (typeof label !== "string" || !CODE_LABELS.has(matchKey(label))) continue;
      const value = row[c + 1];
      const text =
        typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
      if (!/^\d{1,5}$/.test(text)) continue;
      return { code: text, cell: a1(r, c + 1) };
    }
  }
  return null;
}

/** Codes lose their leading zeros when typed into a number cell: 8869 is 08869. */
function padCode(code: string, scope: BoundaryScope): string {
  if (scope.formers.has(code)) return code;
  return code.padStart(scope.level === 1 ? 2 : 5, "0");
}

/** The unit named in a sheet: its "Đơn vị báo cáo", else a "UBND …" line at the top (TongHop's own summary). */
function writtenUnit(
  grid: SheetGrid,
  sheet: IndicatorSheet,
): { text: string; cell: string } | null {
  if (sheet.reportingUnit)
    return { text: sheet.reportingUnit.value, cell: sheet.reportingUnit.cell };
  for (let r = 0; r < Math.min(4, grid.values.length); r++) {
    const v = grid.values[r]?.[0];
    if (typeof v === "string" && /^(ủy ban nhân dân|ubnd)\s/u.test(matchKey(v)))
      return { text: v, cell: `A${r + 1}` };
  }
  return null;
}

function issue<K extends IssueKindId>(
  grid: SheetGrid,
  cell: string | null,
  id: K,
  facts: FactsOf<K>,
): Issue {
  return issueOf(id, facts, { file: grid.file, sheet: grid.sheet, cell });
}

export interface FormerSheetsRead {
  figures: Map<string, FormerFigures>;
  issues: Issue[];
}

/**
 * Reads every grid as a former unit's sheet. `expected` is the period last year's figures must
 * be of (cùng kỳ of this year's period), when known.
 */
export function readFormerSheets(
  items: Array<{ grid: SheetGrid; sheet: IndicatorSheet }>,
  scope: BoundaryScope,
  catalog: Catalog,
  expected: Period | null,
): FormerSheetsRead {
  const index = indexUnits(scope.formers.values());
  const matcher = createMatcher(catalog);
  const figures = new Map<string, FormerFigures>();
  const issues: Issue[] = [];
  const province = scope.level === 2 && scope.province ? scope.province.name : null;
  for (const { grid, sheet } of items) {
    const unit = writtenUnit(grid, sheet);
    const codeCell = codeCellOf(grid, sheet.headerRows[0] ?? 1);
    const written = codeCell?.code ?? (unit ? codeInName(unit.text) : null);
    const code = written === null ? null : padCode(written, scope);
    if (!unit && code === null) {
      issues.push(issue(grid, null, "previous-unit-unknown", { sheet: grid.sheet }));
      continue;
    }
    const match = matchUnit(index, unit?.text ?? null, code);
    const at = codeCell?.cell ?? unit?.cell ?? null;
    if (match.kind === "ambiguous") {
      issues.push(
        issue(grid, at, "previous-unit-ambiguous", {
          written: unit?.text ?? "",
          province,
          candidates: match.candidates.map((f) => ({
            name: f.name,
            code: f.code,
            into: f.into.map((i) => i.unit.name),
          })),
        }),
      );
      continue;
    }
    if (match.kind === "none") {
      issues.push(
        code !== null
          ? issue(grid, at, "previous-unit-code-unknown", { code, province })
          : issue(grid, at, "previous-unit-not-former", { written: unit?.text ?? "", province }),
      );
      continue;
    }
    const former = match.unit;
    if (match.by === "code" && unit) {
      const named = matchUnit(index, unit.text, null);
      if (named.kind === "found" && named.unit.code !== former.code) {
        issues.push(
          issue(grid, at, "previous-unit-code-name-differ", {
            code: former.code,
            name: former.name,
            written: unit.text,
          }),
        );
      }
    }
    if (expected && sheet.period && sheet.period.key !== expected.key) {
      issues.push(
        issue(grid, sheet.periodText?.cell ?? null, "previous-unit-period", {
          unit: former.name,
          period: sheet.period.label,
          expected: expected.label,
        }),
      );
      continue;
    }
    const seen = figures.get(former.code);
    if (seen) {
      issues.push(
        issue(grid, at, "previous-unit-duplicate", {
          unit: former.name,
          firstFile: seen.file,
          firstSheet: seen.sheet,
        }),
      );
      continue;
    }
    const resolved = resolveSheet(sheet, matcher);
    const values = new Map<string, FormerValue>();
    for (const rr of resolved.rows) {
      // "3.41.5" in Đàn lợn: without a word, the note said the unit gave no figure for it.
      for (const ex of rr.excluded) {
        if (ex.field !== "current" || rr.row.current?.cell !== ex.cell) continue;
        issues.push(
          issue(grid, ex.cell, "previous-unit-value-excluded", {
            unit: former.name,
            indicator: rr.row.name,
            written: rawText(rr.row.current),
            reason: ex.reason,
          }),
        );
      }
      if (rr.row.isHeading || rr.current === null || values.has(rr.key)) continue;
      values.set(rr.key, {
        value: rr.current,
        file: grid.file,
        sheet: grid.sheet,
        cell: rr.row.current?.cell ?? rr.row.nameCell,
      });
    }
    figures.set(former.code, {
      unit: former,
      writtenName: unit?.text ?? former.name,
      file: grid.file,
      sheet: grid.sheet,
      values,
    });
  }
  return { figures, issues };
}
