/**
 * Values: each figure cell must hold one number. Text that is one Vietnamese-written number is
 * read (with a warning); anything else is left out, never guessed, and said so.
 */
import { isSingleCountUnit } from "../../catalog/countUnits";
import { foldKey } from "../../text/normalize";
import { num, q, rawText, readable, rowLabel, withUnit } from "../rule";
import type { ExcludedValue, Finding, ResolvedRow, ResolvedSheet, SheetRule } from "../types";
import type { NumberStatus } from "../../types";
import { isUsableStatus } from "../../text/readNumber";
import { ROW_FACT, fieldCells, isValueField, rowsWithFact, rowsWithFieldStatus } from "./fields";

const TEXT_NUMBER = new Set<NumberStatus>(["text-number"]);
const UNREADABLE = new Set<NumberStatus>(["invalid", "not-number"]);
const ERROR = new Set<NumberStatus>(["error"]);

export const numberAsText: SheetRule = {
  id: "number-as-text",
  severity: "warning",
  scope: "sheet",
  description: "Số được nhập dạng văn bản: vẫn được đọc, nhưng nên nhập dạng số.",
  check(s) {
    const findings: Finding[] = [];
    for (const r of rowsWithFieldStatus(s, TEXT_NUMBER)) {
      for (const f of fieldCells(r)) {
        if (f.status !== "text-number") continue;
        const read =
          f.numbers.length > 0 ? `; đã đọc là ${f.numbers.map((n) => num(n)).join("–")}` : "";
        findings.push({
          sheet: s,
          cell: f.cell,
          message:
            `Ô ${f.column} của ${rowLabel(r)} chứa số dạng văn bản ${q(rawText(f))}${read}. ` +
            "Nên nhập dạng số để Excel tính được.",
        });
      }
    }
    return findings;
  },
};

export const malformedNumber: SheetRule = {
  id: "malformed-number",
  severity: "error",
  scope: "sheet",
  description: "Ô số liệu chứa văn bản không phải là một số: giá trị bị loại khỏi tổng hợp.",
  check(s) {
    const findings: Finding[] = [];
    for (const r of rowsWithFieldStatus(s, UNREADABLE)) {
      for (const f of fieldCells(r)) {
        if (f.status !== "invalid" && f.status !== "not-number") continue;
        const value = isValueField(f.kind);
        findings.push({
          sheet: s,
          cell: f.cell,
          // A department's own ratio is recomputed anyway: unreadable, it only goes unchecked.
          severity: value ? undefined : "warning",
          message:
            `Giá trị ${q(rawText(f))} (${f.column} của ${rowLabel(r)}) không phải là một số hợp lệ; ` +
            (value ? "giá trị này bị loại khỏi tổng hợp." : "tỷ lệ này không được kiểm tra."),
        });
      }
    }
    return findings;
  },
};

export const cellErrorValue: SheetRule = {
  id: "cell-error-value",
  severity: "error",
  scope: "sheet",
  description:
    "Ô số liệu chứa lỗi công thức (#REF!, #DIV/0!, #VALUE!…): giá trị bị loại khỏi tổng hợp.",
  check(s) {
    const findings: Finding[] = [];
    for (const r of rowsWithFieldStatus(s, ERROR)) {
      for (const f of fieldCells(r)) {
        if (f.status !== "error") continue;
        const value = isValueField(f.kind);
        findings.push({
          sheet: s,
          cell: f.cell,
          severity: value ? undefined : "warning",
          message:
            `Ô ${f.column} của ${rowLabel(r)} có lỗi ${rawText(f)}; ` +
            (value
              ? "giá trị này bị loại khỏi tổng hợp. Hãy sửa công thức hoặc nhập số."
              : "tỷ lệ này không được kiểm tra."),
        });
      }
    }
    return findings;
  },
};

/** The Vietnamese name of the column an excluded value sits in. */
function excludedColumn(r: ResolvedRow, ex: ExcludedValue): string {
  if (ex.field === "previous") return "thực hiện cùng kỳ năm trước";
  if (ex.field === "current") return "thực hiện kỳ báo cáo";
  const plan = r.row.plans.find((p) => p.cell === ex.cell);
  return plan?.title ? plan.title.toLowerCase() : "kế hoạch";
}

/**
 * Range findings come from what resolveSheet left out, so a value is reported exactly when it
 * is excluded: after a percent format (a cell showing 150% holds 1,5) and unit conversion.
 */
function excludedFindings(
  s: ResolvedSheet,
  kind: ExcludedValue["kind"],
  message: (r: ResolvedRow, ex: ExcludedValue, column: string) => string,
): Finding[] {
  const findings: Finding[] = [];
  for (const r of rowsWithFact(s, ROW_FACT.excluded)) {
    for (const ex of r.excluded) {
      if (ex.kind !== kind) continue;
      findings.push({ sheet: s, cell: ex.cell, message: message(r, ex, excludedColumn(r, ex)) });
    }
  }
  return findings;
}

export const negativeValue: SheetRule = {
  id: "negative-value",
  severity: "error",
  scope: "sheet",
  description: "Số lượng, diện tích, tiền không thể âm: giá trị âm bị loại khỏi tổng hợp.",
  check: (s) =>
    excludedFindings(
      s,
      "negative",
      (r, ex, column) =>
        `${rowLabel(r)} có giá trị âm ${withUnit(ex.value ?? 0, r.row.unit)} (${column}); ` +
        "chỉ tiêu này không thể âm, giá trị bị loại khỏi tổng hợp.",
    ),
};

