// @ts-check
"use strict";
/**
 * The Excel host's cost on the strict Office.js fake (test/fakes/office): syncs and the largest
 * request/response payloads for validate and consolidate over 150 department sheets.
 *
 * Entry point: the task pane's PaneController over src/excel's createExcelHost(), every sheet
 * ticked, then its validate() and consolidate() (the four output sheets), as a planner runs them
 * against the installed (fake) Office globals. The syncs of init() are not counted.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const NA = (action, why) => [action, why, "n/a", "n/a", "n/a"];

/**
 * Compiles src/excel + the fake (TypeScript) into the project's node_modules/.cache, where the
 * compiled files still resolve the project's packages (exceljs, fflate); null when it cannot.
 */
function compileHost(root) {
  const entry = path.join(root, "src", "excel", "index.ts");
  if (!fs.existsSync(entry)) return { error: "n/a (host not built)" };
  const outDir = path.join(root, "node_modules", ".cache", "tonghop-bench-excel");
  fs.rmSync(outDir, { recursive: true, force: true });
  const r = spawnSync(
    process.execPath,
    [
      require.resolve("typescript/bin/tsc"),
      "--outDir",
      outDir,
      "--rootDir",
      root,
      "--module",
      "commonjs",
      "--target",
      "ES2022",
      "--moduleResolution",
      "node",
      "--esModuleInterop",
      "--skipLibCheck",
      "--types",
      "node,office-js",
      entry,
      path.join(root, "src", "taskpane", "state", "paneController.ts"),
      path.join(root, "src", "core", "narrative", "index.ts"),
      path.join(root, "src", "taskpane", "i18n.ts"),
      path.join(root, "test", "fakes", "office", "index.ts"),
    ],
    { cwd: root, encoding: "utf8" },
  );
  const run = path.join(outDir, "src", "excel", "index.js");
  const pane = path.join(outDir, "src", "taskpane");
  const narrative = path.join(outDir, "src", "core", "narrative", "index.js");
  const fake = path.join(outDir, "test", "fakes", "office", "index.js");
  if (![run, pane, narrative, fake].every((f) => fs.existsSync(f))) {
    return { error: `n/a (host does not compile: ${(r.stdout || r.stderr).split("\n")[0]})` };
  }
  return { run, pane, narrative, fake };
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

/** Cell values as Office.js gives them: "" for empty, error codes as text, dates as serials. */
function officeValues(/** @type {any[][]} */ values) {
  const width = Math.max(1, ...values.map((r) => (r ? r.length : 0)));
  return values.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const v = row ? row[c] : null;
      if (v === null || v === undefined) return "";
      if (v instanceof Date) return v.getTime() / 86400000 + 25569;
      if (typeof v === "object") return v.code;
      return v;
    }),
  );
}

