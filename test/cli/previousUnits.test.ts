/**
 * `tonghop consolidate … --previous <paths...>` with last year's sheets of former communes,
 * run as a planner runs it: the built bin as a child process, its JSON piped, the workbook
 * read back.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { FORMER_COWS, writeFormerBatch, type FormerBatch } from "../boundaries/formerBatch";
import { buildCliIfMissing, tonghop } from "../helpers/cli";
import { convertWithLibreOffice, libreOfficeAvailable, parseCsv } from "../helpers/libreoffice";

beforeAll(() => buildCliIfMissing("dist/core/boundaries/index.js"), 120000);

interface UnitJson {
  unit: string;
  code: string | null;
  current: number | null;
  previous: number | null;
  previousFrom: Array<{
    code: string;
    name: string;
    type: string;
    share: number | null;
    value: number | null;
  }>;
  note: string | null;
}

async function cellTexts(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${wb.worksheets.map((w) => w.name).join(", ")}`);
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
  return out;
}

describe("tonghop consolidate --previous with former communes' sheets", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tonghop-previous-"));
  let batch: FormerBatch;
  let thisYear: string;
  let lastYear: string;
  let settings: string;

  beforeAll(async () => {
    batch = await writeFormerBatch(dir);
    ({ thisYear, lastYear, settings } = batch);
  });

  test("several paths after --previous: the former communes' folder and a Bảng quy đổi file", async () => {
    const out = path.join(dir, "kq", "TongHop.xlsx");
    const r = tonghop([
      "consolidate",
      thisYear,
      "--previous",
      lastYear,
      batch.shareTable,
      "--settings",
      settings,
      "--out",
      out,
      "--json",
    ]);
    expect(r.stderr).not.toContain("Lỗi không mong đợi");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("Quy đổi cùng kỳ theo địa giới mới (Tỉnh Phú Thọ)");
    const json = JSON.parse(r.stdout) as {
      indicators: Array<{
        code: string;
        previous: number | null;
        yoy: { abs: number } | null;
        byUnit: UnitJson[];
      }>;
    };
    const bo = json.indicators.find((i) => i.code === "NN07")!;
    expect(bo.previous).toBe(FORMER_COWS);
    const unit = (name: string) => bo.byUnit.find((u) => u.unit === name)!;
    expect(unit("UBND xã Tam Dương")).toMatchObject({
      code: "08869",
      current: 1300,
      previous: 1205,
      note: null,
    });
    expect(unit("UBND xã Tam Dương").previousFrom.map((p) => p.code)).toEqual([
      "08869",
      "08878",
      "08881",
      "08884",
    ]);
    expect(unit("UBND phường Thống Nhất").previous).toBe(100 + 120 + 130 + 300);
    expect(unit("UBND xã Tiền Phong").previousFrom).toContainEqual({
      code: "04891",
      name: "Xã Vầy Nưa",
      type: "partial",
      share: 40,
      value: 200,
    });

    const sheet = await cellTexts(out, "Quy đổi địa giới");
    expect(sheet).toContain("Thị trấn Hợp Hòa");
    expect(sheet).toContain("Một phần");
    expect(sheet.some((t) => t.includes("HopHoa_KimLong_2025.xlsx, trang Kim Long"))).toBe(true);
    const report = await cellTexts(out, "Báo cáo");
    expect(report.join(" ")).toContain("so với cùng kỳ (quy đổi theo địa giới hành chính mới)");
  });

  const lo = libreOfficeAvailable() || process.env.CI ? test : test.skip;
  lo(
    "LibreOffice opens the workbook and reads the Quy đổi địa giới sheet as planned",
    async () => {
      const out = path.join(dir, "kq3", "TongHop.xlsx");
      const r = tonghop([
        "consolidate",
        thisYear,
        "--previous",
        lastYear,
        "--settings",
        settings,
        "--out",
        out,
      ]);
      expect(r.status).toBe(0);
      const csv = await convertWithLibreOffice(out, "csv", path.dirname(out), { sheet: 6 });
      const rows = parseCsv(readFileSync(csv, "utf8"));
      expect(rows[0][0]).toBe("QUY ĐỔI SỐ LIỆU CÙNG KỲ THEO ĐỊA GIỚI HÀNH CHÍNH MỚI");
      const member = rows.find((row) => row[3] === "Thị trấn Kim Long")!;
      expect(member.slice(4, 8)).toEqual(["08878", "Toàn bộ", "100", "Có"]);
      const sum = rows.find((row) => row[1] === "Cùng kỳ quy đổi của Xã Tam Dương")!;
      expect(sum[7]).toBe("1205");
    },
    180_000,
  );

  test("--previous may be repeated; without the Bảng quy đổi the split pieces are left out and said so", async () => {
    const out = path.join(dir, "kq2", "TongHop.xlsx");
    const r = tonghop([
      "consolidate",
      thisYear,
      "--out",
      out,
      "--previous",
      path.join(lastYear, "HopHoa_KimLong_2025.xlsx"),
      "--previous",
      lastYear,
      "--settings",
      settings,
      "--json",
    ]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      issues: Array<{ rule: string; message: string }>;
      indicators: Array<{ code: string; previous: number | null; byUnit: UnitJson[] }>;
    };
    const bo = json.indicators.find((i) => i.code === "NN07")!;
    expect(bo.byUnit.find((u) => u.unit === "UBND xã Tiền Phong")).toMatchObject({
      previous: null,
    });
    expect(bo.byUnit.find((u) => u.unit === "UBND xã Tiền Phong")!.note).toContain("Bảng quy đổi");
    expect(bo.previous).toBe(FORMER_COWS);
    expect(json.issues.filter((i) => i.rule === "boundary-share-missing")).toHaveLength(2);
    expect(r.stderr).toContain("chỉ nhập một phần vào Xã Tiền Phong");
  });
});
