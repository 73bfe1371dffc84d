/**
 * `tonghop template`: the forms a planner sends out. One workbook per unit: the protected form,
 * its Hướng dẫn sheet and the hidden marker; the blank template also carries the catalog it was
 * made from, on a "Danh mục chỉ tiêu" sheet a planner edits to extend the catalog.
 */
import type { Catalog, SheetPlan, WorkbookPlan } from "../types";
import { CATALOG_SHEET_NAME, catalogToGridRows } from "../catalog/catalogWorkbook";
import { formSheetPlan } from "./form";
import { guideSheetPlan } from "./guide";
import { markerSheetPlan, templateMarker } from "./marker";

export { FORM_SHEET, formSheetPlan } from "./form";
export { GUIDE_SHEET, guideSheetPlan } from "./guide";
export {
  MARKER_SHEET,
  TEMPLATE_ID,
  catalogVersion,
  isMarkerSheetName,
  markerSheetPlan,
  readTemplateMarker,
  templateMarker,
} from "./marker";
export { formFileName } from "./fileName";

export interface TemplateOptions {
  unit?: string;
  unitCode?: string;
  period?: string;
  deadline?: string;
  /** Add the "Danh mục chỉ tiêu" sheet (the blank template; a unit's own form does without). */
  withCatalog?: boolean;
}

function catalogSheetPlan(catalog: Catalog): SheetPlan {
  const catalogRows = catalogToGridRows(catalog);
  return {
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
}

export function templateWorkbookPlan(
  catalog: Catalog,
  options: TemplateOptions = { withCatalog: true },
): WorkbookPlan {
  const sheets = [formSheetPlan(catalog, options), guideSheetPlan(options)];
  if (options.withCatalog) sheets.push(catalogSheetPlan(catalog));
  sheets.push(
    markerSheetPlan(
      templateMarker(catalog, {
        unitCode: options.unitCode,
        unitName: options.unit,
        period: options.period,
      }),
    ),
  );
  return { sheets };
}
