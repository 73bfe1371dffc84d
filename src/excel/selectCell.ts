/** Takes the planner to an issue's cell: activates the sheet and selects the cell, one sync. */
import { parseA1 } from "../core/a1";
import { apiLevels } from "./api";
import { ExcelHostError, officeReason } from "./errors";

export async function selectCellInExcel(sheetName: string, cell: string | null): Promise<boolean> {
  const api = apiLevels();
  const address = cell && parseA1(cell) ? cell.replace(/\$/g, "") : "A1";
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      if (!api.nullObjects) {
        // Old Excel: a missing sheet would fail the batch, so look first (one more sync).
        sheets.load("items/name");
        await context.sync();
        if (!sheets.items.some((s) => s.name.toUpperCase() === sheetName.toUpperCase()))
          return false;
        const ws = sheets.getItem(sheetName);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
        return true;
      }
      const ws = sheets.getItemOrNullObject(sheetName);
      // Null-object operations are ignored by Excel, so all of it goes in one sync.
      ws.load("name");
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
      return !ws.isNullObject;
    });
  } catch (e) {
    throw new ExcelHostError(
      `Không chọn được ô ${address} của trang “${sheetName}”: ${officeReason(e)}.`,
      e,
    );
  }
}
