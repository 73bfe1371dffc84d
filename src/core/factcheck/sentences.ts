/**
 * Paragraphs → sentences → statements. A report sentence speaks of one indicator or of a total
 * and its "trong đó" parts; the parts are separated by semicolons, so a statement (a sentence
 * cut at ";") is where a figure's comparisons are looked for, and a sentence is where a total's
 * parts are.
 */
import { cleanText } from "../text/normalize";

export interface Span {
  start: number;
  end: number;
}

/**
 * Abbreviations that end in a full stop inside a sentence ("TP. Hồ Chí Minh", "KT. CHỦ TỊCH"):
 * a stop after one of them does not end the sentence.
 */
const ABBREVIATIONS = new Set([
  "tp",
  "tt",
  "tx",
  "q",
  "p",
  "kt",
  "tm",
  "ts",
  "ths",
  "pgs",
  "gs",
  "bs",
  "ks",
  "tr",
  "đ",
  "v.v",
  "vv",
  "nxb",
]);

/** Sentences of a cleaned paragraph, as spans; the stop stays with its sentence. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const re = /[.!?…](?:\/\.)?(?=\s+(?:[-–+•]\s*)?[\p{Lu}\d"“(])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const word = /([\p{L}.]+)\.$/u.exec(text.slice(start, m.index + 1));
    if (word && ABBREVIATIONS.has(word[1].toLowerCase())) continue;
    // "1.820." or "2,5." followed by a digit is inside a number; a stop after digits and
    // before a capital ends the sentence.
    spans.push({ start, end });
    start = end;
    while (start < text.length && text[start] === " ") start++;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== "");
}

/** A sentence cut at semicolons: the statements of its parts. */
export function statementSpans(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (text[i] === ";") {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: sentence.end });
  return out.filter((s) => text.slice(s.start, s.end).trim() !== "");
}

/** The paragraph text the checks read: NFC, one space between words. */
export function cleanParagraph(text: string): string {
  return cleanText(text);
}

/** Plain text (a .txt draft, text pasted into the pane) → paragraphs, one per line. */
export function paragraphsOfText(text: string): { ref: number; text: string }[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n|\u2029/)
    .map((line, i) => ({ ref: i + 1, text: line }));
}
