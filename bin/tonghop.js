#!/usr/bin/env node
"use strict";
// The compiled CLI lives in dist/ (built by `npm ci` through the prepare script).
let main;
try {
  ({ main } = require("../dist/cli/main.js"));
} catch (e) {
  process.stderr.write(
    "TongHop chưa được biên dịch: hãy chạy `npm ci` (hoặc `npm run build`) trong thư mục dự án.\n" +
      String(e && e.message) +
      "\n",
  );
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(String((e && e.stack) || e) + "\n");
    process.exit(2);
  },
);
