/**
 * `tonghop`: the command line (CONTRACT.md §2). Human text goes to stderr, --json to stdout.
 * Exit 0 = done, no error-level issue; 1 = done, errors found (outputs still written);
 * 2 = could not run. Inputs are only ever read.
 */
import * as path from "path";
import { parseArgs } from "util";
import { constants as fsConstants, promises as fs } from "fs";
import { CATALOG_SHEET_NAME, catalogToGridRows, isCatalogSheetName } from "../core/catalog";
import { consolidateJson, validateJson } from "../core/json";
import { OUTPUT_SHEETS, consolidatedWorkbookPlan } from "../core/output";
import { templateSheetPlan } from "../core/output/templateSheet";
import { hasErrors, loadCatalog, runConsolidate, runDraft, runValidate } from "../core/pipeline";
import { reportSheetPlan } from "../core/narrative";
import { reportDocx } from "../io/docx";
import { parsePeriod, parseSheet } from "../core/parse";
import { readReportSettings } from "../core/settings";
import {
  DEFAULT_REPORT_SETTINGS,
  type Issue,
  type ReportSettings,
  type SheetGrid,
} from "../core/types";
import { writeWorkbookNode } from "../io/writeWorkbookNode";
import { collectXlsxPaths, readWorkbookFile, readWorkbookFiles, writeFileAtomic } from "../io/node";
import { formatIssueReport, summaryLine } from "./report";

export class UsageError extends Error {}

