/**
 * The columns of a "Danh mục chỉ tiêu" sheet: the titles it is written with, the titles it is
 * read by (as tolerantly as biểu headers), and the header row that carries them.
 */
import type { Aggregation, CellValue } from "../types";
import { cleanText, matchKey } from "../text/normalize";
import { numberAsShown } from "../text/numberAsShown";

export type Field =
  | "code"
  | "name"
  | "section"
  | "unit"
  | "aggregation"
  | "parent"
  | "synonyms"
  | "componentRule"
  | "ratio"
  | "decimals"
  | "yoyThreshold"
  | "displayUnit"
  | "template"
  | "isShare"
  | "nonNegative"
  | "ofTotal";

/** Column titles as written when the catalog is exported; the first 13 are the agreed layout. */
export const TITLES: Array<[Field, string]> = [
  ["code", "Mã chỉ tiêu"],
  ["name", "Tên chỉ tiêu"],
  ["section", "Lĩnh vực"],
  ["unit", "ĐVT"],
  ["aggregation", "Cách tổng hợp (Cộng / Tỷ lệ / Không cộng)"],
  ["parent", "Thuộc chỉ tiêu (mã cha)"],
  ["synonyms", "Tên gọi khác (cách nhau bởi dấu ;)"],
  ["componentRule", "Trong đó phải bằng tổng (Có/Không)"],
  ["ratio", "Tỷ lệ = tử số / mẫu số (ví dụ GD02/GD01)"],
  ["decimals", "Số thập phân"],
  ["yoyThreshold", "Ngưỡng cùng kỳ (%)"],
  ["displayUnit", "Đơn vị hiển thị"],
  ["template", "Mẫu câu"],
  // Added after the agreed 13: without them, a growth rate in % and a share in % look alike.
  ["isShare", "Tỷ lệ phần trăm 0–100 (Có/Không)"],
  ["nonNegative", "Không được âm (Có/Không)"],
  // The narrative writes "5/6 trường" for a count read against its total.
  ["ofTotal", "Đọc trên tổng (mã, ví dụ GD01)"],
];

/**
 * Accepted titles per field, compared by matchKey with any parenthesised hint removed. A title
 * also matches when it starts with one of these followed by a space (e.g. "Tên gọi khác của
 * chỉ tiêu"). Order matters: more specific titles are tried first.
 */
const ACCEPTED: Array<[Field, string[]]> = [
  ["code", ["mã chỉ tiêu", "mã số", "mã"]],
  ["isShare", ["tỷ lệ phần trăm 0–100", "tỷ lệ phần trăm", "là tỷ lệ phần trăm", "tỷ trọng 0–100"]],
  ["ratio", ["tỷ lệ = tử số/mẫu số", "tỷ lệ =", "tỷ lệ=", "tử số/mẫu số", "công thức tỷ lệ"]],
  ["synonyms", ["tên gọi khác", "tên khác", "tên đồng nghĩa"]],
  ["name", ["tên chỉ tiêu", "chỉ tiêu", "tên"]],
  ["section", ["lĩnh vực", "nhóm lĩnh vực", "ngành, lĩnh vực"]],
  ["displayUnit", ["đơn vị hiển thị", "đvt hiển thị"]],
  ["ofTotal", ["đọc trên tổng", "trên tổng"]],
  ["unit", ["đvt", "đơn vị tính", "đơn vị"]],
  ["aggregation", ["cách tổng hợp", "tổng hợp"]],
  ["parent", ["thuộc chỉ tiêu", "mã cha", "chỉ tiêu cha", "mã chỉ tiêu cha"]],
  ["componentRule", ["trong đó phải bằng tổng", "các chỉ tiêu trong đó phải bằng tổng"]],
  ["decimals", ["số thập phân", "số chữ số thập phân", "số lẻ"]],
  ["yoyThreshold", ["ngưỡng cùng kỳ", "ngưỡng so cùng kỳ", "ngưỡng cảnh báo cùng kỳ"]],
  ["template", ["mẫu câu", "mẫu câu báo cáo"]],
  ["nonNegative", ["không được âm", "không âm"]],
];

function titleKey(s: string): string {
  return matchKey(s)
    .replace(/\([^()]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const ACCEPTED_KEYS: Array<[Field, string[]]> = ACCEPTED.map(([f, titles]) => [
  f,
  titles.map(titleKey),
]);

function fieldOfTitle(raw: CellValue | undefined): Field | null {
  if (typeof raw !== "string") return null;
  const key = titleKey(raw);
  if (key === "") return null;
  for (const [field, keys] of ACCEPTED_KEYS) if (keys.includes(key)) return field;
  for (const [field, keys] of ACCEPTED_KEYS) {
    if (keys.some((k) => k.length >= 3 && key.startsWith(k + " "))) return field;
  }
  return null;
}

/**
 * The header is the first row, among the first 30, that names both a code and a name column;
 * null when there is none.
 */
export function findCatalogHeader(
  values: readonly (readonly CellValue[] | undefined)[],
): { row: number; columns: Map<Field, number> } | null {
  for (let r = 0; r < Math.min(values.length, 30); r++) {
    const found = new Map<Field, number>();
    (values[r] ?? []).forEach((v, c) => {
      const f = fieldOfTitle(v);
      if (f && !found.has(f)) found.set(f, c);
    });
    if (found.has("code") && found.has("name")) return { row: r, columns: found };
  }
  return null;
}

export const AGGREGATIONS: Record<string, Aggregation> = {
  cộng: "sum",
  "cộng dồn": "sum",
  tổng: "sum",
  "cộng tổng": "sum",
  sum: "sum",
  "tỷ lệ": "ratio",
  "tính tỷ lệ": "ratio",
  ratio: "ratio",
  "không cộng": "none",
  "không tổng hợp": "none",
  không: "none",
  none: "none",
};
export const AGGREGATION_LABEL: Record<Aggregation, string> = {
  sum: "Cộng",
  ratio: "Tỷ lệ",
  none: "Không cộng",
};

export const YES = new Set(["có", "x", "yes", "true", "1", "c", "đúng"]);
export const NO = new Set(["không", "k", "no", "false", "0", "sai"]);

export function cellText(v: CellValue | undefined, format?: string | null): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return numberAsShown(v, format);
  if (typeof v === "boolean") return v ? "Có" : "Không";
  if (v instanceof Date) return "";
  return "";
}
