/** The open workbook's sheets, for the pane's source picker (one sync). */
import type { WorkbookSheetInfo } from "../taskpane/host";
import { ExcelHostError, officeReason } from "./errors";
import { isKeptSheetName } from "./keptOutputs";
import { isOutputSheetName } from "./writeOutputs";

export async function listSheetsInExcel(): Promise<WorkbookSheetInfo[]> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name, items/visibility");
      await context.sync();
      return sheets.items
        .filter((s) => s.visibility !== "VeryHidden")
        .map((s) => ({
          name: s.name,
          // A kept "… (bản trước)" copy is an output too: never a source.
          isOutput: isOutputSheetName(s.name) || isKeptSheetName(s.name),
        }));
    });
  } catch (e) {
    throw new ExcelHostError(
      `Không đọc được danh sách trang tính của sổ làm việc: ${officeReason(e)}.`,
      e,
    );
  }
}
