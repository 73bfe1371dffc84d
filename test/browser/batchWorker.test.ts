/*
 * The standalone page on a province-sized batch, in real Chromium: the job runs in the batch
 * worker (served from the page's origin, under the page's CSP), the progress bar counts every
 * file and then names each later phase, Hủy stops the job in the middle of reading, of
 * consolidating and of writing without downloading anything, the page is usable again, and
 * the downloaded workbook is the one `tonghop consolidate` writes for the same files, cell for
 * cell.
 *
 * The batch is bench/generate.js's (department files laid out as communes send them, with
 * numbers typed as text and malformed values, and a province catalog of the extra codes).
 * Hủy is clicked from inside the page the moment the bar shows the phase to interrupt (a
 * MutationObserver), so the test does not depend on how fast this machine is.
 */
import type { ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { main, type Io } from "../../src/cli/main";
import { PREFIX_SECTION, catalogToGridRows, defaultCatalog } from "../../src/core/catalog";
import type { CellValue } from "../../src/core/types";
import { readWorkbook } from "../../src/io";
import { chromium } from "playwright-core";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  describeInBrowser,
  ensureBuilt,
  pickFiles,
  startServer,
} from "./helpers";

const UNITS = 60;

interface Batch {
  dir: string;
  files: string[];
  catalogFile: string;
}
// bench/generate.js is the bench's CommonJS module; only ensureBatch is used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBatch } = require(path.join(ROOT, "bench", "generate.js")) as {
  ensureBatch(o: {
    seed: number;
    units: number;
    catalog: unknown;
    prefixSection: Record<string, string>;
    catalogToGridRows: unknown;
  }): Promise<Batch>;
};

