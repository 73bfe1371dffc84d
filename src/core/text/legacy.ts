/**
 * Legacy Vietnamese encodings still found in old templates. Before Unicode, offices typed
 * Vietnamese with 8-bit fonts: the bytes are ordinary Windows-1252 characters, and only the
 * font draws them as Vietnamese letters. Excel hands us those characters ("§µn tr©u" in
 * .VnTime is "Đàn trâu"), so names would never match the catalog unless converted.
 *
 * - TCVN3 (TCVN 5712:1993 VN3, "ABC"): fonts .VnTime, .VnArial … One byte per letter. The
 *   "H" fonts (.VnTimeH, .VnArialH …) draw every letter as a capital: the same lowercase codes
 *   mean capitals there, plain a–z too, so the whole text is upper-cased.
 * - VNI (VNI-Times, VNI-Helve …): a base letter followed by a mark character
 *   ("Ñaøn traâu" = "Đàn trâu": Ñ = Đ, "aø" = à, "aâ" = â).
 *
 * Detection without a font name is deliberately conservative: ordinary Unicode Vietnamese,
 * English and symbols (§, ©, µ, ½ …) must never be taken for legacy text. See
 * {@link detectLegacyEncoding}.
 */

export type LegacyEncoding = "tcvn3" | "vni";

// ───────────────────────────── TCVN3 ─────────────────────────────

/**
 * TCVN3 lowercase table as (code, letter) pairs, by vowel family in the standard's order
 * (huyền, hỏi, ngã, sắc, nặng). 0xAD (ư) arrives as U+00AD soft hyphen.
 */
const TCVN3_LOWER_PAIRS =
  "¨ă©âªê«ô¬ơ\u00ADư®đ" +
  "µà¶ả·ã¸á¹ạ" +
  "»ằ¼ẳ½ẵ¾ắÆặ" +
  "ÇầÈẩÉẫÊấËậ" +
  "ÌèÎẻÏẽÐéÑẹ" +
  "ÒềÓểÔễÕếÖệ" +
  "×ìØỉÜĩÝíÞị" +
  "ßòáỏâõãóäọ" +
  "åồæổçỗèốéộ" +
  "êờëởìỡíớîợ" +
  "ïùñủòũóúôụ" +
  "õừöử÷ữøứùự" +
  "úỳûỷüỹýýþỵ";

/** The seven capitals VN3 has its own codes for (in every TCVN3 font). */
const TCVN3_UPPER_PAIRS = "¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ";

function pairsToMap(pairs: string): Map<string, string> {
  const chars = Array.from(pairs);
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) m.set(chars[i], chars[i + 1]);
  return m;
}

/** TCVN3 code character → Unicode letter, as drawn by the ordinary (lowercase) fonts. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map([
  ...pairsToMap(TCVN3_LOWER_PAIRS),
  ...pairsToMap(TCVN3_UPPER_PAIRS),
]);

/** Whether a font name is a TCVN3 font (".VnTime", ".VnArial NarrowH" …). */
export function isTcvn3Font(fontName: string | null | undefined): boolean {
  return !!fontName && /^\s*\.vn/i.test(fontName);
}

/** Whether a TCVN3 font is an all-capitals "H" font (".VnTimeH", ".VnArialH"). */
export function isTcvn3UpperFont(fontName: string | null | undefined): boolean {
  if (!isTcvn3Font(fontName)) return false;
  // Hosts sometimes append a style ("…H Bold", "…H,Bold"); the H belongs to the family name.
  const family = (fontName as string)
    .trim()
    .replace(/[\s,-]+(bold|italic|regular|oblique)\b.*$/i, "");
  return /H$/.test(family);
}

/** Whether a font name is a VNI font ("VNI-Times", "VNI-Helve-Condense" …). */
export function isVniFont(fontName: string | null | undefined): boolean {
  return !!fontName && /^\s*vni[-_ ]/i.test(fontName);
}

function tcvn3ToUnicode(text: string, upper: boolean): string {
  let out = "";
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  return upper ? out.toUpperCase() : out;
}

// ───────────────────────────── VNI ─────────────────────────────

