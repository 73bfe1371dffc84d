/**
 * Names of the files the pane offers for download, made from the report period the way
 * planners name them by hand ("TongHop_6thang_2026.xlsx", like the example of last year).
 */
import type { Period } from "../../core/types";

export function periodSlug(period: Period | null): string | null {
  if (period === null) return null;
  switch (period.kind) {
    case "month":
      return `Thang${period.month ?? ""}_${period.year}`;
    case "quarter":
      return `Quy${period.quarter ?? ""}_${period.year}`;
    case "6months":
      return period.half === "last" ? `6thangcuoi_${period.year}` : `6thang_${period.year}`;
    case "9months":
      return `9thang_${period.year}`;
    case "year":
      return `Nam_${period.year}`;
  }
}

export function consolidatedFileName(period: Period | null): string {
  const slug = periodSlug(period);
  return slug === null ? "TongHop.xlsx" : `TongHop_${slug}.xlsx`;
}

export function reportFileName(period: Period | null): string {
  const slug = periodSlug(period);
  return slug === null ? "BaoCao.docx" : `BaoCao_${slug}.docx`;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** True for names the pane reads as workbooks (.xlsx, also .xlsm saved by macro users). */
export function isWorkbookName(name: string): boolean {
  return /\.xls[xm]$/i.test(name);
}

/** The blank template the pane offers ("Tải biểu mẫu trống"). */
export const TEMPLATE_FILE_NAME = "BieuMau_ChiTieu.xlsx";
