/**
 * Department workbooks laid out the way Vietnamese offices send them, as real .xlsx bytes:
 * the Nghị định 30/2020 heading (issuing body at the top left, national name at the top
 * right, number and place-and-date line), a title, sometimes a "(Kèm theo …)" line, then the
 * table. Nothing here carries a "Đơn vị báo cáo:" or "Kỳ báo cáo:" label unless asked to.
 */
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/io/readWorkbook";
import type { SheetGrid } from "../../src/core/types";

export type Row = Array<string | number | null>;

export interface OfficeSheet {
  name: string;
  /** Lines of the top-left block, one per row ("UBND XÃ HỢP HÒA", "PHÒNG KINH TẾ"). */
  body?: string[];
  /** The block in one cell with line breaks, as some offices type it. */
  bodyInOneCell?: boolean;
  /** "Hợp Hòa, ngày 15 tháng 6 năm 2026" on the right, under the national motto. */
  placeDate?: string;
  /** "Số: 45/BC-KT" under the block. */
  number?: string;
  /** Title lines over the table (merged across it). */
  titles?: string[];
  /** Labelled metadata lines, when the office's form has them. */
  labels?: Array<[string, string]>;
  header: string[];
  /** A second header row under the first (sub-titles under merged groups). */
  subHeader?: string[];
  /** Column numbering row under the header ("A", "B", "1", "2" …). */
  codes?: boolean;
  rows: Row[];
  /** Number formats by A1 address. */
  formats?: Record<string, string>;
  /** Ranges merged after everything is written ("D7:F7" over a header group). */
  merges?: string[];
  state?: "visible" | "hidden" | "veryHidden";
}

function colLetter(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function addSheet(wb: ExcelJS.Workbook, spec: OfficeSheet): void {
  const ws = wb.addWorksheet(spec.name, { state: spec.state ?? "visible" });
  const width = Math.max(spec.header.length, 6);
  const last = colLetter(width);
  const mid = Math.ceil(width / 2);
  let r = 1;
  const body = spec.body ?? [];
  if (body.length > 0 || spec.placeDate) {
    if (spec.bodyInOneCell && body.length > 0) {
      ws.getCell(`A1`).value = body.join("\n");
      ws.mergeCells(`A1:${colLetter(mid - 1)}2`);
    } else {
      body.forEach((line, i) => {
        ws.getCell(`A${i + 1}`).value = line;
        if (mid - 1 > 1) ws.mergeCells(`A${i + 1}:${colLetter(mid - 1)}${i + 1}`);
      });
    }
    ws.getCell(`${colLetter(mid)}1`).value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    ws.mergeCells(`${colLetter(mid)}1:${last}1`);
    ws.getCell(`${colLetter(mid)}2`).value = "Độc lập - Tự do - Hạnh phúc";
    ws.mergeCells(`${colLetter(mid)}2:${last}2`);
    if (spec.number) ws.getCell(`A${body.length + 1}`).value = spec.number;
    if (spec.placeDate) {
      ws.getCell(`${colLetter(mid)}3`).value = spec.placeDate;
      ws.mergeCells(`${colLetter(mid)}3:${last}3`);
    }
    // One blank row between the heading and the title.
    r = Math.max(body.length + (spec.number ? 1 : 0), spec.placeDate ? 3 : 2) + 2;
  }
  for (const title of spec.titles ?? []) {
    ws.getCell(`A${r}`).value = title;
    ws.mergeCells(`A${r}:${last}${r}`);
    r++;
  }
  for (const [label, value] of spec.labels ?? []) {
    ws.getCell(`A${r}`).value = label;
    ws.getCell(`C${r}`).value = value;
    r++;
  }
  if ((spec.titles ?? []).length > 0 || (spec.labels ?? []).length > 0) r++;
  ws.getRow(r).values = spec.header;
  r++;
  if (spec.subHeader) {
    ws.getRow(r).values = spec.subHeader;
    r++;
  }
  if (spec.codes) {
    ws.getRow(r).values = spec.header.map((_, i) => (i < 4 ? String.fromCharCode(65 + i) : i - 3));
    r++;
  }
  for (const row of spec.rows) {
    ws.getRow(r).values = row;
    r++;
  }
  for (const [addr, fmt] of Object.entries(spec.formats ?? {})) ws.getCell(addr).numFmt = fmt;
  for (const range of spec.merges ?? []) ws.mergeCells(range);
}

export async function officeWorkbook(sheets: OfficeSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) addSheet(wb, s);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The grids TongHop reads from such a workbook, through the same reader the CLI uses. */
export async function officeGrids(file: string, sheets: OfficeSheet[]): Promise<SheetGrid[]> {
  const r = await readWorkbook(await officeWorkbook(sheets), file);
  if (r.grids.length === 0) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.grids;
}

export const STANDARD = [
  "STT",
  "Chỉ tiêu",
  "ĐVT",
  "Thực hiện cùng kỳ năm trước",
  "Kế hoạch năm",
  "Thực hiện kỳ báo cáo",
];
