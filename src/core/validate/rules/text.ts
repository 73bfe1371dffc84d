/**
 * Text: what was converted while reading, so the planner knows the names in the summary are
 * not exactly the bytes the department typed (legacy TCVN3/VNI fonts, decomposed Unicode).
 */
import { parseA1 } from "../../a1";
import type { TextConversion } from "../../types";
import { q } from "../rule";
import type { Finding, ResolvedSheet, SheetRule } from "../types";

const ENCODING_NAMES = { tcvn3: "TCVN3 (ABC)", vni: "VNI" } as const;

/** Cells a planner reads as names: indicator names and the metadata block. */
function nameAndMetaCells(s: ResolvedSheet): Set<string> {
  const cells = new Set<string>();
  for (const r of s.rows) cells.add(r.row.nameCell);
  for (const m of [
    s.parsed.reportingUnit,
    s.parsed.periodText,
    s.parsed.preparer,
    s.parsed.phone,
    s.parsed.date,
  ]) {
    if (m) cells.add(m.cell);
  }
  return cells;
}

function byPosition(a: TextConversion, b: TextConversion): number {
  const p = parseA1(a.cell);
  const r = parseA1(b.cell);
  if (!p || !r) return a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0;
  return p.row - r.row || p.col - r.col;
}

function cellList(cells: string[]): string {
  const shown = cells.slice(0, 5).join(", ");
  return cells.length > 5 ? `${shown} và ${cells.length - 5} ô khác` : shown;
}

export const legacyEncoding: SheetRule = {
  id: "legacy-encoding",
  severity: "info",
  scope: "sheet",
  description: "Chữ gõ bằng phông cũ TCVN3/VNI đã được chuyển sang Unicode.",
  check(s) {
    const legacy = s.parsed.conversions.filter((c) => c.encoding !== "decomposed").sort(byPosition);
    if (legacy.length === 0) return [];
    const named = nameAndMetaCells(s);
    const findings: Finding[] = [];
    const rest: TextConversion[] = [];
    for (const c of legacy) {
      if (!named.has(c.cell)) {
        rest.push(c);
        continue;
      }
      findings.push({
        sheet: s,
        cell: c.cell,
        message:
          `Chữ gõ bằng phông ${ENCODING_NAMES[c.encoding as "tcvn3" | "vni"]} đã được chuyển sang Unicode: ` +
          `${q(c.from)} → ${q(c.to)}. Hãy kiểm tra tên đã đọc đúng.`,
      });
    }
    // Units, notes and titles are converted the same way; one line is enough for those.
    if (rest.length > 0) {
      findings.push({
        sheet: s,
        cell: rest[0].cell,
        message:
          `${rest.length} ô khác gõ bằng phông cũ (TCVN3/VNI) cũng đã được chuyển sang Unicode: ` +
          `${cellList(rest.map((c) => c.cell))}.`,
      });
    }
    return findings;
  },
};

export const decomposedUnicode: SheetRule = {
  id: "decomposed-unicode",
  severity: "info",
  scope: "sheet",
  description: "Chữ tiếng Việt ở dạng Unicode tổ hợp đã được chuẩn hóa về dạng dựng sẵn.",
  check(s) {
    const cells = s.parsed.conversions
      .filter((c) => c.encoding === "decomposed")
      .sort(byPosition)
      .map((c) => c.cell);
    if (cells.length === 0) return [];
    return [
      {
        sheet: s,
        cell: cells[0],
        message:
          `${cells.length} ô gõ tiếng Việt ở dạng Unicode tổ hợp đã được chuẩn hóa về dạng dựng sẵn ` +
          `để so khớp tên: ${cellList(cells)}.`,
      },
    ];
  },
};

export const TEXT_RULES = [legacyEncoding, decomposedUnicode];
