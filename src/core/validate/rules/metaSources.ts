/**
 * Where a sheet's unit and period were read from when no label gave them: the planner sees
 * what TongHop took, and from which cell, before the figures are counted under it.
 */
import type { MetaSource } from "../../types";
import { q } from "../rule";
import type { SheetRule } from "../types";

const UNIT_PLACES: Partial<Record<MetaSource, string>> = {
  "issuing-body": "phần tên cơ quan ở đầu biểu",
  "attachment-line": "dòng “Kèm theo …” dưới tên biểu",
};

const PERIOD_PLACES: Partial<Record<MetaSource, string>> = {
  title: "tên biểu",
  "column-title": "tiêu đề cột số liệu",
};

export const reportingUnitInferred: SheetRule = {
  id: "reporting-unit-inferred",
  severity: "info",
  scope: "sheet",
  description:
    "Biểu không có nhãn “Đơn vị báo cáo”: đơn vị được đọc từ tên cơ quan ở đầu biểu hoặc dòng “Kèm theo … của …”.",
  check(s) {
    const unit = s.parsed.reportingUnit;
    const place = s.parsed.reportingUnitFrom ? UNIT_PLACES[s.parsed.reportingUnitFrom] : undefined;
    if (!unit || !place) return [];
    return [
      {
        sheet: s,
        cell: unit.cell,
        message:
          `Biểu không có nhãn “Đơn vị báo cáo”; đơn vị báo cáo được đọc là ${q(unit.value)} từ ${place} ` +
          `(ô ${unit.cell}). Nếu không đúng, hãy ghi “Đơn vị báo cáo:” và tên đơn vị vào biểu.`,
      },
    ];
  },
};

export const periodInferred: SheetRule = {
  id: "period-inferred",
  severity: "info",
  scope: "sheet",
  description:
    "Biểu không có nhãn “Kỳ báo cáo”: kỳ được đọc từ tên biểu, hoặc từ tiêu đề cột khi tên biểu không ghi kỳ.",
  check(s) {
    const text = s.parsed.periodText;
    const period = s.parsed.period;
    const place = s.parsed.periodFrom ? PERIOD_PLACES[s.parsed.periodFrom] : undefined;
    if (!text || !period || !place) return [];
    return [
      {
        sheet: s,
        cell: text.cell,
        message:
          `Biểu không có nhãn “Kỳ báo cáo”; kỳ báo cáo được đọc là ${q(period.label)} từ ${place} ` +
          `${q(text.value)} (ô ${text.cell}). Nếu không đúng, hãy ghi “Kỳ báo cáo:” và kỳ vào biểu.`,
      },
    ];
  },
};

export const META_SOURCE_RULES = [reportingUnitInferred, periodInferred];
