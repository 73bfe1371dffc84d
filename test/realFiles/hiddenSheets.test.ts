/**
 * Hidden sheets (issue 10 item 6): the copy of last year's report or the lookup table an office
 * hides in its workbook is not part of the report unless the planner includes it.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main, type Io } from "../../src/cli/main";
import { officeWorkbook, STANDARD, type OfficeSheet } from "./officeLayouts";

const sheet = (name: string, year: number, state: OfficeSheet["state"]): OfficeSheet => ({
  name,
  state,
  body: ["UBND XÃ HỢP HÒA", "PHÒNG KINH TẾ"],
  placeDate: `Hợp Hòa, ngày 16 tháng 6 năm ${year}`,
  titles: [`BÁO CÁO CÁC CHỈ TIÊU KINH TẾ 6 THÁNG ĐẦU NĂM ${year}`],
  header: STANDARD,
  rows: [
    [1, "Diện tích lúa", "ha", 1790, 1850, year === 2026 ? 1820 : 1790],
    [2, "Đàn bò", "con", 2100, 2200, year === 2026 ? 2185 : 2100],
  ],
});

const lookup: OfficeSheet = {
  name: "DM",
  state: "veryHidden",
  header: ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
  rows: [[1, "Diện tích lúa", "ha", null]],
};

async function run(args: string[]) {
  let stdout = "";
  const io: Io = { stdout: (s) => (stdout += s), stderr: () => undefined };
  const code = await main(args, io);
  return { code, doc: JSON.parse(stdout) };
}

describe("hidden sheets", () => {
  let file: string;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tonghop-hidden-"));
    file = path.join(dir, "PhongKT_6T2026.xlsx");
    const bytes = await officeWorkbook([
      sheet("6T 2026", 2026, "visible"),
      sheet("6T 2025", 2025, "hidden"),
      lookup,
    ]);
    writeFileSync(file, bytes);
  });

  it("are listed as info and not read by default", async () => {
    const { code, doc } = await run(["validate", file, "--json"]);
    expect(doc.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(["6T 2026"]);
    const skipped = doc.issues.filter((i: { rule: string }) => i.rule === "sheet-skipped");
    expect(skipped.map((i: { sheet: string; severity: string }) => [i.sheet, i.severity])).toEqual([
      ["6T 2025", "info"],
      ["DM", "info"],
    ]);
    expect(skipped[0].message).toContain("ẩn");
    // Last year's copy does not turn the batch into two periods.
    expect(doc.issues.map((i: { rule: string }) => i.rule)).not.toContain("period-mismatch");
    expect(code).toBe(0);
  });

  it("are read when the planner includes them", async () => {
    const { code, doc } = await run(["validate", file, "--include-hidden", "--json"]);
    expect(doc.sheets.map((s: { sheet: string }) => s.sheet).sort()).toEqual([
      "6T 2025",
      "6T 2026",
      "DM",
    ]);
    expect(doc.issues.map((i: { rule: string }) => i.rule)).toContain("period-mismatch");
    expect(code).toBe(1);
  });
});