const HELP = `tonghop — kiểm tra, tổng hợp biểu chỉ tiêu và dự thảo báo cáo

Cách dùng:
  tonghop validate <tệp/thư mục...> [--catalog TỆP] [--json]
  tonghop consolidate <tệp/thư mục...> --out TỆP.xlsx [--catalog TỆP] [--previous TỆP.xlsx]
                      [--docx TỆP.docx] [--settings TỆP.json] [--json]
  tonghop template [--catalog TỆP] [--unit "Phòng ..."] [--period "6 tháng đầu năm 2026"] --out TỆP.xlsx

Thư mục được đọc tìm các tệp .xlsx. Không tệp đầu vào nào bị thay đổi; không cần mạng.
Mã thoát: 0 = xong, không có lỗi; 1 = xong nhưng có lỗi (kết quả vẫn được ghi, giá trị lỗi bị loại);
          2 = không chạy được (tham số sai, không ghi được tệp kết quả).
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

interface Inputs {
  grids: SheetGrid[];
  issues: Issue[];
  files: string[];
}

/** A workbook TongHop wrote: it holds every one of its output sheets but "Báo cáo". */
function isTongHopOutput(grids: SheetGrid[]): boolean {
  const names = new Set(grids.map((g) => g.sheet));
  return OUTPUT_SHEETS.slice(0, 3).every((n) => names.has(n));
}

/**
 * Reads the department files. `exclude` (the output and last year's workbook) and any earlier
 * TongHop output found in a folder are not departments: counting them would add totals twice.
 */
async function readInputs(paths: string[], exclude: string[] = []): Promise<Inputs> {
  const { files, issues } = await collectXlsxPaths(paths);
  if (files.length === 0 && issues.every((i) => i.severity !== "error")) {
    throw new UsageError(
      `Không tìm thấy tệp .xlsx nào trong: ${paths.map((p) => `“${p}”`).join(", ")}.`,
    );
  }
  const skip = new Set(exclude.map((p) => path.resolve(p)));
  const grids: SheetGrid[] = [];
  const read: string[] = [];
  // All files are read at once (on every core), then handled in order as before.
  const wanted = files.filter((file) => !skip.has(path.resolve(file)));
  const results = await readWorkbookFiles(wanted);
  for (let k = 0; k < wanted.length; k++) {
    const file = wanted[k];
    const r = results[k];
    if (isTongHopOutput(r.grids)) {
      issues.push({
        file,
        sheet: null,
        cell: null,
        severity: "info",
        rule: "tonghop-output-skipped",
        message: `Tệp “${file}” là bảng tổng hợp do TongHop tạo ra, không phải biểu của một đơn vị; được bỏ qua.`,
      });
      continue;
    }
    grids.push(...r.grids);
    issues.push(...r.issues);
    read.push(file);
  }
  return { grids, issues, files: read };
}

/**
 * Last year's workbook may sit among the department files (it is then not counted as one), but
 * a department's biểu given as --previous by mistake would vanish from the totals without a
 * word: a file whose sheets name a reporting unit is refused.
 */
async function refusePreviousAmongInputs(previous: string, inputs: string[]): Promise<void> {
  const target = path.resolve(previous);
  const { files } = await collectXlsxPaths(inputs);
  if (!files.some((f) => path.resolve(f) === target)) return;
  const grids = (await readWorkbookFile(previous)).grids;
  if (isTongHopOutput(grids)) return;
  const unit = grids
    .map(parseSheet)
    .find((p) => p.kind === "sheet" && p.sheet.reportingUnit !== null);
  if (unit?.kind !== "sheet") return;
  throw new UsageError(
    `Tệp năm trước “${previous}” là biểu của đơn vị “${unit.sheet.reportingUnit!.value}” (trang “${unit.sheet.sheet}”) ` +
      `nằm trong các tệp đầu vào, không phải bảng tổng hợp năm trước. Hãy chỉ đúng tệp bảng tổng hợp năm trước.`,
  );
}

/**
 * An output may replace an earlier TongHop output but never a department's file, even one
 * found inside an input folder.
 */
async function refuseOverwritingInput(
  out: string,
  display: string,
  inputs: string[],
): Promise<void> {
  const { files } = await collectXlsxPaths(inputs);
  if (!files.some((f) => path.resolve(f) === out)) return;
  const existing = await readWorkbookFile(out);
  if (!isTongHopOutput(existing.grids)) {
    throw new UsageError(
      `Tệp kết quả “${display}” trùng với một tệp đầu vào; TongHop không ghi đè tệp của các đơn vị.`,
    );
  }
}

async function readCatalogOption(file: string | undefined) {
  if (!file) return loadCatalog(null);
  const r = await readWorkbookFile(file);
  if (r.grids.length === 0) {
    throw new UsageError(
      `Không đọc được tệp danh mục “${file}”: ${r.issues.map((i) => i.message).join(" ")}`,
    );
  }
  // A planner who names a catalog means it: a department's biểu given by mistake, or a sheet
  // with no catalog header, must not silently fall back to the default catalog.
  if (!r.grids.some((g) => isCatalogSheetName(g.sheet))) {
    const first = parseSheet(r.grids[0]);
    if (first.kind === "sheet" && first.sheet.columns.some((c) => c.role === "current")) {
      throw new UsageError(
        `Tệp “${file}” là một biểu chỉ tiêu (trang “${r.grids[0].sheet}” có cột thực hiện), không phải danh mục. ` +
          `Danh mục là trang “${CATALOG_SHEET_NAME}”, như trong tệp do “tonghop template” tạo ra.`,
      );
    }
  }
  const load = loadCatalog(r.grids, file);
  const noHeader = load.issues.find((i) => i.rule === "catalog-no-header");
  if (noHeader) throw new UsageError(`${noHeader.message} (tệp “${file}”)`);
  return { catalog: load.catalog, issues: [...r.issues, ...load.issues] };
}

async function readSettings(file: string | undefined): Promise<ReportSettings> {
  if (!file) return { ...DEFAULT_REPORT_SETTINGS };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (e) {
    throw new UsageError(`Không đọc được tệp thiết lập “${file}”: ${(e as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UsageError(`Tệp thiết lập “${file}” phải là một đối tượng JSON.`);
  }
  const { settings, ignored } = readReportSettings(parsed);
  if (ignored.length > 0) {
    throw new UsageError(
      `Tệp thiết lập “${file}” có mục không dùng được (sai tên hoặc sai kiểu): ${ignored.join(", ")}. ` +
        `Xem examples/settings.json để biết các mục và kiểu của chúng.`,
    );
  }
  return settings;
}

