/**
 * Browser-safe input/output: .xlsx bytes in, SheetGrids out; WorkbookPlans in, .xlsx bytes
 * out. Node-only helpers (paths, folders, atomic writes) live in ./node.
 */
export { readWorkbook, checkXlsxBytes, toCellValue, DEFAULT_READ_LIMITS } from "./readWorkbook";
export type { ReadLimits, ReadResult } from "./readWorkbook";
export { writeWorkbook, safeCellText, safeSheetName, DEFAULT_WRITE_DATE } from "./writeWorkbook";
export type { WriteOptions } from "./writeWorkbook";
