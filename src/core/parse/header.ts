/**
 * Finding the header of an indicator table and what each column holds. Departments title
 * their columns in many ways ("Ước TH 6 tháng 2026", "KH năm", "Dự toán tỉnh giao") and often
 * over two rows, a merged group on top ("So sánh (%)", "Năm 2026") and sub-titles below
 * ("Cùng kỳ" | "Kế hoạch"). Each column's title is the top and bottom texts joined, and its
 * role is decided on the whole title, so "Cùng kỳ" under "So sánh (%)" is a ratio, not the
 * previous year's figure.
 */

import type { ColumnInfo, ColumnRole, Period, SheetGrid } from "../types";
import { cleanText, foldKey } from "../text/normalize";
import { parsePeriod, previousPeriod } from "./period";
import { cellAt, gridWidth, isBlank, Merge, mergeAt, readMerges, TextReader } from "./gridText";

/** The header is looked for in the first rows only: below that a sheet is not one of ours. */
export const HEADER_SEARCH_ROWS = 30;

/** A merged cell wider than this is a sheet title, not a column group. */
const MAX_GROUP_WIDTH = 4;

/** Titles longer than this are sentences (instructions), not column titles. */
const MAX_TITLE_LENGTH = 80;

export interface HeaderInfo {
  /** 0-based rows holding the header (one or two). */
  rows: number[];
  columns: ColumnInfo[];
  /** 0-based first row after the header and its optional column-code row. */
  dataStart: number;
  /** 0-based row of the column-code row (A, B, 1, 2 …), when there is one. */
  codeRow: number | null;
  /**
   * Figure columns titled only by a period ("6 tháng đầu năm 2026", "Quý III/2026", "Năm
   * 2025"): this period or last year's, which only the report period can tell
   * (see placePeriodColumns).
   */
  periodColumns: Array<{ col: number; title: string; period: Period }>;
  /**
   * Columns that also read as "this period" after the first ("Thực hiện tháng 5", then "Ước
   * thực hiện tháng 6", "Ước thực hiện 6 tháng"): which one is this period's, only the report
   * period can tell (see chooseCurrentColumn).
   */
  otherCurrents: ColumnInfo[];
}

const FIGURE_ROLES = new Set<ColumnRole | null>([
  "previous",
  "plan",
  "current",
  "ratioYoy",
  "ratioPlan",
  null,
]);

const has = (f: string, re: RegExp): boolean => re.test(f);

const RATIO_RE =
  /so sanh|so voi|%|\bty le\b|\b(?:th|uoc th|uoc|thuc hien)\/(?:kh|ck|ke hoach|cung ky|du toan)\b/;
const YOY_RE = /cung ky|nam truoc|\bck\b/;
const PLAN_RE = /ke hoach|\bkh\b|du toan|\bnghi quyet\b|\bnq\b|chi tieu giao/;
const CURRENT_RE = /thuc hien|\buoc\b|\bth\b|ky nay|ky bao cao|luy ke|\bket qua\b|\bkq\b/;
const NAME_RE =
  /^(?:ten |cac |danh muc |noi dung )?(?:chi tieu|noi dung|danh muc)(?: chu yeu| kinh te(?:\s?-\s?| )xa hoi(?: chu yeu)?)?$/;
const STT_RE = /^(?:stt|tt|so tt|so thu tu|s\.tt|s\. tt|s tt)\.?$/;
const CODE_RE = /^(?:ma|ma so|ma chi tieu|ma ct|ma so chi tieu|ma cti)$/;
const UNIT_RE = /^(?:dvt|d\.v\.t|don vi tinh|don vi|dv tinh|dvt\.)$/;
const NOTE_RE = /\bghi chu\b/;

/**
 * The role of a column from its top (group) and bottom (sub-title) texts; either may be "".
 * null when the title says nothing we know.
 */
export function classifyTitle(top: string, bottom = ""): ColumnRole | null {
  // Header search classifies every cell of the first rows of every sheet, and a batch's
  // sheets share their titles and metadata lines: answers are kept (bounded, for hostile files).
  let byBottom = titleCache.get(top);
  const known = byBottom?.get(bottom);
  if (known !== undefined) return known;
  const role = classifyTitleUncached(top, bottom);
  if (titleCacheSize >= TITLE_CACHE_MAX) {
    titleCache.clear();
    titleCacheSize = 0;
    byBottom = undefined;
  }
  if (byBottom === undefined) {
    byBottom = new Map<string, ColumnRole | null>();
    titleCache.set(top, byBottom);
  }
  byBottom.set(bottom, role);
  titleCacheSize++;
  return role;
}

