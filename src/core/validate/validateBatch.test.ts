import { defaultCatalog } from "../catalog";
import { parseSheet } from "../parse";
import type { Issue } from "../types";
import { gridFromRows, row } from "./testing/fixtures";
import { sortIssues, validateBatch } from "./validateBatch";

const catalog = defaultCatalog();
const lua = { code: "NN02", name: "Diện tích lúa", unit: "ha" };

function batch() {
  return [
    parseSheet(
      gridFromRows(
        [
          row({ ...lua, previous: 1000, current: "2.7150.000" }), // error G5
          row({ name: "Số hợp tác xã", unit: "hợp tác xã", current: 3 }), // warning C6
          row({ code: "CN01", name: "Giá trị sản xuất công nghiệp", unit: "tỷ đồng", current: 2 }), // info D7
          row({ ...lua, current: 4 }), // error C8 (duplicate)
        ],
        { file: "b.xlsx", unit: "UBND xã B" },
      ),
    ),
    parseSheet(
      gridFromRows([row({ ...lua, current: "1.200" })], { file: "a.xlsx", unit: "UBND xã A" }),
    ),
    parseSheet({ file: "a.xlsx", sheet: "Ghi chú", values: [["Không phải biểu"]] }),
  ];
}

describe("validateBatch", () => {
  it("does not depend on the order files were given in", () => {
    const inputs = batch();
    const forward = validateBatch(inputs, catalog);
    const backward = validateBatch([...inputs].reverse(), catalog);
    expect(backward.issues).toEqual(forward.issues);
    expect(backward.sheets.map((s) => s.file)).toEqual(forward.sheets.map((s) => s.file));
  });

  it("sorts by file, sheet, then error before warning before info, then cell", () => {
    const { issues } = validateBatch(batch(), catalog);
    const b = issues.filter((i) => i.file === "b.xlsx");
    const severities = b.map((i) => i.severity);
    expect(severities.indexOf("info")).toBeGreaterThan(severities.lastIndexOf("warning"));
    expect(severities.indexOf("warning")).toBeGreaterThan(severities.lastIndexOf("error"));
    const errors = b.filter((i) => i.severity === "error").map((i) => i.cell);
    expect(errors).toEqual(["G5", "C8"]);
    expect(issues[0].file).toBe("a.xlsx");
    // a.xlsx's sheets in name order: "Biểu 01" before "Ghi chú".
    const aSheets = [...new Set(issues.filter((i) => i.file === "a.xlsx").map((i) => i.sheet))];
    expect(aSheets).toEqual(["Biểu 01", "Ghi chú"]);
  });

  it("keeps the skipped sheets apart and counts only real sheets", () => {
    const res = validateBatch(batch(), catalog);
    expect(res.sheets).toHaveLength(2);
    expect(res.skipped.map((s) => s.sheet)).toEqual(["Ghi chú"]);
  });

  it("a missing option keeps its default threshold", () => {
    const sheet = parseSheet(gridFromRows([row({ ...lua, previous: 1000, current: 1600 })]));
    const res = validateBatch([sheet], catalog, { yoyThreshold: undefined });
    expect(res.issues.map((i) => i.rule)).toContain("yoy-threshold");
  });
});

describe("sortIssues", () => {
  const base = { file: "x.xlsx", sheet: "S", rule: "r", message: "m" } as const;
  it("puts whole-file issues first, then cells row by row, column by column", () => {
    const issues: Issue[] = [
      { ...base, cell: "B10", severity: "error" },
      { ...base, cell: "AA2", severity: "error" },
      { ...base, cell: "C2", severity: "error" },
      { ...base, sheet: null, cell: null, severity: "error" },
      { ...base, cell: "A1", severity: "info" },
    ];
    expect(sortIssues(issues).map((i) => i.cell)).toEqual([null, "C2", "AA2", "B10", "A1"]);
  });
});
