/**
 * The hidden marker every form written by `tonghop template` carries: a "veryHidden" sheet of
 * label/value rows. A unit may rename the file ("bieu xa A (1).xlsx") or retype the visible
 * unit name; the marker still says which unit and period the form was sent to.
 */
import type { Catalog, SheetGrid, SheetPlan, TemplateMarker } from "../types";
import { cleanText, matchKey } from "../text/normalize";

export const MARKER_SHEET = "TongHop_BieuMau";
export const TEMPLATE_ID = "tonghop-bieu-chi-tieu";

const LABELS = {
  templateId: "Mẫu",
  catalogVersion: "Phiên bản danh mục",
  unitCode: "Mã đơn vị",
  unitName: "Tên đơn vị",
  period: "Kỳ báo cáo",
} as const;

type Field = keyof typeof LABELS;

/**
 * A short fingerprint of what the form's rows were made from (codes, names, units), recorded
 * with every form (and shown by `validate --json`) so a form filled in on an older catalog can
 * be told apart; nothing refuses such a form, since its rows are matched by code anyway. FNV-1a: stable, dependency-free, and a
 * collision only costs a wrong "same catalog" note, never a figure.
 */
export function catalogVersion(catalog: Catalog): string {
  const lines = catalog.indicators.map((i) => `${i.code}\u0001${i.name}\u0001${i.unit}`).sort();
  let h = 0x811c9dc5;
  for (const line of lines) {
    for (let k = 0; k < line.length; k++) {
      h ^= line.charCodeAt(k);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x0a;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return "dm-" + h.toString(16).padStart(8, "0");
}

export function isMarkerSheetName(name: string): boolean {
  return matchKey(name) === matchKey(MARKER_SHEET);
}

export function templateMarker(
  catalog: Catalog,
  fields: { unitCode?: string | null; unitName?: string | null; period?: string | null },
): TemplateMarker {
  return {
    templateId: TEMPLATE_ID,
    catalogVersion: catalogVersion(catalog),
    unitCode: fields.unitCode?.trim() || null,
    unitName: fields.unitName?.trim() || null,
    period: fields.period?.trim() || null,
  };
}

export function markerSheetPlan(marker: TemplateMarker): SheetPlan {
  const fields = Object.keys(LABELS) as Field[];
  return {
    name: MARKER_SHEET,
    columnWidths: [22, 40],
    rows: fields.map((f) => {
      const v = marker[f];
      return [{ value: { text: LABELS[f] } }, { value: v === null ? null : { text: v } }];
    }),
    merges: [],
    state: "veryHidden",
  };
}

/** The marker in a workbook's grids, or null when it is not a TongHop form (or not a known one). */
export function readTemplateMarker(grids: readonly SheetGrid[]): TemplateMarker | null {
  const grid = grids.find((g) => isMarkerSheetName(g.sheet));
  if (!grid) return null;
  const byLabel = new Map<string, string>();
  for (const row of grid.values) {
    const label = row?.[0];
    const value = row?.[1];
    if (typeof label !== "string") continue;
    const text =
      typeof value === "string" ? cleanText(value) : typeof value === "number" ? String(value) : "";
    byLabel.set(matchKey(label), text);
  }
  const get = (f: Field): string | null => byLabel.get(matchKey(LABELS[f])) || null;
  const templateId = get("templateId");
  if (templateId !== TEMPLATE_ID) return null;
  return {
    templateId,
    catalogVersion: get("catalogVersion") ?? "",
    unitCode: get("unitCode"),
    unitName: get("unitName"),
    period: get("period"),
  };
}
