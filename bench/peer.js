// @ts-check
"use strict";
/**
 * Runs bench/peer_pandas.py, the pandas + openpyxl script issue 12 measures `tonghop
 * consolidate` against, on the same batch folder: its wall time as seen from here (interpreter
 * start included, as the CLI's is) and the peak RSS it reports of itself.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

/** The Python that has pandas and openpyxl (Debian's python3-pandas / python3-openpyxl). */
function pythonWithPandas() {
  for (const py of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(py, ["-c", "import pandas, openpyxl"], { encoding: "utf8" });
    if (r.status === 0) return py;
  }
  return null;
}

/**
 * @param {string} dir
 * @returns {Promise<{ wall: number, maxRssKiB: number } | { error: string }>}
 */
function runPeer(dir) {
  const py = pythonWithPandas();
  if (!py)
    return Promise.resolve({ error: "n/a (apt-get install python3-pandas python3-openpyxl)" });
  const out = path.join(os.tmpdir(), `tonghop-peer-${process.pid}.xlsx`);
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(py, [path.join(__dirname, "peer_pandas.py"), dir, out], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      fs.rmSync(out, { force: true });
      if (code !== 0) return resolve({ error: `failed: ${stderr.slice(-200)}` });
      const r = JSON.parse(stdout.trim().split("\n").pop() ?? "{}");
      resolve({ wall, maxRssKiB: r.max_rss_kib });
    });
  });
}

module.exports = { runPeer };
