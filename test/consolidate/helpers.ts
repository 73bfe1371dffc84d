/** Shared set-up for the consolidation tests: the bundled examples read the way the CLI reads them. */
import * as path from "path";
import { collectXlsxPaths, readWorkbookFile } from "../../src/io/node";
import { loadCatalog, runConsolidate, type ConsolidateRun } from "../../src/core/pipeline";
import type { Catalog, Issue, SheetGrid } from "../../src/core/types";

export const ROOT = path.join(__dirname, "..", "..");
export const DEPARTMENTS = path.join(ROOT, "examples", "departments");
export const PREVIOUS = path.join(ROOT, "examples", "previous", "TongHop_6thang_2025.xlsx");

export interface ExampleBatch {
  grids: SheetGrid[];
  fileIssues: Issue[];
  previousGrids: SheetGrid[];
  catalog: Catalog;
}

let cached: Promise<ExampleBatch> | null = null;

export function readExamples(): Promise<ExampleBatch> {
  cached ??= (async () => {
    const { files, issues } = await collectXlsxPaths([DEPARTMENTS]);
    const grids: SheetGrid[] = [];
    const fileIssues: Issue[] = [...issues];
    for (const f of files) {
      const r = await readWorkbookFile(f);
      grids.push(...r.grids);
      fileIssues.push(...r.issues);
    }
    const prev = await readWorkbookFile(PREVIOUS);
    return { grids, fileIssues, previousGrids: prev.grids, catalog: loadCatalog(null).catalog };
  })();
  return cached;
}

export function consolidateExamples(batch: ExampleBatch, withPrevious: boolean): ConsolidateRun {
  return runConsolidate(batch.grids, batch.catalog, {
    fileIssues: batch.fileIssues,
    previous: withPrevious ? { file: PREVIOUS, grids: batch.previousGrids } : null,
  });
}
