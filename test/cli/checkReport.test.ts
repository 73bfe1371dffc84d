/**
 * `tonghop check-report` as a planner runs it: a child process with piped output, on a .docx
 * the project itself writes, on .txt drafts, with --summary on a consolidated workbook, and on
 * drafts it cannot read (exit 2 with a message naming the file).
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { readDocxParagraphs } from "../../src/io/docxText";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/tonghop.js");
const DIR = mkdtempSync(path.join(tmpdir(), "tonghop-check-"));
const XLSX = path.join(DIR, "TongHop.xlsx");
const DOCX = path.join(DIR, "BaoCao.docx");

interface Finding {
  paragraph: number;
  snippet: string;
  severity: string;
  rule: string;
  message: string;
  suggestion: string | null;
}

function tonghop(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", stdio: "pipe" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function findings(stdout: string): Finding[] {
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, "dist/cli/checkReport.js"))) {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
  }
  const r = tonghop([
    "consolidate",
    path.join(ROOT, "examples/departments"),
    "--previous",
    path.join(ROOT, "examples/previous/TongHop_6thang_2025.xlsx"),
    "--settings",
    path.join(ROOT, "examples/settings.json"),
    "--out",
    XLSX,
    "--docx",
    DOCX,
  ]);
  expect(r.code).toBe(1); // the examples carry mistakes on purpose
}, 120_000);

describe("tonghop check-report", () => {
  it("finds in the project's own .docx only the examples' deliberate mistake, also against the summary", () => {
    for (const extra of [[], ["--summary", XLSX]]) {
      const r = tonghop(["check-report", DOCX, ...extra, "--json"]);
      expect(r.code).toBe(1);
      const list = findings(r.stdout);
      expect(list.map((f) => f.rule)).toEqual(["parts-total"]);
      expect(list[0]).toMatchObject({ severity: "error", suggestion: null });
      expect(list[0].snippet).toContain("số đơn đã giải quyết 14 đơn");
      // The paragraph number is the .docx paragraph holding the sentence.
      const paragraphs = readDocxParagraphs(new Uint8Array(readFileSync(DOCX)), DOCX);
      expect(paragraphs[list[0].paragraph - 1].text).toContain("số đơn đã giải quyết 14 đơn");
      expect(r.stderr).toContain(`Đoạn ${list[0].paragraph}: [Lỗi]`);
    }
  });

  it("reads the .docx paragraphs in order, header table included", () => {
    const texts = readDocxParagraphs(new Uint8Array(readFileSync(DOCX)), DOCX).map((p) => p.text);
    const at = (s: string): number => texts.findIndex((t) => t.includes(s));
    expect(at("ỦY BAN NHÂN DÂN XÃ HỢP HÒA")).toBeGreaterThanOrEqual(0);
    expect(at("BÁO CÁO")).toBeLessThan(at("I. KẾT QUẢ THỰC HIỆN"));
    expect(at("I. KẾT QUẢ THỰC HIỆN")).toBeLessThan(at("Đàn bò 2.389 con"));
    expect(at("Đàn bò 2.389 con")).toBeLessThan(at("II. TỒN TẠI, HẠN CHẾ"));
  });

  it("checks a .txt against the consolidated workbook's figures", () => {
    const file = path.join(DIR, "du-thao.txt");
    writeFileSync(
      file,
      [
        "Hợp Hòa, ngày 25 tháng 6 năm 2026",
        "",
        "Đàn bò 2.398 con, tăng 3,36% (tăng 78 con) so với cùng kỳ. Diện tích lúa 1.820 ha, so cùng kỳ tăng 0,66% (1.808 ha), bằng 15 ha.",
        "Tỷ lệ hộ nghèo 0,57%, giảm 0,1 điểm phần trăm so với cùng kỳ. Tổng thu ngân sách nhà nước trên địa bàn 24,86 tỷ đồng.",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 28/6/2026 của UBND xã.",
      ].join("\r\n"),
    );
    const r = tonghop(["check-report", file, "--summary", XLSX, "--json"]);
    expect(r.code).toBe(1);
    const list = findings(r.stdout);
    // With the summary's cùng kỳ, a change is checked against it, not only against the sentence.
    expect(list.map((f) => [f.paragraph, f.rule])).toEqual([
      [3, "summary-mismatch"],
      [3, "summary-mismatch"],
      [4, "summary-mismatch"],
      [5, "doc-date-after-report"],
    ]);
    expect(list[0].suggestion).toBe("tăng 12 ha");
    // A wrong current figure comes with the changes the summary gives, in one finding.
    expect(list[1].message).toContain("2.389 con");
    expect(list[1].message).toContain("Theo bảng tổng hợp: tăng 69 con, tăng 2,97%.");
    expect(list[2].message).toContain("0,47%");
    expect(list[2].message).toContain("giảm 0,2 điểm phần trăm");
  });

  it("exits 0 with no finding for a correct draft, UTF-16 as Notepad saves it", () => {
    const file = path.join(DIR, "dung.txt");
    const text =
      "Đàn bò 2.389 con, tăng 2,97% (tăng 69 con) so với cùng kỳ.\nTiếp nhận 48 đơn, trong đó: 5 khiếu nại, 7 tố cáo, 36 kiến nghị.\n";
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const r = tonghop(["check-report", file, "--json"]);
    expect(r.code).toBe(0);
    expect(findings(r.stdout)).toEqual([]);
    expect(r.stderr).toContain("0 lỗi, 0 cảnh báo");
  });

  it("exits 2 with a clear message for a draft or summary it cannot read", () => {
    const broken = path.join(DIR, "hong.docx");
    writeFileSync(broken, "không phải tệp nén");
    const cases: Array<[string[], string]> = [
      [["check-report", broken], "không phải là tệp Word .docx"],
      [["check-report", path.join(DIR, "khong-co.txt")], "Không tìm thấy tệp dự thảo"],
      [["check-report", path.join(DIR, "bao-cao.pdf")], "phải là tệp .docx hoặc .txt"],
      [["check-report"], "Cần đúng một tệp dự thảo"],
      [["check-report", DOCX, "--summary", broken], "Không đọc được bảng tổng hợp"],
    ];
    for (const [args, message] of cases) {
      const r = tonghop([...args, "--json"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe("");
    }
    const latin1 = path.join(DIR, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x44, 0xe0, 0x6e, 0x20, 0x62, 0xf2]));
    const r = tonghop(["check-report", latin1]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không phải văn bản UTF-8");
  });
});
