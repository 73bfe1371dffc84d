/**
 * Numbers that are not Vietnamese numbers: "1.23.456" and "2.7150.000" group digits wrongly (an
 * error: nobody can tell what was meant), "1,078,206" groups thousands as English does (an
 * error, with the dots it means), and "1,820" in a text that writes thousands with dots
 * is most likely a thousands dot typed as a comma, or a figure with three decimals (a warning:
 * it is suspicious, not wrong).
 */
import type { DraftContext, FactRule } from "./context";
import { sentenceAt } from "./context";
import { snippetOf } from "./say";
import type { Finding } from "./types";

/** Dot-grouped digits a reader takes for thousands, wrongly grouped ("1.2.3" is a heading number). */
function isBadGrouping(text: string): boolean {
  const body = text.replace(/^[-−]/u, "").replace(/\s?%$/u, "").split(",")[0];
  const groups = body.split(".");
  if (groups.length < 2) return false;
  if (!groups.every((g) => /^\d+$/u.test(g))) return false;
  const long = groups.some((g) => g.length >= 3);
  if (groups.length === 2) return groups[0].length > 3 && groups[1].length === 3;
  return long;
}

/** Two or more groups of three after commas: "1,078,206". */
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:,\d{3}){2,}$/u;

const DOT_GROUPED = /(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d])/u;

export const numberRule: FactRule = {
  id: "number-malformed",
  severity: "error",
  description:
    "Số phải viết đúng kiểu Việt Nam: dấu chấm tách nhóm ba chữ số, dấu phẩy trước phần thập phân.",
  check(ctx: DraftContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.paragraphs) {
      for (const b of p.bad) {
        const s = sentenceAt(p, b.start);
        if (COMMA_GROUPED.test(b.text)) {
          // "1,078,206": thousands as English writes them; a Vietnamese reader sees nonsense.
          const dots = b.text.replace(/,/gu, ".");
          out.push({
            paragraph: p.ref,
            snippet: snippetOf(p.text, s.start, s.end, b.start),
            severity: "error",
            rule: "number-malformed",
            message: `“${b.text}” tách hàng nghìn bằng dấu phẩy như tiếng Anh; văn bản tiếng Việt viết “${dots}” (dấu phẩy là dấu thập phân).`,
            suggestion: dots,
          });
          continue;
        }
        if (!isBadGrouping(b.text)) continue;
        out.push({
          paragraph: p.ref,
          snippet: snippetOf(p.text, s.start, s.end, b.start),
          severity: "error",
          rule: "number-malformed",
          message: `“${b.text}” không phải là một số viết đúng: dấu chấm phải tách từng nhóm ba chữ số (ví dụ 1.234.567).`,
          suggestion: null,
        });
      }
    }
    return out;
  },
};

export const commaRule: FactRule = {
  id: "number-comma-thousands",
  severity: "warning",
  description:
    "Dấu phẩy trước đúng ba chữ số trong văn bản tách hàng nghìn bằng dấu chấm: có thể gõ nhầm dấu chấm.",
  check(ctx: DraftContext): Finding[] {
    const out: Finding[] = [];
    const dotsUsed = ctx.paragraphs.some((p) => p.figures.some((f) => DOT_GROUPED.test(f.text)));
    if (!dotsUsed) return out;
    for (const p of ctx.paragraphs) {
      for (const f of p.figures) {
        if (!/^[1-9]\d{0,2},\d{3}$/u.test(f.text) || f.denominator) continue;
        const s = sentenceAt(p, f.start);
        const asThousands = f.text.replace(",", ".");
        out.push({
          paragraph: p.ref,
          snippet: snippetOf(p.text, s.start, s.end, f.start),
          severity: "warning",
          rule: "number-comma-thousands",
          message:
            `“${f.text}” có dấu phẩy trước đúng ba chữ số, trong khi văn bản tách hàng nghìn bằng dấu chấm: ` +
            `nếu là ${asThousands} thì phải viết “${asThousands}”; nếu là số thập phân thì giữ nguyên.`,
          suggestion: asThousands,
        });
      }
    }
    return out;
  },
};
