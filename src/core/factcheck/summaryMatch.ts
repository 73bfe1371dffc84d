/** Which of the summary's indicators a paragraph speaks of, and at which figure. */
import { unifyTones } from "../text/normalize";
import type { DraftContext, ParagraphView } from "./context";
import type { Figure } from "./figures";
import type { Group } from "./groups";
import type { SummaryFact } from "./types";

const FILLER =
  /^\s*(?:[:,–-]\s*)?(?:(?:ước thực hiện|ước đạt|thực hiện|ước|đạt|là|có|được|khoảng|gần|trên|tổng cộng|toàn xã|toàn huyện|toàn tỉnh)\s*)*:?\s*$/u;

function key(s: string): string {
  return unifyTones(s.normalize("NFC")).toLowerCase();
}

/**
 * The summary's indicators a paragraph names, each with the figure right after its name (the
 * longest name first: "Thu nội địa" inside "Tổng thu nội địa" is not a second indicator).
 */
export function factSubjects(
  p: ParagraphView,
  facts: readonly SummaryFact[],
): Array<{ fact: SummaryFact; figure: Figure }> {
  const out: Array<{ fact: SummaryFact; figure: Figure }> = [];
  const text = key(p.text);
  const taken: [number, number][] = [];
  for (const fact of facts) {
    const name = key(fact.name.trim());
    if (name.length < 3) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/\p{L}/u.test(text.charAt(at - 1)) || taken.some(([a, b]) => at < b && a < end)) continue;
      const f = p.figures.find((x) => x.start >= end);
      if (!f || !FILLER.test(text.slice(end, f.start))) continue;
      taken.push([at, end]);
      out.push({ fact, figure: f });
    }
  }
  return out;
}

/** The summary's indicators, longest name first, when it has any figure to check against. */
export function checkableFacts(ctx: DraftContext): SummaryFact[] {
  return [...(ctx.options.summary ?? [])]
    .filter((f) => f.current !== null || f.previous !== null)
    .sort((a, b) => b.name.length - a.name.length);
}

/** Whether the summary knows both figures a comparison with last year is made of. */
export function knowsYoy(fact: SummaryFact): boolean {
  return (
    fact.yoyComparable !== false &&
    fact.current !== null &&
    fact.previous !== null &&
    fact.previous !== 0
  );
}

/** "so với đầu năm", "so với tháng trước", "so với năm 2020": a comparison with another base. */
const OTHER_BASE = /(?:^|\s)so\s+(?:với\s+)?(?!với\s|cùng\s+kỳ|năm\s+trước|cùng\s+thời\s+điểm)\S/u;

/**
 * Whether a change, rate or ratio speaks of cùng kỳ: it says so, or names no other base (a
 * report's changes are against cùng kỳ unless it says otherwise). "năm 2025" is taken for
 * another base: the summary cannot tell it from "năm 2020".
 */
export function againstPreviousYear(f: Figure): boolean {
  return !OTHER_BASE.test(f.before) && !OTHER_BASE.test(f.after);
}

/** A group's changes, rates and ratios all against cùng kỳ, so the summary can check each. */
export function comparesWithPreviousYear(g: Group): boolean {
  return [...g.change, ...g.rate, ...g.ratio].every(againstPreviousYear);
}
