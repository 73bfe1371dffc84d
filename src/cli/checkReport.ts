/**
 * `tonghop check-report <draft.docx|draft.txt> [--summary FILE.xlsx] [--json]` (CONTRACT.md §4):
 * every figure of a report draft checked against its own arithmetic and, with --summary,
 * against the consolidated workbook. Findings go to stderr (and as JSON to stdout); exit 1
 * when one is an error, 2 when the draft or the summary cannot be read.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { parseArgs } from "util";
import {
  checkDraft,
  hasErrorFindings,
  paragraphsOfText,
  summaryFactsFromGrids,
} from "../core/factcheck";
import type { DraftParagraph, Finding, SummaryFact } from "../core/factcheck";
import { loadCatalog } from "../core/pipeline";
import { DocxReadError, readDocxParagraphs } from "../io/docxText";
import { readWorkbookFile } from "../io/node";

/** The command's own usage errors: main turns them into exit 2 with the help text. */
export class CheckReportUsageError extends Error {}

const SEVERITY: Record<Finding["severity"], string> = { error: "Lỗi", warning: "Cảnh báo" };

/** Text of a .txt draft: UTF-8 (with or without BOM) or UTF-16 with its BOM, as Notepad saves. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CheckReportUsageError(
      `Tệp “${file}” không phải văn bản UTF-8: hãy lưu lại dưới dạng “Plain Text (.txt)” với mã hóa Unicode (UTF-8).`,
    );
  }
}

async function readDraft(file: string): Promise<DraftParagraph[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".docx" && ext !== ".txt") {
    throw new CheckReportUsageError(`Dự thảo phải là tệp .docx hoặc .txt (nhận được “${file}”).`);
  }
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory())
      throw new CheckReportUsageError(`“${file}” là thư mục, không phải tệp dự thảo.`);
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    if (e instanceof CheckReportUsageError) throw e;
    const code = (e as { code?: string }).code;
    throw new CheckReportUsageError(
      code === "ENOENT"
        ? `Không tìm thấy tệp dự thảo “${file}”.`
        : `Không đọc được tệp dự thảo “${file}”: ${(e as Error).message}`,
    );
  }
  if (ext === ".txt") return paragraphsOfText(decodeText(bytes, file));
  try {
    return readDocxParagraphs(bytes, file);
  } catch (e) {
    if (e instanceof DocxReadError) throw new CheckReportUsageError(e.message);
    throw e;
  }
}

async function readSummary(file: string): Promise<SummaryFact[]> {
  const r = await readWorkbookFile(file);
  const problem = r.issues.find((i) => i.severity === "error");
  if (r.grids.length === 0 || problem) {
    throw new CheckReportUsageError(
      `Không đọc được bảng tổng hợp “${file}”: ${problem?.message ?? "tệp không có trang tính nào."}`,
    );
  }
  const read = summaryFactsFromGrids(r.grids, loadCatalog(null).catalog);
  if (!read.ok) throw new CheckReportUsageError(`Tệp “${file}” ${read.message}.`);
  return read.facts;
}

/** Today in the planner's own time zone, "yyyy-mm-dd". */
function localToday(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function formatFindings(findings: Finding[], file: string): string {
  const lines: string[] = [];
  for (const f of findings) {
    lines.push(`  Đoạn ${f.paragraph}: [${SEVERITY[f.severity]}] ${f.message} (${f.rule})`);
    lines.push(`      “${f.snippet}”`);
    if (f.suggestion) lines.push(`      → Nên sửa thành: ${f.suggestion}`);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const head = `📄 ${file}: ${errors} lỗi, ${findings.length - errors} cảnh báo.`;
  return [head, ...lines].join("\n") + "\n";
}

export async function cmdCheckReport(
  args: string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { summary: { type: "string" }, json: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1) {
    throw new CheckReportUsageError(
      positionals.length === 0
        ? "Cần đúng một tệp dự thảo báo cáo (.docx hoặc .txt) để soát."
        : `Chỉ soát một dự thảo mỗi lần (nhận được ${positionals.length} tệp).`,
    );
  }
  const file = positionals[0];
  const paragraphs = await readDraft(file);
  const summary = values.summary ? await readSummary(values.summary) : undefined;
  const findings = checkDraft(paragraphs, { today: localToday(), summary });
  io.stderr(formatFindings(findings, file));
  if (values.json) io.stdout(JSON.stringify({ findings }, null, 2) + "\n");
  return hasErrorFindings(findings) ? 1 : 0;
}
