/**
 * The standalone page in a real browser for tests: Debian's Chromium driven by playwright-core,
 * the page built into dist/web (rebuilt when older than its sources) and served from
 * 127.0.0.1 by `npm run standalone`'s own server.
 *
 * Without Chromium the tests skip with a warning on a developer's machine, but fail under CI
 * (CI set), where a skipped browser test would hide that the page was never tried.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import type { Server } from "http";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "..", "..");
export const CHROMIUM = "/usr/bin/chromium";
const WEB = path.join(ROOT, "dist", "web");

/** describe() when Chromium is there; otherwise a skip, or under CI a failing test. */
export function describeWithChromium(name: string, body: () => void): void {
  if (fs.existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(
          `Thiếu ${CHROMIUM} (gói Debian "chromium"): CI phải chạy kiểm thử trình duyệt.`,
        );
      });
    });
    return;
  }
  console.warn(`Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM} (cài gói Debian "chromium").`);
  describe.skip(name, body);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!entry.name.includes(".test.")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the page when dist/web is missing or older than the code it is built from. */
export function ensurePageBuilt(): void {
  const page = path.join(WEB, "standalone.html");
  const sourceTime = Math.max(
    ...["src/taskpane", "src/standalone", "src/core", "src/io"].map((d) =>
      newestMtime(path.join(ROOT, d)),
    ),
    fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
  );
  if (fs.existsSync(page) && fs.statSync(page).mtimeMs >= sourceTime) return;
  const result = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
}

export interface ServedPage {
  base: string;
  close(): Promise<void>;
}

/** Serves dist/web on a free port of 127.0.0.1 with scripts/serve-standalone.js's server. */
export function servePage(): Promise<ServedPage> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const serve = require(path.join(ROOT, "scripts", "serve-standalone.js")) as {
    createServer(root: string): Server;
  };
  const server = serve.createServer(WEB);
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      resolve({
        base: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Clicks a button that opens a file chooser and picks `files` in it. */
export async function pickFiles(page: Page, button: string, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await chooser.setFiles(files);
}
