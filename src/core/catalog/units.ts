/**
 * Units of measure (đơn vị tính). Departments write the same unit many ways ("Ha", "hécta",
 * "Tr.đ", "tr.đồng", "1000 con") and sometimes a different but commensurable one (tỷ đồng where
 * the catalog keeps triệu đồng). Consolidation must convert the second and must never add
 * incommensurable figures (con + ha), so every unit is first brought to one canonical spelling.
 */
import { cleanText, foldKey, unifyTones } from "../text/normalize";

/**
 * Canonical unit → its commensurable group and its size as a power of ten of the group's base
 * unit. All conversions the offices use are powers of ten, which is what makes exact decimal
 * conversion possible (see convertValue).
 */
const SCALES: Record<string, { group: string; exp: number }> = {
  kg: { group: "mass", exp: 0 },
  yến: { group: "mass", exp: 1 },
  tạ: { group: "mass", exp: 2 },
  tấn: { group: "mass", exp: 3 },
  "nghìn tấn": { group: "mass", exp: 6 },
  m2: { group: "area", exp: 0 },
  ha: { group: "area", exp: 4 },
  km2: { group: "area", exp: 6 },
  "nghìn ha": { group: "area", exp: 7 },
  m3: { group: "volume", exp: 0 },
  "nghìn m3": { group: "volume", exp: 3 },
  đồng: { group: "money", exp: 0 },
  "nghìn đồng": { group: "money", exp: 3 },
  "triệu đồng": { group: "money", exp: 6 },
  "tỷ đồng": { group: "money", exp: 9 },
  "nghìn tỷ đồng": { group: "money", exp: 12 },
  USD: { group: "usd", exp: 0 },
  "nghìn USD": { group: "usd", exp: 3 },
  "triệu USD": { group: "usd", exp: 6 },
  con: { group: "head", exp: 0 },
  "nghìn con": { group: "head", exp: 3 },
  người: { group: "people", exp: 0 },
  "nghìn người": { group: "people", exp: 3 },
  hộ: { group: "household", exp: 0 },
  "nghìn hộ": { group: "household", exp: 3 },
  lượt: { group: "visit", exp: 0 },
  "nghìn lượt": { group: "visit", exp: 3 },
};

/**
 * Spellings seen in department sheets → canonical unit. Keys are compared after lower-casing,
 * tone unification and removing spaces and dots ("Tr. đ" → "trđ"); a second table keyed
 * without diacritics catches units typed without marks ("trieu dong").
 */
const ALIASES: Array<[canonical: string, spellings: string[]]> = [
  ["kg", ["kg", "kilogam", "ki-lô-gam", "kilôgam"]],
  ["yến", ["yến"]],
  ["tạ", ["tạ"]],
  ["tấn", ["tấn"]],
  ["nghìn tấn", ["nghìn tấn", "ngàn tấn", "1000 tấn", "1.000 tấn", "ng.tấn", "ngtấn"]],
  ["m2", ["m2", "m²", "m^2", "mét vuông"]],
  ["ha", ["ha", "hécta", "hecta", "héc-ta", "hec-ta", "héc ta", "hec ta", "hectare"]],
  ["km2", ["km2", "km²", "km^2", "ki-lô-mét vuông", "kilômét vuông"]],
  ["nghìn ha", ["nghìn ha", "ngàn ha", "1000 ha", "1.000 ha"]],
  ["m3", ["m3", "m³", "m^3", "mét khối"]],
  ["nghìn m3", ["nghìn m3", "ngàn m3", "1000 m3", "1.000 m3", "nghìn m³"]],
  ["đồng", ["đồng", "đ", "vnđ", "vnd"]],
  [
    "nghìn đồng",
    [
      "nghìn đồng",
      "ngàn đồng",
      "nghìn đ",
      "ngàn đ",
      "1000 đồng",
      "1.000 đồng",
      "1000đ",
      "1.000đ",
      "ng.đ",
      "ngđ",
      "nđ",
    ],
  ],
  [
    "triệu đồng",
    ["triệu đồng", "triệu", "tr.đ", "trđ", "tr.đồng", "tr đồng", "triệu đ", "tr.vnđ", "triệu vnđ"],
  ],
  ["tỷ đồng", ["tỷ đồng", "tỉ đồng", "tỷ đ", "tỉ đ", "tỷ", "tỉ", "tỷ vnđ"]],
  ["nghìn tỷ đồng", ["nghìn tỷ đồng", "ngàn tỷ đồng", "nghìn tỷ", "ngàn tỷ"]],
  ["USD", ["usd", "đô la mỹ", "đô la", "$"]],
  ["nghìn USD", ["nghìn usd", "ngàn usd", "1000 usd", "1.000 usd"]],
  ["triệu USD", ["triệu usd", "tr.usd", "tr usd", "tr. usd"]],
  ["con", ["con"]],
  ["nghìn con", ["nghìn con", "ngàn con", "1000 con", "1.000 con", "ng.con", "ngcon"]],
  ["người", ["người"]],
  ["nghìn người", ["nghìn người", "ngàn người", "1000 người", "1.000 người"]],
  ["hộ", ["hộ", "hộ gia đình"]],
  ["nghìn hộ", ["nghìn hộ", "ngàn hộ", "1000 hộ", "1.000 hộ"]],
  // "lượt khách" and "lượt người" count visits the same way "lượt" does.
  ["lượt", ["lượt", "lượt khách", "lượt người"]],
  [
    "nghìn lượt",
    ["nghìn lượt", "ngàn lượt", "1000 lượt", "1.000 lượt", "nghìn lượt khách", "ngàn lượt khách"],
  ],
  ["%", ["%", "phần trăm", "tỷ lệ %", "tỉ lệ %", "tỷ lệ (%)"]],
  ["‰", ["‰", "phần nghìn", "%o"]],
  ["tạ/ha", ["tạ/ha", "tạ / ha", "tạ/héc ta", "tạ/hécta", "tạ/1ha"]],
  ["tấn/ha", ["tấn/ha", "tấn / ha"]],
  ["doanh nghiệp", ["doanh nghiệp", "dn"]],
  ["hợp tác xã", ["hợp tác xã", "htx"]],
  ["học sinh", ["học sinh", "hs"]],
  ["hồ sơ", ["hồ sơ", "bộ hồ sơ"]],
  ["trường", ["trường"]],
  ["thôn", ["thôn", "thôn/tổ", "thôn, tổ dân phố", "thôn, tdp", "thôn,tdp"]],
  ["xã", ["xã", "xã/phường", "xã, phường", "xã,phường"]],
];

