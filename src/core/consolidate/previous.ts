/**
 * Last year's consolidated workbook as a source of "cùng kỳ" figures. It is read like any
 * indicator sheet (the "Tổng hợp" sheet TongHop writes has a header the parser knows), and its
 * "Thực hiện" column is what that period achieved.
 */
import { matchKey } from "../text/normalize";
import type { Catalog, Issue, ParseResult } from "../types";
import { createMatcher } from "../catalog";
import { issueOf } from "../issues";
import { resolveSheet } from "../validate/resolve";
import type { PreviousFigures } from "./types";

export function readPreviousFigures(
  file: string,
  parsed: ParseResult[],
  catalog: Catalog,
): { figures: PreviousFigures | null; issues: Issue[] } {
  const sheets = parsed.filter(
    (p): p is Extract<ParseResult, { kind: "sheet" }> => p.kind === "sheet",
  );
  const chosen =
    sheets.find((p) => matchKey(p.sheet.sheetName) === matchKey("Tổng hợp")) ?? sheets[0];
  if (!chosen) {
    return {
      figures: null,
      issues: [issueOf("previous-unreadable", { file }, { file })],
    };
  }
  const resolved = resolveSheet(chosen.sheet, createMatcher(catalog));
  const values: PreviousFigures["values"] = new Map();
  const issues: Issue[] = [];
  for (const rr of resolved.rows) {
    if (rr.row.isHeading || rr.current === null || values.has(rr.key)) continue;
    values.set(rr.key, {
      value: rr.current,
      cell: rr.row.current?.cell ?? rr.row.nameCell,
      name: rr.row.name,
    });
  }
  if (values.size === 0) {
    const sheet = chosen.sheet.sheetName;
    issues.push(issueOf("previous-empty", { file, sheet }, { file, sheet }));
  }
  return {
    figures: { file, sheet: chosen.sheet.sheetName, period: chosen.sheet.period, values },
    issues,
  };
}
