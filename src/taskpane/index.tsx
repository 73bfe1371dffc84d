/**
 * The task pane's single bootstrap: wait for Office.js (but never forever), then render the
 * app inside Fluent UI's light theme. Office-calling functions are created here or in host
 * modules and passed to components as props; components never touch the Office global.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { officeGlobal, waitForOffice } from "./officeReady";

/** Long enough for Excel on a slow machine; short enough that a plain browser is not stuck. */
const OFFICE_READY_TIMEOUT_MS = 8000;

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (container === null) throw new Error("Thiếu phần tử #container trong taskpane.html");

  const readiness = await waitForOffice(officeGlobal(), OFFICE_READY_TIMEOUT_MS);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={readiness.inExcel ? "excel" : "outside-office"} />
    </FluentProvider>,
  );
}

void start();