const titleCache = new Map<string, Map<string, ColumnRole | null>>();
let titleCacheSize = 0;
const TITLE_CACHE_MAX = 20_000;

function classifyTitleUncached(top: string, bottom: string): ColumnRole | null {
  const t = foldKey(top);
  const b = foldKey(bottom);
  const whole = [t, b].filter((s) => s !== "").join(" ");
  if (whole === "" || whole.length > MAX_TITLE_LENGTH) return null;
  // Short titles are matched on the part that carries them: "STT" may sit in either row.
  const single = b !== "" && t !== "" ? null : whole;

  if (has(whole, NOTE_RE)) return "note";
  for (const part of single ? [single] : [b, t, whole]) {
    if (STT_RE.test(part)) return "stt";
    if (CODE_RE.test(part)) return "code";
    if (UNIT_RE.test(part)) return "unit";
    if (NAME_RE.test(part)) return "name";
  }
  if (has(whole, RATIO_RE)) {
    // The sub-title decides ("So sánh (%)" over "Cùng kỳ" | "Kế hoạch"); otherwise the whole.
    for (const part of [b, whole]) {
      if (part === "") continue;
      const yoy = has(part, YOY_RE);
      const plan = has(part, PLAN_RE);
      if (yoy && !plan) return "ratioYoy";
      if (plan && !yoy) return "ratioPlan";
    }
    return null;
  }
  if (has(whole, YOY_RE)) return "previous";
  if (has(whole, PLAN_RE)) return "plan";
  if (has(whole, CURRENT_RE)) return "current";
  return null;
}

/** Largest 4-digit year written in a title ("Ước TH 6 tháng 2026" → 2026), or null. */
function yearIn(title: string): number | null {
  let best: number | null = null;
  for (const m of title.matchAll(/(?<!\d)(19|20|21)\d{2}(?!\d)/g)) {
    const y = Number(m[0]);
    if (best === null || y > best) best = y;
  }
  return best;
}

/**
 * Text of a header cell as the eye reads it: a cell inside a merge shows the merge's text,
 * unless the merge is a wide sheet title.
 */
function headerText(
  grid: SheetGrid,
  merges: Merge[],
  reader: TextReader,
  r: number,
  c: number,
  record: boolean,
): string {
  const m = mergeAt(merges, r, c);
  if (m) {
    if (m.right - m.left + 1 > MAX_GROUP_WIDTH) return "";
    return reader.text(m.top, m.left, record);
  }
  return reader.text(r, c, record);
}

// Checked on every cell of every data row (a row is a column-code row only if each of its cells
// passes): a regex literal inside the loop would be a new RegExp object per cell.
const CODE_LETTER_RE = /^\(?[A-Z]\)?$/;
const CODE_NUMBER_RE = /^\(?\d{1,2}\)?$/;
const HAS_DIGIT_RE = /\d/;
const CODE_FORMULA_RE = /^[()\d\s=/*+\-x×:.,%]+$/;

/** Column-code row under a header: "A", "B", "1", "(2)", "(3)=(2)/(1)", "4=3/2*100" … */
export function isColumnCodeRow(
  grid: SheetGrid,
  r: number,
  reader: TextReader,
  width: number = gridWidth(grid),
): boolean {
  // The answer is whether every non-blank cell passes (and there are two): the same in any
  // order. A data row almost always fails on a figure (a number above 99, or with decimals),
  // so the cells that need no text reading are tried first, before any text is read.
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, r, c);
    if (v === null || typeof v === "string") continue;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 99) return false;
    } else return false;
  }
  let count = 0;
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, r, c);
    if (isBlank(v)) continue;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 99) return false;
    } else if (typeof v === "string") {
      const t = cleanText(reader.text(r, c, false));
      const isLetter = CODE_LETTER_RE.test(t);
      const isNumber = CODE_NUMBER_RE.test(t);
      const isFormula = HAS_DIGIT_RE.test(t) && t.includes("=") && CODE_FORMULA_RE.test(t);
      if (!isLetter && !isNumber && !isFormula) return false;
    } else return false;
    count++;
  }
  return count >= 2;
}

