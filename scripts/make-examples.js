#!/usr/bin/env node
// @ts-check
"use strict";
/**
 * `npm run examples`: regenerates examples/departments/*.xlsx, examples/previous/*.xlsx and
 * scripts/examples/MISTAKES.md from scripts/examples/batch.json + previous.json.
 * Usage: node scripts/make-examples.js [outDir]   (default: examples/ of this repository)
 *
 * A file whose cells did not change is left untouched: xlsx zips carry write times, and a
 * rewrite with the same content would only make noise in version control.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { isDeepStrictEqual } = require("util");
const { generateExamples, renderMistakes, snapshotFile } = require("./examples/generate");

async function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "examples"));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tonghop-examples-"));
  try {
    const { files, mistakes } = await generateExamples(tmp);
    for (const f of files) {
      const target = path.join(outDir, f);
      const fresh = path.join(tmp, f);
      const same =
        fs.existsSync(target) &&
        isDeepStrictEqual(await snapshotFile(target), await snapshotFile(fresh));
      if (same) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(fresh, target);
      process.stderr.write(`đã ghi ${target}\n`);
    }
    // A file left from an earlier batch would be taken for a department's file: remove it.
    for (const sub of ["departments", "previous"]) {
      const dir = path.join(outDir, sub);
      if (!fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir)) {
        if (!files.includes(`${sub}/${name}`)) {
          fs.rmSync(path.join(dir, name), { recursive: true, force: true });
          process.stderr.write(`đã xóa ${path.join(dir, name)}\n`);
        }
      }
    }
    fs.writeFileSync(path.join(__dirname, "examples", "MISTAKES.md"), renderMistakes(mistakes));
    process.stderr.write(
      `${files.length} tệp ví dụ trong ${outDir}; ${mistakes.length} lỗi cố ý: scripts/examples/MISTAKES.md\n`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`Không tạo được bộ biểu ví dụ: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
