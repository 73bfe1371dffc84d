/**
 * The catalog as a workbook a planner can edit: sheet "Danh mục chỉ tiêu", one indicator per
 * row under a header row of Vietnamese column titles. Reading it reports every bad cell at its
 * address and keeps the good rows; writing the catalog gives the same layout back, so the
 * default catalog can be handed out as a starting workbook (`tonghop template`).
 */
import type { Catalog, Issue, SheetGrid } from "../types";
import { issueOf } from "../issues";
import { foldKey, matchKey } from "../text/normalize";
import { defaultCatalog } from "./defaultCatalog";
import { AGGREGATION_LABEL, TITLES, findCatalogHeader, type Field } from "./catalogColumns";
import { SectionNames, readCatalogRow, type Draft, type ReportCell } from "./catalogRow";
import { keepResolvable } from "./catalogReferences";
import { indicatorNameKey } from "./matcher";

/** The sheet name planners are told to use. */
export const CATALOG_SHEET_NAME = "Danh mục chỉ tiêu";

/** True for "Danh mục chỉ tiêu" in any case, composition or spacing. */
export function isCatalogSheetName(name: string): boolean {
  return (
    matchKey(name) === matchKey(CATALOG_SHEET_NAME) || foldKey(name) === foldKey(CATALOG_SHEET_NAME)
  );
}

export interface ReadCatalogOptions {
  /**
   * The catalog this workbook extends: its codes may be used as parents and ratio parts, and
   * its sections are recognised by name. Default: the default catalog, since a planner's sheet
   * usually adds parts to the agreed totals (parent NN01, ratio …/GD01). When several sheets
   * extend one another, pass the catalog built so far.
   */
  base?: Catalog;
}

/**
 * Reads the "Danh mục chỉ tiêu" sheet. Bad rows are left out with one error per bad cell;
 * good rows are kept. A sheet with no recognisable header gives no indicators and one error.
 */
export function readCatalogGrid(
  grid: SheetGrid,
  options: ReadCatalogOptions = {},
): { catalog: Catalog; issues: Issue[] } {
  const issues: Issue[] = [];
  const report: ReportCell = (cell, id, facts) => {
    issues.push(issueOf(id, facts, { file: grid.file, sheet: grid.sheet, cell }));
  };

  const header = findCatalogHeader(grid.values);
  if (!header) {
    issues.push(issueOf("catalog-no-header", {}, { file: grid.file, sheet: grid.sheet }));
    return { catalog: { sections: [], indicators: [] }, issues };
  }

  const base = options.base ?? defaultCatalog();
  const sections = new SectionNames(base.sections);
  const seenCodes = new Map<string, string>();
  const drafts: Draft[] = [];
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const formats = grid.numberFormats?.[r];
    const draft = readCatalogRow(line, r, header.columns, sections, seenCodes, report, formats);
    if (draft) drafts.push(draft);
  }

  const indicators = keepResolvable(drafts, base.indicators, report).map((d) => d.ind);
  const usedIds = new Set(indicators.map((i) => i.section));
  return {
    catalog: {
      sections: sections.used
        .filter((s) => usedIds.has(s.id))
        .sort((a, b) => a.order - b.order)
        .map((s) => ({ ...s })),
      indicators,
    },
    issues,
  };
}

/**
 * Combines two catalogs. "replace": the extra catalog alone. "extend": the base, with the
 * extra's indicators replacing base ones of the same code in place and new ones placed after
 * the last indicator of their section; sections new to the base come after its own.
 */
