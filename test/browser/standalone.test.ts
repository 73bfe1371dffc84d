/*
 * The standalone page in a real browser (Debian's Chromium driven by playwright-core), as a
 * planner with only a browser uses it: open the page served from 127.0.0.1, pick the example
 * department files and last year's summary, check, consolidate, draft, download both files.
 * The downloaded workbook's totals are read back and compared with the core run in Node on
 * the same files; no request may leave 127.0.0.1. Screenshots go to test-artifacts/.
 */
import type { ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import {
  loadCatalog,
  runConsolidate,
  runValidate,
  type ConsolidateRun,
} from "../../src/core/pipeline";
import type { Issue, SheetGrid } from "../../src/core/types";
import { readWorkbook } from "../../src/io";
import { DEFAULT_READ_LIMITS } from "../../src/io/check";
import { fastReadWorkbook } from "../../src/io/fastRead";
import { FORMER_COWS, PHU_THO_SETTINGS, writeFormerBatch } from "../boundaries/formerBatch";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  describeInBrowser,
  ensureBuilt,
  expectCount,
  pickFiles,
  startServer,
} from "./helpers";

const ARTIFACTS = path.join(ROOT, "test-artifacts", "standalone");
const DEPARTMENTS = path.join(ROOT, "examples", "departments");
const PREVIOUS = path.join(ROOT, "examples", "previous", "TongHop_6thang_2025.xlsx");

interface NodeBatch {
  files: string[];
  grids: SheetGrid[];
  fileIssues: Issue[];
  previous: { file: string; grids: SheetGrid[] };
}

/** The same files read in Node, named as the browser names picked files (no directories). */
async function readInNode(): Promise<NodeBatch> {
  const files = fs
    .readdirSync(DEPARTMENTS)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(DEPARTMENTS, f));
  const grids: SheetGrid[] = [];
  const fileIssues: Issue[] = [];
  for (const file of files) {
    const read = await readWorkbook(fs.readFileSync(file), path.basename(file));
    grids.push(...read.grids);
    fileIssues.push(...read.issues);
  }
  const prev = await readWorkbook(fs.readFileSync(PREVIOUS), path.basename(PREVIOUS));
  fileIssues.push(...prev.issues);
  return {
    files,
    grids,
    fileIssues,
    previous: { file: path.basename(PREVIOUS), grids: prev.grids },
  };
}

