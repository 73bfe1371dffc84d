/**
 * "Chi tiết theo đơn vị": the phụ lục planners attach to the report, one row per indicator and
 * one column per reporting unit (thực hiện), beside the total. With a province's 150 communes
 * it is many pages wide: printed landscape, the header row and the indicator columns repeated
 * on every page, so each printed page can be read alone.
 */
import { columnLetters } from "../a1";
import { currentByUnit } from "../consolidate/byUnit";
import type { Summary } from "../consolidate/types";
import type { CellStyle, PlannedCell, SheetPlan } from "../types";
import { FONT, blank, framed, num, numberFormat, text } from "./cells";

export const UNIT_DETAIL_SHEET = "Chi tiết theo đơn vị";

/** The label columns (STT, Chỉ tiêu, ĐVT) repeated on each printed page, then Tổng số. */
const LABELS = 3;
/** Titles are centred over what fits a landscape A4 page, not over 150 units' columns. */
const TITLE_COLUMNS = 10;

export function unitDetailSheetPlan(
  summary: Summary,
  options: { issuingBody?: string } = {},
): SheetPlan {
  const units = summary.reportingUnits;
  const width = LABELS + 1 + units.length;
  const titleWidth = Math.min(width, TITLE_COLUMNS);
  const rows: PlannedCell[][] = [];
  const merges: string[] = [];
  const title = { bold: true, hAlign: "center" as const, fontName: FONT, fontSize: 14 };
  const line = (value: string, style: CellStyle) => {
    rows.push([text(value, style)]);
    if (titleWidth > 1)
      merges.push(`A${rows.length}:${columnLetters(titleWidth - 1)}${rows.length}`);
  };
  if (options.issuingBody) line(options.issuingBody.toUpperCase(), { ...title, fontSize: 12 });
  line("PHỤ LỤC: SỐ LIỆU CHI TIẾT THEO ĐƠN VỊ BÁO CÁO", title);
  const period = summary.period?.label ?? "";
  line(period ? `Kỳ báo cáo: ${period}` : "Kỳ báo cáo: (chưa xác định)", {
    ...title,
    bold: false,
    fontSize: 12,
  });
  line(
    `Số thực hiện của từng đơn vị trong ${units.length} đơn vị báo cáo; cột “Tổng số” là số đã tổng hợp.`,
    { fontName: FONT, fontSize: 11, italic: true, hAlign: "center" },
  );
  rows.push([]);

  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA", fontSize: 11 });
  const header = rows.length + 1;
  rows.push(["STT", "Chỉ tiêu", "ĐVT", "Tổng số", ...units].map((t) => text(t, head)));

  const cell = framed({ fontSize: 11 });
  const component: CellStyle = { ...cell, italic: true };
  const sectionStyle = framed({ bold: true, fontSize: 11 });
  // A figure's style by its row's style and number format: 150 units × 300 indicators share
  // a handful, and one object per style lets the writers look each up once.
  const figureStyles = new Map<CellStyle, Map<string, CellStyle>>();
  const figureStyle = (style: CellStyle, numFmt: string): CellStyle => {
    let byFormat = figureStyles.get(style);
    if (!byFormat) figureStyles.set(style, (byFormat = new Map()));
    let s = byFormat.get(numFmt);
    if (!s) byFormat.set(numFmt, (s = { ...style, hAlign: "right", numFmt }));
    return s;
  };
  for (const section of summary.sections) {
    const sectionRow: PlannedCell[] = [
      text(section.stt, { ...sectionStyle, hAlign: "center" }),
      text(section.name.toUpperCase(), sectionStyle),
    ];
    while (sectionRow.length < width) sectionRow.push(blank(sectionStyle));
    rows.push(sectionRow);
    for (const row of summary.rows.filter((r) => r.section === section.id)) {
      const style = row.isComponent ? component : cell;
      const figure = (v: number | null | undefined): PlannedCell =>
        num(v, figureStyle(style, numberFormat(v, row.decimals)));
      const byUnit = currentByUnit(row);
      rows.push([
        text(row.stt, { ...style, hAlign: "center" }),
        text(row.name, { ...style, wrap: true, indent: row.isComponent ? 1 : 0 }),
        text(row.measureUnit, { ...style, hAlign: "center" }),
        figure(row.current),
        ...units.map((u) => figure(byUnit.get(u))),
      ]);
    }
  }
  return {
    name: UNIT_DETAIL_SHEET,
    columnWidths: [6, 40, 10, 14, ...units.map(() => 13)],
    rows,
    merges,
    freeze: { rows: header, columns: LABELS + 1 },
    printTitleRows: [header, header],
    printTitleColumns: [1, LABELS],
    page: { orientation: "landscape", paper: "A4", fitToWidth: false },
  };
}
