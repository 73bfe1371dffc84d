import { readFileSync } from "fs";
import * as path from "path";

// Excel 2016/2019 volume-licensed show the add-in (the manifest asks for ExcelApi 1.1 only) but
// run it in an Internet Explorer webview that cannot parse the pane's script: the page itself
// must then tell the planner where to go, instead of staying blank.
it("the task pane page says what to do when its script cannot run", () => {
  const html = readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  const container = /<div id="container">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
  expect(container).toContain("standalone.html");
  expect(container).toMatch(/Phiên bản Excel này không chạy được/);
});
