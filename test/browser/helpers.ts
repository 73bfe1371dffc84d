/*
 * What the browser tests share: Debian's Chromium (a missing one fails the suite when CI is
 * set, and skips it with a warning otherwise), building dist/web when the code is newer, and
 * the standalone page's own server on a free port of 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "..", "..");
export const CHROMIUM = "/usr/bin/chromium";
export const WEB = path.join(ROOT, "dist", "web");

export const haveChromium = fs.existsSync(CHROMIUM);

/** describe when Chromium is there; in CI its absence is a failure, not a skip. */
export function describeInBrowser(name: string, body: () => void): void {
  if (haveChromium) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`Không có ${CHROMIUM}: CI phải chạy được kiểm thử trình duyệt.`);
      });
    });
    return;
  }
  console.warn(`Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM} (cài gói Debian "chromium").`);
  describe.skip(name, body);
}

/** Arguments that keep headless Chromium from reaching any network by itself. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

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
export function ensureBuilt(): void {
  const page = path.join(WEB, "standalone.html");
  const sources = ["src/taskpane", "src/standalone", "src/core", "src/io"].map((d) =>
    newestMtime(path.join(ROOT, d)),
  );
  const sourceTime = Math.max(
    ...sources,
    fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
  );
  if (fs.existsSync(page) && fs.statSync(page).mtimeMs >= sourceTime) return;
  const result = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts `npm run standalone`'s server on a free port; resolves with its base URL. */
export function startServer(): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "serve-standalone.js")], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) resolve({ child, base: `http://127.0.0.1:${match[1]}/` });
    });
    child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

export async function pickFiles(page: Page, button: string, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await chooser.setFiles(files);
}

export async function expectCount(locator: Locator, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await locator.count()) !== count && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  expect(await locator.count()).toBe(count);
}
