/** The Excel host: what the task pane and benches import. Office.js code lives only in src/excel. */
export { createExcelHost, type ExcelHostOptions } from "./excelHost";
export { ExcelHostError } from "./errors";
export { readSheets, type ReadOptions, type ReadSheetsResult } from "./readSheets";
export {
  writeOutputSheets,
  isOutputSheetName,
  type WriteOptions,
  type WriteOutcome,
} from "./writeOutputs";
export { selectCellInExcel } from "./selectCell";
export { listSheetsInExcel } from "./listSheets";
export { toCellValue, isDateFormat, excelSerialToDate } from "./cellValues";
export { FINGERPRINTS_KEY } from "./fingerprint";
export { SETTINGS_KEY } from "./settings";
