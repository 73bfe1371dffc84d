// @ts-check
"use strict";
// The functions passed to page.evaluate run in the page.
/* global window, document, MutationObserver */
/**
 * The standalone page in real Chromium (Debian's, driven by playwright-core), as a planner
 * uses it on a province's batch: serve dist/web on 127.0.0.1, pick the batch's files and the
 * province catalog, click "Tổng hợp" and wait for the workbook to be downloaded.
 *
 * Measured: wall time from the click to the download; peak JavaScript heap, the page's and
 * its workers' together, sampled every SAMPLE_MS through the DevTools protocol
 * (Runtime.getHeapUsage on the page and on each worker target); the longest task the main
 * thread ran in that time (PerformanceObserver "longtask": what decides whether the page
 * answers clicks); and the progress texts the page showed (does it count files, does every
 * phase say what it does).
 *
 * Used by bench/run.js (side by side with the CLI, same run); alone:
 *   node bench/standalone.js <batch folder> [--catalog=FILE] [--timeout=300]
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const WEB = path.join(ROOT, "dist", "web");
const CHROMIUM = "/usr/bin/chromium";
const SAMPLE_MS = 50;

/** Why the page cannot be measured here, or null when it can. */
function pageUnavailable() {
  if (!fs.existsSync(CHROMIUM)) return `no ${CHROMIUM}`;
  if (!fs.existsSync(path.join(WEB, "standalone.html")))
    return "dist/web not built (npm run build)";
  return null;
}

/** Serves dist/web with the page's own server (scripts/serve-standalone.js) on a free port. */
function serve() {
  const { createServer } = require(path.join(ROOT, "scripts", "serve-standalone.js"));
  const server = createServer(WEB);
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, base: `http://127.0.0.1:${port}/` });
    });
  });
}

/**
 * Heap sampler over a page's CDP session: the page's own isolate directly, its workers
 * through Target.sendMessageToTarget (non-flattened auto-attach, so this session can talk to
 * them without disturbing playwright's own).
 * @param {import("playwright-core").CDPSession} cdp
 */
