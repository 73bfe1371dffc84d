// @ts-check
"use strict";
/**
 * The CLI's .xlsx write alone, many times over one consolidated batch: reads and consolidates
 * the folder once, then writes the consolidated workbook N times and prints the median (and
 * min) wall and CPU as one JSON line. For profiling (`node --cpu-prof bench/writeLoop.js …`)
 * and A/B comparisons of two builds (BENCH_DIST=other/dist).
 *   node bench/writeLoop.js <folder> [--catalog=FILE] [--n=5] [--stream]
 */
const path = require("path");

const DIST = process.env.BENCH_DIST || path.join(__dirname, "..", "dist");
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const dir = process.argv[2];
  const n = Number((process.argv.find((a) => a.startsWith("--n=")) ?? "--n=5").slice(4));
  const io = require(path.join(DIST, "io", "node.js"));
  const pipeline = require(path.join(DIST, "core", "pipeline.js"));
  const { consolidatedSheetsStreamed } = require(path.join(DIST, "core", "output"));
  const { reportSheetPlan } = require(path.join(DIST, "core", "narrative"));
  const { writeXlsx, writeXlsxStream } = require(path.join(DIST, "io", "writeXlsx.js"));
  // --stream: as the CLI writes (deflated on the thread pool, chunks handed on as made).
  const stream = process.argv.includes("--stream") && writeXlsxStream;
  const { files } = await io.collectXlsxPaths([dir]);
  const sources = [];
  for (const file of files)
    sources.push(pipeline.prepareSource({ file, ...(await io.readWorkbookFile(file)) }, false));
  const catalogArg = process.argv.find((a) => a.startsWith("--catalog="));
  const catalog = catalogArg
    ? { file: catalogArg.slice(10), ...(await io.readWorkbookFile(catalogArg.slice(10))) }
    : null;
  const batch = pipeline.preparedBatch({ sources, catalog, previousFiles: [] });
  const run = pipeline.consolidatePrepared(batch, {});
  const settings = require(path.join(DIST, "core", "settings.js")).readReportSettings(
    null,
  ).settings;
  const { report, issues } = pipeline.runDraft(run, settings);
  const walls = [];
  const cpus = [];
  let bytes = 0;
  for (let i = 0; i <= n; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = cpu();
    const sheets = consolidatedSheetsStreamed(run.summary, issues, {
      issuingBody: settings.issuingBody,
      report: reportSheetPlan(report),
    });
    if (stream) {
      bytes = 0;
      await stream({ sheets }, async (c) => {
        bytes += c.length;
      });
    } else bytes = writeXlsx({ sheets }).length;
    if (i > 0) {
      walls.push(ms(t0));
      cpus.push(cpu() - c0);
    }
  }
  console.log(
    JSON.stringify({
      bytes,
      wallMedian: median(walls),
      wallMin: Math.min(...walls),
      cpuMedian: median(cpus),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
