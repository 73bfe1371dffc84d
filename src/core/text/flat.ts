/**
 * Messages are built piece by piece ("Ô " + column + " của " + row + …), which V8 keeps as a
 * tree of the pieces (a rope: 32 bytes a piece, and every piece kept alive) until someone reads
 * the text. Issues live as long as the run: 7 000 of them at 150 units held ~5 MB of such trees.
 */

/**
 * The same text, made one flat string now rather than a rope: converting a string to a number
 * makes V8 flatten it in place, and the garbage collector then drops the pieces (what V8 does,
 * not what the language promises: a test holds it). The result is
 * always `text` itself (same characters); only how it is stored changes.
 */
export function flat(text: string): string {
  // The conversion's answer (NaN for words) is of no use: the flattening is what is wanted.
  // It must look used: once optimised, a conversion whose result is dropped is dropped too
  // (a 600-unit batch's 30 000 messages then kept most of their pieces).
  if (Number(text) === KEPT) _kept++;
  return text;
}

/** A number no message reads as, and a count nobody needs, so the conversion above stays. */
const KEPT = -0.123456789;
let _kept = 0;

/**
 * The same text, stored on its own. A substring of 13 or more characters (a regular
 * expression's match, `slice`) is kept by V8 as a window on the string it was cut from, and
 * keeps all of it alive: a unit's name read from a file's shared strings kept that file's whole
 * sharedStrings.xml (~47 KB at 300 indicators) for the rest of the run, through the caches
 * every text passes (7 MB at 150 files, growing with the batch). Joining makes a rope, and
 * slicing the rope flattens it into a new string first: the window is then on that copy.
 */
export function ownText(text: string): string {
  // V8 copies shorter substrings outright; the copy is not worth making for them.
  return text.length < 13 ? text : (" " + text).slice(1);
}
