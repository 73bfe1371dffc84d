/** Mounts the pane for a host: the one place the React tree is created. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import type { BatchEngine } from "./engine/types";
import type { PaneHost } from "./host";

/** `engine` runs the jobs (the entries give the batch worker); null runs them in the page. */
export function renderPane(
  container: HTMLElement,
  host: PaneHost,
  layout: "pane" | "page",
  engine: BatchEngine | null = null,
): void {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} layout={layout} deps={{ engine }} />
    </FluentProvider>,
  );
}

/** `?standalone=1` asks for the browser host without waiting for Office.js. */
export function standaloneRequested(search: string): boolean {
  const flag = new URLSearchParams(search).get("standalone");
  return flag !== null && flag !== "0" && flag !== "false";
}
