/**
 * The .docx: read back by LibreOffice (an independent reader) as text and as PDF, and checked
 * in its XML for the Nghị định 30 layout (A4, margins, first page without a number).
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import JSZip from "jszip";
import { draftReport } from "../../src/core/narrative";
import type { Report } from "../../src/core/narrative/types";
import { reportDocx } from "../../src/io/docx";
import {
  convertWithLibreOffice,
  libreOfficeAvailable,
  libreOfficeBinary,
} from "../helpers/libreoffice";
import { plan, row, SETTINGS, summary } from "../narrative/helpers";

function sampleReport(): Report {
  const rows = [
    row({
      key: "NN07",
      name: "Đàn bò",
      measureUnit: "con",
      current: 12480,
      previous: 12899,
      decimals: 0,
    }),
    row({
      key: "NS01",
      name: "Tổng thu ngân sách",
      measureUnit: "triệu đồng",
      current: 512340,
      decimals: 0,
      section: "s2",
      plans: [plan("Dự toán tỉnh giao", { kind: "number", value: 472203 }, 512340)],
    }),
  ];
  // Enough indicators to run past the first page, so the page numbering shows.
  for (let i = 0; i < 40; i++) {
    rows.push(
      row({
        key: `X${i}`,
        name: `Chỉ tiêu thứ ${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i % 26]}${"abcd"[i % 4]}`,
        measureUnit: "ha",
        current: 1000 + i * 37,
        previous: 990 + i * 29,
        section: "s2",
      }),
    );
  }
  const s = summary(rows, [
    { id: "s1", name: "Nông nghiệp", stt: "I" },
    { id: "s2", name: "Tài chính, ngân sách", stt: "II" },
  ]);
  return draftReport(s, [], { ...SETTINGS, signerName: "Nguyễn Văn An" });
}

function run(bin: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(bin, args, { timeout: 120_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
}

/** docx → UTF-8 text with LibreOffice's Writer text filter (own profile, as the helper does). */
async function docxToText(input: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  try {
    await run(libreOfficeBinary()!, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "txt:Text (encoded):UTF8",
      "--outdir",
      outDir,
      input,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return readFileSync(path.join(outDir, path.basename(input, ".docx") + ".txt"), "utf8");
}

describe("reportDocx", () => {
  let bytes: Uint8Array;
  const report = sampleReport();

  beforeAll(async () => {
    bytes = await reportDocx(report);
  });

  it("is a Word document laid out per Nghị định 30: A4, margins, Times New Roman, justified with a first-line indent", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const doc = await zip.file("word/document.xml")!.async("string");
    // The report body's section (the first; the appendix follows in landscape).
    const section = /<w:sectPr>.*?<\/w:sectPr>/s.exec(doc)![0];
    // A4 portrait for the report body: 210 × 297 mm in twips.
    expect(section).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(
      section,
    )!;
    const mm = (tw: string) => (Number(tw) / 1440) * 25.4;
    expect(mm(margin[1])).toBeGreaterThanOrEqual(19.9);
    expect(mm(margin[1])).toBeLessThanOrEqual(25.1);
    expect(mm(margin[3])).toBeGreaterThanOrEqual(19.9);
    expect(mm(margin[3])).toBeLessThanOrEqual(25.1);
    expect(mm(margin[4])).toBeGreaterThanOrEqual(29.9);
    expect(mm(margin[4])).toBeLessThanOrEqual(35.1);
    expect(mm(margin[2])).toBeGreaterThanOrEqual(14.9);
    expect(mm(margin[2])).toBeLessThanOrEqual(20.1);
    // Different first page: page numbers from page 2 only.
    expect(section).toContain("<w:titlePg/>");
    // Body paragraphs: Times New Roman 14, justified, first-line indent, ≥ 6 pt after.
    const cows = /<w:p>(?:(?!<\/w:p>).)*12\.480(?:(?!<\/w:p>).)*<\/w:p>/s.exec(doc)![0];
    expect(cows).toContain('w:ascii="Times New Roman"');
    expect(cows).toContain('<w:sz w:val="28"/>');
    expect(cows).toMatch(/<w:jc w:val="both"\/>/);
    expect(cows).toMatch(/w:firstLine="\d+"/);
    expect(Number(/w:after="(\d+)"/.exec(cows)![1])).toBeGreaterThanOrEqual(120);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true);
  });

  (libreOfficeAvailable() ? it : it.skip)(
    "reads back in LibreOffice with the report's sentences, header block and signature",
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "docx-test-"));
      try {
        const file = path.join(dir, "BaoCao.docx");
        writeFileSync(file, bytes);
        const text = (await docxToText(file, dir)).replace(/\s+/g, " ");
        for (const expected of [
          "ỦY BAN NHÂN DÂN XÃ HỢP HÒA",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
          "BÁO CÁO",
          "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI",
          "Đàn bò 12.480 con, giảm 3,25% (giảm 419 con) so với cùng kỳ",
          "Tổng thu ngân sách 512.340 triệu đồng, bằng 108,5% dự toán tỉnh giao",
          "Nơi nhận:",
          "TM. ỦY BAN NHÂN DÂN",
          "Nguyễn Văn An",
          "PHỤ LỤC",
        ]) {
          expect(text).toContain(expected);
        }

        const pdf = await convertWithLibreOffice(file, "pdf", dir);
        expect(existsSync(pdf)).toBe(true);
        const info = await run("pdfinfo", [pdf]).catch(() => null);
        if (info) {
          expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(3);
          expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts/);
          // Page 1 has no number at the top; page 2 starts with its number.
          const page1 = await run("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"]);
          const page2 = await run("pdftotext", ["-f", "2", "-l", "2", "-layout", pdf, "-"]);
          expect(page1.trim().split("\n")[0]).toMatch(/ỦY BAN NHÂN DÂN/);
          expect(page2.trim().split("\n")[0].trim()).toBe("2");
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
