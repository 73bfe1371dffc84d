/**
 * "Tổng hợp": the summary table as planners print it (A4 landscape), grouped by field, real
 * numbers with number formats, the header frozen and repeated on each page. Its header is one
 * the parser reads, so next year this workbook can be given as --previous.
 */
import { columnLetters } from "../a1";
import { planText } from "../consolidate/planJudgement";
import type { Summary, SummaryRow } from "../consolidate/types";
import { formatViNumber } from "../text/vnNumber";
import type { PlannedCell, SheetPlan } from "../types";
import { FONT, PERCENT_FORMAT, blank, framed, num, numberFormat, text } from "./cells";

export const SUMMARY_SHEET = "Tổng hợp";

export interface SummarySheetOptions {
  /** Title lines above the table, e.g. the issuing body. */
  issuingBody?: string;
}

function planTitles(summary: Summary): string[] {
  const count = Math.max(1, ...summary.rows.map((r) => r.plans.length));
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = summary.rows.find((r) => r.plans[i]?.title)?.plans[i].title;
    titles.push(t ?? (i === 0 ? "Kế hoạch năm" : `Kế hoạch ${i + 1}`));
  }
  return titles;
}

function noteOf(row: SummaryRow): string {
  const notes: string[] = [];
  if (row.notConsolidable) notes.push("Không tổng hợp được: các đơn vị báo cáo khác nhau.");
  for (const p of row.plans) if (p.judgement) notes.push(`${p.title}: ${p.judgement}.`);
  if (row.incomplete.length > 0) notes.push(`Chưa đầy đủ: ${row.incomplete.join(" ")}`);
  // A department may write a code the catalog does not have: still outside the catalog.
  if (row.aggregation === "unknown") notes.push("Chỉ tiêu ngoài danh mục.");
  return notes.join(" ");
}

function planCell(row: SummaryRow, i: number, style: ReturnType<typeof framed>): PlannedCell {
  const p = row.plans[i]?.value;
  if (!p) return blank(style);
  if (p.kind === "number")
    return num(p.value, { ...style, numFmt: numberFormat(p.value, row.decimals), hAlign: "right" });
  return text(planText(p, formatViNumber), { ...style, hAlign: "right" });
}

export function summarySheetPlan(summary: Summary, options: SummarySheetOptions = {}): SheetPlan {
  const plans = planTitles(summary);
  const period = summary.period?.label ?? "";
  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA" });
  const columns = [
    { top: "STT", width: 6 },
    { top: "Mã chỉ tiêu", width: 9 },
    { top: "Chỉ tiêu", width: 44 },
    { top: "ĐVT", width: 11 },
    { top: "Thực hiện cùng kỳ năm trước", width: 14 },
    ...plans.map((p) => ({ top: p, width: 14 })),
    { top: `Thực hiện ${period}`.trim(), width: 14 },
  ];
  const ratioTitles = [
    "Cùng kỳ",
    ...plans.map((p, i) => (plans.length === 1 ? "Kế hoạch" : i === 0 ? "Kế hoạch" : p)),
  ];
  const width = columns.length + ratioTitles.length + 1;
  const rows: PlannedCell[][] = [];
  const merges: string[] = [];
  const titleStyle = { bold: true, hAlign: "center" as const, fontName: FONT, fontSize: 14 };
  const lastCol = columnLetters(width - 1);
  const titleRow = (value: string, style = titleStyle) => {
    rows.push([text(value, style), ...Array.from({ length: width - 1 }, () => blank())]);
    merges.push(`A${rows.length}:${lastCol}${rows.length}`);
  };
  if (options.issuingBody)
    titleRow(options.issuingBody.toUpperCase(), { ...titleStyle, fontSize: 12 });
  titleRow("BẢNG TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI");
  titleRow(period ? `Kỳ báo cáo: ${period}` : "Kỳ báo cáo: (chưa xác định)", {
    ...titleStyle,
    bold: false,
    fontSize: 12,
  });
  titleRow(`Tổng hợp từ ${summary.units.length} đơn vị báo cáo`, {
    ...titleStyle,
    bold: false,
    fontSize: 12,
  });
  rows.push([]);

  // Two header rows: "So sánh (%)" spans its sub-columns; the other titles span both rows.
  const h1 = rows.length + 1;
  const h2 = h1 + 1;
  const top: PlannedCell[] = [];
  const bottom: PlannedCell[] = [];
  columns.forEach((c, i) => {
    top.push(text(c.top, head));
    bottom.push(blank(head));
    const col = columnLetters(i);
    merges.push(`${col}${h1}:${col}${h2}`);
  });
  const ratioStart = columns.length;
  ratioTitles.forEach((t, i) => {
    top.push(i === 0 ? text("So sánh (%)", head) : blank(head));
    bottom.push(text(t, head));
  });
  merges.push(
    `${columnLetters(ratioStart)}${h1}:${columnLetters(ratioStart + ratioTitles.length - 1)}${h1}`,
  );
  top.push(text("Ghi chú", head));
  bottom.push(blank(head));
  merges.push(`${lastCol}${h1}:${lastCol}${h2}`);
  rows.push(top, bottom);

  const cell = framed();
  const sectionStyle = framed({ bold: true });
  for (const section of summary.sections) {
    const sectionRow: PlannedCell[] = [
      text(section.stt, { ...sectionStyle, hAlign: "center" }),
      blank(sectionStyle),
      text(section.name.toUpperCase(), sectionStyle),
    ];
    while (sectionRow.length < width) sectionRow.push(blank(sectionStyle));
    rows.push(sectionRow);
    for (const row of summary.rows.filter((r) => r.section === section.id)) {
      const style = row.isComponent ? { ...cell, italic: true } : cell;
      const fmt = (v: number | null) => ({
        ...style,
        numFmt: numberFormat(v, row.decimals),
        hAlign: "right" as const,
      });
      const pct = { ...style, numFmt: PERCENT_FORMAT, hAlign: "right" as const };
      const r: PlannedCell[] = [
        text(row.stt, { ...style, hAlign: "center" }),
        text(row.code, { ...style, hAlign: "center" }),
        // A component keeps its name as written (STT 1.1, italics and indent show it belongs to
        // the total above): a "Trong đó:" prefix would change the name that next year's
        // --previous matches an indicator outside the catalog by.
        text(row.name, { ...style, wrap: true, indent: row.isComponent ? 1 : 0 }),
        text(row.unit, { ...style, hAlign: "center" }),
        num(row.previous, fmt(row.previous)),
        ...plans.map((_, i) => planCell(row, i, style)),
        num(row.current, fmt(row.current)),
        num(row.yoy ? (row.current! / row.previous!) * 100 : null, pct),
        ...plans.map((_, i) => num(row.plans[i]?.pct ?? null, pct)),
        text(noteOf(row), { ...style, wrap: true, fontSize: 10 }),
      ];
      rows.push(r);
    }
  }
  return {
    name: SUMMARY_SHEET,
    columnWidths: [...columns.map((c) => c.width), ...ratioTitles.map(() => 10), 30],
    rows,
    merges,
    freeze: { rows: h2, columns: 3 },
    printTitleRows: [h1, h2],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}