const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031B";
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/** After a vowel: the tone alone (sắc, huyền, hỏi, ngã, nặng). */
const VNI_TONE = new Map<string, string>([
  ["ù", ACUTE],
  ["ø", GRAVE],
  ["û", HOOK],
  ["õ", TILDE],
  ["ï", DOT],
  ["Ù", ACUTE],
  ["Ø", GRAVE],
  ["Û", HOOK],
  ["Õ", TILDE],
  ["Ï", DOT],
]);
/** After a, e, o: circumflex, with or without a tone (â, ấ, ầ, ẩ, ẫ, ậ). */
const VNI_CIRCUMFLEX = new Map<string, string>([
  ["â", ""],
  ["á", ACUTE],
  ["à", GRAVE],
  ["å", HOOK],
  ["ã", TILDE],
  ["ä", DOT],
  ["Â", ""],
  ["Á", ACUTE],
  ["À", GRAVE],
  ["Å", HOOK],
  ["Ã", TILDE],
  ["Ä", DOT],
]);
/** After a: breve, with or without a tone (ă, ắ, ằ, ẳ, ẵ, ặ). */
const VNI_BREVE = new Map<string, string>([
  ["ê", ""],
  ["é", ACUTE],
  ["è", GRAVE],
  ["ú", HOOK],
  ["ü", TILDE],
  ["ë", DOT],
  ["Ê", ""],
  ["É", ACUTE],
  ["È", GRAVE],
  ["Ú", HOOK],
  ["Ü", TILDE],
  ["Ë", DOT],
]);
/** Characters that stand for a whole letter. (í, ì, Í, Ì are the same in VNI and Unicode.) */
const VNI_SINGLE = new Map<string, string>([
  ["ô", "o" + HORN],
  ["Ô", "O" + HORN],
  ["ö", "u" + HORN],
  ["Ö", "U" + HORN],
  ["ñ", "đ"],
  ["Ñ", "Đ"],
  ["æ", "i" + HOOK],
  ["Æ", "I" + HOOK],
  ["ó", "i" + TILDE],
  ["Ó", "I" + TILDE],
  ["ò", "i" + DOT],
  ["Ò", "I" + DOT],
  ["î", "y" + DOT],
  ["Î", "Y" + DOT],
]);

function vniToUnicode(text: string): string {
  // Letters are kept decomposed while marks are added, then composed once at the end.
  const out: string[] = [];
  for (const ch of text) {
    const last = out.length > 0 ? out[out.length - 1] : "";
    const base = last.charAt(0);
    const marks = last.slice(1);
    const bareVowel = /^[aeoAEO]$/.test(base) && marks === "";
    if (VNI_CIRCUMFLEX.has(ch) && bareVowel) {
      out[out.length - 1] = last + CIRCUMFLEX + VNI_CIRCUMFLEX.get(ch);
    } else if (VNI_BREVE.has(ch) && /^[aA]$/.test(base) && marks === "") {
      out[out.length - 1] = last + BREVE + VNI_BREVE.get(ch);
    } else if (VNI_TONE.has(ch) && /^[aeiouyAEIOUY]$/.test(base) && !TONE_MARKS.test(marks)) {
      out[out.length - 1] = last + VNI_TONE.get(ch);
    } else {
      out.push(VNI_SINGLE.get(ch) ?? ch);
    }
  }
  return out.join("").normalize("NFC");
}

// ───────────────────────────── conversion ─────────────────────────────

/**
 * Converts legacy-encoded text to Unicode (NFC). For TCVN3, an "H" font name makes the result
 * all capitals, as the font showed it.
 */
export function convertLegacy(
  text: string,
  encoding: LegacyEncoding,
  fontName?: string | null,
): string {
  if (encoding === "tcvn3")
    return tcvn3ToUnicode(text, isTcvn3UpperFont(fontName)).normalize("NFC");
  return vniToUnicode(text);
}

// ───────────────────────────── detection ─────────────────────────────

/**
 * Letters legacy fonts cannot produce: Vietnamese (and other) letters beyond Latin-1, and
 * combining marks. Their presence means the text is already Unicode.
 */
const UNICODE_ONLY = /[\u0100-\u024F\u1E00-\u1EFF]|\p{M}/u;

/** Latin-1 letters ordinary Unicode Vietnamese uses; they prove nothing either way. */
const UNICODE_VIETNAMESE_LATIN1 = new Set(Array.from("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"));