/** Refuses an output that would overwrite an input, and checks its folder is writable first. */
async function checkOutput(
  out: string | undefined,
  flag: string,
  ext: string,
  inputs: string[],
): Promise<string> {
  if (!out) throw new UsageError(`Thiếu ${flag} TỆP${ext}: cần nơi ghi kết quả.`);
  if (!out.toLowerCase().endsWith(ext))
    throw new UsageError(`${flag} phải là tệp ${ext} (nhận được “${out}”).`);
  const target = path.resolve(out);
  if (inputs.some((i) => path.resolve(i) === target)) {
    throw new UsageError(
      `Tệp kết quả “${out}” trùng với một tệp đầu vào; TongHop không ghi đè tệp của các đơn vị.`,
    );
  }
  const dir = path.dirname(target);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.access(dir, fsConstants.W_OK);
  } catch {
    throw new UsageError(
      `Không ghi được vào thư mục “${path.dirname(out)}” (không tồn tại hoặc không có quyền ghi).`,
    );
  }
  return target;
}

async function writeOutput(target: string, display: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(target, bytes);
  } catch (e) {
    throw new UsageError(`Không ghi được tệp “${display}”: ${(e as Error).message}`);
  }
}

async function cmdValidate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { catalog: { type: "string" }, json: { type: "boolean", default: false } },
  });
  if (positionals.length === 0)
    throw new UsageError("Cần ít nhất một tệp hoặc thư mục để kiểm tra.");
  const cat = await readCatalogOption(values.catalog);
  const inputs = await readInputs(positionals);
  const run = runValidate(inputs.grids, cat.catalog, {
    fileIssues: [...cat.issues, ...inputs.issues],
  });
  io.stderr(formatIssueReport(run.issues));
  io.stderr(summaryLine(run.issues, inputs.files.length, run.validation.sheets.length) + "\n");
  if (values.json)
    io.stdout(JSON.stringify(validateJson(run.validation, run.issues), null, 2) + "\n");
  return hasErrors(run.issues) ? 1 : 0;
}

async function cmdConsolidate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      catalog: { type: "string" },
      previous: { type: "string" },
      docx: { type: "string" },
      settings: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0)
    throw new UsageError("Cần ít nhất một tệp hoặc thư mục để tổng hợp.");
  const guard = [
    ...positionals,
    ...(values.previous ? [values.previous] : []),
    ...(values.catalog ? [values.catalog] : []),
  ];
  const out = await checkOutput(values.out, "--out", ".xlsx", guard);
  await refuseOverwritingInput(out, values.out!, positionals);
  const docx = values.docx ? await checkOutput(values.docx, "--docx", ".docx", guard) : null;
  const settings = await readSettings(values.settings);
  const cat = await readCatalogOption(values.catalog);
  if (values.previous) await refusePreviousAmongInputs(values.previous, positionals);
  // The output (an earlier TongHop result) may sit in an input folder, and so may last year's
  // workbook when it is one: never count them as departments.
  const inputs = await readInputs(positionals, [
    out,
    ...(values.previous ? [values.previous] : []),
  ]);
  let previous: { file: string; grids: SheetGrid[] } | null = null;
  const previousIssues: Issue[] = [];
  if (values.previous) {
    const r = await readWorkbookFile(values.previous);
    previousIssues.push(...r.issues);
    previous = { file: values.previous, grids: r.grids };
  }
  const run = runConsolidate(inputs.grids, cat.catalog, {
    fileIssues: [...cat.issues, ...inputs.issues, ...previousIssues],
    previous,
    validate: { yoyThreshold: settings.yoyThreshold },
  });
  const { report, issues } = runDraft(run, settings);
  const plan = consolidatedWorkbookPlan(run.summary, issues, {
    issuingBody: settings.issuingBody,
    report: reportSheetPlan(report),
  });
  await writeOutput(out, values.out!, await writeWorkbookNode(plan));
  if (docx && values.docx) await writeOutput(docx, values.docx, await reportDocx(report));
  io.stderr(formatIssueReport(issues));
  io.stderr(summaryLine(issues, inputs.files.length, run.validation.sheets.length) + "\n");
  io.stderr(
    `Đã tổng hợp ${run.summary.rows.length} chỉ tiêu từ ${run.summary.units.length} đơn vị` +
      (run.summary.period ? `, kỳ ${run.summary.period.label}` : "") +
      `.\nKết quả: ${values.out}` +
      (values.docx ? `\nBáo cáo Word: ${values.docx}` : "") +
      "\n",
  );
  if (values.json) io.stdout(JSON.stringify(consolidateJson(run.summary, issues), null, 2) + "\n");
  return hasErrors(issues) ? 1 : 0;
}

