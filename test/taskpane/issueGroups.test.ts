import { countBySeverity, groupIssues, unitOf } from "../../src/taskpane/state/issueGroups";
import { consolidatedFileName, reportFileName } from "../../src/taskpane/state/fileNames";
import { parsePeriod } from "../../src/core/parse/period";
import type { Issue, Severity } from "../../src/core/types";

const issue = (
  file: string,
  sheet: string | null,
  severity: Severity,
  cell: string | null = "A1",
): Issue => ({
  file,
  sheet,
  cell,
  severity,
  rule: "r",
  message: `${file}/${sheet}/${cell}/${severity}`,
});

describe("issue list layout", () => {
  it("groups by file and sheet, sheets with errors first, errors first inside a sheet", () => {
    const issues = [
      issue("a.xlsx", "S1", "info", "B2"),
      issue("a.xlsx", "S1", "warning", "B3"),
      issue("b.xlsx", "S1", "warning", "C1"),
      issue("b.xlsx", "S1", "error", "C9"),
      issue("c.xlsx", null, "error", null),
    ];
    const groups = groupIssues(issues);
    expect(groups.map((g) => `${g.file}|${g.sheet}`)).toEqual([
      "b.xlsx|S1",
      "c.xlsx|null",
      "a.xlsx|S1",
    ]);
    expect(groups[0].issues.map((i) => i.severity)).toEqual(["error", "warning"]);
    expect(groups[2].issues.map((i) => i.severity)).toEqual(["warning", "info"]);
    expect(countBySeverity(issues)).toEqual({ error: 2, warning: 2, info: 1 });
    // Nothing is lost or duplicated.
    expect(groups.flatMap((g) => g.issues)).toHaveLength(issues.length);
  });

  it("names downloads after the report period, the way planners name them", () => {
    const name = (text: string) => consolidatedFileName(parsePeriod(text));
    expect(name("6 tháng đầu năm 2026")).toBe("TongHop_6thang_2026.xlsx");
    expect(name("Quý I/2026")).toBe("TongHop_Quy1_2026.xlsx");
    expect(name("Tháng 5/2026")).toBe("TongHop_Thang5_2026.xlsx");
    expect(name("Năm 2025")).toBe("TongHop_Nam_2025.xlsx");
    expect(consolidatedFileName(null)).toBe("TongHop.xlsx");
    expect(reportFileName(parsePeriod("9 tháng năm 2026"))).toBe("BaoCao_9thang_2026.docx");
  });
});

test("an issue of the whole batch is listed under its own name, not an empty one", () => {
  const batchWide: Issue = {
    file: "",
    sheet: null,
    cell: null,
    severity: "warning",
    rule: "boundary-former-missing",
    message: "Thiếu biểu năm trước của Xã Đạo Tú.",
  };
  expect(unitOf(batchWide, {})).toBe("Chung cho cả đợt tổng hợp");
  expect(unitOf({ ...batchWide, file: "Xa_A.xlsx" }, {})).toBe("Xa_A.xlsx");
});