const TCVN3_CODES: ReadonlySet<string> = new Set(TCVN3_TO_UNICODE.keys());
const VNI_CODES: ReadonlySet<string> = new Set([
  ...VNI_TONE.keys(),
  ...VNI_CIRCUMFLEX.keys(),
  ...VNI_BREVE.keys(),
  ...VNI_SINGLE.keys(),
]);
/** Code characters that do not occur in Unicode Vietnamese: strong evidence for each encoding. */
const TCVN3_EVIDENCE: ReadonlySet<string> = new Set(
  [...TCVN3_CODES].filter((c) => !UNICODE_VIETNAMESE_LATIN1.has(c)),
);
const VNI_EVIDENCE: ReadonlySet<string> = new Set(
  [...VNI_CODES].filter((c) => !UNICODE_VIETNAMESE_LATIN1.has(c)),
);

const ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]";
// Vowel nuclei of Vietnamese syllables (tones removed), longest first so the regex tries them first.
const NUCLEI = [
  "iêu",
  "yêu",
  "oai",
  "oay",
  "oao",
  "oeo",
  "uây",
  "uôi",
  "ươi",
  "ươu",
  "uya",
  "uyê",
  "uyu",
  "uêu",
  "ai",
  "ao",
  "au",
  "ay",
  "âu",
  "ây",
  "eo",
  "êu",
  "ia",
  "iê",
  "iu",
  "oa",
  "oă",
  "oe",
  "oi",
  "ôi",
  "ơi",
  "ua",
  "uâ",
  "uê",
  "ui",
  "uô",
  "uơ",
  "ưa",
  "ưi",
  "ưu",
  "ươ",
  "uy",
  "yê",
  "a",
  "ă",
  "â",
  "e",
  "ê",
  "i",
  "o",
  "ô",
  "ơ",
  "u",
  "ư",
  "y",
].join("|");
const SYLLABLE = new RegExp(`^(${ONSETS})?(${NUCLEI})(ch|ng|nh|[cmnpt])?$`);

/**
 * Whether a word is shaped like one Vietnamese syllable: onset, vowel nucleus, coda, at most one
 * tone, and the spelling rules a real syllable keeps (no "-ing"/"-êc": those are written
 * "-inh"/"-êch"; "-nh"/"-ch" only after a, ê, i, y; a stop coda c/ch/p/t only with sắc or nặng).
 * Used to tell which legacy reading of a word is Vietnamese.
 */
export function isVietnameseSyllable(word: string, requireOnset = false): boolean {
  const nfd = word.normalize("NFD").toLowerCase();
  const tones = nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? [];
  if (tones.length > 1) return false;
  const bare = nfd.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC");
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  const [, onset, nucleus, coda] = m;
  if (requireOnset && !onset) return false;
  // "giếng" is gi + iê spelt "giê", so the rule does not apply after "gi".
  if (onset !== "gi" && (nucleus === "i" || nucleus === "ê") && (coda === "ng" || coda === "c"))
    return false;
  if ((coda === "nh" || coda === "ch") && !/[aêiy]$/.test(nucleus)) return false;
  if ((nucleus === "ơ" || nucleus === "uơ") && (coda === "ng" || coda === "c")) return false;
  // Spelling of the k/c, gh/g, ngh/ng onsets depends on the vowel after them.
  const front = /^[eêiy]/.test(nucleus);
  if (onset === "k" && !front) return false;
  if (onset === "c" && front) return false;
  if ((onset === "gh" || onset === "ngh") && !/^[eêi]/.test(nucleus)) return false;
  if ((onset === "ng" && /^[eêi]/.test(nucleus)) || (onset === "g" && /^[eê]/.test(nucleus)))
    return false;
  if (coda && /^(c|ch|p|t)$/.test(coda) && tones.length === 1 && !/[\u0301\u0323]/.test(tones[0]))
    return false;
  return true;
}

/** Words as legacy text has them: ASCII letters and the Latin-1 range the code bytes live in. */
const TOKEN = /[A-Za-z\u00A1-\u00FF]+/g;

interface Evidence {
  /** Words with code characters that read as Vietnamese syllables once decoded. */
  good: number;
  /** Words with code characters found nowhere in Unicode Vietnamese that still do not. */
  bad: number;
  goodWithOnset: number;
  /** Over every word the decoding changes: valid syllables minus invalid ones (tie-breaker). */
  score: number;
}

/**
 * Weighs how well one legacy reading explains the words. Strong evidence: a code character that
 * Unicode Vietnamese never uses (¨ © ¬ µ Ö ï …), whose word must then decode to a syllable.
 * Weak evidence: a code character that is also a Unicode Vietnamese letter (è é ê Õ …); it counts
 * only when the word is NOT a syllable as Unicode ("nghÌo", "naêm") but is one decoded, so
 * real Unicode words ("Hoà", "có", "Cà") never count.
 */