/** Records every progress text the page shows, and clicks Hủy when one matches __cancelWhen. */
function watchProgress(): void {
  const w = window as unknown as {
    __labels: string[];
    __cancelWhen: string | null;
    __cancelledAt: string | null;
  };
  w.__labels = [];
  w.__cancelWhen = null;
  w.__cancelledAt = null;
  new MutationObserver(() => {
    const bar = document.querySelector('[role="progressbar"]');
    const label = bar?.closest(".fui-Field")?.querySelector("label")?.textContent ?? null;
    if (label === null || w.__labels[w.__labels.length - 1] === label) return;
    w.__labels.push(label);
    if (w.__cancelWhen !== null && new RegExp(w.__cancelWhen).test(label)) {
      const cancel = [...document.querySelectorAll("button")].find((b) => b.textContent === "Hủy");
      if (cancel) {
        w.__cancelWhen = null;
        w.__cancelledAt = label;
        cancel.click();
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function labels(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __labels: string[] }).__labels.splice(0));
}

function values(grid: { values: CellValue[][] }): unknown[][] {
  return grid.values.map((row) =>
    (row ?? []).map((v) => (v instanceof Date ? v.toISOString() : v)),
  );
}

describeInBrowser("standalone page: a province's batch in the worker", () => {
  let batch: Batch;
  let server: { child: ChildProcess; base: string };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let work: string;
  const downloads: Download[] = [];
  const outside: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    batch = await ensureBatch({
      seed: 2026,
      units: UNITS,
      catalog: defaultCatalog(),
      prefixSection: PREFIX_SECTION,
      catalogToGridRows,
    });
    work = fs.mkdtempSync(path.join(os.tmpdir(), "tonghop-batch-worker-"));
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    context = await browser.newContext({ acceptDownloads: true, locale: "vi-VN" });
    await context.addInitScript(watchProgress);
    page = await context.newPage();
    page.on("download", (d) => downloads.push(d));
    page.on("request", (r) => {
      if (!r.url().startsWith(server.base) && !r.url().startsWith("blob:")) outside.push(r.url());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("response", (r) => {
      // The browser asks for /favicon.ico by itself; the page has none.
      if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) problems.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
        problems.push(m.text());
    });
    await page.goto(`${server.base}standalone.html`);
    await page.getByRole("heading", { level: 1, name: "TongHop" }).waitFor();
    await pickFiles(page, "Chọn tệp…", batch.files);
    await page.getByText(`Đã chọn ${UNITS} tệp.`).waitFor();
    await pickFiles(page, "Chọn tệp danh mục…", [batch.catalogFile]);
    await page.getByText(path.basename(batch.catalogFile)).first().waitFor();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const consolidateButton = () => page.getByRole("button", { name: "Tổng hợp", exact: true });
  const cancelledNotice = () => page.getByText("Đã hủy. Chưa có kết quả nào thay đổi.");

  /** Runs Tổng hợp with Hủy clicked at the first progress text matching `when`. */
  async function cancelAt(when: string): Promise<{ at: string | null; seen: string[] }> {
    await page.evaluate((w) => {
      (window as unknown as { __cancelWhen: string }).__cancelWhen = w;
    }, when);
    const before = downloads.length;
    await consolidateButton().click();
    await cancelledNotice().waitFor({ timeout: 120_000 });
    // The page is usable again at once: no bar, the steps can be started.
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await consolidateButton().isEnabled()).toBe(true);
    const at = await page.evaluate(
      () => (window as unknown as { __cancelledAt: string | null }).__cancelledAt,
    );
    // Nothing of the cancelled job reaches the planner, not even late.
    await page.waitForTimeout(1500);
    expect(downloads.length).toBe(before);
    return { at, seen: await labels(page) };
  }

  it("counts every file while reading in a worker, then names each phase, and downloads the CLI's workbook", async () => {
    await labels(page);
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 300_000 }),
      consolidateButton().click(),
    ]);
    const seen = await labels(page);
    const total = UNITS + 1; // the department files and the catalog
    const reading = seen.filter((l) => l.startsWith("Đang đọc "));
    expect(reading).toEqual([
      ...batch.files.map((f, i) => `Đang đọc ${i + 1}/${total}: ${path.basename(f)}`),
      `Đang đọc ${total}/${total}: ${path.basename(batch.catalogFile)}`,
    ]);
    expect(seen.filter((l) => !l.startsWith("Đang đọc "))).toEqual([
      `Đã đọc ${total}/${total}`,
      `Đang tổng hợp ${UNITS} biểu…`,
      "Đang dự thảo báo cáo…",
      "Đang ghi tệp TongHop_6thang_2026.xlsx…",
    ]);
    // The work was done by the batch worker, a script of the page's own origin.
    expect(page.workers().map((w) => w.url())).toEqual([
      expect.stringMatching(new RegExp(`^${server.base}tonghop-batch\\.[0-9a-f]+\\.js$`)),
    ]);

    const fromPage = path.join(work, `page-${download.suggestedFilename()}`);
    await download.saveAs(fromPage);
    // The CLI names a file by the path it is given, the page by the picked file's name: run it
    // from the batch's folder with bare names, so both name the same files alike.
    const fromCli = path.join(work, "cli.xlsx");
    let stderr = "";
    const io: Io = { stdout: () => undefined, stderr: (s) => (stderr += s) };
    const cwd = process.cwd();
    let code: number;
    try {
      process.chdir(batch.dir);
      code = await main(
        [
          "consolidate",
          ...batch.files.map((f) => path.basename(f)),
          "--catalog",
          batch.catalogFile,
          "--out",
          fromCli,
        ],
        io,
      );
    } finally {
      process.chdir(cwd);
    }
    expect([0, 1]).toContain(code);
    expect(stderr).not.toMatch(/Không ghi được/);

    const page1 = await readWorkbook(fs.readFileSync(fromPage), "page.xlsx");
    const cli = await readWorkbook(fs.readFileSync(fromCli), "cli.xlsx");
    expect(page1.issues).toEqual([]);
    expect(page1.grids.map((g) => g.sheet)).toEqual(cli.grids.map((g) => g.sheet));
    expect(page1.grids.map((g) => g.sheet)).toEqual([
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      "Báo cáo",
      "Chi tiết theo đơn vị",
    ]);
    page1.grids.forEach((grid, i) => {
      expect(values(grid)).toEqual(values(cli.grids[i]));
      // The same merged ranges; the two writers list them in different orders.
      expect([...(grid.merges ?? [])].sort()).toEqual([...(cli.grids[i].merges ?? [])].sort());
    });
    // The batch is a real one: sources from every unit, issues found.
    expect(page1.grids[1].values.length).toBeGreaterThan(UNITS * 100);
    expect(page1.grids[2].values.length).toBeGreaterThan(10);

    await page.getByRole("table", { name: "Xem trước bảng tổng hợp" }).waitFor();
    await page.getByText(/^Đã tải về tệp tổng hợp TongHop_6thang_2026\.xlsx/).waitFor();
  }, 600_000);

  it("Hủy while reading stops at once: no download, the page usable, then a full run works", async () => {
    const { at, seen } = await cancelAt("^Đang đọc 10/");
    expect(at).toMatch(/^Đang đọc 10\//);
    expect(seen.some((l) => l.startsWith("Đang tổng hợp"))).toBe(false);
    expect(seen.filter((l) => l.startsWith("Đang đọc ")).length).toBeLessThanOrEqual(10);

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 300_000 }),
      consolidateButton().click(),
    ]);
    expect(download.suggestedFilename()).toBe("TongHop_6thang_2026.xlsx");
    const seenAgain = await labels(page);
    expect(seenAgain.filter((l) => l.startsWith("Đang đọc ")).length).toBe(UNITS + 1);
  }, 600_000);

  it("Hủy while consolidating, and while writing the workbook, keeps nothing", async () => {
    const during = await cancelAt("^Đang tổng hợp");
    expect(during.at).toBe(`Đang tổng hợp ${UNITS} biểu…`);
    expect(during.seen[during.seen.length - 1]).toBe(`Đang tổng hợp ${UNITS} biểu…`);

    const writing = await cancelAt("^Đang ghi tệp");
    expect(writing.at).toBe("Đang ghi tệp TongHop_6thang_2026.xlsx…");
    expect(writing.seen[writing.seen.length - 1]).toBe("Đang ghi tệp TongHop_6thang_2026.xlsx…");

    // Kiểm tra runs in the worker too, with its own phase.
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.waitForFunction(
      (label) => (window as unknown as { __labels: string[] }).__labels.includes(label),
      `Đang kiểm tra ${UNITS} biểu…`,
      { timeout: 300_000 },
    );
    await page.getByRole("progressbar").waitFor({ state: "detached", timeout: 300_000 });
    await page.getByText(`Đã đọc ${UNITS} biểu chỉ tiêu.`).waitFor();
  }, 600_000);

  it("asked nothing of anyone but its own server, and the CSP was never extended", async () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toMatch(/worker-src|blob:[^;]*script|script-src[^;]*blob:/);
  });
});
