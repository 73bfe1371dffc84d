// @ts-check
"use strict";
/**
 * What the pure core holds: reads one batch folder, then runs parse, validate, consolidate and
 * draft once, and prints the live heap in MB (after a full GC) as one JSON line: at the start,
 * after reading (grids held), after parse and after draft (the grids dropped by then, as the
 * hosts drop them). Needs --expose-gc; BENCH_DIST=other/dist for an A/B; --snapshot=parse or
 * --snapshot=draft writes a heap snapshot there (v8.writeHeapSnapshot) to see what holds it.
 *   node --expose-gc bench/coreHeap.js <folder> [--catalog=FILE] [--snapshot=parse|draft]
 */
const path = require("path");
const v8 = require("v8");

const DIST = process.env.BENCH_DIST || path.join(__dirname, "..", "dist");
const gc = /** @type {() => void} */ (global.gc);
const mb = () => {
  gc();
  gc();
  return +(process.memoryUsage().heapUsed / 1048576).toFixed(1);
};

async function main() {
  if (typeof gc !== "function") throw new Error("run with node --expose-gc");
  const dir = process.argv[2];
  const io = require(path.join(DIST, "io", "node.js"));
  const { defaultCatalog } = require(path.join(DIST, "core", "catalog"));
  const { parseSheet } = require(path.join(DIST, "core", "parse"));
  const { validateBatch, sortIssues } = require(path.join(DIST, "core", "validate"));
  const { consolidate } = require(path.join(DIST, "core", "consolidate"));
  const narrative = require(path.join(DIST, "core", "narrative"));
  const types = require(path.join(DIST, "core", "types.js"));
  const catalogArg = process.argv.find((a) => a.startsWith("--catalog="));
  let catalog = defaultCatalog();
  if (catalogArg) {
    const { loadCatalog } = require(path.join(DIST, "core", "pipeline.js"));
    const r = await io.readWorkbookFile(catalogArg.slice(10));
    catalog = loadCatalog(r.grids, catalogArg.slice(10)).catalog;
  }
  const base = mb();
  // Read and parse in a function of their own: once it returns, nothing (not even a stack
  // slot) holds the grids, as the hosts drop them once parsed.
  let read = 0;
  const parsed = await (async () => {
    const { files } = await io.collectXlsxPaths([dir]);
    const grids = [];
    for (const r of await io.readWorkbookFiles(files)) grids.push(...r.grids);
    read = mb();
    return grids.map(parseSheet);
  })();
  // The parallel reader's workers hold its results until they have exited.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const parse = mb();
  if (process.argv.includes("--snapshot=parse"))
    process.stderr.write(v8.writeHeapSnapshot() + "\n");
  const validation = validateBatch(parsed, catalog, {});
  const summary = consolidate(validation.sheets, catalog, { previous: null });
  const issues = sortIssues([...validation.issues, ...summary.issues]);
  const report = narrative.draftReport(summary, issues, { ...types.DEFAULT_REPORT_SETTINGS });
  const draft = mb();
  if (process.argv.includes("--snapshot=draft"))
    process.stderr.write(v8.writeHeapSnapshot() + "\n");
  process.stdout.write(
    JSON.stringify({ base, read, parse, draft, keep: [parsed.length, report.title.length] }) + "\n",
  );
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + "\n");
  process.exit(1);
});
