/** The issues tracking adds to a run: a sheet set aside for a newer one, a name that fits several units. */
import type { Issue } from "../types";
import type { SetAside, Tracking } from "./track";

/** "2026-07-10" → "10/07/2026", as a planner writes a date. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function setAsideIssue(s: SetAside): Issue {
  const when = s.used.date ? `, ngày ${viDate(s.used.date)}` : "";
  return {
    file: s.file,
    sheet: s.sheet,
    cell: null,
    severity: "info",
    rule: "submission-set-aside",
    message:
      `Trang “${s.sheet}” của ${s.unit.name} không được tổng hợp: đơn vị đã gửi bản mới hơn ` +
      `(tệp “${s.used.file}”, trang “${s.used.sheet}”${when}); chỉ bản đó được tính.`,
  };
}

export function trackingIssues(tracking: Tracking): Issue[] {
  const issues = tracking.setAside.map(setAsideIssue);
  for (const { sheet, candidates } of tracking.ambiguous) {
    issues.push({
      file: sheet.file,
      sheet: sheet.sheet,
      cell: sheet.unitCell ?? null,
      severity: "warning",
      rule: "submission-unit-ambiguous",
      message:
        `Đơn vị “${sheet.unitName ?? ""}” ứng với nhiều đơn vị trong danh sách (` +
        candidates.map((c) => (c.code ? `${c.name}, mã ${c.code}` : c.name)).join("; ") +
        `); chưa tính là đã nộp của đơn vị nào. Hãy ghi “Mã đơn vị” vào biểu và vào danh sách.`,
    });
  }
  return issues;
}