async function cmdTemplate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      catalog: { type: "string" },
      unit: { type: "string" },
      period: { type: "string" },
    },
  });
  if (positionals.length > 0)
    throw new UsageError(`Lệnh template không nhận tệp đầu vào (nhận được “${positionals[0]}”).`);
  if (values.period && !parsePeriod(values.period)) {
    throw new UsageError(
      `Không hiểu kỳ báo cáo “${values.period}”. Ví dụ: "Tháng 5/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026".`,
    );
  }
  const out = await checkOutput(
    values.out,
    "--out",
    ".xlsx",
    values.catalog ? [values.catalog] : [],
  );
  const cat = await readCatalogOption(values.catalog);
  const sheet = templateSheetPlan(cat.catalog, { unit: values.unit, period: values.period });
  const catalogRows = catalogToGridRows(cat.catalog);
  const catalogSheet = {
    name: "Danh mục chỉ tiêu",
    columnWidths: catalogRows[0].map((_, i) => (i === 1 ? 48 : 14)),
    rows: catalogRows.map((r) =>
      r
        .map((v) => (v === null ? null : typeof v === "number" ? { number: v } : { text: v }))
        .map((value) => ({ value })),
    ),
    merges: [],
    freeze: { rows: 1, columns: 0 },
  };
  await writeOutput(out, values.out!, await writeWorkbookNode({ sheets: [sheet, catalogSheet] }));
  for (const i of cat.issues) io.stderr(`${i.file}: ${i.message}\n`);
  io.stderr(`Đã tạo biểu mẫu ${values.out} (${cat.catalog.indicators.length} chỉ tiêu).\n`);
  return hasErrors(cat.issues) ? 1 : 0;
}

/** util.parseArgs explains itself in English; a planner reads Vietnamese. */
function argsMessage(code: string, english: string): string {
  const option = /'(-[^' <]+)/.exec(english)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Không có tùy chọn “${option}”.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `Tùy chọn “${option}” cần một giá trị (ví dụ “${option} TỆP”).`;
    default:
      return `Tham số không hợp lệ${option ? `: “${option}”` : ""}.`;
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "validate":
        return await cmdValidate(rest, io);
      case "consolidate":
        return await cmdConsolidate(rest, io);
      case "template":
        return await cmdTemplate(rest, io);
      case "--version":
      case "-v":
        io.stdout("tonghop 0.1.0\n");
        return 0;
      case undefined:
      case "--help":
      case "-h":
      case "help":
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Lệnh không có: “${command}”.`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`Lỗi: ${e.message}\n\n${HELP}`);
      return 2;
    }
    const code = (e as { code?: string }).code;
    if (code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`Lỗi: ${argsMessage(code, (e as Error).message)}\n\n${HELP}`);
      return 2;
    }
    io.stderr(`Lỗi không mong đợi: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}
