#!/usr/bin/env node
// @ts-check
"use strict";
/**
 * `node scripts/build-boundaries.js [merges.json]`: rebuilds src/core/boundaries/data/
 * mapping20250701.ts from the official 1/7/2025 mapping, by default
 * ../shared/data/dvhcvn-20250701/merges.json beside the repository (as CI has it). Its MIT
 * notice (LICENSE beside merges.json) is copied into the generated module.
 */
const fs = require("fs");
const path = require("path");
const { encodeMapping, mappingModule } = require("./boundaries/encode");

const ROOT = path.join(__dirname, "..");
const source = path.resolve(
  process.argv[2] || path.join(ROOT, "..", "shared", "data", "dvhcvn-20250701", "merges.json"),
);
const target = path.join(ROOT, "src", "core", "boundaries", "data", "mapping20250701.ts");

const merges = JSON.parse(fs.readFileSync(source, "utf8"));
const licence = fs.readFileSync(path.join(path.dirname(source), "LICENSE"), "utf8");
const text = mappingModule(encodeMapping(merges), licence);
fs.writeFileSync(target, text);
process.stderr.write(
  `đã ghi ${path.relative(ROOT, target)} (${(text.length / 1024).toFixed(0)} KiB)\n`,
);
