/**
 * The "Báo cáo" sheet (CONTRACT.md §3): the report one paragraph per row in one wide column A,
 * Times New Roman 14, wrapped, so that selecting A, copying and pasting into Word gives clean
 * paragraphs.
 *
 * The appendix table is written as TEXT cells (Vietnamese separators, whatever the reader's
 * Excel locale) in columns B onward, on rows below the prose. Why cells and not tab-separated
 * lines: Word turns a copied cell range into a real table with its borders in one paste, while
 * tab-separated text needs "Convert Text to Table" by hand. Why B and not A: column A is one
 * 100-character paragraph column; a table there would have one absurdly wide column.
 */
import type { CellStyle, PlannedCell, SheetPlan } from "../types";
import { headingText, runsText } from "./plainText";
import type { Report } from "./types";

export const REPORT_SHEET = "Báo cáo";
export const REPORT_FONT = "Times New Roman";
export const REPORT_FONT_SIZE = 14;
export const REPORT_COLUMN_WIDTH = 100;

const base: CellStyle = {
  fontName: REPORT_FONT,
  fontSize: REPORT_FONT_SIZE,
  wrap: true,
  vAlign: "top",
};
const centred: CellStyle = { ...base, hAlign: "center" };
const body: CellStyle = { ...base, hAlign: "justify" };
const tableCell: CellStyle = {
  fontName: REPORT_FONT,
  fontSize: 12,
  wrap: true,
  vAlign: "middle",
  border: true,
};

function line(text: string, style: CellStyle): PlannedCell[] {
  return [{ value: text ? { text } : null, style }];
}

function blank(): PlannedCell[] {
  return [];
}

export function reportSheetPlan(report: Report): SheetPlan {
  const rows: PlannedCell[][] = [];
  for (const note of report.draftNotes)
    rows.push(line(note, { ...base, italic: true, fill: "FFF2CC" }));
  if (report.draftNotes.length > 0) rows.push(blank());

  const h = report.header;
  if (h.parentBody) rows.push(line(h.parentBody, centred));
  rows.push(line(h.issuingBody, { ...centred, bold: true }));
  rows.push(line(h.numberLine, centred));
  rows.push(blank());
  rows.push(line(h.nationalTitle, { ...centred, bold: true }));
  rows.push(line(h.motto, { ...centred, bold: true }));
  rows.push(line(h.placeDate, { ...centred, italic: true }));
  rows.push(blank());
  rows.push(line(report.title, { ...centred, bold: true }));
  rows.push(line(report.subject, { ...centred, bold: true }));
  rows.push(blank());

  for (const block of report.body) {
    if (block.kind === "heading")
      rows.push(line(headingText(block), { ...base, bold: true, hAlign: "left" }));
    else
      rows.push(line(runsText(block.runs), block.placeholder ? { ...body, italic: true } : body));
  }

  rows.push(blank());
  rows.push(line("Nơi nhận:", { ...base, bold: true, italic: true, hAlign: "left" }));
  for (const r of report.recipients) rows.push(line(r, { ...base, hAlign: "left" }));
  rows.push(blank());
  for (const t of report.signature.titles)
    rows.push(line(t, { ...base, bold: true, hAlign: "right" }));
  if (report.signature.name) {
    rows.push(blank(), blank(), blank());
    rows.push(line(report.signature.name, { ...base, bold: true, hAlign: "right" }));
  }

  // Appendix: title lines in A (they are paragraphs), the table itself from column B.
  const table = report.table;
  rows.push(blank(), blank());
  rows.push(line("PHỤ LỤC", { ...centred, bold: true }));
  rows.push(line(table.title, { ...centred, bold: true }));
  rows.push(line(table.caption, { ...centred, italic: true }));
  rows.push(blank());
  const head: CellStyle = { ...tableCell, bold: true, hAlign: "center", fill: "E2EFDA" };
  rows.push([{ value: null }, ...table.columns.map((c) => ({ value: { text: c }, style: head }))]);
  for (const r of table.rows) {
    const style: CellStyle = { ...tableCell, bold: r.level === 0, italic: r.level === 2 };
    rows.push([
      { value: null },
      ...r.cells.map((c, i): PlannedCell => ({
        value: c ? { text: c } : null,
        // STT and ĐVT centred, names left, figures right: as printed tables read.
        style: {
          ...style,
          hAlign:
            i === 0 || i === 2 ? "center" : i === 1 || i === r.cells.length - 1 ? "left" : "right",
        },
      })),
    ]);
  }

  const widths = [REPORT_COLUMN_WIDTH, 6, 40, 10, ...table.columns.slice(3, -1).map(() => 14), 22];
  return {
    name: REPORT_SHEET,
    columnWidths: widths,
    rows,
    merges: [],
    page: { orientation: "portrait", paper: "A4", fitToWidth: false },
  };
}