function cellNumber(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

describeInBrowser("standalone page in Chromium", () => {
  let server: { child: ChildProcess; base: string };
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let batch: NodeBatch;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    batch = await readInNode();
    server = await startServer();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), "tonghop-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      locale: "vi-VN",
      viewport: { width: 1000, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => pageErrors.push(error.message));
  }, 900_000);

  afterAll(async () => {
    await context?.close();
    server?.child.kill();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it("does the whole job on the example files: check, consolidate, draft, download", async () => {
    await page.goto(`${server.base}standalone.html`);
    await page.getByRole("heading", { level: 1, name: "TongHop" }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "01-start.png"), fullPage: true });

    // ── Kiểm tra ──
    await pickFiles(page, "Chọn tệp…", batch.files);
    await pickFiles(page, "Chọn tệp năm trước…", [PREVIOUS]);
    const picked = page.getByRole("list", { name: "Các tệp đã chọn" }).getByRole("listitem");
    await expectCount(picked, batch.files.length);

    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const counts = page.getByRole("group", { name: "Số vấn đề theo mức độ" });
    await counts.waitFor({ timeout: 60_000 });
    const catalog = loadCatalog(null).catalog;
    const validated = runValidate(batch.grids, catalog, {
      fileIssues: batch.fileIssues.filter((i) => i.file !== batch.previous.file),
    });
    const errors = validated.issues.filter((i) => i.severity === "error").length;
    const warnings = validated.issues.filter((i) => i.severity === "warning").length;
    await counts.getByText(`${errors} lỗi`, { exact: true }).waitFor();
    await counts.getByText(`${warnings} cảnh báo`, { exact: true }).waitFor();
    const firstError = validated.issues.find((i) => i.severity === "error");
    if (firstError) {
      await page.getByText(firstError.message, { exact: true }).first().waitFor();
      const where = [firstError.file, firstError.sheet, firstError.cell]
        .filter((p) => p !== null)
        .join(" › ");
      await page.getByText(`Lỗi · ${where}`).first().waitFor();
    }
    await page.screenshot({ path: path.join(ARTIFACTS, "02-issues.png"), fullPage: true });

    // ── Tổng hợp ──
    const expected: ConsolidateRun = runConsolidate(batch.grids, catalog, {
      fileIssues: batch.fileIssues,
      previous: batch.previous,
    });
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent("download", { timeout: 90_000 }),
      page.getByRole("button", { name: "Tổng hợp", exact: true }).click(),
    ]);
    expect(xlsxDownload.suggestedFilename()).toBe("TongHop_6thang_2026.xlsx");
    const xlsxPath = path.join(ARTIFACTS, xlsxDownload.suggestedFilename());
    await xlsxDownload.saveAs(xlsxPath);
    await page.getByRole("table", { name: "Xem trước bảng tổng hợp" }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "03-summary.png"), fullPage: true });
    await page
      .getByRole("region", { name: /^Bảng tổng hợp/ })
      .screenshot({ path: path.join(ARTIFACTS, "03b-summary-table.png") });

    const written = await readWorkbook(fs.readFileSync(xlsxPath), "TongHop_6thang_2026.xlsx");
    expect(written.issues).toEqual([]);
    expect(written.grids.map((g) => g.sheet)).toEqual([
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      "Báo cáo",
      "Chi tiết theo đơn vị",
    ]);
    const summary = written.grids[0];
    const headerRow = summary.values.findIndex((r) => (r ?? []).some((v) => v === "Mã chỉ tiêu"));
    expect(headerRow).toBeGreaterThanOrEqual(0);
    const header = summary.values[headerRow];
    const codeCol = header.indexOf("Mã chỉ tiêu");
    const currentCol = header.findIndex(
      (v) => typeof v === "string" && v.startsWith("Thực hiện") && !v.includes("cùng kỳ"),
    );
    expect(currentCol).toBeGreaterThan(codeCol);
    const withTotals = expected.summary.rows.filter((r) => r.code !== null && r.current !== null);
    expect(withTotals.length).toBeGreaterThan(5);
    for (const row of withTotals) {
      const line = summary.values.find((r, i) => i > headerRow && r?.[codeCol] === row.code);
      expect(line).toBeDefined();
      expect(cellNumber(line![currentCol])).toBeCloseTo(row.current!, 6);
    }
    // The preview shows the first indicator with its total, the Vietnamese way.
    const first = withTotals[0];
    await page
      .getByRole("table", { name: "Xem trước bảng tổng hợp" })
      .getByRole("row")
      .filter({ hasText: first.name })
      .first()
      .waitFor();

    // ── Báo cáo ──
    await page.getByRole("button", { name: "Dự thảo báo cáo" }).click();
    const preview = page.getByRole("region", { name: "Xem trước dự thảo báo cáo" });
    await preview.waitFor({ timeout: 60_000 });
    await preview.getByText("BÁO CÁO", { exact: true }).waitFor();
    const [docxDownload] = await Promise.all([
      page.waitForEvent("download", { timeout: 90_000 }),
      page.getByRole("button", { name: "Tải báo cáo Word (.docx)" }).click(),
    ]);
    expect(docxDownload.suggestedFilename()).toBe("BaoCao_6thang_2026.docx");
    const docxPath = path.join(ARTIFACTS, docxDownload.suggestedFilename());
    await docxDownload.saveAs(docxPath);
    const docx = fs.readFileSync(docxPath);
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(docx.includes(Buffer.from("word/document.xml"))).toBe(true);
    await page.getByText(/Đã tải báo cáo Word/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "04-report.png"), fullPage: true });

    // Nothing but the page's own server was asked for anything.
    expect(requests.length).toBeGreaterThan(0);
    const outside = requests.filter(
      (url) => !url.startsWith(server.base) && !url.startsWith("blob:"),
    );
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 300_000);

  it("checks the downloaded draft and pasted text in Soát báo cáo, against the summary just made", async () => {
    // Continues on the page the whole job left: its summary is still in memory.
    const docxPath = path.join(ARTIFACTS, "BaoCao_6thang_2026.docx");
    expect(fs.existsSync(docxPath)).toBe(true);
    await pickFiles(page, "Soát tệp dự thảo…", [docxPath]);
    const fileResult = page.getByRole("region", {
      name: "Kết quả soát tệp “BaoCao_6thang_2026.docx”",
    });
    await fileResult.waitFor({ timeout: 60_000 });
    // The project's own draft: only the examples' deliberate mistake (MISTAKES.md #7).
    await expectCount(fileResult.getByRole("listitem"), 1);
    await fileResult.getByText(/Phần “14 đơn” lớn hơn tổng số 12 đơn/).waitFor();
    await fileResult.getByText("Đã đối chiếu với bảng tổng hợp vừa làm.").waitFor();

    const cows = "Đàn bò 2.398 con, tăng 2,97% (tăng 69 con) so với cùng kỳ.";
    await page
      .getByRole("textbox", { name: /dán nội dung dự thảo/ })
      .fill(`Tình hình chung ổn định.\n${cows}`);
    await page.getByRole("button", { name: "Soát văn bản dán vào" }).click();
    const pasted = page.getByRole("region", { name: "Kết quả soát văn bản dán vào" });
    await pasted.waitFor({ timeout: 60_000 });
    await pasted.getByText(/trong bảng tổng hợp là 2\.389 con, văn bản ghi 2\.398 con/).waitFor();
    await pasted.getByRole("button").first().click();
    const selected = await page
      .getByRole("textbox", { name: /dán nội dung dự thảo/ })
      .evaluate((el) => {
        const t = el as HTMLTextAreaElement;
        return t.value.slice(t.selectionStart, t.selectionEnd);
      });
    expect(selected).toBe(cows);
    await page.screenshot({ path: path.join(ARTIFACTS, "05-report-check.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 300_000);

  it("keeps the report settings in the browser across a reload", async () => {
    await page.goto(`${server.base}standalone.html`);
    await page.getByRole("button", { name: "Cài đặt báo cáo" }).click();
    // The saved settings load into the form once the page has started; on a slow machine that
    // can land after the first keystrokes, so the planner's step is retried until it sticks.
    for (let attempt = 1; ; attempt++) {
      await page.getByLabel("Địa danh").fill("Hợp Hòa");
      await page.getByRole("button", { name: "Lưu cài đặt" }).click();
      try {
        await page.getByText("Đã lưu cài đặt.").waitFor({ timeout: 10_000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
    await page.screenshot({ path: path.join(ARTIFACTS, "05-settings.png"), fullPage: true });

    await page.reload();
    await page.getByRole("button", { name: "Cài đặt báo cáo" }).click();
    await expectValue(page, "Địa danh", "Hợp Hòa");
  }, 120_000);

  it("compares with last year's sheets of former units: the quy đổi shown, then the workbook", async () => {
    const former = await writeFormerBatch(
      fs.mkdtempSync(path.join(os.tmpdir(), "tonghop-former-")),
    );
    await page.goto(`${server.base}standalone.html`);
    await page.getByRole("button", { name: "Cài đặt báo cáo" }).click();
    for (let attempt = 1; ; attempt++) {
      await page.getByLabel("Cơ quan ban hành").fill(PHU_THO_SETTINGS.issuingBody);
      await page.getByRole("button", { name: "Lưu cài đặt" }).click();
      try {
        await page.getByText("Đã lưu cài đặt.").waitFor({ timeout: 10_000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
    await pickFiles(page, "Chọn tệp…", former.thisYearFiles);
    await pickFiles(page, "Chọn tệp năm trước…", [...former.lastYearFiles, former.shareTable]);
    await expectCount(
      page.getByRole("list", { name: "Các tệp năm trước đã chọn" }).getByRole("listitem"),
      former.lastYearFiles.length + 1,
    );

    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    // The mapping's chunk is loaded in the worker; the quy đổi waits for the planner.
    const review = page.getByRole("region", { name: "Quy đổi cùng kỳ theo địa giới mới" });
    await review.waitFor({ timeout: 90_000 });
    await review
      .getByText("3 đơn vị hiện nay hợp thành từ 10 đơn vị cũ", { exact: false })
      .waitFor();
    await review.getByText("Xã Tam Dương (mã 08869)").waitFor();
    await review.getByText(/Xã Vầy Nưa \(mã 04891, một phần 40%\)/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "06-boundary-review.png"), fullPage: true });
    // The answer is the planner's next step: it has the focus.
    await page.waitForFunction(() => document.activeElement?.textContent === "Ghi kết quả");

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 90_000 }),
      review.getByRole("button", { name: "Ghi kết quả" }).click(),
    ]);
    const saved = path.join(ARTIFACTS, "TongHop_quy_doi.xlsx");
    await download.saveAs(saved);
    const written = await readWorkbook(fs.readFileSync(saved), "TongHop_quy_doi.xlsx");
    expect(written.grids.map((g) => g.sheet)).toEqual([
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      "Báo cáo",
      "Chi tiết theo đơn vị",
      "Quy đổi địa giới",
    ]);
    const cows = written.grids[0].values.find((r) => (r ?? []).includes("Đàn bò"));
    expect(cows?.filter((v) => typeof v === "number")).toEqual(
      expect.arrayContaining([FORMER_COWS, 1300 + 900 + 400]),
    );
    const carried = written.grids[5].values.flat();
    expect(carried).toContain("Cùng kỳ quy đổi của Xã Tam Dương");
    await expectCount(review.getByRole("button", { name: "Ghi kết quả" }), 0);
    expect(pageErrors).toEqual([]);
  }, 300_000);

  it("tracks who sent against a Danh sách đơn vị: the panel after Kiểm tra, the sheet in the download", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tonghop-units-"));
    const files = [
      await communeFile(dir, "TamDuong.xlsx", "UBND xã Tam Dương", "10/07/2026", 150),
      await communeFile(dir, "HopHoa.xlsx", "Xã Hợp Hoà", "10/07/2026", 40),
      await communeFile(dir, "PhongKT.xlsx", "Phòng Kinh tế", "12/07/2026", 7),
    ];
    const list = path.join(dir, "DanhSach.xlsx");
    {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Danh sách đơn vị");
      ws.addRow(["Mã đơn vị", "Tên đơn vị", "Loại", "Người liên hệ", "Điện thoại", "Hạn nộp"]);
      ws.addRow(["08869", "Xã Tam Dương", "Xã", null, null, null]);
      // Its own Hạn nộp, before its Ngày lập: late.
      ws.addRow([null, "Xã Hợp Hòa", "Xã", null, null, "01/07/2026"]);
      ws.addRow([null, "Xã Kim Long", "Xã", null, null, null]);
      ws.addRow([null, "Xã Đạo Trù", "Xã", null, null, null]);
      fs.writeFileSync(list, new Uint8Array(await wb.xlsx.writeBuffer()));
    }
    await page.goto(`${server.base}standalone.html`);
    await pickFiles(page, "Chọn tệp…", files);
    await pickFiles(page, "Chọn danh sách đơn vị…", [list]);
    await page.getByText("DanhSach.xlsx", { exact: true }).waitFor();
    // A deadline far ahead, so the reminder asks "trước ngày" whatever today is.
    await page.getByLabel("Hạn nộp", { exact: true }).fill("15/07/2099");

    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const panel = page.getByRole("region", { name: "Tình hình nộp biểu" });
    await panel.waitFor({ timeout: 90_000 });
    await panel.getByText("Đã nộp 2/4 đơn vị · 1 nộp muộn · 2 chưa nộp", { exact: true }).waitFor();
    expect(
      await panel
        .getByRole("list", { name: "Chưa nộp (2)" })
        .getByRole("listitem")
        .allTextContents(),
    ).toEqual(["Xã Kim Long", "Xã Đạo Trù"]);
    expect(
      await panel
        .getByRole("list", { name: "Nộp muộn (1)" })
        .getByRole("listitem")
        .allTextContents(),
    ).toEqual(["Xã Hợp Hòa: nộp 10/07/2026 (theo Ngày lập), hạn 01/07/2026"]);
    expect(
      await panel
        .getByRole("list", { name: "Tệp của đơn vị không có trong danh sách (1)" })
        .getByRole("listitem")
        .allTextContents(),
    ).toEqual(["PhongKT.xlsx, trang “Biểu 01”: Phòng Kinh tế"]);
    expect(await panel.getByLabel("Văn bản nhắc các đơn vị chưa nộp").inputValue()).toBe(
      "Đề nghị các đơn vị sau gửi biểu 6 tháng đầu năm 2026 trước ngày 15/07/2099: Xã Kim Long, Xã Đạo Trù.",
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "07-submission.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 90_000 }),
      page.getByRole("button", { name: "Tổng hợp", exact: true }).click(),
    ]);
    const saved = path.join(ARTIFACTS, "TongHop_danh_sach.xlsx");
    await download.saveAs(saved);
    const written = await readWorkbook(fs.readFileSync(saved), "TongHop_danh_sach.xlsx");
    expect(written.grids.map((g) => g.sheet)).toEqual([
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      "Báo cáo",
      "Chi tiết theo đơn vị",
      "Tình hình nộp biểu",
    ]);
    const status = written.grids[5].values;
    expect(status[2]?.[0]).toBe(
      "Đã nộp 2/4 đơn vị, trong đó 1 nộp muộn; chưa nộp 2: Xã Kim Long, Xã Đạo Trù.",
    );
    const report = written.grids[3].values.flat();
    expect(report.find((v) => typeof v === "string" && v.startsWith("Còn "))).toMatch(
      /^Còn 2\/4 đơn vị chưa gửi số liệu: Xã Kim Long, Xã Đạo Trù\./,
    );
    // After Tổng hợp the panel is in its step, with the same counts.
    await panel.getByText("Đã nộp 2/4 đơn vị · 1 nộp muộn · 2 chưa nộp", { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
  }, 300_000);

  it("reads in the worker a file the lean reader declines (ExcelJS fetched for it) and writes its figures", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tonghop-declined-"));
    const linked = await communeFile(dir, "LienKet.xlsx", "Xã Hợp Hoà", "10/07/2026", 40, true);
    const files = [
      await communeFile(dir, "TamDuong.xlsx", "UBND xã Tam Dương", "10/07/2026", 150),
      linked,
    ];
    // The hyperlink is what makes the lean reader give the file to ExcelJS.
    expect(
      fastReadWorkbook(fs.readFileSync(linked), "LienKet.xlsx", DEFAULT_READ_LIMITS),
    ).toBeNull();
    await page.goto(`${server.base}standalone.html`);
    await pickFiles(page, "Chọn tệp…", files);
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 90_000 }),
      page.getByRole("button", { name: "Tổng hợp", exact: true }).click(),
    ]);
    const saved = path.join(ARTIFACTS, "TongHop_lien_ket.xlsx");
    await download.saveAs(saved);
    const written = await readWorkbook(fs.readFileSync(saved), "TongHop_lien_ket.xlsx");
    const total = written.grids[0].values.find((row) => row?.includes("Đàn bò"));
    expect(total).toContain(190);
    const sources = written.grids[1].values.map((row) => (row ?? []).join(" | "));
    expect(sources.some((r) => r.includes("LienKet.xlsx") && r.includes("40"))).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("renders the task pane page with ?standalone=1 without waiting for Office, even though office.js is unreachable", async () => {
    const pane = await context.newPage();
    // office.js lives on Microsoft's CDN: refuse it, as an offline office would.
    await pane.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await pane.goto(`${server.base}taskpane.html?standalone=1`);
    await pane.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
    await pane.setViewportSize({ width: 340, height: 900 });
    await pane.screenshot({ path: path.join(ARTIFACTS, "06-pane-340px.png"), fullPage: true });
    await pane.close();
  }, 60_000);
});

async function expectValue(page: Page, label: string, value: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await page.getByLabel(label).inputValue()) !== value && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await page.getByLabel(label).inputValue()).toBe(value);
}

/** A commune's biểu with its Ngày lập, as the unit-list test picks it. */
async function communeFile(
  dir: string,
  name: string,
  unit: string,
  date: string,
  cows: number,
  withLink = false,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 01");
  ws.addRow(["Đơn vị báo cáo:", unit]);
  ws.addRow(["Kỳ báo cáo:", "6 tháng đầu năm 2026"]);
  ws.addRow(["Ngày lập:", date]);
  ws.addRow(withLink ? [{ text: "Cổng thông tin", hyperlink: "https://example.vn" }] : []);
  ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện kỳ báo cáo"]);
  ws.addRow([1, "Đàn bò", "con", cows]);
  const file = path.join(dir, name);
  fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}
