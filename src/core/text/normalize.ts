/**
 * Text clean-up for Vietnamese. Departments type on different keyboards and templates, so the
 * same word arrives composed or decomposed, with old (hoà) or new (hòa) tone placement, with
 * non-breaking spaces and line breaks inside cells.
 */

/** NFC, every run of white space (incl. NBSP, line breaks, zero-width) folded to one space, trimmed. */
export function cleanText(s: string): string {
  // Most cells are short plain words, numbers or blank: skip the regex passes when nothing in
  // the string could change (printable ASCII, single inner spaces, no space at either end).
  if (isPlainAscii(s)) return s;
  let out = cleanCache.get(s);
  if (out === undefined) {
    out = cleanTextUncached(s);
    remember(cleanCache, s, out);
  }
  return out;
}

/** Printable ASCII only, no leading/trailing/double space: cleanText gives it back unchanged. */
function isPlainAscii(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c < 0x21 || c > 0x7e) return false;
    else prevSpace = false;
  }
  return true;
}

// A batch repeats the same names, units and labels in every unit's file, and the same strings
// are cleaned, keyed and folded by parsing, matching, validation and consolidation alike: the
// answers are kept. Each cache is bounded (cleared when full) so a hostile file of unique
// texts cannot grow memory without limit; clearing only costs recomputation.
const CACHE_MAX = 50_000;
const cleanCache = new Map<string, string>();
const tonesCache = new Map<string, string>();
const matchCache = new Map<string, string>();
const foldCache = new Map<string, string>();

function remember(cache: Map<string, string>, key: string, value: string): void {
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, value);
}

function cleanTextUncached(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u200B-\u200D\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    .replace(/[\s\u00A0]+/g, " ")
    .trim();
}

// Old-style tone placement puts the mark on the last vowel of "oa, oe, uy" (hoà, thuỷ);
// the new style most offices use now puts it on the first (hòa, thủy). Matching must not care.
const TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]; // huyền, sắc, ngã, hỏi, nặng
const OLD_TO_NEW: Array<[RegExp, string]> = [];
const OLD_TAILS = new Set<string>();
for (const t of TONES) {
  for (const [first, second] of [
    ["o", "a"],
    ["o", "e"],
    ["u", "y"],
  ]) {
    for (const [f, s] of [
      [first, second],
      [first.toUpperCase(), second],
      [first.toUpperCase(), second.toUpperCase()],
    ]) {
      const old = (f + s + t).normalize("NFC");
      const neu = (f + t + s).normalize("NFC");
      // Only when the pair ends the syllable ("hoàn" keeps its placement), and not after "q",
      // where "u" belongs to the consonant ("quý").
      OLD_TO_NEW.push([new RegExp("(?<![qQ])" + old + "(?![\\p{L}])", "gu"), neu]);
      OLD_TAILS.add(old.slice(-1));
    }
  }
}

/** Unifies tone placement to the modern style (hoà → hòa, thuỷ → thủy, Hoà → Hòa). */
export function unifyTones(s: string): string {
  let out = tonesCache.get(s);
  if (out === undefined) {
    out = unifyTonesUncached(s);
    remember(tonesCache, s, out);
  }
  return out;
}

// Every old-style pattern is o/u followed by a toned a/e/y: a string without such a pair (after
// NFC) is left as it is by all of them, so the forty-five replacements are skipped.
const OLD_TONE_TAIL = new RegExp("[oOuU][" + [...OLD_TAILS].join("") + "]", "u");

function unifyTonesUncached(s: string): string {
  let out = s.normalize("NFC");
  if (!OLD_TONE_TAIL.test(out)) return out;
  for (const [re, rep] of OLD_TO_NEW) out = out.replace(re, rep);
  return out;
}

/**
 * The key two labels are compared by: cleaned, tones unified, lower case, a trailing colon and
 * surrounding punctuation dropped. "Đơn vị báo cáo:" and "ĐƠN VỊ BÁO CÁO" give the same key.
 */
export function matchKey(s: string): string {
  let out = matchCache.get(s);
  if (out === undefined) {
    out = matchKeyUncached(s);
    remember(matchCache, s, out);
  }
  return out;
}

function matchKeyUncached(s: string): string {
  return unifyTones(cleanText(s))
    .toLowerCase()
    .replace(/[:：]+$/u, "")
    .replace(/\s*([(),;/])\s*/g, "$1")
    .trim();
}

/** matchKey without Vietnamese marks ("đàn bò" → "dan bo"), for forgiving fuzzy matching. */
export function foldKey(s: string): string {
  let out = foldCache.get(s);
  if (out === undefined) {
    out = foldKeyUncached(s);
    remember(foldCache, s, out);
  }
  return out;
}

function foldKeyUncached(s: string): string {
  return matchKey(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}
