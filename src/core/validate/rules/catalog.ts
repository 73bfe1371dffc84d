/**
 * Catalog: each row is matched to an indicator of the catalog, and its unit brought to the
 * catalog's, so that figures from different units add up.
 */
import { num, q, rowLabel } from "../rule";
import type { Finding, SheetRule } from "../types";

export const unknownIndicator: SheetRule = {
  id: "unknown-indicator",
  severity: "warning",
  scope: "sheet",
  description: "Chỉ tiêu không có trong danh mục: được giữ nguyên tên khi tổng hợp.",
  check(s) {
    const findings: Finding[] = [];
    for (const r of s.rows) {
      if (r.indicator) continue;
      const code = r.row.code && r.row.code.trim() !== "" ? `mã ${q(r.row.code)}, ` : "";
      const named = r.row.name.trim() !== "";
      findings.push({
        sheet: s,
        cell: r.row.nameCell,
        message: named
          ? `Chỉ tiêu ${code}${q(r.row.name)} không có trong danh mục; được tổng hợp riêng theo tên ghi trong biểu. ` +
            "Nếu đây là một chỉ tiêu trong danh mục, hãy ghi đúng mã hoặc tên."
          : `Dòng ${r.row.row} có số liệu nhưng không ghi tên chỉ tiêu` +
            (code ? ` (${code.slice(0, -2)} không có trong danh mục)` : "") +
            "; hãy ghi tên hoặc mã chỉ tiêu.",
      });
    }
    return findings;
  },
};

/** How many of a sheet's parts read by their total are named in its one finding. */
const PARTS_NAMED = 5;

export const matchedAsPart: SheetRule = {
  id: "matched-as-part",
  severity: "info",
  scope: "sheet",
  description: "Chỉ tiêu “trong đó” ghi tên ngắn (“- Lúa”) được hiểu theo chỉ tiêu tổng ở trên nó.",
  check(s) {
    const parts = s.rows.filter((r) => r.match?.by === "part");
    if (parts.length === 0) return [];
    const named = parts
      .slice(0, PARTS_NAMED)
      .map((r) => `${q(r.row.name)} (ô ${r.row.nameCell}) là ${q(r.indicator!.name)}`);
    const more = parts.length > PARTS_NAMED ? `, và ${parts.length - PARTS_NAMED} dòng khác` : "";
    return [
      {
        sheet: s,
        cell: parts[0].row.nameCell,
        message:
          `Các dòng “trong đó” ghi tên ngắn được hiểu theo chỉ tiêu tổng ở trên chúng: ` +
          `${named.join("; ")}${more}. Nếu không đúng, hãy ghi mã hoặc tên đầy đủ của chỉ tiêu.`,
      },
    ];
  },
};

export const unitConverted: SheetRule = {
  id: "unit-converted",
  severity: "info",
  scope: "sheet",
  description:
    "Đơn vị tính khác danh mục nhưng quy đổi được (ví dụ tỷ đồng → triệu đồng): giá trị được quy đổi.",
  check(s) {
    const findings: Finding[] = [];
    for (const r of s.rows) {
      if (!r.indicator || r.factor === null || r.factor === 1 || !r.row.unit) continue;
      findings.push({
        sheet: s,
        cell: r.row.unitCell ?? r.row.nameCell,
        message:
          `${rowLabel(r)}: đơn vị ${q(r.row.unit)} được quy đổi sang ${q(r.indicator.unit)} ` +
          `theo danh mục (giá trị × ${num(r.factor, undefined)}).`,
      });
    }
    return findings;
  },
};

export const unitMismatch: SheetRule = {
  id: "unit-mismatch",
  severity: "error",
  scope: "sheet",
  description:
    "Đơn vị tính không quy đổi được sang đơn vị của danh mục: giá trị bị loại khỏi tổng hợp.",
  check(s) {
    const findings: Finding[] = [];
    for (const r of s.rows) {
      if (!r.indicator || r.factor !== null) continue;
      findings.push({
        sheet: s,
        cell: r.row.unitCell ?? r.row.nameCell,
        message:
          `${rowLabel(r)} ghi đơn vị ${q(r.row.unit ?? "")}, không quy đổi được sang ${q(r.indicator.unit)} ` +
          "của danh mục; số liệu của dòng này bị loại khỏi tổng hợp.",
      });
    }
    return findings;
  },
};

export const codeNameMismatch: SheetRule = {
  id: "code-name-mismatch",
  severity: "warning",
  scope: "sheet",
  description: "Mã chỉ tiêu và tên chỉ tiêu chỉ hai chỉ tiêu khác nhau: số liệu được tính theo mã.",
  check(s) {
    const findings: Finding[] = [];
    for (const r of s.rows) {
      if (!r.match || !r.match.nameMismatch || !r.indicator) continue;
      findings.push({
        sheet: s,
        cell: r.row.codeCell ?? r.row.nameCell,
        message:
          `Mã ${q(r.row.code ?? r.indicator.code)} trong danh mục là ${q(r.indicator.name)}, nhưng tên ghi ` +
          `${q(r.row.name)}; số liệu được tính theo mã. Hãy kiểm tra lại mã hoặc tên.`,
      });
    }
    return findings;
  },
};

export const CATALOG_RULES = [
  unknownIndicator,
  matchedAsPart,
  unitConverted,
  unitMismatch,
  codeNameMismatch,
];
