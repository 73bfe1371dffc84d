/** Grids as communes send them and as a planner keeps the Danh sách đơn vị, for the units tests. */
import type { CellValue, SheetGrid } from "../../src/core/types";

export interface CommuneSheet {
  file: string;
  sheet?: string;
  unit: string | null;
  code?: string | number;
  /** Ngày lập as written ("10/07/2026") or a date cell. */
  date?: string | Date;
  cows: number | string;
  rice?: number;
}

/** A commune's biểu: metadata block (with "Mã đơn vị" when given), header, two indicators. */
export function communeGrid(s: CommuneSheet): SheetGrid {
  const values: CellValue[][] = [];
  if (s.unit !== null) values.push(["Đơn vị báo cáo:", s.unit]);
  if (s.code !== undefined) values.push(["Mã đơn vị:", s.code]);
  values.push(["Kỳ báo cáo:", "6 tháng đầu năm 2026"]);
  if (s.date !== undefined) values.push(["Ngày lập:", s.date]);
  values.push([]);
  values.push(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện kỳ báo cáo"]);
  values.push([1, "Đàn bò", "con", s.cows]);
  values.push([2, "Diện tích lúa", "ha", s.rice ?? 100]);
  return { file: s.file, sheet: s.sheet ?? "Biểu 01", values };
}

export function listGrid(
  rows: CellValue[][],
  opts: { file?: string; sheet?: string; header?: CellValue[]; above?: CellValue[][] } = {},
): SheetGrid {
  return {
    file: opts.file ?? "DanhSach.xlsx",
    sheet: opts.sheet ?? "Danh sách đơn vị",
    values: [
      ...(opts.above ?? []),
      opts.header ?? ["Mã đơn vị", "Tên đơn vị", "Loại", "Người liên hệ", "Điện thoại", "Hạn nộp"],
      ...rows,
    ],
  };
}
