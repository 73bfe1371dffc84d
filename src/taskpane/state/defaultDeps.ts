/**
 * The real implementations behind the controller: reading on the calling thread when no
 * engine is given (the browser entries give the worker engine), and the .docx writer, loaded
 * only when a report is downloaded so the pane starts faster.
 */
import { readWorkbook, writeWorkbook } from "../../io";
import type { ControllerDeps } from "./paneController";

export const defaultDeps: ControllerDeps = {
  engine: null,
  readWorkbook: (bytes, fileName) => readWorkbook(bytes, fileName),
  reportDocx: async (report) => {
    const { reportDocx } = await import("../../io/docx");
    return reportDocx(report);
  },
  workbookBytes: (plan) => writeWorkbook(plan),
  yieldToUi: () => new Promise((resolve) => setTimeout(resolve, 0)),
};