/** @param {string} root @param {string[]} files */
async function excelHostRows(root, files) {
  const built = compileHost(root);
  if ("error" in built)
    return { rows: [NA("validate", built.error), NA("consolidate", built.error)], checks: [] };
  const host = require(built.run);
  const { PaneController } = require(path.join(built.pane, "state", "paneController.js"));
  const { draftReport, reportSheetPlan } = require(built.narrative);
  const { messagesFor } = require(path.join(built.pane, "i18n.js"));
  const fakes = require(built.fake);
  const { readWorkbookFile } = require(path.join(root, "dist", "io", "node.js"));
  const sheets = [];
  for (const f of files.slice(0, 150)) {
    const r = await readWorkbookFile(f);
    for (const g of r.grids) {
      const name = `${sheets.length + 1} ${path.basename(f, ".xlsx")}`.slice(0, 31);
      sheets.push({
        name,
        values: officeValues(g.values),
        numberFormats: g.numberFormats,
        fonts: g.fonts,
      });
    }
  }
  const names = sheets.map((s) => s.name);
  const rows = [];
  /** @type {[string, string, boolean][]} */
  const checks = [];
  for (const action of ["validate", "consolidate"]) {
    const fake = fakes.createFakeExcel({ sheets });
    fakes.installOfficeGlobals(fake);
    // Only the open workbook's sheets are sources: no file is read, no .docx written.
    // The writing alone, as issue 12 counts it: the syncs of writeOutputs and Nguồn's rows.
    /** @type {{ syncs: any[], nguon: number, contributions: number } | null} */
    let writing = null;
    const excel = host.createExcelHost();
    const write = excel.writeOutputs;
    excel.writeOutputs = async (/** @type {any} */ plan, /** @type {any[]} */ ...rest) => {
      const before = fake.state.syncs.length;
      const out = await write(plan, ...rest);
      const nguon = plan.sheets.find((/** @type {any} */ s) => s.name === "Nguồn");
      writing = {
        syncs: fake.state.syncs.slice(before),
        nguon: nguon ? nguon.rows.length - 1 : 0,
        contributions: contributionCount(pane.getState().summary),
      };
      return out;
    };
    const pane = new PaneController(excel, messagesFor("vi"), {
      readWorkbook: async () => ({ grids: [], issues: [] }),
      draftReport,
      reportSheetPlan,
      reportDocx: async () => new Uint8Array(),
      yieldToUi: async () => undefined,
    });
    await pane.init();
    for (const name of names) pane.toggleSheet(name, true);
    const initSyncs = fake.state.syncs.length;
    const t0 = process.hrtime.bigint();
    try {
      await (action === "validate" ? pane.validate() : pane.consolidate());
      const error = pane.getState().error;
      if (error) throw new Error(error.message);
      const syncs = fake.state.syncs.slice(initSyncs);
      rows.push([
        action,
        String(syncs.length),
        kib(Math.max(0, ...syncs.map((/** @type {any} */ s) => s.requestBytes))),
        kib(Math.max(0, ...syncs.map((/** @type {any} */ s) => s.responseBytes))),
        `${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(3)} s`,
      ]);
      const w = /** @type {{ syncs: any[], nguon: number, contributions: number } | null} */ (
        writing
      );
      if (w) {
        const largest = Math.max(0, ...w.syncs.map((/** @type {any} */ s) => s.requestBytes));
        rows.push([
          "  of which writing the outputs",
          String(w.syncs.length),
          kib(largest),
          kib(Math.max(0, ...w.syncs.map((/** @type {any} */ s) => s.responseBytes))),
          "",
        ]);
        checks.push([
          "Excel host writes all outputs in ≤ 8 syncs",
          String(w.syncs.length),
          w.syncs.length <= 8,
        ]);
        checks.push([
          "each request < 5 MB",
          `${(largest / 1e6).toFixed(2)} MB`,
          largest < 5 * 1000 * 1000,
        ]);
        checks.push([
          "Nguồn: one row per contribution",
          `${w.nguon.toLocaleString("vi")} rows for ${w.contributions.toLocaleString("vi")} contributions`,
          w.nguon === w.contributions,
        ]);
      }
    } catch (e) {
      rows.push(
        NA(action, `failed: ${String((e && /** @type {any} */ (e).message) || e).slice(0, 80)}`),
      );
    } finally {
      fakes.uninstallOfficeGlobals?.();
    }
  }
  return { rows, checks };
}

/** Distinct (indicator, unit, file, sheet) among a summary's figures, plus last year's workbook. */
function contributionCount(/** @type {any} */ summary) {
  if (!summary) return 0;
  const seen = new Set();
  for (const r of summary.rows) {
    const all = [
      ...r.sources,
      ...r.previousSources,
      ...r.plans.flatMap((/** @type {any} */ p) => p.sources),
    ];
    for (const s of all) {
      // Sources name their sheet and unit in `from` (one object per sheet); older builds
      // carried the three fields on each source.
      const f = s.from ?? s;
      seen.add(`${r.key}|${f.reportingUnit}|${f.file}|${f.sheet}`);
    }
    if (r.previousFromWorkbook) seen.add(`${r.key}|workbook`);
  }
  return seen.size;
}

module.exports = { excelHostRows };
