/**
 * Tests that run the CLI as users do spawn the built dist/, not the sources. A dist older than
 * the sources would test yesterday's program and pass or fail for the wrong reason, so it is
 * rebuilt once here, before any test starts, when a source is newer than it.
 */
const { execFileSync } = require("child_process");
const { existsSync, readdirSync, statSync } = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PROBE = path.join(ROOT, "dist/cli/main.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

module.exports = async () => {
  const built = existsSync(PROBE) ? statSync(PROBE).mtimeMs : 0;
  if (built >= newestSource(path.join(ROOT, "src"))) return;
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
};