/** Roles found in one assignment of titles; checks the minimum for an indicator table. */
function rolesOf(titles: Array<{ top: string; bottom: string }>): Array<ColumnRole | null> {
  return titles.map((t) => classifyTitle(t.top, t.bottom));
}

/**
 * Enough to be an indicator table: the name column and at least one other column we know
 * (STT, code, unit, figures). A chart data sheet ("Chỉ tiêu | 2024 | 2025") or a text sheet
 * of instructions does not pass.
 */
function isIndicatorHeader(roles: Array<ColumnRole | null>): boolean {
  if (!roles.includes("name")) return false;
  return roles.some(
    (r) => r !== null && r !== "name" && r !== "note" && r !== "ratioYoy" && r !== "ratioPlan",
  );
}

/**
 * Per-column titles of a header made of rows `top` and (optionally) `bottom`. A cell merged
 * down over both rows is the title of its column; without merge information, an empty top cell
 * over a sub-title takes the group title on its left (the group was merged in the original).
 */
function titlesFor(
  grid: SheetGrid,
  merges: Merge[],
  reader: TextReader,
  top: number,
  bottom: number | null,
  record: boolean,
): Array<{ top: string; bottom: string }> {
  const width = gridWidth(grid);
  const out: Array<{ top: string; bottom: string }> = [];
  for (let c = 0; c < width; c++) {
    const t = headerText(grid, merges, reader, top, c, record);
    let b = "";
    if (bottom !== null) {
      const m = mergeAt(merges, bottom, c);
      const spansBoth = m !== undefined && m.top <= top;
      if (!spansBoth) b = headerText(grid, merges, reader, bottom, c, record);
    }
    out.push({ top: t, bottom: b });
  }
  if (bottom !== null && merges.length === 0) {
    for (let c = 1; c < width; c++) {
      const cur = out[c];
      const left = out[c - 1];
      if (cur.top === "" && cur.bottom !== "" && left.top !== "" && left.bottom !== "")
        cur.top = left.top;
    }
  }
  return out;
}

/**
 * Whether `r` is the second row of a two-row header that starts at `top`: it has text of its
 * own (not the lower part of cells merged down), no figures, and the name column is empty
 * there (every data row names its indicator).
 */
function isSecondHeaderRow(
  grid: SheetGrid,
  merges: Merge[],
  reader: TextReader,
  top: number,
  r: number,
  nameCol: number,
): boolean {
  if (r >= grid.values.length || isColumnCodeRow(grid, r, reader)) return false;
  const nameMerge = mergeAt(merges, r, nameCol);
  if (!(nameMerge && nameMerge.top <= top) && !isBlank(cellAt(grid, r, nameCol))) return false;
  let own = 0;
  const width = gridWidth(grid);
  for (let c = 0; c < width; c++) {
    const m = mergeAt(merges, r, c);
    if (m && m.top <= top) continue;
    const v = cellAt(grid, r, c);
    if (isBlank(v)) continue;
    if (typeof v !== "string") return false;
    if (reader.text(r, c, false).length > MAX_TITLE_LENGTH) return false;
    // Sub-titles sit under figure groups; text under STT / Chỉ tiêu / ĐVT is a data row's.
    if (!FIGURE_ROLES.has(classifyTitle(headerText(grid, merges, reader, top, c, false))))
      return false;
    own++;
  }
  return own > 0;
}

/**
 * Whether `r`, just above a header row `h`, holds column groups ("Năm 2025", "Năm 2026" merged
 * over sub-titles) while the column titles sit in `h`: short texts over non-empty titles, the
 * name column blank, nothing that is itself a column title of a known kind.
 */
function isGroupRowAbove(
  grid: SheetGrid,
  merges: Merge[],
  reader: TextReader,
  r: number,
  h: number,
  nameCol: number,
): boolean {
  if (r < 0 || !isBlank(cellAt(grid, r, nameCol))) return false;
  const width = gridWidth(grid);
  let groups = 0;
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, r, c);
    if (isBlank(v)) continue;
    if (typeof v !== "string") return false;
    const m = mergeAt(merges, r, c);
    const w = m ? m.right - m.left + 1 : 1;
    if (w > MAX_GROUP_WIDTH) return false;
    const text = reader.text(r, c, false);
    if (text.length > 40 || /[:：]/.test(text)) return false;
    for (let k = c; k < c + w; k++) {
      // Groups sit over figure columns only; text over STT / Chỉ tiêu / ĐVT is a title line.
      const below = headerText(grid, merges, reader, h, k, false);
      if (below === "" || !FIGURE_ROLES.has(classifyTitle(below))) return false;
    }
    groups++;
  }
  return groups > 0;
}

