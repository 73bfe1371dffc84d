/**
 * Finding the catalog indicator a department's row means. Departments write codes sometimes,
 * names always, and the names vary: numbering ("1.", "a)"), "trong đó" markers ("- ", "+ ",
 * "Trong đó:"), a unit in parentheses ("Đàn bò (con)"), old tone placement ("Thuỷ sản"),
 * decomposed Unicode, missing diacritics, "hàng năm" for "hằng năm", "tỉ lệ" for "tỷ lệ".
 *
 * Every lookup is a Map hit on keys precomputed once per catalog, so matching a row costs the
 * same whatever the size of the catalog.
 */
import type { Catalog, CatalogIndicator } from "../types";
import { cleanText, foldKey, matchKey } from "../text/normalize";
import { unitFactor } from "./units";

export interface CatalogMatch {
  indicator: CatalogIndicator;
  /** "part": a short name under its total ("- Lúa" under the sown area: Diện tích lúa). */
  by: "code" | "name" | "synonym" | "part";
  /** Matched by code, but the written name is another catalog indicator's name: the code wins. */
  nameMismatch: boolean;
}

export interface CatalogMatcher {
  (row: { code: string | null; name: string }): CatalogMatch | null;
  /**
   * A row the catalog does not know by itself, read as a part of `total`: the one part of it in
   * the catalog whose name ends with the row's ("Lúa" → "Diện tích lúa") in a unit the row's
   * converts to. null when none or several do.
   */
  partOf(total: CatalogIndicator, row: { name: string; unit: string | null }): CatalogMatch | null;
}

// Leading decorations that are never part of an indicator's name. Applied repeatedly, since
// they stack ("- Trong đó: ", "1. a) ").
const LEADING: RegExp[] = [
  /^trong\s+đó\s*[:：,.\-–]?\s*/iu, // "Trong đó:", "trong đó -"
  /^(?:[-+*•·–—−~>]|\.)+\s*/u, // bullets of "trong đó" rows
  /^(?:\d+(?:\.\d+)+\.?|\d+[.)])\s*/u, // "1.", "1)", "1.1", "2.3.1."
  /^\(\d+\)\s*/u, // "(1)"
  /^[IVXL]+[.)]\s*/u, // "I.", "IV)" (upper case only: lower-case letters begin real words)
  /^[a-zđ][.)]\s+/iu, // "a)", "b. "
];

/** Spelling variants both accepted in official texts: compared as one. */
const VARIANTS: Array<[RegExp, string]> = [
  [/(?<!\p{L})hàng(?= (?:năm|tháng|quý|ngày|tuần)(?!\p{L}))/gu, "hằng"],
  [/(?<!\p{L})tỉ lệ(?!\p{L})/gu, "tỷ lệ"],
  [/(?<!\p{L})quí(?!\p{L})/gu, "quý"],
  [/(?<!\p{L})kỹ(?!\p{L})/gu, "kĩ"],
];

function stripDecorations(name: string): string {
  let s = cleanText(name);
  for (let changed = true; changed;) {
    changed = false;
    for (const re of LEADING) {
      const next = s.replace(re, "");
      if (next !== s && next.trim() !== "") {
        s = next.trim();
        changed = true;
      }
    }
  }
  return s.replace(/[\s.:;,：]+$/u, "");
}

function applyVariants(key: string): string {
  let k = key;
  for (const [re, rep] of VARIANTS) k = k.replace(re, rep);
  return k;
}

/**
 * The key an indicator name is compared by: decorations stripped, matchKey, spelling variants
 * unified. "- Trong đó: Diện tích lúa:" and "diện tích lúa" give the same key.
 */
export function indicatorNameKey(name: string): string {
  return applyVariants(matchKey(stripDecorations(name)));
}

/**
 * The same key without what departments append to any name: a parenthesised part
 * ("đàn bò(con)" → "đàn bò") or "trên địa bàn …" ("tổng vốn đầu tư … trên địa bàn xã"); null
 * when there is nothing to drop.
 */
function withoutTrailingParen(key: string): string | null {
  const m = /^(.*?)\s*\([^()]*\)$/u.exec(key);
  const bare = m && m[1] !== "" ? m[1] : key;
  const place = /^(.+?)\s+trên địa bàn(\s.*)?$/u.exec(bare);
  const out = place ? place[1] : bare;
  return out !== key ? out : null;
}

