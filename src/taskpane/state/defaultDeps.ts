/**
 * The real implementations behind the controller: ExcelJS reading in the page, the core's
 * narrative, and the .docx writer. The .docx library is loaded only when a report is
 * downloaded, so the pane starts faster.
 */
import { draftReport, reportSheetPlan } from "../../core/narrative";
import { readWorkbook } from "../../io";
import type { ControllerDeps } from "./paneController";

export const defaultDeps: ControllerDeps = {
  readWorkbook: (bytes, fileName) => readWorkbook(bytes, fileName),
  draftReport,
  reportSheetPlan,
  reportDocx: async (report) => {
    const { reportDocx } = await import("../../io/docx");
    return reportDocx(report);
  },
  yieldToUi: () => new Promise((resolve) => setTimeout(resolve, 0)),
};
