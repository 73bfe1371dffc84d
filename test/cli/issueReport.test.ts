/**
 * The report on stderr: consolidate lists a few issues of each rule per sheet and counts the
 * rest (its Kiểm tra sheet has them all); errors are always listed; validate lists everything.
 * Checked on synthetic issues and on the built CLI as a child process with piped output.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { formatIssueReport } from "../../src/cli/report";
import type { Issue } from "../../src/core/types";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/tonghop.js");

function issue(over: Partial<Issue>): Issue {
  return {
    file: "Xa_A.xlsx",
    sheet: "Biểu 01",
    cell: "C10",
    severity: "warning",
    rule: "unknown-indicator",
    message: "Chỉ tiêu không có trong danh mục.",
    ...over,
  };
}

describe("formatIssueReport", () => {
  const many = (n: number, over: Partial<Issue>) =>
    Array.from({ length: n }, (_, i) => issue({ cell: `C${10 + i}`, ...over }));

  it("puts the issues of the whole batch under their own heading, not an empty file name", () => {
    const text = formatIssueReport([
      issue({ file: "", sheet: null, cell: null, rule: "boundary-former-missing" }),
      issue({}),
    ]);
    expect(text).toContain("📋 Chung cho cả đợt tổng hợp");
    expect(text).not.toMatch(/📄 \n/u);
    expect(text).toContain("📄 Xa_A.xlsx");
  });

  it("lists every issue when no limit is given", () => {
    const text = formatIssueReport(many(10, {}));
    expect(text.match(/\[Cảnh báo\]/g)).toHaveLength(10);
    expect(text).not.toContain("khác cùng loại");
  });

  it("lists a few of each rule per sheet and counts the rest where they can be read", () => {
    const issues = [
      ...many(2, { severity: "error", rule: "malformed-number" }),
      ...many(7, {}),
      ...many(2, { rule: "number-as-text" }),
      ...many(5, { sheet: "Biểu 02" }),
      ...many(4, { file: "Xa_B.xlsx" }),
    ];
    const text = formatIssueReport(issues, { listPerRule: 3, rest: "xem trang “Kiểm tra”" });
    const lines = text.split("\n");
    const sheetA1 = lines.slice(
      lines.indexOf("  Trang “Biểu 01”"),
      lines.indexOf("  Trang “Biểu 02”"),
    );
    expect(
      sheetA1.filter((l) => l.includes("(unknown-indicator)") && l.includes("[Cảnh báo]")),
    ).toHaveLength(3);
    expect(sheetA1.filter((l) => l.includes("(number-as-text)"))).toHaveLength(2);
    expect(sheetA1).toContain(
      "    … và 4 cảnh báo khác cùng loại (unknown-indicator): xem trang “Kiểm tra”.",
    );
    // Counted per sheet and per file, not across the batch.
    expect(text).toContain(
      "    … và 2 cảnh báo khác cùng loại (unknown-indicator): xem trang “Kiểm tra”.",
    );
    expect(text).toContain(
      "    … và 1 cảnh báo khác cùng loại (unknown-indicator): xem trang “Kiểm tra”.",
    );
    expect(text.match(/khác cùng loại/g)).toHaveLength(3);
    expect(text.match(/📄 /g)).toHaveLength(2);
  });

  it("never leaves an error out", () => {
    const text = formatIssueReport(many(9, { severity: "error", rule: "malformed-number" }), {
      listPerRule: 3,
    });
    expect(text.match(/\[Lỗi\]/g)).toHaveLength(9);
    expect(text).not.toContain("khác cùng loại");
  });

  it("keeps file-level issues (no sheet) under their file", () => {
    const text = formatIssueReport(many(5, { sheet: null, cell: null, rule: "file-unreadable" }), {
      listPerRule: 3,
    });
    expect(text).not.toContain("Trang");
    expect(text).toContain("… và 2 cảnh báo khác cùng loại (file-unreadable).");
  });
});

describe("the CLI's report on stderr, piped", () => {
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, "dist/cli/report.js")))
      execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
  });

  const tonghop = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", stdio: "pipe" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const departments = path.join(ROOT, "examples/departments");
  type JsonIssue = { file: string; sheet: string | null; severity: string; rule: string };

  it("consolidate counts what it does not list, validate lists all, and --json keeps all", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "tonghop-report-")), "TongHop.xlsx");
    const consolidated = tonghop(["consolidate", departments, "--out", out, "--json"]);
    expect(consolidated.code).toBe(1);
    const issues = (JSON.parse(consolidated.stdout) as { issues: JsonIssue[] }).issues;
    // The examples' TCVN3 sheet has more than three converted cells.
    const legacy = issues.filter((i) => i.rule === "legacy-encoding" && /CongAnXa/.test(i.file));
    expect(legacy.length).toBeGreaterThan(3);
    expect(consolidated.stderr).toContain(
      `… và ${legacy.length - 3} thông tin khác cùng loại (legacy-encoding): ` +
        "xem đủ ở trang “Kiểm tra” của tệp kết quả.",
    );
    const listed = (text: string, severity: string) =>
      text.split("\n").filter((l) => l.startsWith(`    [${severity}]`)).length;
    const errors = issues.filter((i) => i.severity === "error").length;
    expect(listed(consolidated.stderr, "Lỗi")).toBe(errors);
    expect(listed(consolidated.stderr, "Thông tin")).toBeLessThan(
      issues.filter((i) => i.severity === "info").length,
    );

    const validated = tonghop(["validate", departments]);
    expect(validated.stderr).not.toContain("khác cùng loại");
    expect(listed(validated.stderr, "Thông tin")).toBeGreaterThanOrEqual(legacy.length);
  });
});
