/**
 * One province batch across the 1/7/2025 changes, written as real .xlsx files the way a
 * planner has them on disk: this year's three communes of Phú Thọ (Xã Tam Dương, Phường Thống
 * Nhất, Xã Tiền Phong), last year's sheets of the nine former units they were made from (two
 * in one workbook, one with its code as a number), and a Bảng quy đổi for Xã Vầy Nưa, split
 * 60/40 between Phường Thống Nhất and Xã Tiền Phong. The CLI, the pane and the page tests read
 * the same files.
 */
import { writeFileSync } from "fs";
import * as path from "path";
import { communeSheet, shareTableSheet, type Figure } from "./fixtures";
import { writeGrids } from "./files";

export function cows(n: number): Figure[] {
  return [
    { name: "Đàn bò", unit: "con", current: n },
    { name: "Tổng số hộ dân cư", unit: "hộ", current: n * 10 },
  ];
}

export const PHU_THO_SETTINGS = {
  issuingBody: "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
  bodyAbbreviation: "UBND",
  place: "Phú Thọ",
};

/** Last year's cows of the former units, as their sheets give them. */
export const FORMER_COWS = 310 + 205 + 402 + 288 + 100 + 120 + 130 + 200 + 500;

export interface FormerBatch {
  /** This year's folder, its files, last year's folder and files, the Bảng quy đổi, settings. */
  thisYear: string;
  thisYearFiles: string[];
  lastYear: string;
  lastYearFiles: string[];
  shareTable: string;
  settings: string;
}

export async function writeFormerBatch(dir: string): Promise<FormerBatch> {
  const thisYear = path.join(dir, "2026");
  const lastYear = path.join(dir, "nam-truoc");
  const period = "6 tháng đầu năm 2026";
  const thisYearFiles = [
    await writeGrids(thisYear, "TamDuong.xlsx", [
      communeSheet({ unit: "UBND xã Tam Dương", period, figures: cows(1300) }),
    ]),
    await writeGrids(thisYear, "PhuongThongNhat.xlsx", [
      communeSheet({ unit: "UBND phường Thống Nhất", period, figures: cows(900) }),
    ]),
    await writeGrids(thisYear, "TienPhong.xlsx", [
      communeSheet({ unit: "UBND xã Tiền Phong", period, figures: cows(400) }),
    ]),
  ];
  const former: Array<[string, number, (string | number)?]> = [
    ["UBND thị trấn Hợp Hòa", 310],
    ["UBND thị trấn Kim Long", 205],
    // A number cell loses the leading zero of 08881.
    ["UBND xã Hướng Đạo", 402, 8881],
    ["UBND xã Đạo Tú", 288],
    ["UBND phường Thái Bình", 100],
    ["UBND phường Dân Chủ", 120],
    ["UBND phường Thống Nhất", 130],
    ["UBND xã Tiền Phong", 200],
    ["UBND xã Vầy Nưa", 500],
  ];
  // Two communes in one workbook, the others one file each, as the archive holds them.
  const lastYearFiles = [
    await writeGrids(lastYear, "HopHoa_KimLong_2025.xlsx", [
      communeSheet({ unit: former[0][0], figures: cows(former[0][1]), sheet: "Hợp Hòa" }),
      communeSheet({ unit: former[1][0], figures: cows(former[1][1]), sheet: "Kim Long" }),
    ]),
  ];
  for (const [unit, n, code] of former.slice(2)) {
    lastYearFiles.push(
      await writeGrids(lastYear, `${unit.replace(/\s+/g, "_")}.xlsx`, [
        communeSheet({ unit, code, figures: cows(n) }),
      ]),
    );
  }
  const shareTable = await writeGrids(dir, "Bang_quy_doi.xlsx", [
    shareTableSheet([
      ["Xã Vầy Nưa", "Phường Thống Nhất", 60],
      ["Xã Vầy Nưa", "Xã Tiền Phong", 40],
    ]),
  ]);
  const settings = path.join(dir, "thiet-lap.json");
  writeFileSync(settings, JSON.stringify(PHU_THO_SETTINGS));
  return { thisYear, thisYearFiles, lastYear, lastYearFiles, shareTable, settings };
}
