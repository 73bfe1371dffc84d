/**
 * `tonghop status`, `tonghop units --province` and `consolidate --units`, run as a planner
 * runs them: the built bin as a child process, workbooks written with ExcelJS, file times set
 * with fs.utimes, --json read whole from a pipe.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildCliIfMissing, tonghop as run } from "../helpers/cli";
import { convertWithLibreOffice, libreOfficeAvailable, parseCsv } from "../helpers/libreoffice";

function tonghop(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = run(args);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** A commune's biểu; `date` null = no Ngày lập row. */
async function commune(
  file: string,
  unit: string,
  opts: { code?: string; date?: string | null; cows: number | string },
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 01");
  ws.addRow(["Đơn vị báo cáo:", unit]);
  if (opts.code) ws.addRow(["Mã đơn vị:", opts.code]);
  ws.addRow(["Kỳ báo cáo:", "6 tháng đầu năm 2026"]);
  if (opts.date) ws.addRow(["Ngày lập:", opts.date]);
  ws.addRow([]);
  ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện kỳ báo cáo"]);
  ws.addRow([1, "Đàn bò", "con", opts.cows]);
  await save(wb, file);
}

async function unitList(file: string, rows: (string | null)[][], header?: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách đơn vị");
  ws.addRow(["DANH SÁCH ĐƠN VỊ"]);
  ws.addRow(
    header ?? ["Mã đơn vị", "Tên\nđơn vị", "Loại", "Người liên hệ", "Điện thoại", "HẠN NỘP"],
  );
  for (const r of rows) ws.addRow(r);
  await save(wb, file);
}

/** Local noon, so the file's day is the same in any time zone. */
const noon = (d: number) => new Date(2026, 6, d, 12);

