/** Shared set-up for the Excel host tests: a strict fake installed as the Office globals. */
import type { CellValue, SheetGrid } from "../../src/core/types";
import {
  createFakeExcel,
  installOfficeGlobals,
  uninstallOfficeGlobals,
  type FakeExcel,
  type FakeExcelOptions,
  type FakeSheetData,
  type FakeWorkbookData,
} from "../fakes/office";

let installed: FakeExcel | null = null;

export function useFake(data?: FakeWorkbookData, options?: FakeExcelOptions): FakeExcel {
  const fake = createFakeExcel(data, options);
  installOfficeGlobals(fake);
  installed = fake;
  return fake;
}

export function resetFake(): void {
  if (installed) uninstallOfficeGlobals();
  installed = null;
}

/** Everything a planner could see of a sheet, to compare before and after. */
export function snapshot(fake: FakeExcel, name: string): unknown {
  const s = fake.state.workbook.sheet(name);
  const used = s.usedAddress(false);
  return {
    name: s.name,
    position: fake.state.workbook.positionOf(s),
    values: used ? s.formulas(used) : [],
    formats: used ? s.numberFormats(used) : [],
    fonts: used ? s.fontNames(used) : [],
    merges: s.mergedAreas(),
    widths: Array.from({ length: 12 }, (_, c) => s.widthOf(c)),
    frozen: [s.frozenRows, s.frozenColumns],
  };
}

export function snapshotAll(fake: FakeExcel): unknown[] {
  return fake.state.workbook.sheetNames().map((n) => snapshot(fake, n));
}

const EPOCH = Date.UTC(1899, 11, 30);

/** A core grid as a sheet of the fake workbook (dates as serials with a date format). */
export function gridToSheetData(grid: SheetGrid, name: string): FakeSheetData {
  const formats: (string | null)[][] = [];
  const values = grid.values.map((row, r) =>
    (row ?? []).map((v: CellValue | undefined, c) => {
      const fmt = grid.numberFormats?.[r]?.[c] ?? null;
      (formats[r] ??= [])[c] = fmt;
      if (v === null || v === undefined) return "";
      if (v instanceof Date) {
        if (!fmt || !/[dmy]/i.test(fmt)) formats[r][c] = "dd/mm/yyyy";
        return (v.getTime() - EPOCH) / 86_400_000;
      }
      if (typeof v === "object") return v.code;
      return v;
    }),
  );
  return {
    name,
    values,
    numberFormats: formats.map((row) => Array.from(row ?? [], (f) => f ?? null)),
    fonts: grid.fonts?.map((row) => Array.from(row ?? [], (f) => f ?? null)),
    merges: grid.merges,
  };
}