export const shareOutOfRange: SheetRule = {
  id: "share-out-of-range",
  severity: "error",
  scope: "sheet",
  description:
    "Tỷ lệ (%) phải nằm trong khoảng 0–100%: giá trị ngoài khoảng bị loại khỏi tổng hợp.",
  check: (s) =>
    excludedFindings(
      s,
      "share",
      (r, ex, column) =>
        `${rowLabel(r)} ghi ${num(ex.value ?? 0)}% (${column}), ngoài khoảng 0–100%; ` +
        "giá trị bị loại khỏi tổng hợp.",
    ),
};

/**
 * A warning, not an error: an indicator left blank is not wrong data, the unit simply adds
 * nothing to that total; but the planner should know before the report goes out.
 */
export const emptyCurrent: SheetRule = {
  id: "empty-current",
  severity: "warning",
  scope: "sheet",
  description:
    "Chỉ tiêu có tên nhưng chưa có số thực hiện kỳ báo cáo: đơn vị không được cộng vào chỉ tiêu đó.",
  check(s) {
    const blank = rowsWithFact(s, ROW_FACT.currentEmptyNamed).filter(
      (r) => r.row.current?.status === "empty" && r.row.name.trim() !== "",
    );
    // A TongHop form lists the whole catalog and tells units to leave what they do not track
    // blank: one finding for the sheet, not one per row (a hundred per commune otherwise).
    if (s.parsed.formMarker && blank.length > 1) {
      const named = blank.slice(0, 3).map((r) => rowLabel(r));
      return [
        {
          sheet: s,
          cell: blank[0].row.current!.cell,
          message:
            `Biểu mẫu còn ${blank.length} chỉ tiêu chưa có số thực hiện kỳ báo cáo (${named.join(", ")}` +
            `${blank.length > 3 ? ", …" : ""}); đơn vị này không được cộng vào các chỉ tiêu đó khi tổng hợp.`,
        },
      ];
    }
    return blank.map((r) => ({
      sheet: s,
      cell: r.row.current!.cell,
      message:
        `${rowLabel(r)} chưa có số thực hiện kỳ báo cáo; ` +
        "đơn vị này không được cộng vào chỉ tiêu khi tổng hợp.",
    }));
  },
};

// isSingleCountUnit normalises the spelling; a batch writes the same few units on every row.
const wholeCountMemo = new Map<string, boolean>();

/** A unit of single things (người, hộ, con), not thousands of them (nghìn người may be 1,5). */
function countsWholeThings(unit: string): boolean {
  let known = wholeCountMemo.get(unit);
  if (known === undefined) {
    known = isSingleCountUnit(unit);
    if (wholeCountMemo.size < 10_000) wholeCountMemo.set(unit, known);
  }
  return known;
}

function allWhole(r: ResolvedRow): boolean {
  if (r.current !== null && !Number.isInteger(r.current)) return false;
  if (r.previous !== null && !Number.isInteger(r.previous)) return false;
  for (const p of r.plans) if (p?.kind === "number" && !Number.isInteger(p.value)) return false;
  return true;
}

const AVERAGE_NAME_RE =
  /binh quan|trung binh|ty suat|he so|\/|\b(?:tren|moi) (?:mot|1|100|1\.?000|van)\b/;

/**
 * A warning: the figure is kept as written, but "1,82 người" is no number of people. It is
 * most often 1.820 typed the English way, or typed in an Excel set to English, where "1.820"
 * is one point eight two.
 */
export const fractionalCount: SheetRule = {
  id: "fractional-count",
  severity: "warning",
  scope: "sheet",
  description: "Số người, hộ, con … phải là số nguyên: số lẻ thập phân thường là nhập nhầm dấu.",
  check(s) {
    const findings: Finding[] = [];
    for (const r of s.rows) {
      // Most rows hold whole numbers, or no count at all: the figures as resolved (a fraction
      // in the row's unit stays one after any conversion a count unit allows) say so first.
      if (allWhole(r)) continue;
      const ind = r.indicator;
      // An average (người/hộ bình quân) or a catalog that keeps decimals may be fractional.
      if (ind && (ind.aggregation !== "sum" || (ind.decimals ?? 0) > 0)) continue;
      const unit = r.row.unit ?? ind?.unit ?? null;
      if (!unit || !countsWholeThings(unit)) continue;
      // Outside the catalog, the name says whether it is an average ("Số nhân khẩu bình quân
      // một hộ", "Tổng tỷ suất sinh"): those are fractional by nature.
      if (!ind && AVERAGE_NAME_RE.test(foldKey(r.row.name))) continue;
      const check = (column: string, cell: string | undefined, value: number | null) => {
        if (cell === undefined || value === null || Number.isInteger(value)) return;
        const thousand = Math.round(value * 1000);
        const typo = Math.abs(value * 1000 - thousand) < 1e-6 && value >= 1 && value < 1000;
        findings.push({
          sheet: s,
          cell,
          message:
            `Ô ${column} của ${rowLabel(r)} ghi ${num(value)} ${unit}; số ${unit} phải là số nguyên ` +
            "(vẫn được cộng như đã ghi)." +
            (typo
              ? ` Nếu định ghi ${num(thousand)} ${unit}, hãy sửa lại: dấu chấm ngăn hàng nghìn, dấu phẩy là thập phân.`
              : ""),
        });
      };
      check("thực hiện cùng kỳ năm trước", r.row.previous?.cell, readable(r.row.previous));
      for (const p of r.row.plans) {
        if (p.value?.kind === "number" && isUsableStatus(p.status))
          check(p.title ? p.title.toLowerCase() : "kế hoạch", p.cell, p.value.value);
      }
      check("thực hiện kỳ báo cáo", r.row.current?.cell, readable(r.row.current));
    }
    return findings;
  },
};

export const VALUE_RULES = [
  numberAsText,
  malformedNumber,
  cellErrorValue,
  negativeValue,
  shareOutOfRange,
  emptyCurrent,
  fractionalCount,
];