describe("tonghop status / units / consolidate --units (built CLI)", () => {
  let dir: string;
  let bieu: string;
  let list: string;

  beforeAll(async () => {
    buildCliIfMissing("dist/cli/main.js");
    dir = mkdtempSync(path.join(tmpdir(), "tonghop-status-"));
    bieu = path.join(dir, "bieu");
    execFileSync("mkdir", ["-p", bieu]);
    list = path.join(dir, "DanhSach.xlsx");
    await unitList(list, [
      ["08869", "Xã Tam Dương", "Xã", "Nguyễn Văn An", "0912345678", null],
      [null, "Xã Hợp Hòa", "Xã", null, null, "20/07/2026"],
      [null, "Xã Kim Long", "Xã", null, null, null],
      [null, "Xã Đạo Trù", "Xã", null, null, null],
    ]);
    // Tam Dương by its code, under another spelling; twice, the second copy newer.
    await commune(path.join(bieu, "TamDuong_lan1.xlsx"), "UBND XÃ TAM DƯƠNG", {
      code: "08869",
      date: "10/07/2026",
      cows: 100,
    });
    await commune(path.join(bieu, "TamDuong_lan2.xlsx"), "Ủy ban nhân dân xã Tam Dương", {
      code: "08869",
      date: "14/07/2026",
      cows: 150,
    });
    // Hợp Hòa: no Ngày lập, dated by its file, late for the run's deadline but not its own.
    await commune(path.join(bieu, "HopHoa.xlsx"), "UBND xã Hợp Hoà", { date: null, cows: 40 });
    utimesSync(path.join(bieu, "HopHoa.xlsx"), noon(17), noon(17));
    // Kim Long: late, with a figure that is not a number.
    await commune(path.join(bieu, "KimLong.xlsx"), "xã kim long", {
      date: "16/07/2026",
      cows: "1.2.3",
    });
    await commune(path.join(bieu, "PhongKT.xlsx"), "Phòng Kinh tế", {
      date: "12/07/2026",
      cows: 7,
    });
  }, 60_000);

  it("status --json: the document on stdout, exactly; the table on stderr; exit 1 for the error", () => {
    const r = tonghop(["status", bieu, "--units", list, "--deadline", "15/07/2026", "--json"]);
    const f = (name: string) => path.join(bieu, name);
    expect(JSON.parse(r.stdout)).toEqual({
      deadline: "2026-07-15",
      units: [
        {
          code: "08869",
          name: "Xã Tam Dương",
          status: "on-time",
          deadline: "2026-07-15",
          files: [
            {
              file: f("TamDuong_lan2.xlsx"),
              sheet: "Biểu 01",
              date: "2026-07-14",
              dateSource: "ngay-lap",
              used: true,
              errors: 0,
            },
            {
              file: f("TamDuong_lan1.xlsx"),
              sheet: "Biểu 01",
              date: "2026-07-10",
              dateSource: "ngay-lap",
              used: false,
              errors: 0,
            },
          ],
        },
        {
          code: null,
          name: "Xã Hợp Hòa",
          status: "on-time",
          deadline: "2026-07-20",
          files: [
            {
              file: f("HopHoa.xlsx"),
              sheet: "Biểu 01",
              date: "2026-07-17",
              dateSource: "mtime",
              used: true,
              errors: 0,
            },
          ],
        },
        {
          code: null,
          name: "Xã Kim Long",
          status: "late",
          deadline: "2026-07-15",
          files: [
            {
              file: f("KimLong.xlsx"),
              sheet: "Biểu 01",
              date: "2026-07-16",
              dateSource: "ngay-lap",
              used: true,
              errors: 1,
            },
          ],
        },
        { code: null, name: "Xã Đạo Trù", status: "missing", deadline: "2026-07-15", files: [] },
      ],
      unlisted: [
        {
          file: f("PhongKT.xlsx"),
          sheet: "Biểu 01",
          unit: "Phòng Kinh tế",
          date: "2026-07-12",
          dateSource: "ngay-lap",
          errors: 0,
          reason: "not-listed",
        },
      ],
    });
    expect(r.stderr).toContain("Đã nộp 3/4 đơn vị, trong đó 1 nộp muộn; chưa nộp 1: Xã Đạo Trù.");
    expect(r.stderr).toContain(
      `không dùng: ${f("TamDuong_lan1.xlsx")}, trang “Biểu 01” (10/07/2026), 0 lỗi`,
    );
    expect(r.stderr).toMatch(/Xã Hợp Hòa\s+Đúng hạn\s+17\/07\/2026\s+Ngày sửa tệp/);
    expect(r.code).toBe(1);
  });

  it("--help names the new commands and options", () => {
    const r = tonghop(["--help"]);
    expect(r.code).toBe(0);
    for (const part of [
      "tonghop status <tệp/thư mục...> --units TỆP.xlsx [--deadline dd/mm/yyyy]",
      'tonghop units --province "Tỉnh ..." --out TỆP.xlsx',
      "[--units TỆP.xlsx [--deadline dd/mm/yyyy]]",
    ])
      expect(r.stdout).toContain(part);
  });

  it("status refuses a list without Tên đơn vị, naming file and sheet (exit 2)", async () => {
    const bad = path.join(dir, "DanhSach_sai.xlsx");
    await unitList(bad, [["08869", "Nguyễn Văn An"]], ["Mã đơn vị", "Người liên hệ"]);
    const r = tonghop(["status", bieu, "--units", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `Lỗi: Tệp danh sách đơn vị “${bad}”, trang “Danh sách đơn vị”: không tìm thấy cột “Tên đơn vị” trong 20 dòng đầu.`,
    );
    const noDate = tonghop(["status", bieu, "--units", list, "--deadline", "mai"]);
    expect(noDate.code).toBe(2);
    expect(noDate.stderr).toContain("--deadline cần một ngày dạng dd/mm/yyyy");
  });

  it("consolidate --units: the chosen sheet only, Tình hình nộp biểu, the missing unit in the report", async () => {
    const out = path.join(dir, "out", "TongHop.xlsx");
    const docx = path.join(dir, "out", "BaoCao.docx");
    const r = tonghop([
      "consolidate",
      bieu,
      "--units",
      list,
      "--deadline",
      "15/07/2026",
      "--out",
      out,
      "--docx",
      docx,
      "--json",
    ]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as {
      indicators: Array<{ name: string; current: number; sources: Array<{ file: string }> }>;
      issues: Array<{ rule: string; file: string }>;
    };
    const cows = doc.indicators.find((i) => i.name === "Đàn bò")!;
    // 150 (Tam Dương's newer copy) + 40; the older 100, Kim Long's "1.2.3" and Phòng Kinh
    // tế's 7 (not on the list) left out.
    expect(cows.current).toBe(190);
    expect(cows.sources.map((s) => path.basename(s.file)).sort()).toEqual([
      "HopHoa.xlsx",
      "TamDuong_lan2.xlsx",
    ]);
    expect(
      doc.issues.filter((i) => i.rule === "submission-unlisted").map((i) => path.basename(i.file)),
    ).toEqual(["PhongKT.xlsx"]);
    expect(
      doc.issues.filter((i) => i.rule === "submission-set-aside").map((i) => path.basename(i.file)),
    ).toEqual(["TamDuong_lan1.xlsx"]);
    expect(r.stderr).toContain(
      "Đã nộp 3/4 đơn vị, trong đó 1 nộp muộn; chưa nộp 1: Xã Đạo Trù. Xem trang “Tình hình nộp biểu”.",
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Tình hình nộp biểu")!;
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
    const header = rows.findIndex((row) => row?.[0] === "STT");
    expect(rows[header + 1]).toEqual([
      1,
      "08869",
      "Xã Tam Dương",
      "Đúng hạn",
      "15/07/2026",
      "14/07/2026",
      "Ngày lập",
      0,
      `${path.join(bieu, "TamDuong_lan2.xlsx")}, trang “Biểu 01”`,
      `${path.join(bieu, "TamDuong_lan1.xlsx")}, trang “Biểu 01” (10/07/2026)`,
    ]);
    expect(rows[header + 4]?.slice(0, 4)).toEqual([4, undefined, "Xã Đạo Trù", "Chưa nộp"]);
    const report = wb.getWorksheet("Báo cáo")!;
    const texts: string[] = [];
    report.eachRow((row) => texts.push(String(row.getCell(1).text)));
    expect(texts.find((t) => t.startsWith("Còn "))).toBe(
      "Còn 1/4 đơn vị chưa gửi số liệu: Xã Đạo Trù. Căn cứ báo cáo của 3 đơn vị, tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2026 như sau:",
    );
    expect(readFileSync(docx).length).toBeGreaterThan(0);
  }, 60_000);

  const lo = libreOfficeAvailable() || process.env.CI ? test : test.skip;
  lo(
    "LibreOffice opens the consolidated workbook and reads Tình hình nộp biểu",
    async () => {
      const out = path.join(dir, "lo", "TongHop.xlsx");
      const r = tonghop([
        "consolidate",
        bieu,
        "--units",
        list,
        "--deadline",
        "15/07/2026",
        "--out",
        out,
      ]);
      expect(r.code).toBe(1);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const index = wb.worksheets.findIndex((w) => w.name === "Tình hình nộp biểu") + 1;
      const csv = await convertWithLibreOffice(out, "csv", path.dirname(out), { sheet: index });
      const rows = parseCsv(readFileSync(csv, "utf8"));
      // Under the issuing body (the settings' default) and the title.
      expect(rows.slice(0, 2).map((row) => row[0])).toEqual([
        "ỦY BAN NHÂN DÂN",
        "TÌNH HÌNH NỘP BIỂU CỦA CÁC ĐƠN VỊ",
      ]);
      expect(rows[2][0]).toBe("Đã nộp 3/4 đơn vị, trong đó 1 nộp muộn; chưa nộp 1: Xã Đạo Trù.");
      const header = rows.findIndex((row) => row[0] === "STT");
      expect(rows.slice(header + 1, header + 5).map((row) => row.slice(0, 8))).toEqual([
        ["1", "08869", "Xã Tam Dương", "Đúng hạn", "15/07/2026", "14/07/2026", "Ngày lập", "0"],
        ["2", "", "Xã Hợp Hòa", "Đúng hạn", "20/07/2026", "17/07/2026", "Ngày sửa tệp", "0"],
        ["3", "", "Xã Kim Long", "Nộp muộn", "15/07/2026", "16/07/2026", "Ngày lập", "1"],
        ["4", "", "Xã Đạo Trù", "Chưa nộp", "15/07/2026", "", "", ""],
      ]);
    },
    180_000,
  );

  it("units --province writes the province's communes, which status then reads back", async () => {
    const out = path.join(dir, "PhuTho_DanhSach.xlsx");
    const r = tonghop(["units", "--province", "Tỉnh Phú Thọ", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Đã tạo danh sách 148 đơn vị của Tỉnh Phú Thọ");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Danh sách đơn vị")!;
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Loại",
      "Người liên hệ",
      "Điện thoại",
      "Hạn nộp",
    ]);
    const rows: unknown[][] = [];
    for (let n = 5; n <= ws.rowCount; n++)
      rows.push((ws.getRow(n).values as unknown[]).slice(1, 4));
    expect(rows).toHaveLength(148);
    expect(rows.find((row) => row[1] === "Xã Tam Dương")).toEqual(["08869", "Xã Tam Dương", "Xã"]);
    expect(rows.filter((row) => row[2] === "Phường").length).toBe(15);
    // Read back as the list of a status run: Tam Dương's sheet is matched by its code.
    const s = tonghop(["status", path.join(bieu, "TamDuong_lan2.xlsx"), "--units", out, "--json"]);
    const doc = JSON.parse(s.stdout) as { units: Array<{ name: string; status: string }> };
    expect(doc.units.filter((u) => u.status !== "missing").map((u) => u.name)).toEqual([
      "Xã Tam Dương",
    ]);
    expect(doc.units).toHaveLength(148);
    expect(s.code).toBe(0);

    const unknown = tonghop([
      "units",
      "--province",
      "Tỉnh Hà Tây",
      "--out",
      path.join(dir, "x.xlsx"),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Không có tỉnh, thành phố “Tỉnh Hà Tây”");
  }, 60_000);
});
