/**
 * Entry of standalone.html: the same pane on the browser host, started at once (the page
 * loads no office.js, so there is nothing to wait for and nothing fetched from elsewhere).
 * Jobs run in the batch worker, served from this page's own origin.
 */
import { batchEngine } from "../taskpane/engine/browserEngine";
import { renderPane } from "../taskpane/render";
import { createStandaloneHost } from "./host";

const container = document.getElementById("container");
if (container === null) throw new Error("Thiếu phần tử #container trong standalone.html");
renderPane(container, createStandaloneHost(), "page", batchEngine());
