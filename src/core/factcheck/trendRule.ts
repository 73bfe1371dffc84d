/**
 * Words against numbers: "giảm nhẹ" said of a figure whose own rate rises, "tăng mạnh" of 0,5 %,
 * "ổn định" of 25 %. The word is read with the figures of its own clause, or, when it stands in
 * a sentence without figures, with the indicator that sentence names from elsewhere in the
 * same paragraph ("Đàn lợn 11.440 con, tăng 25%. … đàn lợn giữ ổn định …").
 */
import { matchKey } from "../text/normalize";
import { formatViPercent } from "../text/vnNumber";
import type { DraftContext, FactRule, ParagraphView } from "./context";
import type { Figure } from "./figures";
import type { Group } from "./groups";
import { across, awayFromZero, figureRange, type Range } from "./interval";
import { snippetOf } from "./say";
import {
  FLAT_MAX_PCT,
  SLIGHT_MAX_PCT,
  STRONG_MIN_PCT,
  TREND_WORDS,
  type TrendWord,
} from "./trendWords";
import type { Finding } from "./types";

/** The group's change in percent, as a range, from whatever the group gives. */
export function rateRange(g: Group): Range | null {
  const s = g.subject;
  const percentSubject = s?.percent === true;
  const rate = g.rate[0];
  const said = [...g.rate, ...g.change].find((f) => f.sign !== 0)?.sign;
  const direction: 1 | -1 = said === -1 ? -1 : 1;
  const signOf = (f: Figure): 1 | -1 => (f.sign === 0 ? direction : f.sign);
  if (rate && !percentSubject) return figureRange(rate, signOf(rate));
  const ratio = g.ratio[0];
  if (ratio) {
    const r = figureRange(ratio);
    return [r[0] - 100, r[1] - 100];
  }
  const prev = g.previous[0];
  if (s && prev) {
    const p = figureRange(prev);
    if (!awayFromZero(p)) return null;
    return across((c, q) => ((c - q) / q) * 100, [figureRange(s), p]);
  }
  const change = g.change[0];
  if (s && change && !percentSubject) {
    const d = figureRange(change, signOf(change));
    const base = across((c, x) => c - x, [figureRange(s), d]);
    if (!base || !awayFromZero(base)) return null;
    return across((x, c) => (x / (c - x)) * 100, [d, figureRange(s)]);
  }
  const moved = rate ?? change;
  if (percentSubject && moved) {
    // A rate of a percentage in points: only its direction is known.
    return signOf(moved) > 0 ? [Number.MIN_VALUE, Infinity] : [-Infinity, -Number.MIN_VALUE];
  }
  return null;
}

function pct(r: number): string {
  return formatViPercent(Math.abs(r));
}

function judge(
  word: TrendWord,
  said: string,
  r: Range,
): { severity: "error" | "warning"; why: string } | null {
  const rising = r[0] > 0;
  const falling = r[1] < 0;
  const mid = Number.isFinite(r[0]) && Number.isFinite(r[1]) ? (r[0] + r[1]) / 2 : rising ? 1 : -1;
  const moved = rising ? "tăng" : falling ? "giảm" : "gần như không đổi";
  const amount =
    Number.isFinite(mid) && Number.isFinite(r[0]) && Number.isFinite(r[1]) ? ` ${pct(mid)}` : "";
  if ((word.direction === 1 && falling) || (word.direction === -1 && rising)) {
    return { severity: "error", why: `viết “${said}” nhưng số liệu ${moved}${amount}` };
  }
  const low = Math.min(Math.abs(r[0]), Math.abs(r[1]));
  const high = Math.max(Math.abs(r[0]), Math.abs(r[1]));
  const crosses = r[0] <= 0 && r[1] >= 0;
  if (word.degree === "slight" && !crosses && low > SLIGHT_MAX_PCT) {
    return {
      severity: "warning",
      why: `viết “${said}” nhưng mức ${moved}${amount} không phải là nhẹ (trên ${SLIGHT_MAX_PCT}%)`,
    };
  }
  if (word.degree === "strong" && high < STRONG_MIN_PCT) {
    return {
      severity: "warning",
      why: `viết “${said}” nhưng số liệu chỉ ${moved}${amount} (dưới ${STRONG_MIN_PCT}%)`,
    };
  }
  if (word.degree === "flat" && !crosses && low > FLAT_MAX_PCT) {
    return {
      severity: "warning",
      why: `viết “${said}” nhưng số liệu ${moved}${amount} (trên ${FLAT_MAX_PCT}%)`,
    };
  }
  return null;
}

