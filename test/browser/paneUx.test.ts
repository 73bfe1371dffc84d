/*
 * The pane as a planner lives in it (issue 16), in real Chromium through the standalone page
 * at the task pane's real widths, by keyboard only: every outcome lands beside its step with
 * the focus, Tab presses are counted, the summary fits 320 px with every row reachable, axe
 * finds no serious or critical violation, and a 150-unit batch's ~3 000 issues stay one Tab
 * stop away. axe-core is injected from node_modules (no network); the page's CSP is bypassed
 * for that one script only in this context.
 */
import type { ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { PREFIX_SECTION, catalogToGridRows, defaultCatalog } from "../../src/core/catalog";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  describeInBrowser,
  ensureBuilt,
  expectCount,
  startServer,
} from "./helpers";

const ARTIFACTS = path.join(ROOT, "test-artifacts", "pane-ux");
const DEPARTMENTS = path.join(ROOT, "examples", "departments");
const PREVIOUS = path.join(ROOT, "examples", "previous", "TongHop_6thang_2025.xlsx");
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBatch } = require("../../bench/generate") as {
  ensureBatch(o: object): Promise<{ files: string[] }>;
};

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; html: string }[];
}

/** Serious and critical axe violations of the page's own markup as it is now. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(c: unknown): Promise<{ violations: unknown }> } }
    ).axe;
    // Fluent's focus manager (tabster) adds hidden focus sentinels: Fluent's markup, not ours.
    const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
    return (await axe.run(context)).violations as AxeViolation[];
  });
  return result
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      ...v,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
}

/** What the focused element is called: its aria-label, else its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (el === null || el === document.body) return "";
    return (el.getAttribute("aria-label") ?? el.textContent ?? "").trim();
  });
}

/** Presses Tab until the focus is on an element named `name`; returns the number of presses. */
async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press("Tab");
    const now = await focusedName(page);
    if (typeof name === "string" ? now === name : name.test(now)) return presses;
  }
  throw new Error(
    `“${String(name)}” not reached in ${max} Tab presses (at “${await focusedName(page)}”)`,
  );
}

/** The focused element's text, once it contains `text` (the outcome of a job that runs). */
async function focusLandsOn(page: Page, text: RegExp, timeout = 120_000): Promise<string> {
  const handle = await page.waitForFunction(
    (source) => {
      const el = document.activeElement as HTMLElement | null;
      const content = el?.textContent ?? "";
      return new RegExp(source).test(content) ? content : false;
    },
    text.source,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as string;
}

/** The focused element is inside the viewport (the planner sees it without scrolling). */
async function focusedInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (el === null) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && r.height > 0;
  });
}

async function noSidewaysScroll(page: Page): Promise<{ page: number; view: number }> {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
}

/** Cells of the summary preview whose text does not fit their box (cut off or overflowing). */
async function clippedSummaryCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'table[aria-label="Xem trước bảng tổng hợp"] th, table[aria-label="Xem trước bảng tổng hợp"] td',
      ),
    )
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => c.textContent ?? ""),
  );
}