async function heapSampler(cdp) {
  /** @type {Set<string>} */
  const workers = new Set();
  /** @type {Map<number, (value: any) => void>} */
  const pending = new Map();
  let nextId = 1;
  cdp.on("Target.attachedToTarget", (e) => {
    if (e.targetInfo.type === "worker") workers.add(e.sessionId);
  });
  cdp.on("Target.detachedFromTarget", (e) => {
    if (e.sessionId) workers.delete(e.sessionId);
  });
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    const reply = JSON.parse(e.message);
    const done = pending.get(reply.id);
    if (done) {
      pending.delete(reply.id);
      done(reply.result ?? null);
    }
  });
  await cdp.send("Target.setAutoAttach", {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  /** @param {string} sessionId */
  const workerHeap = (sessionId) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      cdp
        .send("Target.sendMessageToTarget", {
          sessionId,
          message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }),
        })
        .catch(() => resolve(null));
      // A worker that has just ended never answers.
      setTimeout(() => resolve(null), 2000);
    });

  let peak = { total: 0, main: 0, workers: 0 };
  let running = false;
  /** @type {Promise<void> | null} */
  let loop = null;
  const sample = async () => {
    const main = /** @type {{ usedSize: number }} */ (await cdp.send("Runtime.getHeapUsage"));
    let inWorkers = 0;
    for (const r of await Promise.all([...workers].map(workerHeap))) {
      if (r && typeof r.usedSize === "number") inWorkers += r.usedSize;
    }
    const total = main.usedSize + inWorkers;
    if (total > peak.total) peak = { total, main: main.usedSize, workers: inWorkers };
  };
  return {
    start() {
      peak = { total: 0, main: 0, workers: 0 };
      running = true;
      loop = (async () => {
        while (running) {
          await sample().catch(() => undefined);
          await new Promise((r) => setTimeout(r, SAMPLE_MS));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
      await sample().catch(() => undefined);
      return peak;
    },
  };
}

/**
 * One consolidation of `files` on the page.
 * @param {{ files: string[], catalogFile?: string | null, timeoutMs?: number }} o
 */
async function measurePage(o) {
  const why = pageUnavailable();
  if (why) return { error: why };
  const { chromium } = require("playwright-core");
  const { server, base } = /** @type {{ server: import("http").Server, base: string }} */ (
    await serve()
  );
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "tonghop-bench-chromium-"));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ acceptDownloads: true, locale: "vi-VN" });
    const page = await context.newPage();
    /** @type {string[]} */
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    const cdp = await context.newCDPSession(page);
    const heap = await heapSampler(cdp);
    await page.goto(`${base}standalone.html`);
    await page.getByRole("heading", { level: 1, name: "TongHop" }).waitFor();

    // What the page shows while it works, and how long the main thread is ever blocked.
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__bench = { labels: [], longest: 0, tasks: 0, since: Infinity, entries: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.startTime < w.__bench.since) continue;
          w.__bench.tasks += 1;
          w.__bench.longest = Math.max(w.__bench.longest, e.duration);
          w.__bench.entries.push([
            Math.round(e.startTime - w.__bench.since),
            Math.round(e.duration),
          ]);
        }
      }).observe({ type: "longtask", buffered: false });
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        const field = bar?.closest("[class*='fui-Field']");
        const label = field?.querySelector("label")?.textContent ?? null;
        if (label && w.__bench.labels[w.__bench.labels.length - 1] !== label)
          w.__bench.labels.push(label);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    /** @param {string} button @param {string[]} paths */
    const pick = async (button, paths) => {
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        page.getByRole("button", { name: button }).click(),
      ]);
      await chooser.setFiles(paths);
    };
    await pick("Chọn tệp…", o.files);
    await page.getByText(`Đã chọn ${o.files.length.toLocaleString("vi-VN")} tệp.`).waitFor();
    if (o.catalogFile) {
      await pick("Chọn tệp danh mục…", [o.catalogFile]);
      await page.getByText(path.basename(o.catalogFile)).first().waitFor();
    }

    heap.start();
    // Picking and listing the files is the planner's doing: tasks count from the click on.
    await page.evaluate(() => {
      /** @type {any} */ (window).__bench.since = performance.now();
    });
    const t0 = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: o.timeoutMs ?? 300_000 }),
      page.getByRole("button", { name: "Tổng hợp", exact: true }).click(),
    ]);
    const wall = Date.now() - t0;
    const peak = await heap.stop();
    const saved = path.join(profile, download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = fs.statSync(saved).size;
    const seen = await page.evaluate(() => /** @type {any} */ (window).__bench);
    return {
      wall,
      peakHeap: peak.total,
      peakMain: peak.main,
      peakWorkers: peak.workers,
      longestTask: seen.longest,
      longTasks: seen.tasks,
      /** [ms after the click, duration] of each main-thread task over 50 ms. */
      longTaskTimes: seen.entries,
      labels: /** @type {string[]} */ (seen.labels),
      fileName: download.suggestedFilename(),
      bytes,
      pageErrors,
    };
  } catch (e) {
    return { error: String((e && /** @type {Error} */ (e).message) || e).split("\n")[0] };
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** "Đang đọc 37/150: DonVi_0037.xlsx" → how many distinct file counts the bar showed. */
function filesCounted(labels) {
  return new Set(labels.filter((l) => /^Đang đọc \d+\/\d+/.test(l))).size;
}

const MiB = 1024 * 1024;

/**
 * Rows for bench/run.js: the page beside the CLI of the same run, as ratios, and the targets
 * of issue 12 item 2 (≤ 2× the CLI's wall time and ≤ 250 MiB of heap at 150; 600 completes).
 * @param {{ n: number, b: { files: string[], catalogFile: string }, e2e: { wall: number } | null }[]} results
 */
async function standaloneRows(results) {
  const rows = [];
  const checks = [];
  for (const r of results) {
    if (r.n < 150) continue;
    process.stderr.write(`Standalone page, ${r.n} files…\n`);
    const m = await measurePage({ files: r.b.files, catalogFile: r.b.catalogFile });
    if ("error" in m) {
      rows.push([`${r.n}`, `n/a (${m.error})`, "", "", "", "", "", ""]);
      if (r.n === 150) checks.push(["page 150: workbook downloaded", `n/a (${m.error})`, false]);
      if (r.n === 600) checks.push(["page 600: completes", `n/a (${m.error})`, false]);
      continue;
    }
    const cli = r.e2e?.ok ? r.e2e.wall : null;
    const ratio = cli ? m.wall / cli : null;
    rows.push([
      `${r.n}`,
      `${(m.wall / 1000).toFixed(2)} s`,
      cli ? `${(cli / 1000).toFixed(2)} s` : "n/a",
      ratio === null ? "n/a" : `${ratio.toFixed(2)}×`,
      `${(m.peakHeap / MiB).toFixed(0)} MiB (page ${(m.peakMain / MiB).toFixed(0)}, worker ${(m.peakWorkers / MiB).toFixed(0)})`,
      `${m.longestTask.toFixed(0)} ms`,
      `${filesCounted(m.labels)} counts, ${m.labels.filter((l) => !l.startsWith("Đang đọc")).length} later phases`,
      `${m.fileName} ${(m.bytes / MiB).toFixed(1)} MiB${m.pageErrors.length ? ` ERRORS: ${m.pageErrors[0]}` : ""}`,
    ]);
    if (r.n === 150) {
      checks.push([
        "page 150: download ≤ 2× the CLI's wall time",
        ratio === null ? "n/a" : `${ratio.toFixed(2)}×`,
        ratio !== null && ratio <= 2,
      ]);
      checks.push([
        "page 150: peak JS heap ≤ 250 MiB",
        `${(m.peakHeap / MiB).toFixed(0)} MiB`,
        m.peakHeap <= 250 * MiB,
      ]);
    }
    if (r.n === 600) checks.push(["page 600: completes", `${(m.wall / 1000).toFixed(1)} s`, true]);
  }
  return {
    headers: [
      "files",
      "page: click → download",
      "CLI (same run)",
      "page ÷ CLI",
      "peak JS heap",
      "longest main-thread task",
      "progress shown",
      "downloaded",
    ],
    rows,
    checks,
  };
}

module.exports = { measurePage, standaloneRows };

if (require.main === module) {
  const dir = process.argv[2];
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));
  measurePage({
    files,
    catalogFile: arg("catalog") ?? null,
    timeoutMs: Number(arg("timeout") ?? "300") * 1000,
  }).then((m) => {
    console.log(JSON.stringify(m, null, 2));
    process.exit(0);
  });
}
