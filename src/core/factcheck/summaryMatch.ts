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

/** "so với", "so" before a base: "so với đầu năm", "so cùng kỳ". */
const SO_VOI = /(?:^|[^\p{L}])so\s+(?:với\s+)?/gu;
const PREVIOUS_YEAR = /^(?:cùng\s+kỳ|năm\s+trước|cùng\s+thời\s+điểm)/u;

/** true: the last (or first) "so với …" of the text is cùng kỳ; false: another; null: none. */
function baseIn(text: string, which: "first" | "last"): boolean | null {
  let found: boolean | null = null;
  for (const m of text.matchAll(SO_VOI)) {
    const isYear = PREVIOUS_YEAR.test(text.slice(m.index + m[0].length));
    if (which === "first") return isYear;
    found = isYear;
  }
  return found;
}

/**
 * Whether a change, rate or ratio of a group speaks of cùng kỳ. Its base is the first "so với …"
 * after it, before the group's next comparison ("tăng 2% (so với đầu năm)"), else the last one
 * before it, from the comparison before ("So với tháng trước, đàn bò …, tăng 1,5%"); with none,
 * cùng kỳ, as reports write changes. "năm 2025" is taken for another base: the summary cannot
 * tell it from "năm 2020".
 */
export function againstPreviousYear(text: string, g: Group, f: Figure): boolean {
  const comparisons = [...g.change, ...g.rate, ...g.ratio].sort((a, b) => a.start - b.start);
  const next = comparisons.find((x) => x.start > f.start);
  const prev = [...comparisons].reverse().find((x) => x.start < f.start);
  const lower = text.toLowerCase();
  const after = baseIn(lower.slice(f.unitEnd, next ? next.start : g.statement.end), "first");
  if (after !== null) return after;
  return baseIn(lower.slice(prev ? prev.unitEnd : g.statement.start, f.start), "last") ?? true;
}
