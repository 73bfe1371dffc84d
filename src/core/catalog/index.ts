/** The indicator catalog: the default list, units, name/code matching, and the workbook form. */
export { defaultCatalog, DEFAULT_SECTIONS, PREFIX_SECTION } from "./defaultCatalog";
export { normalizeUnit, unitFactor, convertValue, isConvertibleUnit } from "./units";
export { isCountUnit } from "./countUnits";
export { createMatcher, indicatorNameKey } from "./matcher";
export type { CatalogMatch, CatalogMatcher } from "./matcher";
export {
  readCatalogGrid,
  mergeCatalogs,
  catalogToGridRows,
  isCatalogSheetName,
  CATALOG_SHEET_NAME,
} from "./catalogWorkbook";
export type { ReadCatalogOptions } from "./catalogWorkbook";
