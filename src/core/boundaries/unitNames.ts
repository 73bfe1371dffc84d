/**
 * Administrative unit names as offices write them: "UBND xã Hợp Hòa", "Thị trấn Hợp Hoà",
 * "UỶ BAN NHÂN DÂN PHƯỜNG 01", "TT. Kim Long". The key drops the "UBND" prefix and the type
 * word (kept apart: it only separates a commune from a town of the same name), and ignores
 * case, tone placement and Unicode form.
 */
import { matchKey } from "../text/normalize";

export type UnitKind = "xa" | "phuong" | "thitran" | "dackhu" | "huyen" | "tinh" | "thanhpho";

export interface UnitNameKey {
  kind: UnitKind | null;
  /** The bare name's match key: "hợp hòa", "1" for "Phường 01". */
  base: string;
}

const BODY = /^(?:ủy ban nhân dân|ubnd|hđnd-ubnd|hđnd và ubnd)\s*/u;

const KINDS: Array<[RegExp, UnitKind]> = [
  [/^(?:thị trấn|tt\.?)\s*/u, "thitran"],
  [/^(?:thành phố|tp\.?)\s*/u, "thanhpho"],
  [/^(?:xã|x\.)\s*/u, "xa"],
  [/^(?:phường|p\.)\s*/u, "phuong"],
  [/^đặc khu\s*/u, "dackhu"],
  [/^huyện\s*/u, "huyen"],
  [/^tỉnh\s*/u, "tinh"],
];

/** A 5-digit (or island district 3-digit, province 2-digit) code written with the name. */
const CODE_IN_NAME =
  /\(\s*(?:mã(?: số| đvhc)?\s*:?\s*)?(\d{2,5})\s*\)|\bmã(?: số| đvhc)?\s*:?\s*(\d{2,5})\b/u;

export function unitNameKey(name: string): UnitNameKey {
  let s = matchKey(name).replace(CODE_IN_NAME, " ").trim();
  s = s.replace(BODY, "");
  let kind: UnitKind | null = null;
  for (const [re, k] of KINDS) {
    if (re.test(s)) {
      kind = k;
      s = s.replace(re, "");
      break;
    }
  }
  // What follows a comma or a dash is the place's context ("xã Tân Lập, huyện Đan Phượng"),
  // which the mapping does not carry.
  s = s.split(/\s*(?:,|\s-\s|–)\s*/u)[0].trim();
  // "Phường 01" and "Phường 1" are the same ward.
  if (/^\d+$/.test(s)) s = String(Number(s));
  return { kind, base: s };
}

/** The code written in a unit's name, "UBND xã Hợp Hòa (mã 08869)" → "08869"; null when none. */
export function codeInName(name: string): string | null {
  const m = CODE_IN_NAME.exec(matchKey(name));
  return m ? (m[1] ?? m[2]) : null;
}

/** Whether a text names an administrative unit at all (not "Phòng Kinh tế", "Công an xã"). */
export function looksLikeAdministrativeUnit(name: string): boolean {
  const s = matchKey(name).replace(BODY, "");
  return KINDS.some(([re]) => re.test(s));
}
