/**
 * `tonghop`: the command line (CONTRACT.md §2). Human text goes to stderr, --json to stdout.
 * Exit 0 = done, no error-level issue; 1 = done, errors found (outputs still written);
 * 2 = could not run. Inputs are only ever read.
 */
import * as path from "path";
import { parseArgs } from "util";
import { constants as fsConstants, promises as fs } from "fs";
import { consolidateJson, statusJson, validateJson } from "../core/json";
import { consolidatedSheetsStreamed, ISSUES_SHEET } from "../core/output";
import { formFileName, readTemplateMarker, templateWorkbookPlan } from "../core/template";
import { viDate } from "../core/units";
import {
  consolidatePrepared,
  hasErrors,
  isTongHopOutput,
  loadBoundariesFor,
  prepareCatalog,
  prepareSource,
  preparedBatch,
  runDraft,
  statusPrepared,
  validatePrepared,
  type ConsolidateRun,
  type PreparedBatch,
  type PreparedSource,
  type SubmissionInput,
  type WorkbookRead,
} from "../core/pipeline";
import { reportSheetPlan } from "../core/narrative";
import type { Report } from "../core/narrative/types";
import type { Summary } from "../core/consolidate";
import { parsePeriod } from "../core/parse";
import { readReportSettings } from "../core/settings";
import { DEFAULT_REPORT_SETTINGS, type Issue, type ReportSettings } from "../core/types";
import { collectGarbage } from "../io/collectGarbage";
import { writeXlsx, writeXlsxStream } from "../io/writeXlsx";
import {
  collectXlsxPaths,
  FileWriteError,
  readWorkbookFile,
  readWorkbookFileAhead,
  writeFileAtomic,
} from "../io/node";
import { readPreviousPaths, splitPreviousArgs } from "./previous";
import { conversionLine, formatIssueReport, summaryLine } from "./report";
import { CheckReportUsageError, cmdCheckReport } from "./checkReport";
import { UnitsUsageError, cmdUnits, parseDeadline, readUnitsFile, statusTable } from "./units";
import { countsLine } from "../core/units";

export class UsageError extends Error {}

