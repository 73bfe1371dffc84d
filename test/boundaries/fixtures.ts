/**
 * Commune sheets as offices send them around the 1/7/2025 changes: the issuing body at the top
 * left (Nghị định 30/2020), the national motto, a title with the period, the metadata labels,
 * then STT / Chỉ tiêu / ĐVT / cùng kỳ / kế hoạch / thực hiện. Last year's sheets (2025) are
 * the former communes' own; this year's (2026) are the new communes'.
 */
import type { CellValue, SheetGrid } from "../../src/core/types";

export interface Figure {
  name: string;
  unit: string;
  current: CellValue;
  previous?: CellValue;
}

export interface CommuneSheet {
  /** "UBND xã Hướng Đạo", as the sheet's "Đơn vị báo cáo" says. */
  unit: string;
  period?: string;
  /** A "Mã đơn vị" cell, as some provinces' templates have. */
  code?: string | number;
  file?: string;
  sheet?: string;
  figures: Figure[];
}

export function communeSheet(spec: CommuneSheet): SheetGrid {
  const period = spec.period ?? "6 tháng đầu năm 2025";
  const values: CellValue[][] = [
    [spec.unit.toUpperCase(), null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [null, null, null, "Độc lập - Tự do - Hạnh phúc"],
    [],
    [`BIỂU SỐ LIỆU CHỈ TIÊU KINH TẾ - XÃ HỘI ${period.toUpperCase()}`],
    ["Đơn vị báo cáo:", spec.unit],
    ["Kỳ báo cáo:", period],
  ];
  if (spec.code !== undefined) values.push(["Mã đơn vị:", spec.code]);
  values.push([]);
  values.push([
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Thực hiện cùng kỳ năm trước",
    "Kế hoạch năm",
    "Thực hiện kỳ báo cáo",
    "Ghi chú",
  ]);
  spec.figures.forEach((f, i) => {
    values.push([i + 1, f.name, f.unit, f.previous ?? null, null, f.current, null]);
  });
  return {
    file: spec.file ?? `${spec.unit.replace(/^UBND /, "").replace(/\s+/g, "_")}_6T.xlsx`,
    sheet: spec.sheet ?? "Biểu 01",
    values,
  };
}

/** A Bảng quy đổi as a planner types it: former unit, new unit, share %. */
export function shareTableSheet(
  rows: Array<[string | number, string, CellValue]>,
  opts: { file?: string; sheet?: string; formerTitle?: string } = {},
): SheetGrid {
  return {
    file: opts.file ?? "Bang_quy_doi.xlsx",
    sheet: opts.sheet ?? "Bảng quy đổi",
    values: [
      ["BẢNG QUY ĐỔI SỐ LIỆU CÁC ĐƠN VỊ HÀNH CHÍNH CŨ"],
      [],
      ["STT", opts.formerTitle ?? "Đơn vị hành chính cũ", "Đơn vị hành chính mới", "Tỷ lệ (%)"],
      ...rows.map((r, i) => [i + 1, r[0], r[1], r[2]]),
    ],
  };
}