describeInBrowser("the pane by keyboard in Chromium (issue 16)", () => {
  let server: { child: ChildProcess; base: string };
  let browser: Browser;
  const pageErrors: string[] = [];
  const exampleFiles = fs
    .readdirSync(DEPARTMENTS)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(DEPARTMENTS, f));

  beforeAll(async () => {
    ensureBuilt();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill();
  });

  // One context per test: a file chooser or download of one test never reaches the next.
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  async function openPane(width: number): Promise<Page> {
    const context = await browser.newContext({
      acceptDownloads: true,
      bypassCSP: true,
      locale: "vi-VN",
      viewport: { width, height: 800 },
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${server.base}standalone.html`);
    await page.getByRole("heading", { level: 1, name: "TongHop" }).waitFor();
    // Keyboard-opened file choosers need the page to be the focused one, and interception on
    // before the key press (turning it on while Enter is pressed races with the dialog).
    await page.bringToFront();
    page.on("filechooser", () => undefined);
    return page;
  }

  async function pickByKeyboard(page: Page, button: string, files: string[]): Promise<number> {
    const presses = await tabTo(page, button);
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.keyboard.press("Enter"),
    ]);
    await chooser.setFiles(files);
    return presses;
  }

  it.each([320, 450])(
    "at %i px: check, consolidate and draft by keyboard, outcomes focused in view, summary whole",
    async (width) => {
      const page = await openPane(width);
      const shot = (name: string) =>
        page.screenshot({ path: path.join(ARTIFACTS, `${width}-${name}.png`), fullPage: true });
      expect(await axeViolations(page)).toEqual([]);

      await pickByKeyboard(page, "Chọn tệp…", exampleFiles);
      // Picking announces, and leaves the focus where the planner is.
      await page.getByText(`Đã chọn ${exampleFiles.length} tệp.`).waitFor();
      expect(await focusedName(page)).toBe("Chọn tệp…");
      await pickByKeyboard(page, "Chọn tệp năm trước…", [PREVIOUS]);

      // ── Kiểm tra ──
      const toCheck = await tabTo(page, "Kiểm tra");
      await page.keyboard.press("Enter");
      const checked = await focusLandsOn(page, /Đã kiểm tra \d+ biểu chỉ tiêu/);
      expect(checked).toMatch(/^Đã kiểm tra \d+ biểu chỉ tiêu: \d+ lỗi, \d+ cảnh báo\./);
      expect(await focusedInView(page)).toBe(true);
      await shot("1-checked");
      expect(await axeViolations(page)).toEqual([]);

      // From the outcome past every issue to Tổng hợp: ✕, 4 filters, the list as one stop.
      const toConsolidate = await tabTo(page, "Tổng hợp");
      expect(toConsolidate).toBe(7);

      // ── Tổng hợp ──
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 120_000 }),
        page.keyboard.press("Enter"),
      ]);
      expect(download.suggestedFilename()).toBe("TongHop_6thang_2026.xlsx");
      await focusLandsOn(page, /^Đã tải về tệp tổng hợp TongHop_6thang_2026\.xlsx/);
      expect(await focusedInView(page)).toBe(true);

      const table = page.getByRole("table", { name: "Xem trước bảng tổng hợp" });
      await table.waitFor();
      const total = Number(
        /^([\d.]+) chỉ tiêu/
          .exec(
            (await page.getByText(/^[\d.]+ chỉ tiêu từ [\d.]+ đơn vị\.$/).textContent()) ?? "",
          )?.[1]
          .replace(/\./g, ""),
      );
      expect(total).toBeGreaterThan(15);
      const scroll = await noSidewaysScroll(page);
      expect(scroll.page).toBeLessThanOrEqual(scroll.view);
      expect(await clippedSummaryCells(page)).toEqual([]);
      // Every row is one key press away: Tab to "Xem đủ", Enter.
      await tabTo(page, `Xem đủ ${total} chỉ tiêu`);
      await page.keyboard.press("Enter");
      const indicatorRows = table.getByRole("row").filter({ has: page.getByRole("cell") });
      const sections = await table.locator("tbody tr td[colspan]").count();
      await expectCount(indicatorRows, total + sections);
      expect(await clippedSummaryCells(page)).toEqual([]);
      expect((await noSidewaysScroll(page)).page).toBeLessThanOrEqual(scroll.view);
      // The chart beside the table names every bar for screen readers.
      const chart = page.getByRole("img", { name: /^Biểu đồ \d+ chỉ tiêu thay đổi nhiều nhất/ });
      await chart.waitFor();
      expect(await chart.locator("rect").count()).toBeGreaterThan(0);
      await shot("2-consolidated");
      expect(await axeViolations(page)).toEqual([]);

      // ── Báo cáo ──
      await tabTo(page, "Dự thảo báo cáo");
      await page.keyboard.press("Enter");
      await focusLandsOn(page, /^Đã dự thảo báo cáo/);
      expect(await focusedInView(page)).toBe(true);
      await page.getByRole("region", { name: "Xem trước dự thảo báo cáo" }).waitFor();
      await shot("3-drafted");
      expect(await axeViolations(page)).toEqual([]);
      console.log(
        `${width} px: Tab presses — to Kiểm tra ${toCheck}, Kiểm tra outcome → Tổng hợp ${toConsolidate}`,
      );
      expect(pageErrors).toEqual([]);
    },
    300_000,
  );

  it("links a help page built into dist/web, with a main landmark and no axe violation", async () => {
    const page = await openPane(320);
    const link = page.getByRole("link", { name: "Hướng dẫn sử dụng" });
    expect(await link.getAttribute("href")).toBe("help.html");
    await page.goto(`${server.base}help.html`);
    await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
    for (const topic of [
      "Ba bước",
      "Trang độc lập (không cần cài tiện ích)",
      "Sửa các lỗi thường gặp",
    ])
      await page.getByRole("heading", { level: 2, name: topic }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it("navigates a 150-unit batch's issues: grouped, first few per unit, one Tab stop, arrows, filters", async () => {
    const batch = await ensureBatch({
      seed: 2026,
      units: 150,
      catalog: defaultCatalog(),
      prefixSection: PREFIX_SECTION,
      catalogToGridRows,
    });
    expect(batch.files).toHaveLength(150);
    const page = await openPane(320);
    await pickByKeyboard(page, "Chọn tệp…", batch.files);
    await page.getByText("Đã chọn 150 tệp.").waitFor();
    // The long file list is collapsed.
    await expectCount(page.getByRole("list", { name: "Các tệp đã chọn" }).getByRole("listitem"), 5);
    await tabTo(page, "Kiểm tra");
    await page.keyboard.press("Enter");
    await focusLandsOn(page, /Đã kiểm tra 150 biểu chỉ tiêu/, 300_000);

    const summaryText = (await page.getByText(/^[\d.]+ vấn đề\.$/).textContent()) ?? "";
    const issues = Number(summaryText.replace(/\D/g, ""));
    expect(issues).toBeGreaterThan(1000);
    const list = page.getByRole("list", { name: "Các vấn đề theo đơn vị" });
    const heads = list.getByRole("heading", { level: 4 });
    await expectCount(heads, 40);
    const items = await page.evaluate(
      () => document.querySelectorAll('[aria-label="Các vấn đề theo đơn vị"] [data-nav]').length,
    );
    // 40 units × at most 5 issues, their "Xem thêm" buttons and one for the other units.
    expect(items).toBeLessThanOrEqual(40 * 6 + 1);
    const height = (await list.boundingBox())?.height ?? Infinity;
    console.log(`150 units: ${issues} issues, ${items} items drawn, list ${Math.round(height)} px`);

    // One Tab stop for the whole list: outcome → ✕ → 4 filters → list → Tổng hợp.
    expect(await tabTo(page, "Tổng hợp")).toBe(7);
    await page.keyboard.press("Shift+Tab");
    const first = await focusedName(page);
    expect(first).toMatch(/^(Lỗi|Cảnh báo|Thông tin) · /);
    await page.keyboard.press("ArrowDown");
    expect(await focusedName(page)).not.toBe(first);
    await page.keyboard.press("End");
    expect(await focusedName(page)).toBe("Xem thêm 110 đơn vị");
    await page.keyboard.press("Enter");
    await expectCount(heads, 80);
    await page.keyboard.press("Home");
    expect(await focusedName(page)).toBe(first);

    // Filter to one unit by keyboard: the unit select, then an option.
    const unitSelect = page.getByLabel("Đơn vị", { exact: true });
    const options = await unitSelect.locator("option").allTextContents();
    expect(options).toHaveLength(151);
    const [unitName, unitCount] = /^(.*) \((\d+)\)$/.exec(options[1])!.slice(1);
    await unitSelect.focus();
    await page.keyboard.press("ArrowDown");
    await expectCount(heads, 1);
    await page
      .getByText(`${unitCount}/${summaryText.replace(" vấn đề.", "")} vấn đề khớp bộ lọc.`)
      .waitFor();
    expect(await heads.first().textContent()).toContain(unitName);
    expect(pageErrors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  }, 600_000);
});