export function mergeCatalogs(base: Catalog, extra: Catalog, mode: "extend" | "replace"): Catalog {
  if (mode === "replace") {
    return {
      sections: extra.sections.map((s) => ({ ...s })),
      indicators: extra.indicators.map((i) => ({ ...i, synonyms: [...i.synonyms] })),
    };
  }
  const sections = base.sections.map((s) => ({ ...s }));
  let order = Math.max(0, ...sections.map((s) => s.order));
  for (const s of [...extra.sections].sort((a, b) => a.order - b.order)) {
    if (!sections.some((b) => b.id === s.id)) sections.push({ ...s, order: ++order });
  }
  const extraByCode = new Map(extra.indicators.map((i) => [i.code.toUpperCase(), i]));
  // A name the planner's catalog gives one of its indicators is that indicator's, even where the
  // base has it under another code: the base one keeps its code, and loses the name.
  const claimed = new Map<string, string>();
  for (const i of extra.indicators) {
    for (const n of [i.name, ...i.synonyms]) claimed.set(indicatorNameKey(n), i.code.toUpperCase());
  }
  const othersClaim = (name: string, code: string): boolean => {
    const by = claimed.get(indicatorNameKey(name));
    return by !== undefined && by !== code;
  };
  const indicators = base.indicators.map((i) => {
    const over = extraByCode.get(i.code.toUpperCase());
    if (over) return { ...over, synonyms: [...over.synonyms] };
    const code = i.code.toUpperCase();
    const copy = { ...i, synonyms: i.synonyms.filter((syn) => !othersClaim(syn, code)) };
    if (othersClaim(i.name, code)) copy.nameShadowed = true;
    return copy;
  });
  const baseCodes = new Set(base.indicators.map((i) => i.code.toUpperCase()));
  for (const i of extra.indicators) {
    if (baseCodes.has(i.code.toUpperCase())) continue;
    let at = -1;
    indicators.forEach((x, k) => {
      if (x.section === i.section) at = k;
    });
    const copy = { ...i, synonyms: [...i.synonyms] };
    if (at < 0) indicators.push(copy);
    else indicators.splice(at + 1, 0, copy);
  }
  return { sections: sections.sort((a, b) => a.order - b.order), indicators };
}

/**
 * The catalog in the workbook layout readCatalogGrid reads: the header row first, then one
 * row per indicator, grouped by section in section order.
 */
export function catalogToGridRows(catalog: Catalog): (string | number | null)[][] {
  const sectionName = new Map(catalog.sections.map((s) => [s.id, s.name]));
  const sectionOrder = new Map(catalog.sections.map((s) => [s.id, s.order]));
  const ordered = catalog.indicators
    .map((ind, k) => ({ ind, k }))
    .sort(
      (a, b) =>
        (sectionOrder.get(a.ind.section) ?? 1e9) - (sectionOrder.get(b.ind.section) ?? 1e9) ||
        a.k - b.k,
    )
    .map((x) => x.ind);
  const rows: (string | number | null)[][] = [TITLES.map(([, t]) => t)];
  for (const ind of ordered) {
    const cells: Record<Field, string | number | null> = {
      code: ind.code,
      name: ind.name,
      section: sectionName.get(ind.section) ?? ind.section,
      unit: ind.unit,
      aggregation: AGGREGATION_LABEL[ind.aggregation],
      parent: ind.parent,
      synonyms: ind.synonyms.length ? ind.synonyms.join("; ") : null,
      componentRule: ind.componentRule === "exact" ? "Có" : "Không",
      ratio: ind.ratio
        ? `${ind.ratio.numerator}/${ind.ratio.denominator}` +
          (ind.ratio.scale === (ind.unit === "%" ? 100 : 1) ? "" : `×${ind.ratio.scale}`)
        : null,
      decimals: ind.decimals ?? null,
      yoyThreshold: ind.yoyThreshold ?? null,
      displayUnit: ind.displayUnit ?? null,
      template: ind.template ?? null,
      isShare: ind.isShare ? "Có" : "Không",
      nonNegative: ind.nonNegative ? "Có" : "Không",
      ofTotal: ind.ofTotal ?? null,
    };
    rows.push(TITLES.map(([f]) => cells[f]));
  }
  return rows;
}
