// @ts-check
"use strict";
/**
 * One benchmark run in its own process (so peak memory belongs to one batch size): reads the
 * batch folder with the CLI's reader, then times each stage of the pipeline separately, and
 * prints one JSON line on stdout. Run by bench/run.js; usable alone:
 *   node bench/measure.js <folder> [--catalog=FILE]   (BENCH_SKIP_WRITE=1 skips the write stage)
 */
const path = require("path");

const DIST = process.env.BENCH_DIST || path.join(__dirname, "..", "dist");
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const now = () => process.hrtime.bigint();
/** Warm runs of the core; the median one is reported (see below). */
const WARM_RUNS = 5;

function optional(id) {
  try {
    return require(id);
  } catch {
    return null;
  }
}

async function main() {
  const dir = process.argv[2];
  const io = require(path.join(DIST, "io", "node.js"));
  const { defaultCatalog } = require(path.join(DIST, "core", "catalog"));
  const { parseSheet } = require(path.join(DIST, "core", "parse"));
  const { validateBatch, sortIssues } = require(path.join(DIST, "core", "validate"));
  const { consolidate } = require(path.join(DIST, "core", "consolidate"));
  const narrative = optional(path.join(DIST, "core", "narrative"));
  const output = require(path.join(DIST, "core", "output"));
  // The CLI's writer (direct OOXML, Node only); the page still writes with ExcelJS.
  const { writeXlsx } = require(path.join(DIST, "io", "writeXlsx.js"));
  const types = require(path.join(DIST, "core", "types.js"));

  const out = {};
  const cpu0 = process.cpuUsage();
  let t = now();
  const { files } = await io.collectXlsxPaths([dir]);
  const grids = [];
  const fileIssues = [];
  // As the CLI reads: the lean reader, on worker threads when there are enough files.
  for (const r of await io.readWorkbookFiles(files)) {
    grids.push(...r.grids);
    fileIssues.push(...r.issues);
  }
  out.read = ms(t);
  // CPU time as well as wall time: on a shared machine wall time includes waiting for a core.
  const cpuRead = process.cpuUsage(cpu0);
  out.readCpu = (cpuRead.user + cpuRead.system) / 1000;
  out.files = files.length;
  out.sheets = grids.length;

  const catalogArg = process.argv.find((a) => a.startsWith("--catalog="));
  let catalog = defaultCatalog();
  if (catalogArg) {
    const { loadCatalog } = require(path.join(DIST, "core", "pipeline.js"));
    const r = await io.readWorkbookFile(catalogArg.slice(10));
    const load = loadCatalog(r.grids, catalogArg.slice(10));
    if (load.issues.length)
      throw new Error("catalog: " + load.issues.map((i) => i.message).join("; "));
    catalog = load.catalog;
  }
  const core = () => {
    const r = {};
    let t0 = now();
    const parsed = grids.map(parseSheet);
    r.parse = ms(t0);
    t0 = now();
    const validation = validateBatch(parsed, catalog, {});
    r.validate = ms(t0);
    t0 = now();
    const summary = consolidate(validation.sheets, catalog, { previous: null });
    r.consolidate = ms(t0);
    const issues = sortIssues([...fileIssues, ...validation.issues, ...summary.issues]);
    r.rows = summary.rows.length;
    r.issues = issues.length;
    r.draft = null;
    let report = null;
    if (narrative && typeof narrative.draftReport === "function") {
      t0 = now();
      report = narrative.draftReport(summary, issues, { ...types.DEFAULT_REPORT_SETTINGS });
      r.draft = ms(t0);
    }
    return { r, summary, issues, report, parsed };
  };
  const cpuCore0 = process.cpuUsage();
  let first = core();
  const cpuCore = process.cpuUsage(cpuCore0);
  out.coreCpu = (cpuCore.user + cpuCore.system) / 1000;
  Object.assign(out, first.r);
  out.indicatorRows = first.parsed.reduce(
    (s, p) => s + (p.kind === "sheet" ? p.sheet.rows.length : 0),
    0,
  );

  // Writing the consolidated workbook is part of `tonghop consolidate`: time it too.
  if (!process.env.BENCH_SKIP_WRITE) await writeStage();
  async function writeStage() {
    t = now();
    const reportSheet =
      narrative && first.report && typeof narrative.reportSheetPlan === "function"
        ? narrative.reportSheetPlan(first.report)
        : undefined;
    // As the CLI writes: each sheet planned when the writer asks for it.
    const sheets = output.consolidatedSheetsStreamed(first.summary, first.issues, {
      issuingBody: types.DEFAULT_REPORT_SETTINGS.issuingBody,
      report: reportSheet,
    });
    const bytes = writeXlsx({ sheets });
    out.write = ms(t);
    out.outputBytes = bytes.length;
  }

  // The same core again, warm (JIT compiled, as in the Excel task pane after the first use):
  // WARM_RUNS runs, each one's results let go before the next, and the run whose total is
  // the median reported. One warm run on a shared machine is one sample of the noise, and
  // it ran while the cold run's results were still held.
  first = null;
  const runs = [];
  for (let i = 0; i < WARM_RUNS; i++) runs.push(core().r);
  const total = (w) => w.parse + w.validate + w.consolidate + (w.draft ?? 0);
  runs.sort((a, b) => total(a) - total(b));
  const warm = runs[Math.floor(runs.length / 2)];
  out.warmRuns = runs.length;
  out.warm = {
    parse: warm.parse,
    validate: warm.validate,
    consolidate: warm.consolidate,
    draft: warm.draft,
  };
  out.maxRssKiB = process.resourceUsage().maxRSS;
  out.heapUsedMiB = process.memoryUsage().heapUsed / 1048576;
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + "\n");
  process.exit(1);
});
