/**
 * Every issue the bundled examples raise, compared exactly with a golden list
 * (expected-issues.json): a change that adds, drops, moves or rewords one shows here as a diff
 * to read, not as a silent change of what planners are told. The examples' planted mistakes
 * are listed in scripts/examples/MISTAKES.md; where TongHop reports them is decided below.
 *
 * After an intended change: `UPDATE_GOLDEN=1 npx jest test/examples/expectedIssues`, then read
 * `git diff test/examples/expected-issues.json` — it must be exactly what the change intends.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main, type Io } from "../../src/cli/main";
import { findIssueKind } from "../../src/core/issues";
import { findRule } from "../../src/core/validate/registry";
import type { Issue } from "../../src/core/types";

const ROOT = path.resolve(__dirname, "../..");
const GOLDEN = path.join(__dirname, "expected-issues.json");

/** The demo's run (npm run demo), its issues with paths relative to the project. */
async function exampleIssues(): Promise<Issue[]> {
  let stdout = "";
  const io: Io = { stdout: (s) => (stdout += s), stderr: () => undefined };
  const out = path.join(mkdtempSync(path.join(tmpdir(), "tonghop-golden-")), "TongHop.xlsx");
  const code = await main(
    [
      "consolidate",
      path.join(ROOT, "examples/departments"),
      "--previous",
      path.join(ROOT, "examples/previous/TongHop_6thang_2025.xlsx"),
      "--settings",
      path.join(ROOT, "examples/settings.json"),
      "--out",
      out,
      "--json",
    ],
    io,
  );
  expect(code).toBe(1);
  const relative = (s: string) => s.split(ROOT + path.sep).join("");
  return (JSON.parse(stdout) as { issues: Issue[] }).issues.map((i) => ({
    ...i,
    file: relative(i.file),
    message: relative(i.message),
  }));
}

let issues: Issue[];
beforeAll(async () => {
  issues = await exampleIssues();
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, JSON.stringify(issues, null, 2) + "\n");
});

describe("the examples' issues", () => {
  it("are exactly the golden list", () => {
    expect(existsSync(GOLDEN)).toBe(true);
    expect(issues).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  it("are each a registered rule or issue kind, at its severity", () => {
    const unknown = issues.filter((i) => !findRule(i.rule) && !findIssueKind(i.rule));
    expect(unknown.map((i) => i.rule)).toEqual([]);
    // A rule's severity may vary by finding (see its rule); a kind has one.
    const offSeverity = issues.filter((i) => {
      const k = findIssueKind(i.rule);
      return k !== undefined && k.severity !== i.severity;
    });
    expect(offSeverity.map((i) => i.rule)).toEqual([]);
  });

  // Issue 16 item 8: a message names other cells in words, quotes one way, and does not chain
  // colons ("bỏ qua: Không phải biểu chỉ tiêu: không tìm thấy …").
  it("read as planners read them: no raw Sheet!A1, no straight quotes, no chain of colons", () => {
    const raw = issues.filter((i) => /!\$?[A-Z]{1,3}\$?\d/u.test(i.message));
    expect(raw.map((i) => i.message)).toEqual([]);
    expect(issues.filter((i) => i.message.includes('"')).map((i) => i.message)).toEqual([]);
    const chained = issues.filter((i) => (i.message.match(/:\s/gu) ?? []).length > 1);
    expect(chained.map((i) => i.message)).toEqual([]);
  });

  const at = (file: string, rule: string) =>
    issues.filter((i) => i.file.endsWith(file) && i.rule === rule).map((i) => `${i.sheet}!${i.cell}`);

  // MISTAKES.md #5 plants the repeated code LD02 in B25. A repeated indicator is reported, like
  // every issue about a whole row, at the row's name cell, the cell a planner reads the row by.
  it("#5: the repeated LD02 row is reported at its name cell C25, pointing at the first (C21)", () => {
    expect(at("PhongVHXH_BaoCao_6T2026.xlsx", "duplicate-indicator")).toEqual(["VHXH!C25"]);
  });

  // MISTAKES.md #7 plants 14 đơn đã giải quyết (E11) under 12 đơn tiếp nhận (E10). The components
  // exceeding their total is reported at the total (E10), the figure they are checked against;
  // the rate computed from E11/E10 above 100 % is reported at E11.
  it("#7: 'trong đó' over the total is reported at the total E10, the rate above 100 % at E11", () => {
    expect(at("VP_HDND_UBND_TiepCongDan.xlsx", "components-exceed-total")).toEqual([
      "Tiếp dân!E10",
    ]);
    expect(at("VP_HDND_UBND_TiepCongDan.xlsx", "ratio-out-of-range")).toEqual(["Tiếp dân!E11"]);
  });
});