const HELP = `tonghop — kiểm tra, tổng hợp biểu chỉ tiêu và dự thảo báo cáo

Cách dùng:
  tonghop validate <tệp/thư mục...> [--catalog TỆP] [--include-hidden] [--json]
  tonghop consolidate <tệp/thư mục...> --out TỆP.xlsx [--catalog TỆP] [--previous <tệp/thư mục...>]
                      [--units TỆP.xlsx [--deadline dd/mm/yyyy]] [--docx TỆP.docx] [--settings TỆP.json]
                      [--include-hidden] [--json]
  tonghop status <tệp/thư mục...> --units TỆP.xlsx [--deadline dd/mm/yyyy] [--catalog TỆP]
                 [--include-hidden] [--json]
  tonghop units --province "Tỉnh ..." --out TỆP.xlsx
  tonghop template [--catalog TỆP] [--unit "Phòng ..."] [--unit-code MÃ] [--period "6 tháng đầu năm 2026"]
                   --out TỆP.xlsx
  tonghop template --units TỆP.xlsx [--catalog TỆP] [--period "..."] [--deadline dd/mm/yyyy] --out THƯ-MỤC
  tonghop check-report <dự thảo.docx|dự thảo.txt> [--summary TỆP.xlsx] [--json]

--previous: bảng tổng hợp năm trước, hoặc biểu năm trước của các đơn vị hành chính cũ (kèm “Bảng quy đổi”
cho đơn vị chia tách) để quy đổi số cùng kỳ theo địa giới mới từ 01/7/2025; mọi đường dẫn sau --previous
cho đến tùy chọn kế tiếp.
--units: “Danh sách đơn vị” (trang cùng tên hoặc trang đầu; cột “Mã đơn vị | Tên đơn vị | Loại |
Người liên hệ | Điện thoại | Hạn nộp”, chỉ “Tên đơn vị” bắt buộc). status cho biết đơn vị nào nộp đúng hạn,
nộp muộn (theo “Ngày lập” của biểu, không có thì theo ngày sửa tệp), chưa nộp; đơn vị gửi nhiều biểu thì
chỉ biểu mới nhất được dùng. “Hạn nộp” của từng đơn vị được ưu tiên hơn --deadline. consolidate --units
thêm trang “Tình hình nộp biểu” và chỉ tổng hợp biểu được dùng. units --province tạo danh sách ban đầu
gồm các xã, phường của tỉnh theo phương án sắp xếp từ 01/7/2025.
Thư mục được đọc tìm các tệp .xlsx. Không tệp đầu vào nào bị thay đổi; không cần mạng.
Trang tính bị ẩn không được đưa vào (chỉ được liệt kê), trừ khi có --include-hidden.
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
  /** Each department file as prepareSource left it: parsed and classified, its grids dropped. */
  sources: PreparedSource[];
  /** Paths that could not be searched or are not .xlsx. */
  issues: Issue[];
  /** Every .xlsx file the paths name, the excluded ones included. */
  found: string[];
  /** Each department file's modification time (ms): a submission's date when its sheet has no Ngày lập. */
  modified: Map<string, number>;
}

/**
 * Warnings of one rule listed per sheet on consolidate's stderr; Kiểm tra has every one. Three
 * show what the rule says and where; a province without its catalog would print 27 000.
 */
const LISTED_PER_RULE = 3;

/** Files being loaded and inflated ahead of the one being parsed. */
const READ_AHEAD = 2;

/**
 * Reads the department files one at a time, each parsed and classified as soon as it is read
 * and its grids let go: a province's 150 or 600 files are never all held as grids at once.
 * `exclude` (the output and last year's workbook) are not departments: counting them would
 * add totals twice. What each file is, prepareSource decides.
 */
async function readInputs(
  paths: string[],
  exclude: string[] = [],
  includeHidden = false,
): Promise<Inputs> {
  const { files, issues } = await collectXlsxPaths(paths);
  if (files.length === 0 && issues.every((i) => i.severity !== "error")) {
    throw new UsageError(
      `Không tìm thấy tệp .xlsx nào trong: ${paths.map((p) => `“${p}”`).join(", ")}.`,
    );
  }
  const skip = new Set(exclude.map((p) => path.resolve(p)));
  const departments = files.filter((file) => !skip.has(path.resolve(file)));
  const sources: PreparedSource[] = [];
  const modified = new Map<string, number>();
  // The next files are loaded and inflated (on the thread pool) while this one is parsed.
  const started = departments.slice(0, READ_AHEAD).map((f) => readWorkbookFileAhead(f));
  for (let i = 0; i < departments.length; i++) {
    const file = departments[i];
    const reading = started.shift()!;
    if (i + READ_AHEAD < departments.length)
      started.push(readWorkbookFileAhead(departments[i + READ_AHEAD]));
    const { result, modified: at } = await reading.read();
    sources.push(prepareSource({ file, ...result }, includeHidden));
    // Unreadable files are reported by reading; without a time the date is only Ngày lập.
    if (at !== null) modified.set(file, at);
  }
  return { sources, issues, found: files, modified };
}

/** The batch as prepareBatch classifies it; a batch that cannot run as given is refused. */
function prepare(input: Parameters<typeof preparedBatch>[0]): PreparedBatch {
  const batch = preparedBatch(input);
  if (batch.refusal !== null) throw new UsageError(batch.refusal);
  return batch;
}

async function readCatalogFile(file: string | undefined): Promise<WorkbookRead | null> {
  return file ? { file, ...(await readWorkbookFile(file)) } : null;
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

/**
 * Last year's files are inputs as much as the departments', a folder of them too: its Bảng quy
 * đổi or a former commune's biểu is never replaced, nor last year's consolidated workbook.
 */
async function refuseOverwritingPrevious(
  out: string,
  display: string,
  previousPaths: string[],
): Promise<void> {
  if (previousPaths.length === 0) return;
  const { files } = await collectXlsxPaths(previousPaths);
  if (!files.some((f) => path.resolve(f) === out)) return;
  throw new UsageError(
    `Tệp kết quả “${display}” trùng với một tệp năm trước được đọc qua --previous; TongHop không ghi đè tệp đầu vào. Hãy chọn tên khác.`,
  );
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

async function writeOutput(
  target: string,
  display: string,
  content: Parameters<typeof writeFileAtomic>[1],
): Promise<void> {
  try {
    await writeFileAtomic(target, content);
  } catch (e) {
    // writeFileAtomic already says which file and why, in Vietnamese: said once is enough.
    // A failure to make the workbook is not the planner's doing: it goes on as unexpected.
    if (e instanceof FileWriteError) throw new UsageError(e.message.replace(target, display));
    throw e;
  }
}

async function cmdValidate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      catalog: { type: "string" },
      json: { type: "boolean", default: false },
      "include-hidden": { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0)
    throw new UsageError("Cần ít nhất một tệp hoặc thư mục để kiểm tra.");
  const catalog = await readCatalogFile(values.catalog);
  const inputs = await readInputs(positionals, [], values["include-hidden"]);
  const batch = prepare({ sources: inputs.sources, catalog });
  const run = validatePrepared(batch, { fileIssues: inputs.issues });
  io.stderr(formatIssueReport(run.issues));
  io.stderr(summaryLine(run.issues, batch.files.length, run.validation.sheets.length) + "\n");
  if (values.json)
    io.stdout(JSON.stringify(validateJson(run.validation, run.issues), null, 2) + "\n");
  return hasErrors(run.issues) ? 1 : 0;
}

async function cmdConsolidate(args: string[], io: Io): Promise<number> {
  const split = splitPreviousArgs(args);
  const { values, positionals } = parseArgs({
    args: split.rest,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      catalog: { type: "string" },
      previous: { type: "string" },
      docx: { type: "string" },
      settings: { type: "string" },
      units: { type: "string" },
      deadline: { type: "string" },
      json: { type: "boolean", default: false },
      "include-hidden": { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0)
    throw new UsageError("Cần ít nhất một tệp hoặc thư mục để tổng hợp.");
  if (values.deadline !== undefined && !values.units)
    throw new UsageError("--deadline chỉ dùng cùng --units (danh sách đơn vị).");
  const previousPaths = split.previous ?? [];
  const guard = [
    ...positionals,
    ...previousPaths,
    ...(values.catalog ? [values.catalog] : []),
    ...(values.units ? [values.units] : []),
  ];
  const out = await checkOutput(values.out, "--out", ".xlsx", guard);
  await refuseOverwritingInput(out, values.out!, positionals);
  await refuseOverwritingPrevious(out, values.out!, previousPaths);
  const docx = values.docx ? await checkOutput(values.docx, "--docx", ".docx", guard) : null;
  const settings = await readSettings(values.settings);
  const deadline = parseDeadline(values.deadline);
  const units = values.units ? await readUnitsFile(values.units) : null;
  const done = await consolidateFiles(positionals, previousPaths, out, settings, {
    catalog: values.catalog,
    includeHidden: values["include-hidden"],
    units: units ? { list: units, deadline, listPath: values.units! } : null,
  });
  const { summary, conversion, report, issues } = done;
  // The parsed batch was let go with consolidateFiles' scope: its pages are reused by the
  // write only once collected (see collectGarbage).
  collectGarbage();
  const sheets = consolidatedSheetsStreamed(summary, issues, {
    issuingBody: settings.issuingBody,
    report: reportSheetPlan(report),
  });
  await writeOutput(out, values.out!, (write) => writeXlsxStream({ sheets }, write));
  if (docx && values.docx) {
    // Loaded only when asked for: the docx library is as heavy to load as the rest of the CLI.
    const { reportDocx } = await import("../io/docx");
    await writeOutput(docx, values.docx, await reportDocx(report));
  }
  io.stderr(
    formatIssueReport(issues, {
      listPerRule: LISTED_PER_RULE,
      rest: `xem đủ ở trang “${ISSUES_SHEET}” của tệp kết quả`,
    }),
  );
  io.stderr(summaryLine(issues, done.files, done.sheets) + "\n");
  io.stderr(
    `Đã tổng hợp ${summary.rows.length} chỉ tiêu từ ${summary.reportingUnits.length} đơn vị` +
      (summary.period ? `, kỳ ${summary.period.label}` : "") +
      `.\nKết quả: ${values.out}` +
      (values.docx ? `\nBáo cáo Word: ${values.docx}` : "") +
      "\n",
  );
  if (conversion) io.stderr(conversionLine(conversion) + "\n");
  if (summary.submission)
    io.stderr(`${countsLine(summary.submission)} Xem trang “Tình hình nộp biểu”.\n`);
  if (values.json) io.stdout(JSON.stringify(consolidateJson(summary, issues), null, 2) + "\n");
  return hasErrors(issues) ? 1 : 0;
}

/**
 * Reads, checks, consolidates and drafts, and hands back only what writing and the report on
 * stderr need: the parsed sheets of every file go out of scope here, before the outputs are
 * written, so a province's batch is not held while its workbook is.
 */
async function consolidateFiles(
  positionals: string[],
  previousPaths: string[],
  out: string,
  settings: ReportSettings,
  options: {
    catalog: string | undefined;
    includeHidden: boolean | undefined;
    units: { list: SubmissionInput["list"]; deadline: string | null; listPath: string } | null;
  },
): Promise<{
  summary: Summary;
  conversion: ConsolidateRun["conversion"];
  report: Report;
  issues: Issue[];
  files: number;
  sheets: number;
}> {
  const catalog = await readCatalogFile(options.catalog);
  const previous = previousPaths.length > 0 ? await readPreviousPaths(previousPaths) : null;
  // The output (an earlier TongHop result) may sit in an input folder, and so may last year's
  // files: never count them as departments.
  // Nor the planner's list of units, kept beside the files it lists.
  const inputs = await readInputs(
    positionals,
    [out, ...(previous?.paths ?? []), ...(options.units ? [options.units.listPath] : [])],
    options.includeHidden,
  );
  const found = new Set(inputs.found.map((f) => path.resolve(f)));
  const previousFiles = (previous?.files ?? []).map((p) => ({
    ...p,
    alsoSource: found.has(path.resolve(p.file)),
  }));
  const batch = prepare({ sources: inputs.sources, catalog, previousFiles });
  const run = consolidatePrepared(batch, {
    fileIssues: [...inputs.issues, ...(previous?.issues ?? [])],
    boundaries: await loadBoundariesFor(batch.previousFiles),
    bodies: settings,
    validate: { yoyThreshold: settings.yoyThreshold },
    validated: collectGarbage,
    submission: options.units
      ? { list: options.units.list, deadline: options.units.deadline, modified: inputs.modified }
      : null,
  });
  const { report, issues } = runDraft(run, settings);
  return {
    summary: run.summary,
    conversion: run.conversion,
    report,
    issues,
    files: batch.files.length,
    sheets: run.validation.sheets.length,
  };
}

async function cmdStatus(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      units: { type: "string" },
      deadline: { type: "string" },
      catalog: { type: "string" },
      json: { type: "boolean", default: false },
      "include-hidden": { type: "boolean", default: false },
    },
  });
  if (!values.units)
    throw new UsageError("Thiếu --units TỆP.xlsx: cần danh sách đơn vị để đối chiếu.");
  if (positionals.length === 0)
    throw new UsageError("Cần ít nhất một tệp hoặc thư mục các đơn vị đã gửi.");
  const deadline = parseDeadline(values.deadline);
  const list = await readUnitsFile(values.units);
  const catalog = await readCatalogFile(values.catalog);
  const inputs = await readInputs(positionals, [values.units], values["include-hidden"]);
  const batch = prepare({ sources: inputs.sources, catalog });
  const run = statusPrepared(
    batch,
    { list, deadline, modified: inputs.modified },
    { fileIssues: inputs.issues },
  );
  io.stderr(statusTable(run.submission));
  if (values.json) io.stdout(JSON.stringify(statusJson(run.submission), null, 2) + "\n");
  return hasErrors(run.issues) ? 1 : 0;
}

async function cmdTemplate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      catalog: { type: "string" },
      unit: { type: "string" },
      "unit-code": { type: "string" },
      period: { type: "string" },
      units: { type: "string" },
      deadline: { type: "string" },
    },
  });
  if (positionals.length > 0)
    throw new UsageError(`Lệnh template không nhận tệp đầu vào (nhận được “${positionals[0]}”).`);
  if (values.period && !parsePeriod(values.period)) {
    throw new UsageError(
      `Không hiểu kỳ báo cáo “${values.period}”. Ví dụ: “Tháng 5/2026”, “Quý I/2026”, “6 tháng đầu năm 2026”, “Năm 2026”.`,
    );
  }
  if (values.units) {
    if (values.unit || values["unit-code"])
      throw new UsageError(
        "--units tạo biểu cho từng đơn vị trong danh sách; bỏ --unit/--unit-code.",
      );
    return formsForUnits({ ...values, units: values.units }, io);
  }
  const out = await checkOutput(
    values.out,
    "--out",
    ".xlsx",
    values.catalog ? [values.catalog] : [],
  );
  const why = await whyNotReplace(out);
  if (why)
    throw new UsageError(
      `Tệp “${values.out}” đã có và ${why}; TongHop không ghi đè. Hãy chọn tên khác.`,
    );
  const deadline = parseDeadline(values.deadline);
  const cat = prepareCatalog(await readCatalogFile(values.catalog));
  if (cat.refusal !== null) throw new UsageError(cat.refusal);
  const plan = templateWorkbookPlan(cat.catalog, {
    unit: values.unit,
    unitCode: values["unit-code"],
    period: values.period,
    deadline: deadline ? viDate(deadline) : undefined,
    withCatalog: true,
  });
  await writeOutput(out, values.out!, writeXlsx(plan));
  for (const i of cat.issues) io.stderr(`${i.file}: ${i.message}\n`);
  io.stderr(`Đã tạo biểu mẫu ${values.out} (${cat.catalog.indicators.length} chỉ tiêu).\n`);
  return hasErrors(cat.issues) ? 1 : 0;
}

/**
 * `template --units`: one form per listed unit, each with its name, code, period and deadline
 * filled in and named after the unit. `--out` is a folder, or FILE.xlsx whose name is the prefix
 * of each form ("BieuMau - Xã Hợp Hòa.xlsx" beside it). Nothing is written until every target is
 * known to be free: an existing file is replaced only when it is a form TongHop wrote.
 */
async function formsForUnits(
  values: { units: string; out?: string; catalog?: string; period?: string; deadline?: string },
  io: Io,
): Promise<number> {
  if (!values.out) throw new UsageError("Thiếu --out THƯ-MỤC: cần nơi ghi các biểu mẫu.");
  const asFile = values.out.toLowerCase().endsWith(".xlsx");
  const dir = path.resolve(asFile ? path.dirname(values.out) : values.out);
  const prefix = asFile ? path.basename(values.out, path.extname(values.out)) : "BieuChiTieu";
  const deadline = parseDeadline(values.deadline);
  const list = await readUnitsFile(values.units);
  if (list.units.length === 0)
    throw new UsageError(`Danh sách đơn vị “${values.units}” không có đơn vị nào.`);
  const cat = prepareCatalog(await readCatalogFile(values.catalog));
  if (cat.refusal !== null) throw new UsageError(cat.refusal);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.access(dir, fsConstants.W_OK);
  } catch {
    throw new UsageError(
      `Không ghi được vào thư mục “${dir}” (không tạo được hoặc không có quyền ghi).`,
    );
  }
  const taken = new Set<string>();
  // Two units of one name get their codes in the file name, so a planner mailing them knows which is which.
  const count = new Map<string, number>();
  for (const u of list.units) count.set(u.name, (count.get(u.name) ?? 0) + 1);
  const targets = list.units.map((u) => ({
    unit: u,
    file: path.join(
      dir,
      formFileName(
        prefix,
        (count.get(u.name) ?? 0) > 1 && u.code ? `${u.name} (${u.code})` : u.name,
        u.code,
        taken,
      ),
    ),
  }));
  const inputs = [values.units, values.catalog]
    .filter((f): f is string => !!f)
    .map((f) => path.resolve(f));
  for (const t of targets) {
    const why = inputs.includes(t.file)
      ? "là tệp đầu vào của lệnh này"
      : await whyNotReplace(t.file);
    if (why)
      throw new UsageError(
        `Tệp “${t.file}” đã có và ${why}; TongHop không ghi đè. Hãy chọn thư mục khác.`,
      );
  }
  for (const { unit, file } of targets) {
    const due = unit.deadline ?? deadline;
    const plan = templateWorkbookPlan(cat.catalog, {
      unit: unit.name,
      unitCode: unit.code ?? undefined,
      period: values.period,
      deadline: due ? viDate(due) : undefined,
    });
    await writeOutput(file, file, writeXlsx(plan));
  }
  for (const i of cat.issues) io.stderr(`${i.file}: ${i.message}\n`);
  io.stderr(
    `Đã tạo ${targets.length} biểu mẫu (${cat.catalog.indicators.length} chỉ tiêu) trong thư mục “${dir}”:\n` +
      targets.map((t) => `  ${path.basename(t.file)}\n`).join(""),
  );
  return hasErrors(cat.issues) ? 1 : 0;
}

/**
 * Why an existing file must stay as it is, or null when it may be replaced: only a blank form
 * TongHop wrote may be. A department's file, and a form a unit has already filled in and saved
 * back into the folder, are someone's work.
 */
async function whyNotReplace(file: string): Promise<string | null> {
  try {
    await fs.access(file);
  } catch {
    return null;
  }
  const read = { file, ...(await readWorkbookFile(file)) };
  if (readTemplateMarker(read.grids) === null) return "không phải biểu mẫu TongHop tạo";
  const filled = prepareSource(read).parsed.some(
    (p) =>
      p.kind === "sheet" &&
      (p.sheet.date !== null ||
        p.sheet.rows.some(
          (r) =>
            r.current?.raw != null ||
            r.previous?.raw != null ||
            r.plans.some((pl) => pl.raw != null) ||
            r.note !== null,
        )),
  );
  return filled ? "là biểu mẫu đơn vị đã điền số liệu" : null;
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
      case "status":
        return await cmdStatus(rest, io);
      case "units":
        return await cmdUnits(
          rest,
          io,
          (out) => checkOutput(out, "--out", ".xlsx", []),
          writeOutput,
        );
      case "check-report":
        return await cmdCheckReport(rest, io);
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
    if (
      e instanceof UsageError ||
      e instanceof CheckReportUsageError ||
      e instanceof UnitsUsageError
    ) {
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
