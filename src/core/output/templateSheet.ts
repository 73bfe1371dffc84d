/**
 * A blank indicator sheet for a department to fill in: the metadata block and header that the
 * parser reads, and one row per catalog indicator grouped by field, codes filled in so that
 * matching never depends on how a name is typed.
 */
import type { Catalog, PlannedCell, SheetPlan, WorkbookPlan } from "../types";
import { CATALOG_SHEET_NAME, catalogToGridRows } from "../catalog/catalogWorkbook";
import { FONT, blank, framed, text } from "./cells";
import { roman } from "../text/roman";

export interface TemplateOptions {
  unit?: string;
  period?: string;
}

export function templateSheetPlan(catalog: Catalog, options: TemplateOptions = {}): SheetPlan {
  const label = { bold: true, fontName: FONT, fontSize: 12 };
  const value = { fontName: FONT, fontSize: 12 };
  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA" });
  const titles = [
    "STT",
    "Mã chỉ tiêu",
    "Chỉ tiêu",
    "ĐVT",
    "Thực hiện cùng kỳ năm trước",
    "Kế hoạch năm",
    "Thực hiện kỳ báo cáo",
    "Ghi chú",
  ];
  const rows: PlannedCell[][] = [
    [text("BIỂU CHỈ TIÊU KINH TẾ - XÃ HỘI", { ...label, fontSize: 14, hAlign: "center" })],
    [],
    [text("Đơn vị báo cáo:", label), blank(), text(options.unit ?? "", value)],
    [text("Kỳ báo cáo:", label), blank(), text(options.period ?? "", value)],
    [text("Ngày lập:", label), blank(), blank(value)],
    [text("Người lập:", label), blank(), blank(value)],
    [text("Điện thoại:", label), blank(), blank(value)],
    [],
    titles.map((t) => text(t, head)),
    titles.map((_, i) =>
      text(i < 4 ? String.fromCharCode(65 + i) : String(i - 3), {
        ...head,
        italic: true,
        fill: undefined,
      }),
    ),
  ];
  const merges = ["A1:H1", "A3:B3", "A4:B4", "A5:B5", "A6:B6", "A7:B7"];
  const c = framed();
  const sections = [...catalog.sections].sort((a, b) => a.order - b.order);
  let s = 0;
  for (const section of sections) {
    const inSection = catalog.indicators.filter((i) => i.section === section.id);
    if (inSection.length === 0) continue;
    rows.push([
      text(roman(++s), { ...c, bold: true, hAlign: "center" }),
      blank(c),
      text(section.name.toUpperCase(), { ...c, bold: true }),
      ...Array.from({ length: 5 }, () => blank(c)),
    ]);
    let n = 0;
    const isChild = (code: string) => inSection.some((i) => i.code === code);
    for (const ind of inSection) {
      const component = ind.parent !== null && isChild(ind.parent);
      rows.push([
        text(component ? "-" : String(++n), { ...c, hAlign: "center" }),
        text(ind.code, { ...c, hAlign: "center" }),
        text(ind.name, { ...c, wrap: true, italic: component, indent: component ? 1 : 0 }),
        text(ind.unit, { ...c, hAlign: "center" }),
        blank({ ...c, numFmt: "#,##0.##" }),
        blank({ ...c, numFmt: "#,##0.##" }),
        blank({ ...c, numFmt: "#,##0.##" }),
        blank(c),
      ]);
    }
  }
  return {
    name: "Biểu chỉ tiêu",
    columnWidths: [6, 10, 48, 12, 15, 15, 15, 20],
    rows,
    merges,
    freeze: { rows: 10, columns: 3 },
    printTitleRows: [9, 10],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

/**
 * The blank template workbook: the sheet to fill and the catalog it was made from, on a
 * "Danh mục chỉ tiêu" sheet a planner edits to extend the catalog (the CLI and the pane).
 */
export function templateWorkbookPlan(
  catalog: Catalog,
  options: TemplateOptions = {},
): WorkbookPlan {
  const catalogRows = catalogToGridRows(catalog);
  const catalogSheet: SheetPlan = {
    name: CATALOG_SHEET_NAME,
    columnWidths: catalogRows[0].map((_, i) => (i === 1 ? 48 : 14)),
    rows: catalogRows.map((r) =>
      r
        .map((v) => (v === null ? null : typeof v === "number" ? { number: v } : { text: v }))
        .map((value) => ({ value })),
    ),
    merges: [],
    freeze: { rows: 1, columns: 0 },
  };
  return { sheets: [templateSheetPlan(catalog, options), catalogSheet] };
}