/**
 * Finds the header in the first {@link HEADER_SEARCH_ROWS} rows. null when there is none (the
 * sheet is then not an indicator sheet). The columns found are returned even when a required
 * one (ĐVT, Thực hiện) is missing, so validation can say which.
 */
export function findHeader(grid: SheetGrid, reader: TextReader): HeaderInfo | null {
  const merges = readMerges(grid);
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let r = 0; r < limit; r++) {
    const single = rolesOf(titlesFor(grid, merges, reader, r, null, false));
    if (!isIndicatorHeader(single)) continue;
    const nameCol = single.indexOf("name");

    let top = r;
    let bottom: number | null = null;
    if (isSecondHeaderRow(grid, merges, reader, r, r + 1, nameCol)) bottom = r + 1;
    else if (isGroupRowAbove(grid, merges, reader, r - 1, r, nameCol)) {
      top = r - 1;
      bottom = r;
    }

    const titles = titlesFor(grid, merges, reader, top, bottom, true);
    const otherCurrents: ColumnInfo[] = [];
    const columns = assignColumns(titles, otherCurrents);
    const periodColumns: HeaderInfo["periodColumns"] = [];
    titles.forEach((t, col) => {
      if (columns.some((c) => c.col === col) || classifyTitle(t.top, t.bottom) !== null) return;
      const title = joinTitle(t);
      const period = title.length <= 40 ? parsePeriod(title) : null;
      if (period) periodColumns.push({ col, title, period });
    });
    let dataStart = (bottom ?? top) + 1;
    let codeRow: number | null = null;
    if (dataStart < grid.values.length && isColumnCodeRow(grid, dataStart, reader)) {
      codeRow = dataStart;
      dataStart++;
    }
    return {
      rows: bottom === null ? [top] : [top, bottom],
      columns,
      dataStart,
      codeRow,
      periodColumns,
      otherCurrents,
    };
  }
  return null;
}

/** Title as shown to people: both rows joined. */
function joinTitle(t: { top: string; bottom: string }): string {
  return cleanText([t.top, t.bottom].filter((s) => s !== "").join(" "));
}

/**
 * One column per role, in sheet order, except plans (up to two: "Dự toán tỉnh giao",
 * "Dự toán HĐND giao"). When several columns read as "this period", the ones titled with an
 * earlier year are last year's figures ("Năm 2025 / Thực hiện" next to "Năm 2026 / Ước TH").
 */
export function assignColumns(
  titles: Array<{ top: string; bottom: string }>,
  otherCurrents: ColumnInfo[] = [],
): ColumnInfo[] {
  const roles = rolesOf(titles);

  const currents = roles.map((r, c) => (r === "current" ? c : -1)).filter((c) => c >= 0);
  if (currents.length > 1) {
    const years = currents.map((c) => yearIn(joinTitle(titles[c])));
    const latest = Math.max(...years.map((y) => y ?? -Infinity));
    if (Number.isFinite(latest)) {
      currents.forEach((c, i) => {
        const y = years[i];
        if (y !== null && y < latest) roles[c] = "previous";
      });
    }
  }

  const columns: ColumnInfo[] = [];
  const taken = new Map<ColumnRole, number>();
  roles.forEach((role, col) => {
    if (role === null) return;
    const n = taken.get(role) ?? 0;
    const max = role === "plan" ? 2 : 1;
    if (n >= max) {
      if (role === "current") otherCurrents.push({ role, col, title: joinTitle(titles[col]) });
      return;
    }
    taken.set(role, n + 1);
    columns.push({ role, col, title: joinTitle(titles[col]) });
  });
  return columns;
}

/** The one candidate of `year`, preferring the one whose period is exactly `exact`. */
function pickByYear(
  candidates: HeaderInfo["periodColumns"],
  year: number,
  exact: Period | null,
): HeaderInfo["periodColumns"][number] | null {
  const same = candidates.filter((c) => c.period.year === year);
  const exactOnes = exact ? same.filter((c) => c.period.key === exact.key) : [];
  if (exactOnes.length === 1) return exactOnes[0];
  return same.length === 1 ? same[0] : null;
}