// Every row's code is normalised to look it up, and a batch repeats the catalog's few hundred
// codes in every unit's file: answers are kept. Bounded, for a file of unique codes.
const codeCache = new Map<string, string>();
const CODE_CACHE_MAX = 20_000;

function normaliseCode(code: string): string {
  let out = codeCache.get(code);
  if (out === undefined) {
    out = code.normalize("NFC").replace(/\s+/g, "").toUpperCase();
    if (codeCache.size >= CODE_CACHE_MAX) codeCache.clear();
    codeCache.set(code, out);
  }
  return out;
}

/**
 * An all-digit code without its leading zeros ("0105" → "105"), or null for any other code.
 * A department that types 1 in a General cell and a catalog whose column shows 01 mean the same
 * code; so do 01 and 1 the other way round.
 */
export function digitsKey(code: string): string | null {
  if (!/^\d+$/.test(code)) return null;
  return code.replace(/^0+(?=\d)/, "");
}

/**
 * Looks codes up as the matcher does: the exact code (trimmed, any case) first, then an all-digit
 * code by its digits when only one indicator has them (01 and 001 both present: no guess).
 */
export function codeLookup(
  indicators: Iterable<CatalogIndicator>,
): (code: string) => CatalogIndicator | undefined {
  const lookup = codeLookupWithHow(indicators);
  return (code) => lookup(code)?.indicator;
}

/** codeLookup, also saying whether the code matched only by its digits. */
function codeLookupWithHow(
  indicators: Iterable<CatalogIndicator>,
): (code: string) => { indicator: CatalogIndicator; byDigits: boolean } | undefined {
  const byCode = new Map<string, CatalogIndicator>();
  const byDigits = new Map<string, CatalogIndicator | null>();
  for (const ind of indicators) {
    const code = normaliseCode(ind.code);
    if (code === "" || byCode.has(code)) continue;
    byCode.set(code, ind);
    const digits = digitsKey(code);
    if (digits !== null) byDigits.set(digits, byDigits.has(digits) ? null : ind);
  }
  return (code) => {
    const c = normaliseCode(code);
    const exact = byCode.get(c);
    if (exact) return { indicator: exact, byDigits: false };
    const digits = digitsKey(c);
    const hit = digits !== null ? byDigits.get(digits) : undefined;
    return hit ? { indicator: hit, byDigits: true } : undefined;
  };
}

/** key → indicator, or null once two different indicators claim the key (ambiguous: no guess). */
type KeyMap = Map<string, CatalogIndicator | null>;

function put(map: KeyMap, key: string, ind: CatalogIndicator): void {
  if (key === "") return;
  const prev = map.get(key);
  if (prev === undefined) map.set(key, ind);
  else if (prev !== null && prev.code !== ind.code) map.set(key, null);
}

/** A match by name or synonym: never a name mismatch. */
type NameHit = CatalogMatch & { by: "name" | "synonym"; nameMismatch: false };

/**
 * A matcher over one catalog. Order: code (codeLookup) → exact name → synonym →
 * the same without diacritics. A key two indicators share matches neither. Unknown → null.
 */
