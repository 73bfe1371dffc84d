/**
 * Reading the planner's Danh sách đơn vị: the sheet of that name, else the first sheet. What
 * cannot be read is refused with the file, sheet and cell named, never guessed: a wrong list
 * would call a unit late or missing that is not.
 */
import { a1 } from "../a1";
import { dateToIso, parseViDate, serialToIso } from "../parse/metadata";
import { cleanText, foldKey, matchKey } from "../text/normalize";
import type { CellValue, SheetGrid } from "../types";
import { findUnitListHeader, UNIT_HEADER_SEARCH_ROWS, type UnitField } from "./columns";
import { codeKey } from "./match";
import type { ListedUnit, UnitList } from "./types";

export const UNIT_LIST_SHEET = "Danh sách đơn vị";

export type UnitListRead = { kind: "list"; list: UnitList } | { kind: "refused"; message: string };

function textOf(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return String(v);
  if (typeof v === "string") {
    const t = cleanText(v);
    return t === "" ? null : t;
  }
  return null;
}

// A closing "Tổng cộng: 126 đơn vị" line is not a unit.
// (A lookahead, not \b: \b is ASCII-only and fails after "số".)
// A bare "Cộng" only alone or before a colon: "Cộng đồng dân cư …" could be a unit.
const TOTAL_RE = /^(?:tổng cộng|tổng số)(?=[\s:.,]|$)|^cộng\s*(?::|$)/u;

/**
 * The sheet the list is on: by its name (with or without diacritics: "Danh sach don vi"),
 * else the first sheet whose header has a Tên đơn vị column (a "Ghi chú" sheet may come
 * first), else the first sheet, which the refusal then names.
 */
export function unitListGrid(grids: readonly SheetGrid[]): SheetGrid | null {
  return (
    grids.find((g) => foldKey(g.sheet) === foldKey(UNIT_LIST_SHEET)) ??
    grids.find((g) => findUnitListHeader(g) !== null) ??
    grids[0] ??
    null
  );
}

/** A signature block under the table ("Người lập biểu", "Thủ trưởng đơn vị") ends the list. */
const FOOTER_RE =
  /^(?:người lập(?: biểu)?|người duyệt|người kiểm tra|thủ trưởng|kế toán trưởng|xác nhận|ghi chú|lưu ý)(?=[\s:.,]|$)/u;

function deadlineOf(v: CellValue | undefined): string | null | undefined {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
  if (v instanceof Date) return dateToIso(v) ?? undefined;
  if (typeof v === "number") return serialToIso(v) ?? undefined;
  if (typeof v === "string") return parseViDate(v) ?? undefined;
  return undefined;
}

function isRomanNumber(v: CellValue | undefined): boolean {
  return typeof v === "string" && /^\s*[IVXL]+\.?\s*$/.test(v);
}

/** A later row with a name and a number or code beside it (STT, Mã): the table goes on. */
function hasNumberedUnitBelow(grid: SheetGrid, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  for (let r = row + 1; r < grid.values.length; r++) {
    const cells = grid.values[r] ?? [];
    const t = textOf(cells[col]);
    if (t === null || TOTAL_RE.test(matchKey(t)) || FOOTER_RE.test(matchKey(t))) continue;
    if (
      cells.some(
        (v, c) => c !== col && (typeof v === "number" || /^\s*\d+\s*$/.test(String(v ?? ""))),
      )
    )
      return true;
  }
  return false;
}

function hasNameBelow(grid: SheetGrid, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  for (let r = row + 1; r < grid.values.length; r++) {
    const t = textOf(grid.values[r]?.[col]);
    if (t !== null && !TOTAL_RE.test(matchKey(t)) && !FOOTER_RE.test(matchKey(t))) return true;
  }
  return false;
}

