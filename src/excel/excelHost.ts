/**
 * The task pane's PaneHost inside Excel: every method a thin call into one small module.
 * Components never import Office; they get this object as a prop.
 */
import type { PaneHost } from "../taskpane/host";
import { downloadsBlocked, workbookFileName } from "./api";
import { downloadBytes } from "../taskpane/download";
import { keptOutputsInExcel, restoreKeptOutputs } from "./keptOutputs";
import { listSheetsInExcel } from "./listSheets";
import { readSheets } from "./readSheets";
import { selectCellInExcel } from "./selectCell";
import { displayLanguage, loadReportSettings, saveReportSettings } from "./settings";
import { writeOutputSheets } from "./writeOutputs";
import { CHART_SHEET, chartsSupported, withChartData } from "./yoyChart";

export interface ExcelHostOptions {
  /** Payload limit to plan reads and writes for (default 5 MB, Excel on the web's). */
  payloadLimitBytes?: number;
}

export function createExcelHost(options: ExcelHostOptions = {}): PaneHost {
  return {
    kind: "excel",
    listWorkbookSheets: () => listSheetsInExcel(),
    readWorkbookSheets: (names) =>
      readSheets(names, { file: workbookFileName(), payloadLimitBytes: options.payloadLimitBytes }),
    writeOutputs: async (plan, confirmReplaceEdited, writeOptions) => {
      const charted = chartsSupported()
        ? plan.sheets
            .filter((s) => s.name === CHART_SHEET)
            .map((s) => withChartData(s, writeOptions?.chart ?? []))[0]
        : null;
      const outcome = await writeOutputSheets(
        charted
          ? { sheets: plan.sheets.map((s) => (s.name === CHART_SHEET ? charted.plan : s)) }
          : plan,
        confirmReplaceEdited,
        { ...options, chart: charted?.chart },
      );
      return { message: outcome.message, kept: outcome.kept };
    },
    keptOutputs: () => keptOutputsInExcel(),
    restoreOutputs: async () => {
      const outcome = await restoreKeptOutputs();
      return { message: outcome.message, kept: outcome.restored };
    },
    download: async (fileName, bytes, mime) => {
      if (downloadsBlocked()) return "unavailable";
      downloadBytes(fileName, bytes, mime);
      // An add-in's webview may drop the download without telling the page.
      return "unconfirmed";
    },
    selectCell: (sheet, cell) => selectCellInExcel(sheet, cell),
    loadSettings: async () => loadReportSettings(),
    saveSettings: (settings) => saveReportSettings(settings),
    language: () => displayLanguage(),
  };
}
