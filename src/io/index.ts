/**
 * Browser-safe input/output: .xlsx bytes in, SheetGrids out; WorkbookPlans in, .xlsx bytes
 * out. Node-only helpers (paths, folders, atomic writes) live in ./node.
 */
export { readWorkbook } from "./readWorkbook";
// Types of the signatures above, for callers that import only this module.
export type { ReadLimits, ReadOptions, ReadResult } from "./readWorkbook";
export { writeWorkbook } from "./writeWorkbook";
export type { WriteOptions } from "./writeWorkbook";
