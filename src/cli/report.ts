/** The human report on stderr: grouped by file and sheet, errors first (issues come sorted). */
import { SEVERITY_LABEL } from "../core/output";
import type { BoundaryConversion } from "../core/boundaries";
import type { Issue } from "../core/types";

export function formatIssueReport(issues: Issue[]): string {
  const lines: string[] = [];
  let file: string | null = null;
  let sheet: string | null | undefined;
  for (const issue of issues) {
    if (issue.file !== file) {
      file = issue.file;
      sheet = undefined;
      lines.push("", `📄 ${file}`);
    }
    if (issue.sheet !== sheet) {
      sheet = issue.sheet;
      if (sheet !== null) lines.push(`  Trang “${sheet}”`);
    }
    const where = issue.cell ? `ô ${issue.cell}: ` : "";
    lines.push(`    [${SEVERITY_LABEL[issue.severity]}] ${where}${issue.message} (${issue.rule})`);
  }
  return lines.length > 0 ? lines.join("\n") + "\n\n" : "";
}

export function summaryLine(issues: Issue[], files: number, sheets: number): string {
  const count = (s: Issue["severity"]) => issues.filter((i) => i.severity === s).length;
  return (
    `Đã đọc ${files} tệp, ${sheets} biểu chỉ tiêu: ` +
    `${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} thông tin.`
  );
}

/** One line saying the cùng kỳ was carried over to today's units, and where to check it. */
export function conversionLine(conv: BoundaryConversion): string {
  const formers = new Set(conv.targets.flatMap((t) => t.unit.formers.map((f) => f.code)));
  const read = [...formers].filter((code) => conv.figures.has(code)).length;
  const where = conv.scope.province ? ` (${conv.scope.province.name})` : "";
  return (
    `Quy đổi cùng kỳ theo địa giới mới${where}: có biểu năm trước của ${read}/${formers.size} đơn vị cũ, ` +
    `quy về ${conv.targets.length} đơn vị hiện nay; xem trang “Quy đổi địa giới”.`
  );
}
