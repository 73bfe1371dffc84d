// @ts-check
"use strict";
/**
 * The pure core alone, many times over one batch: reads the folder once, then runs parse,
 * validate, consolidate and draft N times and prints each stage's median (and min) of the
 * warm runs as one JSON line. For profiling (`node --cpu-prof bench/coreLoop.js …`) and for
 * A/B comparisons of two builds (BENCH_DIST=other/dist), where bench/measure.js's single warm
 * run is too noisy on a shared machine.
 *   node bench/coreLoop.js <folder> [--catalog=FILE] [--n=10]
 */
const path = require("path");

const DIST = process.env.BENCH_DIST || path.join(__dirname, "..", "dist");
const now = () => process.hrtime.bigint();
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
// CPU time of this process (ms): on a shared machine, wall time also counts waiting for a core.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main() {
  const dir = process.argv[2];
  const n = Number((process.argv.find((a) => a.startsWith("--n=")) ?? "--n=10").slice(4));
  const io = require(path.join(DIST, "io", "node.js"));
  const { defaultCatalog } = require(path.join(DIST, "core", "catalog"));
  const { parseSheet } = require(path.join(DIST, "core", "parse"));
  const { validateBatch, sortIssues } = require(path.join(DIST, "core", "validate"));
  const { consolidate } = require(path.join(DIST, "core", "consolidate"));
  const narrative = require(path.join(DIST, "core", "narrative"));
  const types = require(path.join(DIST, "core", "types.js"));
  const { files } = await io.collectXlsxPaths([dir]);
  const grids = [];
  for (const r of await io.readWorkbookFiles(files)) grids.push(...r.grids);
  const catalogArg = process.argv.find((a) => a.startsWith("--catalog="));
  let catalog = defaultCatalog();
  if (catalogArg) {
    const { loadCatalog } = require(path.join(DIST, "core", "pipeline.js"));
    const r = await io.readWorkbookFile(catalogArg.slice(10));
    catalog = loadCatalog(r.grids, catalogArg.slice(10)).catalog;
  }
  const stages = {
    parse: [],
    validate: [],
    consolidate: [],
    draft: [],
    core: [],
    coreCpu: [],
    parseCpu: [],
    validateCpu: [],
    consolidateCpu: [],
    draftCpu: [],
  };
  for (let i = 0; i <= n; i++) {
    const c0 = now();
    const cpu0 = cpu();
    let t0 = now();
    let u0 = cpu();
    const parsed = grids.map(parseSheet);
    const parse = ms(t0);
    const parseCpu = cpu() - u0;
    t0 = now();
    u0 = cpu();
    const validation = validateBatch(parsed, catalog, {});
    const validate = ms(t0);
    const validateCpu = cpu() - u0;
    t0 = now();
    u0 = cpu();
    const summary = consolidate(validation.sheets, catalog, { previous: null });
    const cons = ms(t0);
    const consolidateCpu = cpu() - u0;
    const issues = sortIssues([...validation.issues, ...summary.issues]);
    t0 = now();
    u0 = cpu();
    narrative.draftReport(summary, issues, { ...types.DEFAULT_REPORT_SETTINGS });
    const draft = ms(t0);
    const draftCpu = cpu() - u0;
    const core = ms(c0);
    const coreCpu = cpu() - cpu0;
    if (i === 0) continue; // the cold run
    stages.parse.push(parse);
    stages.validate.push(validate);
    stages.consolidate.push(cons);
    stages.draft.push(draft);
    stages.core.push(core);
    stages.coreCpu.push(coreCpu);
    stages.parseCpu.push(parseCpu);
    stages.validateCpu.push(validateCpu);
    stages.consolidateCpu.push(consolidateCpu);
    stages.draftCpu.push(draftCpu);
  }
  const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const out = {};
  for (const [k, v] of Object.entries(stages))
    out[k] = { median: +med(v).toFixed(1), min: +Math.min(...v).toFixed(1) };
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + "\n");
  process.exit(1);
});
