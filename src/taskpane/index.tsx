/**
 * The task pane's single bootstrap. Inside Excel it waits for Office.js (never forever) and
 * runs on the Excel host; in a plain browser, or with `?standalone=1`, it runs at once on the
 * standalone host (files picked from disk, results downloaded). The Excel host is loaded only
 * inside Excel, so the browser never downloads it. Both run their jobs in the batch worker.
 */
import { batchEngine } from "./engine/browserEngine";
import type { PaneHost } from "./host";
import { officeGlobal, waitForOffice } from "./officeReady";
import { renderPane, standaloneRequested } from "./render";
import { createStandaloneHost } from "../standalone/host";

/** Long enough for Excel on a slow machine; short enough that a plain browser is not stuck. */
const OFFICE_READY_TIMEOUT_MS = 8000;

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (container === null) throw new Error("Thiếu phần tử #container trong taskpane.html");

  if (standaloneRequested(window.location.search)) {
    renderPane(container, createStandaloneHost(), "page", batchEngine());
    return;
  }
  const readiness = await waitForOffice(officeGlobal(), OFFICE_READY_TIMEOUT_MS);
  if (!readiness.inExcel) {
    renderPane(container, createStandaloneHost(), "page", batchEngine());
    return;
  }
  const { createExcelHost } = await import("../excel");
  const host: PaneHost = createExcelHost();
  // Picked files are read in the same worker; the workbook's sheets through Office.js here.
  renderPane(container, host, "pane", batchEngine());
}

void start();