export function createMatcher(catalog: Catalog): CatalogMatcher {
  const byCode = codeLookupWithHow(catalog.indicators);
  const names: KeyMap = new Map();
  const synonyms: KeyMap = new Map();
  const foldedNames: KeyMap = new Map();
  const foldedSynonyms: KeyMap = new Map();

  for (const ind of catalog.indicators) {
    if (ind.nameShadowed) continue; // the planner's catalog gives this name to another code
    const key = indicatorNameKey(ind.name);
    put(names, key, ind);
    put(foldedNames, foldKey(key), ind);
  }
  for (const ind of catalog.indicators) {
    for (const syn of ind.synonyms) {
      const key = indicatorNameKey(syn);
      put(synonyms, key, ind);
      put(foldedSynonyms, foldKey(key), ind);
    }
  }

  const lookup = (key: string): NameHit | null => {
    const n = names.get(key);
    if (n) return { indicator: n, by: "name", nameMismatch: false };
    if (n === undefined) {
      const s = synonyms.get(key);
      if (s) return { indicator: s, by: "synonym", nameMismatch: false };
    }
    return null;
  };
  const lookupFolded = (key: string): NameHit | null => {
    const f = foldKey(key);
    const n = foldedNames.get(f);
    if (n) return { indicator: n, by: "name", nameMismatch: false };
    if (n === undefined) {
      const s = foldedSynonyms.get(f);
      if (s) return { indicator: s, by: "synonym", nameMismatch: false };
    }
    return null;
  };

  const ownNameKeys = new Map<CatalogIndicator, Set<string>>();
  const ownNames = (ind: CatalogIndicator): Set<string> => {
    let keys = ownNameKeys.get(ind);
    if (!keys) {
      keys = new Set([ind.name, ...ind.synonyms].map(indicatorNameKey));
      ownNameKeys.set(ind, keys);
    }
    return keys;
  };

  // Departments repeat the same names sheet after sheet: remember what each spelling gave.
  const memo = new Map<string, NameHit | null>();
  const byName = (name: string): NameHit | null => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const hit = byNameUncached(name);
    if (memo.size < 50000) memo.set(name, hit);
    return hit;
  };
  const byNameUncached = (name: string): NameHit | null => {
    const key = indicatorNameKey(name);
    if (key === "") return null;
    const bare = withoutTrailingParen(key);
    return (
      lookup(key) ??
      (bare !== null ? lookup(bare) : null) ??
      lookupFolded(key) ??
      (bare !== null ? lookupFolded(bare) : null)
    );
  };

  // A match is plain data nobody changes: each indicator's code matches (with and without a
  // name mismatch) are made once, and a name's match is the one its memo keeps, so the 45 000
  // rows of a 150-unit batch share a few hundred match objects instead of one each.
  const codeMatches = new Map<CatalogIndicator, [CatalogMatch | null, CatalogMatch | null]>();
  const codeMatch = (ind: CatalogIndicator, nameMismatch: boolean): CatalogMatch => {
    let pair = codeMatches.get(ind);
    if (pair === undefined) {
      pair = [null, null];
      codeMatches.set(ind, pair);
    }
    const i = nameMismatch ? 1 : 0;
    return (pair[i] ??= { indicator: ind, by: "code", nameMismatch });
  };

  const parts = new Map<string, CatalogIndicator[]>();
  for (const ind of catalog.indicators) {
    if (ind.parent === null) continue;
    const list = parts.get(ind.parent);
    if (list) list.push(ind);
    else parts.set(ind.parent, [ind]);
  }
  const partKeys = new Map<CatalogIndicator, string[]>();
  const partNames = (ind: CatalogIndicator): string[] => {
    let keys = partKeys.get(ind);
    if (!keys) {
      keys = [ind.name, ...ind.synonyms].map((n) => foldKey(indicatorNameKey(n)));
      partKeys.set(ind, keys);
    }
    return keys;
  };
  const partMemo = new Map<string, CatalogMatch | null>();
  const partOf: CatalogMatcher["partOf"] = (total, row) => {
    const kids = parts.get(total.code);
    if (!kids) return null;
    const memoKey = total.code + "\u0000" + row.name + "\u0000" + (row.unit ?? "");
    const known = partMemo.get(memoKey);
    if (known !== undefined) return known;
    const key = indicatorNameKey(row.name);
    const name = foldKey(withoutTrailingParen(key) ?? key);
    let hit: CatalogIndicator | null = null;
    let hits = 0;
    if (name !== "") {
      for (const kid of kids) {
        const named = partNames(kid).some((k) => k === name || k.endsWith(" " + name));
        if (!named) continue;
        if (row.unit && unitFactor(row.unit, kid.unit) === null) continue;
        hit = kid;
        hits++;
      }
    }
    const match: CatalogMatch | null =
      hits === 1 && hit ? { indicator: hit, by: "part", nameMismatch: false } : null;
    if (partMemo.size < 50000) partMemo.set(memoKey, match);
    return match;
  };

  const matcher = (row: { code: string | null; name: string }): CatalogMatch | null => {
    if (row.code !== null) {
      const found = byCode(row.code);
      if (found) {
        const ind = found.indicator;
        const named = row.name ? byName(row.name) : null;
        // A code matched only by its digits (1 for 01) is a guess: a name that is exactly
        // another indicator's says more.
        if (found.byDigits && named !== null && named.indicator.code !== ind.code) return named;
        return codeMatch(
          ind,
          // The code's own name, written as it is, is never a mismatch, whichever indicator
          // the name alone would find.
          named !== null &&
            named.indicator.code !== ind.code &&
            !ownNames(ind).has(indicatorNameKey(row.name)),
        );
      }
    }
    return byName(row.name);
  };
  return Object.assign(matcher, { partOf });
}
