/**
 * Sentence templates are data a planner can edit in the catalog workbook ("Mẫu câu"), so the
 * syntax is kept to two things a planner can read:
 *   {ten}          a placeholder, filled from the summary;
 *   [, {…} …]      an optional part, left out when a placeholder inside has no value
 *                  (no last-year figure → no comparison, no plan → no plan clause).
 * A placeholder outside brackets that has no value makes the whole template unusable for
 * that row, and the default phrasing is used instead.
 */
import type { Run } from "./types";

/** Every placeholder a template may use, with what it says (shown in the issue message). */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  ten: "tên chỉ tiêu",
  gia_tri: "số thực hiện kỳ này",
  dvt: "đơn vị tính",
  cung_ky: "số cùng kỳ năm trước",
  xu_huong: "tăng / giảm / bằng so với cùng kỳ",
  ty_le_cung_ky: "tỷ lệ tăng, giảm so với cùng kỳ (%)",
  chenh_lech: "mức tăng, giảm so với cùng kỳ",
  so_voi_cung_ky: "cả vế so sánh cùng kỳ, ví dụ “giảm 3,25% (giảm 419 con) so với cùng kỳ”",
  ke_hoach: "kế hoạch (số hoặc chữ như đã giao)",
  ten_ke_hoach: "tên cột kế hoạch, ví dụ “dự toán tỉnh giao”",
  ty_le_ke_hoach: "tỷ lệ so với kế hoạch (%)",
  so_voi_ke_hoach: "cả vế so sánh kế hoạch, ví dụ “bằng 108,5% dự toán tỉnh giao”",
  tong_so: "tổng số để so (ví dụ 6 trong “5/6 trường”)",
};

export type Piece =
  | { kind: "text"; text: string }
  | { kind: "slot"; name: string }
  | {
      kind: "optional";
      pieces: Array<{ kind: "text"; text: string } | { kind: "slot"; name: string }>;
    };

export type ParsedTemplate =
  { ok: true; pieces: Piece[] } | { ok: false; unknown: string[]; malformed: string | null };

function parseFlat(
  text: string,
  unknown: string[],
): Array<{ kind: "text"; text: string } | { kind: "slot"; name: string }> {
  const out: Array<{ kind: "text"; text: string } | { kind: "slot"; name: string }> = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ kind: "text", text: text.slice(last, m.index) });
    const name = m[1].trim().toLowerCase();
    if (!Object.hasOwn(PLACEHOLDERS, name)) unknown.push(m[1]); // "{constructor}" is not a slot
    out.push({ kind: "slot", name });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

/** Reads a template; unknown placeholders and unbalanced brackets make it unusable. */
export function parseTemplate(template: string): ParsedTemplate {
  const unknown: string[] = [];
  const pieces: Piece[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("[", i);
    const close = template.indexOf("]", i);
    if (close >= 0 && (open < 0 || close < open))
      return { ok: false, unknown, malformed: "dấu “]” không có “[” mở" };
    if (open < 0) {
      pieces.push(...parseFlat(template.slice(i), unknown));
      break;
    }
    pieces.push(...parseFlat(template.slice(i, open), unknown));
    const end = template.indexOf("]", open + 1);
    const nested = template.indexOf("[", open + 1);
    if (end < 0) return { ok: false, unknown, malformed: "dấu “[” không có “]” đóng" };
    if (nested >= 0 && nested < end)
      return { ok: false, unknown, malformed: "phần tùy chọn “[…]” lồng nhau" };
    pieces.push({ kind: "optional", pieces: parseFlat(template.slice(open + 1, end), unknown) });
    i = end + 1;
  }
  // Stray braces ("{ten" or "ten}") would print literally: a typo, not text to keep.
  const stray = pieces.some((p) =>
    p.kind === "text"
      ? /[{}]/.test(p.text)
      : p.kind === "optional" && p.pieces.some((q) => q.kind === "text" && /[{}]/.test(q.text)),
  );
  if (unknown.length > 0 || stray)
    return { ok: false, unknown, malformed: stray ? "dấu ngoặc nhọn “{ }” không khớp" : null };
  return { ok: true, pieces };
}

/** Values of the placeholders for one row: runs, or null when the row has no such value. */
export type SlotValues = Partial<Record<string, Run[] | null>>;

/**
 * Fills a parsed template. null when a placeholder outside brackets has no value (the caller
 * then falls back to the default phrasing).
 */
export function renderTemplate(pieces: Piece[], values: SlotValues): Run[] | null {
  const out: Run[] = [];
  for (const p of pieces) {
    if (p.kind === "text") out.push({ kind: "text", text: p.text });
    else if (p.kind === "slot") {
      const v = Object.hasOwn(values, p.name) ? values[p.name] : undefined;
      if (!v) return null;
      out.push(...v);
    } else {
      const part: Run[] = [];
      let complete = true;
      for (const q of p.pieces) {
        if (q.kind === "text") part.push({ kind: "text", text: q.text });
        else {
          const v = Object.hasOwn(values, q.name) ? values[q.name] : undefined;
          if (!v) {
            complete = false;
            break;
          }
          part.push(...v);
        }
      }
      if (complete) out.push(...part);
    }
  }
  return mergeText(out);
}

/** Joins neighbouring plain text runs of the same style, so output stays compact. */
export function mergeText(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    if (
      r.kind === "text" &&
      prev &&
      prev.kind === "text" &&
      !prev.bold === !r.bold &&
      !prev.italic === !r.italic &&
      !prev.note === !r.note
    ) {
      out[out.length - 1] = { ...prev, text: prev.text + r.text };
    } else if (!(r.kind === "text" && r.text === "")) out.push(r);
  }
  return out;
}