/** Compact key: lower case, tones unified, no spaces, no dots (so "Tr. đ" and "trđ" meet). */
function compactKey(u: string): string {
  return unifyTones(cleanText(u))
    .toLowerCase()
    .replace(/[\s.]+/g, "");
}

function foldCompact(u: string): string {
  return foldKey(u).replace(/[\s.]+/g, "");
}

const BY_KEY = new Map<string, string>();
const BY_FOLD = new Map<string, string | null>();
for (const [canonical, spellings] of ALIASES) {
  for (const s of [canonical, ...spellings]) {
    BY_KEY.set(compactKey(s), canonical);
    const f = foldCompact(s);
    // A folded spelling two units share must not guess either way: it is dropped.
    const prev = BY_FOLD.get(f);
    BY_FOLD.set(f, prev === undefined || prev === canonical ? canonical : null);
  }
}
// Without marks, "ta" (tạ) and "ty" (tỷ) are too short and too easily some other word to trust.
for (const risky of ["ta", "ty", "ti", "d"]) BY_FOLD.set(risky, null);

/**
 * The canonical spelling of a unit: "Ha"/"hécta" → "ha", "Tr.đ"/"tr.đồng" → "triệu đồng",
 * "Tỷ đ" → "tỷ đồng", "1000 con"/"ngàn con" → "nghìn con", "m²" → "m2". An unknown unit comes
 * back cleaned (NFC, one space between words, tones unified, lower case), so two spellings that
 * differ only in case or composition still compare equal. A unit in parentheses "(ha)" is
 * read as the unit inside.
 */
export function normalizeUnit(u: string): string {
  let s = cleanText(u);
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) s = paren[1].trim();
  if (s === "") return "";
  const exact = BY_KEY.get(compactKey(s));
  if (exact !== undefined) return exact;
  const folded = BY_FOLD.get(foldCompact(s));
  if (folded) return folded;
  return unifyTones(s)
    .toLowerCase()
    .replace(/\s*\/\s*/g, "/");
}

/** True when the unit (any spelling) is one this module knows how to convert. */
export function isConvertibleUnit(u: string): boolean {
  return Object.hasOwn(SCALES, normalizeUnit(u));
}

/** Exact powers of ten as doubles: a literal is the closest double to each. */
function pow10(e: number): number {
  return Number("1e" + e);
}

/**
 * What a value in `from` is multiplied by to give `to`: unitFactor("tỷ đồng", "triệu đồng") =
 * 1000, unitFactor("kg", "tấn") = 0.001. 1 for the same unit in any spelling; null for units
 * that cannot be converted into one another (con vs ha, người vs hộ) or unknown different units.
 */
export function unitFactor(from: string, to: string): number | null {
  const exp = exponentBetween(from, to);
  return exp === null ? null : pow10(exp);
}

function exponentBetween(from: string, to: string): number | null {
  const f = normalizeUnit(from);
  const t = normalizeUnit(to);
  if (f === t) return 0;
  // Own keys only: a unit typed "constructor" must not find Object.prototype's function.
  const a = Object.hasOwn(SCALES, f) ? SCALES[f] : undefined;
  const b = Object.hasOwn(SCALES, t) ? SCALES[t] : undefined;
  if (!a || !b || a.group !== b.group) return null;
  return a.exp - b.exp;
}

/**
 * `value` in `from` expressed in `to`; null when the units cannot be converted.
 *
 * Exactness: going to a smaller unit multiplies by 10^k, going to a larger one DIVIDES by 10^k
 * (division by an exactly representable power of ten is correctly rounded, multiplying by an
 * inexact 0.001 is not). A product can still carry binary noise (0.7 × 100 = 70.00000000000001),
 * so the result is rounded to 15 significant digits: more than Excel ever stores (it keeps 15),
 * far less than a double's noise, so 0,1 tỷ gives exactly 100 triệu and 2,5 tỷ exactly 2500.
 */
export function convertValue(value: number, from: string, to: string): number | null {
  const exp = exponentBetween(from, to);
  if (exp === null) return null;
  if (exp === 0 || value === 0 || !Number.isFinite(value)) return value;
  const raw = exp > 0 ? value * pow10(exp) : value / pow10(-exp);
  return Number(raw.toPrecision(15));
}
