/** Shared set-up for the hostile-input tests: the CLI run in-process, and department workbooks. */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main, type Io } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export function tmpDir(): string {
  return mkdtempSync(path.join(tmpdir(), "tonghop-hostile-"));
}

export interface DeptRow {
  code: string | null;
  name: string;
  unit: string;
  current: number | string | null;
  previous?: number | null;
}

/** An indicator sheet the way departments lay it out (CONTRACT.md §1). */
export function addDeptSheet(
  wb: ExcelJS.Workbook,
  sheetName: string,
  unitName: string,
  rows: DeptRow[],
  period = "6 tháng đầu năm 2026",
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(["Đơn vị báo cáo:", unitName]);
  ws.addRow(["Kỳ báo cáo:", period]);
  ws.addRow([]);
  ws.addRow(["STT", "Mã số", "Chỉ tiêu", "ĐVT", "Cùng kỳ", "Thực hiện"]);
  rows.forEach((r, i) => ws.addRow([i + 1, r.code, r.name, r.unit, r.previous ?? null, r.current]));
  return ws;
}

export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await wb.xlsx.writeFile(file);
}

export interface IssueJson {
  file: string;
  sheet: string | null;
  cell: string | null;
  severity: string;
  rule: string;
  message: string;
}

export interface ConsolidateJson {
  issues: IssueJson[];
  period: string;
  units: string[];
  indicators: Array<{
    code: string | null;
    name: string;
    unit: string;
    current: number | null;
    previous: number | null;
    sources: Array<{ file: string; sheet: string; cell: string; unit: string; value: number }>;
  }>;
}
