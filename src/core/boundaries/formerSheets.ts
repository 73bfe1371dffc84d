/**
 * Last year's sheets of former units: which former unit each is (its code when the sheet
 * carries one, else its name within the scope), and its "Thực hiện" figures by indicator.
 */
import { a1 } from "../a1";
import { createMatcher } from "../catalog";
import { matchKey } from "../text/normalize";
import type { Catalog, Issue, IndicatorSheet, Period, SheetGrid } from "../types";
import { resolveSheet } from "../validate/resolve";
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

function issue(
  grid: SheetGrid,
  cell: string | null,
  severity: Issue["severity"],
  rule: string,
  message: string,
): Issue {
  return { file: grid.file, sheet: grid.sheet, cell, severity, rule, message };
}

function describe(f: FormerEntry): string {
  const into = f.into.map((i) => i.unit.name).join(", ");
  return `${f.name} (mã ${f.code}, nay thuộc ${into})`;
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
  const where =
    scope.level === 2 && scope.province
      ? `của ${scope.province.name} trước sắp xếp`
      : "trước sắp xếp";
  for (const { grid, sheet } of items) {
    const unit = writtenUnit(grid, sheet);
    const codeCell = codeCellOf(grid, sheet.headerRows[0] ?? 1);
    const written = codeCell?.code ?? (unit ? codeInName(unit.text) : null);
    const code = written === null ? null : padCode(written, scope);
    if (!unit && code === null) {
      issues.push(
        issue(
          grid,
          null,
          "warning",
          "previous-unit-unknown",
          `Không rõ biểu năm trước “${grid.sheet}” là của đơn vị nào (thiếu “Đơn vị báo cáo” hoặc “Mã đơn vị”); không dùng làm số cùng kỳ.`,
        ),
      );
      continue;
    }
    const match = matchUnit(index, unit?.text ?? null, code);
    const at = codeCell?.cell ?? unit?.cell ?? null;
    if (match.kind === "ambiguous") {
      issues.push(
        issue(
          grid,
          at,
          "error",
          "previous-unit-ambiguous",
          `Tên “${unit?.text ?? ""}” ứng với ${match.candidates.length} đơn vị hành chính cũ ${where}: ` +
            `${match.candidates.map(describe).join("; ")}. Không tự chọn: hãy ghi mã đơn vị (5 chữ số) vào ô cạnh nhãn “Mã đơn vị” ` +
            `phía trên bảng, hoặc sau tên đơn vị, ví dụ “${unit?.text ?? ""} (mã ${match.candidates[0].code})”.`,
        ),
      );
      continue;
    }
    if (match.kind === "none") {
      issues.push(
        code !== null
          ? issue(
              grid,
              at,
              "error",
              "previous-unit-code-unknown",
              `Mã “${code}” của biểu năm trước không phải mã đơn vị hành chính cũ nào ${where}; không dùng làm số cùng kỳ.`,
            )
          : issue(
              grid,
              at,
              "warning",
              "previous-unit-not-former",
              `“${unit?.text ?? ""}” không phải tên đơn vị hành chính cũ nào ${where}; biểu năm trước này không được quy đổi.`,
            ),
      );
      continue;
    }
    const former = match.unit;
    if (match.by === "code" && unit) {
      const named = matchUnit(index, unit.text, null);
      if (named.kind === "found" && named.unit.code !== former.code) {
        issues.push(
          issue(
            grid,
            at,
            "warning",
            "previous-unit-code-name-differ",
            `Mã ${former.code} là ${former.name}, còn tên ghi là “${unit.text}”; dùng theo mã.`,
          ),
        );
      }
    }
    if (expected && sheet.period && sheet.period.key !== expected.key) {
      issues.push(
        issue(
          grid,
          sheet.periodText?.cell ?? null,
          "warning",
          "previous-unit-period",
          `Biểu năm trước của ${former.name} là kỳ “${sheet.period.label}”, không phải “${expected.label}”; không dùng làm số cùng kỳ.`,
        ),
      );
      continue;
    }
    const seen = figures.get(former.code);
    if (seen) {
      issues.push(
        issue(
          grid,
          at,
          "warning",
          "previous-unit-duplicate",
          `${former.name} có hai biểu năm trước (“${seen.file}”, trang “${seen.sheet}” và trang này); chỉ dùng biểu thứ nhất.`,
        ),
      );
      continue;
    }
    const resolved = resolveSheet(sheet, matcher);
    const values = new Map<string, FormerValue>();
    for (const rr of resolved.rows) {
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
