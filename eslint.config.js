/*
 * ESLint 9 flat config.
 *
 * - typescript-eslint's recommended rules everywhere;
 * - eslint-plugin-office-addins' rules on the .ts files that may hold Office.js code
 *   (src/excel above all): they catch reads before context.sync() and similar mistakes, and
 *   only understand .ts, which is why Excel code stays out of .tsx;
 * - src/core must stay pure (it runs in Excel, a browser and Node alike), so Node built-ins,
 *   UI and file-format libraries, and host globals are forbidden there;
 * - eslint-config-prettier last, so formatting is Prettier's business alone.
 */
"use strict";

const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const prettier = require("eslint-config-prettier");
const globals = require("globals");

/** The plugin's own recommended Office rules, without its bundled prettier/parser setup. */
function officeAddinsRules() {
  const rules = {};
  for (const block of officeAddins.configs.recommended) {
    for (const [name, setting] of Object.entries(block.rules || {})) {
      if (name.startsWith("office-addins/")) rules[name] = setting;
    }
  }
  return rules;
}

const NODE_BUILTINS = [
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "fs",
  "http",
  "https",
  "net",
  "os",
  "path",
  "process",
  "stream",
  "url",
  "util",
  "worker_threads",
  "zlib",
];

const CORE_FORBIDDEN_IMPORTS = [
  ...NODE_BUILTINS.flatMap((name) => [name, `${name}/*`]),
  "node:*",
  "react",
  "react/*",
  "react-dom",
  "react-dom/*",
  "exceljs",
  "exceljs/*",
  "docx",
  "docx/*",
  "@fluentui/*",
];

const CORE_FORBIDDEN_GLOBALS = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "Office",
  "Excel",
  "OfficeExtension",
  "Buffer",
  "process",
  "require",
  "__dirname",
  "__filename",
].map((name) => ({
  name,
  message: "src/core runs unchanged in Excel, a browser and Node: pass host objects in as data.",
}));

module.exports = tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "examples/**",
      "test-artifacts/**",
      "out/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
      "@typescript-eslint/no-explicit-any": "warn",
      // Text cleaning for Vietnamese (combining tone marks, legacy encodings, control
      // characters that Excel and Word reject) needs exactly these regular expressions;
      // they stay visible as warnings rather than blocking the build.
      "no-misleading-character-class": "warn",
      "no-control-regex": "warn",
      "no-useless-escape": "warn",
    },
  },
  {
    // Build scripts and configs are CommonJS run by Node.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
  {
    // Office.js code lives in src/excel (and whatever the pane calls directly). ExcelJS code
    // in src/io, src/cli, scripts and tests has look-alike calls (ws.getCell(...).value)
    // that these rules mistake for unsynced Office.js proxies, so it is left out.
    files: ["src/**/*.ts"],
    ignores: ["src/io/**", "src/cli/**", "**/*.test.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules(),
  },
  {
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: CORE_FORBIDDEN_IMPORTS,
              message:
                "src/core is pure TypeScript: Node, UI and file-format code belongs in src/io, src/excel or src/taskpane.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...CORE_FORBIDDEN_GLOBALS],
    },
  },
  prettier,
);
