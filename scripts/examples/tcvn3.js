// @ts-check
"use strict";
/**
 * Unicode → TCVN3 (ABC, fonts .VnTime/.VnTimeH) encoder, for writing the "old template" example
 * the way a 2005-era office file really stores its text: 8-bit TCVN3 codes shown as Latin-1
 * characters ("Đơn vị báo cáo" is stored as "§¬n vÞ b¸o c¸o").
 *
 * Covers: every lower-case Vietnamese letter (a ă â e ê i o ô ơ u ư y with the five tones, and đ),
 * the upper-case base letters TCVN3 has (Ă Â Ê Ô Ơ Ư Đ), ASCII, and nothing else.
 * TCVN3 has no upper-case toned letters: old files type them lower-case in the .VnTimeH font,
 * which draws every letter as a capital; callers do the same (see `encodeTcvn3`'s `upper`).
 * Any other character throws, so a typo in the source cannot silently write a wrong byte.
 */

/** base letter → [no tone, huyền, hỏi, ngã, sắc, nặng] in TCVN3 */
const LOWER = {
  a: ["a", "\u00B5", "\u00B6", "\u00B7", "\u00B8", "\u00B9"],
  ă: ["\u00A8", "\u00BB", "\u00BC", "\u00BD", "\u00BE", "\u00C6"],
  â: ["\u00A9", "\u00C7", "\u00C8", "\u00C9", "\u00CA", "\u00CB"],
  e: ["e", "\u00CC", "\u00CE", "\u00CF", "\u00D0", "\u00D1"],
  ê: ["\u00AA", "\u00D2", "\u00D3", "\u00D4", "\u00D5", "\u00D6"],
  i: ["i", "\u00D7", "\u00D8", "\u00DC", "\u00DD", "\u00DE"],
  o: ["o", "\u00DF", "\u00E1", "\u00E2", "\u00E3", "\u00E4"],
  ô: ["\u00AB", "\u00E5", "\u00E6", "\u00E7", "\u00E8", "\u00E9"],
  ơ: ["\u00AC", "\u00EA", "\u00EB", "\u00EC", "\u00ED", "\u00EE"],
  u: ["u", "\u00EF", "\u00F1", "\u00F2", "\u00F3", "\u00F4"],
  ư: ["\u00AD", "\u00F5", "\u00F6", "\u00F7", "\u00F8", "\u00F9"],
  y: ["y", "\u00FA", "\u00FB", "\u00FC", "\u00FD", "\u00FE"],
};
// Combining marks in the same order as the columns above (after "no tone").
const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

/** @type {Map<string, string>} NFC Unicode character → TCVN3 character */
const TABLE = new Map();
for (const [base, codes] of Object.entries(LOWER)) {
  TABLE.set(base, codes[0]);
  TONE_MARKS.forEach((mark, i) => TABLE.set((base + mark).normalize("NFC"), codes[i + 1]));
}
TABLE.set("đ", "\u00AE");
TABLE.set("Đ", "\u00A7");
TABLE.set("Ă", "\u00A1");
TABLE.set("Â", "\u00A2");
TABLE.set("Ê", "\u00A3");
TABLE.set("Ô", "\u00A4");
TABLE.set("Ơ", "\u00A5");
TABLE.set("Ư", "\u00A6");

/**
 * @param {string} text Unicode text
 * @param {{ upper?: boolean }} [opts] upper: encode for the .VnTimeH (capitals) font, i.e. as
 *   lower-case codes, which that font draws as capitals
 * @returns {string} TCVN3 text
 */
function encodeTcvn3(text, opts = {}) {
  const src = (opts.upper ? text.toLowerCase() : text).normalize("NFC");
  let out = "";
  for (const ch of src) {
    if (TABLE.has(ch)) out += /** @type {string} */ (TABLE.get(ch));
    else if (ch.charCodeAt(0) < 0x80) out += ch;
    else throw new Error(`TCVN3: không mã hóa được ký tự '${ch}' trong "${text}"`);
  }
  return out;
}

/** @type {Map<string, string>} */
const REVERSE = new Map(
  [...TABLE].filter(([u]) => u.length === 1 && u.charCodeAt(0) >= 0x80).map(([u, t]) => [t, u]),
);

/**
 * TCVN3 → Unicode, only for the generator's own round-trip test.
 * @param {string} text
 */
function decodeTcvn3(text) {
  let out = "";
  for (const ch of text) out += REVERSE.get(ch) ?? ch;
  return out;
}

module.exports = { encodeTcvn3, decodeTcvn3 };