export function readUnitList(file: string, grids: readonly SheetGrid[]): UnitListRead {
  const refuse = (message: string): UnitListRead => ({ kind: "refused", message });
  const grid = unitListGrid(grids);
  if (!grid) return refuse(`Tệp danh sách đơn vị “${file}” không có trang tính nào đọc được.`);
  const where = `Tệp danh sách đơn vị “${file}”, trang “${grid.sheet}”`;
  const header = findUnitListHeader(grid);
  if (!header) {
    return refuse(
      `${where}: không tìm thấy cột “Tên đơn vị” trong ${UNIT_HEADER_SEARCH_ROWS} dòng đầu. ` +
        `Dòng tiêu đề cần có các cột “Mã đơn vị | Tên đơn vị | Loại | Người liên hệ | Điện thoại | Hạn nộp” (chỉ “Tên đơn vị” là bắt buộc).`,
    );
  }
  const { cols } = header;
  const units: ListedUnit[] = [];
  const codes = new Map<string, string>();
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const at = (f: UnitField) => (cols[f] === undefined ? undefined : row[cols[f]]);
    const cellOf = (f: UnitField) => a1(r, cols[f] ?? 0);
    const name = textOf(at("name"));
    const texts = row.map(textOf).filter((t): t is string => t !== null);
    // "Tổng cộng" in the STT column and "20 đơn vị" under Tên: a total line, not a unit.
    if (texts.some((t) => TOTAL_RE.test(matchKey(t)))) continue;
    // A note in the middle of the table ("Lưu ý: xã … nộp qua email") is skipped; one under
    // the last unit starts the signature block, which ends the list.
    if (texts.length > 0 && FOOTER_RE.test(matchKey(texts[0]))) {
      if (hasNumberedUnitBelow(grid, r, cols.name)) continue;
      break;
    }
    // "I | | CÁC PHƯỜNG": a group heading, numbered in Roman and without a code, is no unit.
    if (name !== null && textOf(at("code")) === null && row.some((v) => isRomanNumber(v))) continue;
    const others = (["code", "type", "contact", "phone", "deadline"] as const).filter(
      (f) => textOf(at(f)) !== null || at(f) instanceof Date,
    );
    if (name === null) {
      if (others.length === 0) continue;
      // Text under the last unit with neither name nor code (a signer's name, the place and
      // date line): not a unit. A row with a code but no name is a unit whose name was lost.
      if (!others.includes("code") && !hasNameBelow(grid, r, cols.name)) break;
      return refuse(
        `${where}, ô ${cellOf("name")}: dòng ${r + 1} có nội dung nhưng thiếu “Tên đơn vị” (cột bắt buộc).`,
      );
    }
    const deadline = deadlineOf(at("deadline"));
    if (deadline === undefined) {
      return refuse(
        `${where}, ô ${cellOf("deadline")}: “Hạn nộp” của ${name} không phải một ngày đọc được; hãy ghi dạng dd/mm/yyyy (ví dụ 15/07/2026).`,
      );
    }
    const code = textOf(at("code"));
    if (code !== null) {
      const key = codeKey(code);
      const first = codes.get(key);
      if (first !== undefined) {
        return refuse(
          `${where}, ô ${cellOf("code")}: mã đơn vị “${code}” đã dùng ở ô ${first}; mỗi đơn vị một mã riêng.`,
        );
      }
      codes.set(key, cellOf("code"));
    }
    units.push({
      code,
      name,
      type: textOf(at("type")),
      contact: textOf(at("contact")),
      phone: textOf(at("phone")),
      deadline,
      cell: cellOf("name"),
    });
  }
  if (units.length === 0) {
    return refuse(`${where}: không có đơn vị nào dưới dòng tiêu đề (dòng ${header.row + 1}).`);
  }
  return { kind: "list", list: { file, sheet: grid.sheet, units } };
}

/**
 * The list from a workbook as a host read it (the command line from disk, the pane from a
 * picked file): a file that gave no sheet is refused with the reader's own reasons, so every
 * host says the same thing about the same file.
 */
export function readUnitListWorkbook(
  file: string,
  read: { grids: readonly SheetGrid[]; issues: readonly { message: string }[] },
): UnitListRead {
  if (read.grids.length === 0) {
    const why = read.issues.map((i) => i.message).join(" ");
    return {
      kind: "refused",
      message: `Không đọc được tệp danh sách đơn vị “${file}”. ${why}`.trim(),
    };
  }
  return readUnitList(file, read.grids);
}
