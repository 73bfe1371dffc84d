/**
 * Figures grouped by the indicator they speak of. A subject figure ("Đàn bò 2.389 con") opens a
 * group; the rates, changes, previous figures and plan shares after it belong to it, until the
 * next subject. A change in another unit ("3 vụ, làm chết 2 người, giảm 1 người") goes to the
 * nearest earlier subject of its unit, never to a figure of another kind.
 */
import type { Figure } from "./figures";
import type { Span } from "./sentences";
import { unitFactorInto } from "./units";

export interface Group {
  subject: Figure | null;
  previous: Figure[];
  change: Figure[];
  rate: Figure[];
  ratio: Figure[];
  plan: Figure[];
  planPct: Figure[];
  planExcess: Figure[];
  share: Figure[];
  /** Every figure of the group, in text order. */
  all: Figure[];
  statement: Span;
  sentence: Span;
  /** The words before the subject back to the statement's start or the previous group. */
  name: string;
}

function emptyGroup(subject: Figure | null, statement: Span, sentence: Span, name: string): Group {
  return {
    subject,
    previous: [],
    change: [],
    rate: [],
    ratio: [],
    plan: [],
    planPct: [],
    planExcess: [],
    share: [],
    all: subject ? [subject] : [],
    statement,
    sentence,
    name,
  };
}

/** Where the clause holding `at` begins: after the last comma, semicolon or "(" before it. */
function lastClauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (/[,;(]/u.test(text[i])) return i + 1;
  return floor;
}

export function groupFigures(
  text: string,
  figures: Figure[],
  sentences: Span[],
  statementsOf: (s: Span) => Span[],
): Group[] {
  const groups: Group[] = [];
  for (const sentence of sentences) {
    for (const statement of statementsOf(sentence)) {
      const here: Group[] = [];
      let nameFrom = statement.start;
      for (const f of figures) {
        if (f.start < statement.start || f.end > statement.end) continue;
        const open = here[here.length - 1];
        if (f.role === "subject" && f.arrival && open && open.subject === null) {
          open.subject = f;
          open.all.push(f);
          nameFrom = f.unitEnd;
          continue;
        }
        if (f.role === "subject") {
          const from = Math.max(nameFrom, lastClauseStart(text, f.start, statement.start));
          const name = text
            .slice(from, f.start)
            .replace(/^[\s,:;.\-–+•]+|[\s,:]+$/gu, "")
            .trim();
          here.push(emptyGroup(f, statement, sentence, name));
          nameFrom = f.unitEnd;
          continue;
        }
        if (f.role === "other") continue;
        let target = here[here.length - 1];
        if (f.role === "change" || f.role === "previous" || f.role === "plan") {
          const fits = (g: Group): boolean =>
            g.subject === null || unitFactorInto(f.unit, g.subject.unit) !== null;
          if (target && !fits(target)) target = [...here].reverse().find(fits) as Group;
          if (!target && here.length > 0) continue;
        }
        if (!target) {
          target = emptyGroup(null, statement, sentence, text.slice(nameFrom, f.start).trim());
          here.push(target);
        }
        target[f.role].push(f);
        target.all.push(f);
        nameFrom = Math.max(nameFrom, f.unitEnd);
      }
      groups.push(...here);
    }
  }
  return groups;
}
