/**
 * The columns of a Danh sách đơn vị: "Mã đơn vị | Tên đơn vị | Loại | Người liên hệ | Điện
 * thoại | Hạn nộp", their titles read as tolerantly as a biểu's (case, spacing, line breaks,
 * composed or decomposed Unicode, a "(*)" hint), and the header row that carries them.
 */
import { matchKey } from "../text/normalize";
import type { SheetGrid } from "../types";

export type UnitField = "code" | "name" | "type" | "contact" | "phone" | "deadline";

/** The titles written in a starter list (and in the order written). */
export const UNIT_LIST_TITLES: Array<[UnitField, string]> = [
  ["code", "Mã đơn vị"],
  ["name", "Tên đơn vị"],
  ["type", "Loại"],
  ["contact", "Người liên hệ"],
  ["phone", "Điện thoại"],
  ["deadline", "Hạn nộp"],
];

const ACCEPTED: Array<[UnitField, string[]]> = [
  [
    "code",
    [
      "mã đơn vị",
      "mã",
      "mã số",
      "mã đvhc",
      "mã số đvhc",
      "mã đơn vị hành chính",
      "mã hành chính",
      "mã xã",
      "mã xã, phường",
      "mã xã phường",
      "mã số đơn vị",
    ],
  ],
  [
    "name",
    [
      "tên đơn vị",
      "tên đơn vị báo cáo",
      "đơn vị",
      "đơn vị báo cáo",
      "tên",
      "tên đvhc",
      "tên đơn vị hành chính",
      "đơn vị hành chính",
      "tên xã, phường",
      "tên xã phường",
      "xã, phường",
      "xã phường",
      "tên xã",
    ],
  ],
  ["type", ["loại", "loại đơn vị", "loại hình", "cấp"]],
  ["contact", ["người liên hệ", "cán bộ liên hệ", "người phụ trách", "đầu mối liên hệ"]],
  ["phone", ["điện thoại", "số điện thoại", "sđt", "đt", "điện thoại liên hệ"]],
  [
    "deadline",
    [
      "hạn nộp",
      "hạn gửi",
      "thời hạn nộp",
      "thời hạn gửi",
      "hạn nộp báo cáo",
      "hạn gửi báo cáo",
      "hạn báo cáo",
      "ngày hạn nộp",
      "ngày hết hạn",
    ],
  ],
];

/** A title's key: matchKey without a parenthesised hint or a required-field star. */
function titleKey(s: string): string {
  return matchKey(s)
    .replace(/\([^()]*\)/g, "")
    .replace(/\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const FIELD_BY_TITLE = new Map<string, UnitField>();
for (const [field, titles] of ACCEPTED)
  for (const t of titles) FIELD_BY_TITLE.set(titleKey(t), field);

export function fieldOfTitle(title: string): UnitField | null {
  return FIELD_BY_TITLE.get(titleKey(title)) ?? null;
}

/** The header is looked for in the first rows: a title and a note may stand above it. */
export const UNIT_HEADER_SEARCH_ROWS = 20;

export interface UnitListHeader {
  /** 0-based row. */
  row: number;
  cols: Partial<Record<UnitField, number>>;
}

/** The first row holding a Tên đơn vị title; null when none does. */
export function findUnitListHeader(grid: SheetGrid): UnitListHeader | null {
  const last = Math.min(grid.values.length, UNIT_HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const cols: Partial<Record<UnitField, number>> = {};
    (grid.values[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string") return;
      const field = fieldOfTitle(v);
      if (field && cols[field] === undefined) cols[field] = c;
    });
    if (cols.name !== undefined) return { row: r, cols };
  }
  return null;
}
