// @ts-check
"use strict";
/**
 * Preloaded (`node --require bench/rssHook.js …`) into the CLI by bench/run.js: writes the
 * process's peak resident set (KiB) to $TONGHOP_BENCH_RSS when it exits, however it exits.
 */
const fs = require("fs");
const target = process.env.TONGHOP_BENCH_RSS;
if (target) {
  process.on("exit", () => {
    try {
      fs.writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      /* the bench reports n/a */
    }
  });
}
