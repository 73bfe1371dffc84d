/**
 * Text clean-up for Vietnamese. Departments type on different keyboards and templates, so the
 * same word arrives composed or decomposed, with old (hoà) or new (hòa) tone placement, with
 * non-breaking spaces and line breaks inside cells.
 */

/** NFC, every run of white space (incl. NBSP, line breaks, zero-width) folded to one space, trimmed. */
export function cleanText(s: string): string {
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
    }
  }
}

/** Unifies tone placement to the modern style (hoà → hòa, thuỷ → thủy, Hoà → Hòa). */
export function unifyTones(s: string): string {
  let out = s.normalize("NFC");
  for (const [re, rep] of OLD_TO_NEW) out = out.replace(re, rep);
  return out;
}

/**
 * The key two labels are compared by: cleaned, tones unified, lower case, a trailing colon and
 * surrounding punctuation dropped. "Đơn vị báo cáo:" and "ĐƠN VỊ BÁO CÁO" give the same key.
 */
export function matchKey(s: string): string {
  return unifyTones(cleanText(s))
    .toLowerCase()
    .replace(/[:：]+$/u, "")
    .replace(/\s*([(),;/])\s*/g, "$1")
    .trim();
}

/** matchKey without Vietnamese marks ("đàn bò" → "dan bo"), for forgiving fuzzy matching. */
export function foldKey(s: string): string {
  return matchKey(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}
