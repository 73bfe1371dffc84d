#!/usr/bin/env node
"use strict";
// The compiled CLI lives in dist/ (built by `npm ci` through the prepare script).
let main = null;
try {
  ({ main } = require("../dist/cli/main.js"));
} catch (e) {
  process.stderr.write(
    "TongHop chưa được biên dịch: hãy chạy `npm ci` (hoặc `npm run build`) trong thư mục dự án.\n" +
      String(e && e.message) +
      "\n",
  );
  process.exitCode = 2;
}
// The exit code is set, never forced with process.exit: stdout into a pipe is written
// asynchronously, and exiting at once would cut a long --json document at the pipe's 64 KiB.
main?.(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(String((e && e.stack) || e) + "\n");
    process.exitCode = 2;
  },
);