/** The words of a group's name that identify it elsewhere: "Đàn lợn ước đạt" → "đàn lợn". */
function nameCore(name: string): string {
  return matchKey(name)
    .replace(/^(?:trong đó|trong số đó|gồm|bao gồm)\s*:?\s*/u, "")
    .replace(
      /(?:\s+(?:ước|ước đạt|ước thực hiện|đạt|là|có|thực hiện|được|khoảng|gần|trên|:))+$/u,
      "",
    )
    .replace(/[:\s]+$/u, "")
    .trim();
}

function groupAt(p: ParagraphView, at: number): Group | null {
  const here = p.groups.filter((g) => at >= g.statement.start && at < g.statement.end);
  if (here.length === 0) return null;
  let chosen: Group = here[0];
  for (const g of here) {
    const first = g.all[0];
    if (first && first.start - g.name.length - 2 <= at) chosen = g;
  }
  return chosen;
}

function namedGroup(p: ParagraphView, at: number): Group | null {
  const sentence = p.sentences.find((s) => at >= s.start && at < s.end);
  if (!sentence) return null;
  const head = matchKey(p.text.slice(sentence.start, at));
  let best: Group | null = null;
  let bestLength = 0;
  for (const g of p.groups) {
    if (g.sentence.start === sentence.start) continue;
    const core = nameCore(g.name);
    if (core.length < 4 || !core.includes(" ")) continue;
    if (head.includes(core) && core.length > bestLength && rateRange(g)) {
      best = g;
      bestLength = core.length;
    }
  }
  return best;
}

export const trendRule: FactRule = {
  id: "trend-word",
  severity: "error",
  description:
    "Lời nhận xét (“tăng mạnh”, “giảm nhẹ”, “ổn định”…) phải hợp với tỷ lệ tăng, giảm của chính chỉ tiêu đó.",
  check(ctx: DraftContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.paragraphs) {
      const lower = p.text.toLowerCase();
      const seen = new Set<number>();
      for (const word of TREND_WORDS) {
        const re = new RegExp(word.pattern.source, "gu");
        for (let m = re.exec(lower); m; m = re.exec(lower)) {
          if (seen.has(m.index)) continue;
          seen.add(m.index);
          const own = groupAt(p, m.index);
          const ownRate = own ? rateRange(own) : null;
          const g = ownRate ? own : namedGroup(p, m.index);
          const r = g ? rateRange(g) : null;
          if (!g || !r) continue;
          const said = p.text.slice(m.index, m.index + m[0].length);
          const verdict = judge(word, said, r);
          if (!verdict) continue;
          const sentence = p.sentences.find((s) => m!.index >= s.start && m!.index < s.end);
          const where =
            g.sentence === sentence
              ? ""
              : ` (câu trước: “${snippetOf(p.text, g.sentence.start, g.sentence.end)}”)`;
          out.push({
            paragraph: p.ref,
            snippet: snippetOf(
              p.text,
              sentence?.start ?? 0,
              sentence?.end ?? p.text.length,
              m.index,
            ),
            severity: verdict.severity,
            rule: "trend-word",
            message: `Lời nhận xét không khớp số liệu: ${verdict.why}${where}.`,
            suggestion: null,
          });
        }
      }
    }
    return out;
  },
};
