/**
 * The built `tonghop` as a planner runs it: a child process of bin/tonghop.js with its output
 * piped, read whole (a province's --json runs to megabytes).
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from "child_process";
import { existsSync } from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");

/** Builds the CLI when `probe` (a path under dist/) is missing: a fresh clone before `npm run build`. */
export function buildCliIfMissing(probe: string): void {
  if (!existsSync(path.join(ROOT, probe))) {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
  }
}

export function tonghop(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(ROOT, "bin/tonghop.js"), ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}