/**
 * Gives the columns titled only by a period their role: the report period's year is this
 * period, the year before is "cùng kỳ". Without a report period, the latest year is this
 * period. A role the header already has is never taken twice; columns it cannot tell apart
 * (two quarters of one year) are left out. Returns the column read as this period, if any.
 */
export function placePeriodColumns(
  header: HeaderInfo,
  period: Period | null,
): HeaderInfo["periodColumns"][number] | null {
  const candidates = header.periodColumns;
  if (candidates.length === 0) return null;
  const year = period ? period.year : Math.max(...candidates.map((c) => c.period.year));
  const has = (role: ColumnRole) => header.columns.some((c) => c.role === role);
  const added: ColumnInfo[] = [];
  let current: HeaderInfo["periodColumns"][number] | null = null;
  if (!has("current")) {
    current = pickByYear(candidates, year, period);
    if (current) added.push({ role: "current", col: current.col, title: current.title });
  }
  if (!has("previous")) {
    const prev = pickByYear(
      candidates.filter((c) => c !== current),
      year - 1,
      period ? previousPeriod(period) : current ? previousPeriod(current.period) : null,
    );
    if (prev) added.push({ role: "previous", col: prev.col, title: prev.title });
  }
  if (added.length > 0) {
    header.columns = [...header.columns, ...added].sort((a, b) => a.col - b.col);
  }
  return current;
}

// "10 tháng", "11 tháng" (a count of months, not "tháng 10") and "lũy kế": part of a year.
const MONTH_COUNT_RE = /(?:^|[^\d])(\d{1,2})\s*thang(?!\s*\d)/;
// The title's own "năm" naming the year ("Ước thực hiện năm"), not "năm trước" or "năm 2025".
const OWN_YEAR_RE = /(?:^|\s)(?:ca\s+)?nam(?!\s*(?:truoc|\d))(?:\s|$)/;

/** The period a "this period" column's title names, the year taken from the report's when absent. */
export function columnTitlePeriod(title: string, year: number): Period | null {
  const folded = foldKey(title);
  const own = parsePeriod(title);
  // "Thực hiện 10 tháng năm 2026" names no period TongHop knows; read as "Năm 2026" it would
  // pass for the year-end column beside "Ước thực hiện cả năm 2026".
  const part = (p: Period | null): Period | null => {
    if (p?.kind !== "year") return p;
    const count = MONTH_COUNT_RE.exec(folded);
    if ((count && Number(count[1]) !== 12) || /\bluy ke\b/.test(folded)) return null;
    return p;
  };
  if (own) return part(own);
  // "Ước thực hiện 6 tháng", "Thực hiện tháng 5": no year, the report's. A title with no period
  // words at all ("Thực hiện") must not become "Năm 2026" from the year added here.
  const withYear = part(parsePeriod(`${title} năm ${year}`));
  if (withYear && withYear.kind !== "year") return withYear;
  return withYear && OWN_YEAR_RE.test(folded) ? withYear : null;
}

/** Which of several "this period" columns was read, and why. */
export interface CurrentChoice {
  chosen: ColumnInfo;
  /** Every column that reads as "this period", the chosen one among them, in sheet order. */
  columns: ColumnInfo[];
  /**
   * "one": the chosen column's title alone names the report period; "several": more than one
   * does, "none": none does (or the period was read from a column title): the first was read.
   */
  byPeriod: "one" | "several" | "none";
}

/**
 * When several columns read as "this period", reads the one whose title names the report
 * period ("Ước thực hiện 6 tháng" in a report on 6 tháng đầu năm 2026), else the first. null
 * when there was only one.
 */
export function chooseCurrentColumn(
  header: HeaderInfo,
  period: Period | null,
): CurrentChoice | null {
  if (header.otherCurrents.length === 0) return null;
  const first = header.columns.find((c) => c.role === "current");
  if (!first) return null;
  const all = [first, ...header.otherCurrents].sort((a, b) => a.col - b.col);
  const matching = period
    ? all.filter((c) => columnTitlePeriod(c.title, period.year)?.key === period.key)
    : [];
  const chosen = matching.length === 1 ? matching[0] : first;
  if (chosen !== first) {
    header.columns = header.columns.map((c) => (c === first ? chosen : c));
  }
  const byPeriod = matching.length === 1 ? "one" : matching.length > 1 ? "several" : "none";
  return { chosen, columns: all, byPeriod };
}
