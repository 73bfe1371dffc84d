/**
 * The whole user actions run inside Excel, for benches and tests: read the chosen sheets,
 * run the core, write the results. The pane composes the same steps through PaneHost.
 */
import { consolidatedWorkbookPlan } from "../core/output";
import {
  loadCatalog,
  runConsolidate,
  runValidate,
  type ConsolidateRun,
  type ValidateRun,
} from "../core/pipeline";
import type { Catalog, Issue, SheetGrid, WorkbookPlan } from "../core/types";
import { workbookFileName } from "./api";
import { readSheets } from "./readSheets";
import { loadReportSettings } from "./settings";
import { writeOutputSheets, type WriteOutcome } from "./writeOutputs";

export interface ActionOptions {
  catalog?: Catalog;
  payloadLimitBytes?: number;
  /** File name put in grids and issues (default: the workbook's). */
  file?: string;
}

export interface ValidateInExcelResult {
  grids: SheetGrid[];
  issues: Issue[];
  run: ValidateRun;
}

export async function validateInExcel(
  sheetNames: string[],
  options: ActionOptions = {},
): Promise<ValidateInExcelResult> {
  const read = await readSheets(sheetNames, {
    file: options.file ?? workbookFileName(),
    payloadLimitBytes: options.payloadLimitBytes,
  });
  const settings = loadReportSettings();
  const run = runValidate(read.grids, options.catalog ?? loadCatalog(null).catalog, {
    fileIssues: read.issues,
    validate: { yoyThreshold: settings.yoyThreshold },
  });
  return { grids: read.grids, issues: run.issues, run };
}

export interface ConsolidateInExcelResult {
  grids: SheetGrid[];
  issues: Issue[];
  run: ConsolidateRun;
  plan: WorkbookPlan;
  outcome: WriteOutcome;
}

export async function consolidateInExcel(
  sheetNames: string[],
  confirmReplaceEdited: (sheets: string[]) => Promise<boolean> = async () => true,
  options: ActionOptions = {},
): Promise<ConsolidateInExcelResult> {
  const read = await readSheets(sheetNames, {
    file: options.file ?? workbookFileName(),
    payloadLimitBytes: options.payloadLimitBytes,
  });
  const settings = loadReportSettings();
  const run = runConsolidate(read.grids, options.catalog ?? loadCatalog(null).catalog, {
    fileIssues: read.issues,
    validate: { yoyThreshold: settings.yoyThreshold },
  });
  const plan = consolidatedWorkbookPlan(run.summary, run.issues, {
    issuingBody: settings.issuingBody,
  });
  const outcome = await writeOutputSheets(plan, confirmReplaceEdited, {
    payloadLimitBytes: options.payloadLimitBytes,
  });
  return { grids: read.grids, issues: run.issues, run, plan, outcome };
}
