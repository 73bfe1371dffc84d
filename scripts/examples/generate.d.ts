// Types for generate.js (plain CommonJS so `npm run examples` needs no build step).
import type { Workbook } from "exceljs";

export interface Mistake {
  /** Path relative to examples/, e.g. "departments/TramYTe_6thang.xlsx". */
  file: string;
  sheet: string;
  /** A1 address. */
  cell: string;
  /** What is wrong there (Vietnamese). */
  what: string;
}

export const FIXED_DATE: Date;
export function loadBatch(): unknown;
export function loadPrevious(): unknown;
export function buildAll(): { file: string; workbook: Workbook }[] & { mistakes?: Mistake[] };
export function generateExamples(outDir: string): Promise<{ files: string[]; mistakes: Mistake[] }>;
export function renderMistakes(mistakes: Mistake[]): string;
export function colLetter(col: number): string;

export interface SheetSnapshot {
  name: string;
  merges: string[];
  /** [address, value, font name, number format] for every non-empty cell. */
  cells: unknown[];
}
export function snapshotFile(file: string): Promise<SheetSnapshot[]>;
