/** Writes fixture grids as real .xlsx files, the way the offices' files arrive. */
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import * as path from "path";
import type { SheetGrid } from "../../src/core/types";

export async function writeGrids(dir: string, file: string, grids: SheetGrid[]): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.sheet);
    g.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        if (typeof v === "object" && !(v instanceof Date)) return;
        ws.getCell(r + 1, c + 1).value = v;
      });
    });
  }
  const target = path.join(dir, file);
  await wb.xlsx.writeFile(target);
  return target;
}