function weigh(
  tokens: string[],
  codes: ReadonlySet<string>,
  strong: ReadonlySet<string>,
  decode: (s: string) => string,
): Evidence {
  const e: Evidence = { good: 0, bad: 0, goodWithOnset: 0, score: 0 };
  for (const t of tokens) {
    // A lone symbol (§, ©, ½, µ) is not a word; only code characters inside a word count.
    if (!/[A-Za-z]/.test(t)) continue;
    const chars = Array.from(t);
    if (!chars.some((c) => codes.has(c))) continue;
    const word = decode(t);
    const valid = isVietnameseSyllable(word);
    if (word !== t) e.score += valid ? 1 : -1;
    if (!chars.some((c) => strong.has(c))) {
      if (isVietnameseSyllable(t) || !valid) continue;
    }
    if (valid) {
      e.good++;
      if (isVietnameseSyllable(word, true)) e.goodWithOnset++;
    } else {
      e.bad++;
    }
  }
  return e;
}

function convincing(e: Evidence): boolean {
  if (e.good === 0) return false;
  // One word alone must start with a consonant ("Tæng" yes, "µm" from "50 µm" no).
  if (e.good === 1 && e.bad === 0) return e.goodWithOnset === 1;
  if (e.good < 5) return e.bad === 0;
  return e.bad * 10 <= e.good + e.bad;
}

/**
 * Which legacy encoding `text` is in, or null for Unicode/plain text.
 *
 * - A known font decides: ".Vn…" → "tcvn3", "VNI-…" → "vni", except when the text holds
 *   letters such fonts cannot produce (ă, đ, ơ, ư, ạ …, combining marks): then it is already
 *   Unicode, typed or pasted into an old-font cell, and null is returned.
 * - Otherwise the text itself is judged, conservatively. Any Unicode-only letter vetoes. Words
 *   holding code characters that never occur in Unicode Vietnamese must decode to well-formed
 *   Vietnamese syllables; words whose code characters are also Unicode Vietnamese letters count
 *   only when they are not a syllable as they stand but are one decoded; a single telling word
 *   must begin with a consonant; when both encodings fit, the one that reads more of the text
 *   wins, a tie gives null. So "Đàn trâu", "Tổng", "Thanh Hoá", English, "§ 5", "50 µm",
 *   "© 2024" stay null, and so does legacy text that is also good Unicode ("Ghi chó").
 *   Without the font, TCVN3 "H" (capitals) text cannot be told apart and converts to lowercase.
 */
export function detectLegacyEncoding(
  text: string,
  fontName?: string | null,
): LegacyEncoding | null {
  if (!text || UNICODE_ONLY.test(text)) return null;
  if (isTcvn3Font(fontName)) return "tcvn3";
  if (isVniFont(fontName)) return "vni";
  const tokens = text.match(TOKEN) ?? [];
  if (tokens.length === 0) return null;
  const tcvn3 = weigh(tokens, TCVN3_CODES, TCVN3_EVIDENCE, (s) => tcvn3ToUnicode(s, false));
  const vni = weigh(tokens, VNI_CODES, VNI_EVIDENCE, vniToUnicode);
  const okT = convincing(tcvn3);
  const okV = convincing(vni);
  if (okT && okV) {
    // Both readings explain the telling words: the one that reads more of the whole text wins.
    if (tcvn3.score > vni.score) return "tcvn3";
    if (vni.score > tcvn3.score) return "vni";
    return null;
  }
  if (okT) return "tcvn3";
  if (okV) return "vni";
  return null;
}

/**
 * Unicode NFC text for any cell text: converts TCVN3/VNI (see {@link detectLegacyEncoding}) and
 * composes decomposed Unicode. `encoding` says what was done, null when the text was already
 * clean NFC Unicode (or a legacy font held text the conversion leaves unchanged, e.g. digits).
 */
export function toUnicode(
  text: string,
  fontName?: string | null,
): { text: string; encoding: LegacyEncoding | "decomposed" | null } {
  const enc = detectLegacyEncoding(text, fontName);
  if (enc) {
    const converted = convertLegacy(text, enc, fontName);
    if (converted !== text) return { text: converted, encoding: enc };
  }
  const nfc = text.normalize("NFC");
  if (nfc !== text) return { text: nfc, encoding: "decomposed" };
  return { text, encoding: null };
}
