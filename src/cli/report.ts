/** The human report on stderr: grouped by file and sheet, errors first (issues come sorted). */
import { BATCH_ISSUES_LABEL, SEVERITY_LABEL } from "../core/output";
import type { BoundaryConversion } from "../core/boundaries";
import type { Issue } from "../core/types";

export interface ReportOptions {
  /**
   * Warnings and notes of one rule listed per sheet; the rest are counted in one line. Errors
   * are always listed. Unset, everything is listed (validate's report is its whole output).
   */
  listPerRule?: number;
  /** Where the ones counted, not listed, can be read. */
  rest?: string;
}

const count = new Intl.NumberFormat("vi-VN");

/**
 * Issues as lines, grouped by file and sheet. A province's batch checked without its catalog
 * gives some 180 unknown-indicator warnings a sheet, 27 000 in all: listed one by one they
 * bury the errors, so consolidate (whose Kiểm tra sheet lists them all) lists a few of each.
 */
export function formatIssueReport(issues: Issue[], options: ReportOptions = {}): string {
  const cap = options.listPerRule ?? Infinity;
  const lines: string[] = [];
  let file: string | null = null;
  for (let start = 0; start < issues.length;) {
    const sheet = issues[start].sheet;
    let end = start;
    while (
      end < issues.length &&
      issues[end].file === issues[start].file &&
      issues[end].sheet === sheet
    )
      end++;
    if (issues[start].file !== file) {
      file = issues[start].file;
      lines.push("", file === "" ? `📋 ${BATCH_ISSUES_LABEL}` : `📄 ${file}`);
    }
    if (sheet !== null) lines.push(`  Trang “${sheet}”`);
    const total = new Map<string, number>();
    const group = issues.slice(start, end);
    for (const issue of group) {
      const key = `${issue.severity} ${issue.rule}`;
      total.set(key, (total.get(key) ?? 0) + 1);
    }
    const listed = new Map<string, number>();
    for (const issue of group) {
      const key = `${issue.severity} ${issue.rule}`;
      const shown = listed.get(key) ?? 0;
      if (issue.severity !== "error" && shown >= cap) continue;
      listed.set(key, shown + 1);
      const where = issue.cell ? `ô ${issue.cell}: ` : "";
      lines.push(
        `    [${SEVERITY_LABEL[issue.severity]}] ${where}${issue.message} (${issue.rule})`,
      );
    }
    for (const [key, n] of total) {
      const left = n - (listed.get(key) ?? 0);
      if (left === 0) continue;
      const [severity, rule] = key.split(" ") as [Issue["severity"], string];
      lines.push(
        `    … và ${count.format(left)} ${SEVERITY_LABEL[severity].toLowerCase()} khác cùng loại ` +
          `(${rule})${options.rest ? `: ${options.rest}` : ""}.`,
      );
    }
    start = end;
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
