/**
 * The rows of an indicator table, from under the header to where the table ends (the
 * signature block, or a run of blank rows). Each row keeps the address of every cell it was
 * read from, so every figure can be traced back and every issue points at a cell.
 */

import type {
  CellValue,
  ColumnRole,
  IndicatorRow,
  NumberField,
  PlanField,
  SheetGrid,
  TotalLine,
} from "../types";
import { columnLetters } from "../a1";
import { foldKey, matchKey } from "../text/normalize";
import { formatInfo, readNumber } from "../text/readNumber";
import { readPlan } from "./plan";
import { cellAt, gridWidth, isBlank, numFmtAt, TextReader } from "./gridText";
import { HeaderInfo, isColumnCodeRow } from "./header";

// Every figure, name, code and unit cell of every row gets its A1 address: the column letters
// are worked out once per column, not once per cell. Same text as a1(row, col).
// The addresses themselves are kept too (per column, per row): every unit's file puts its
// figures in the same cells, so a batch would otherwise build the same strings 150 times over.
const LETTERS: string[] = [];
const ADDRESSES: string[][] = [];
const ADDRESS_MAX_ROW = 4096;
function a1(row: number, col: number): string {
  if (col < 256 && row < ADDRESS_MAX_ROW) {
    let byRow = ADDRESSES[col];
    if (byRow === undefined) byRow = ADDRESSES[col] = [];
    const known = byRow[row];
    if (known !== undefined) return known;
    let letters = LETTERS[col];
    if (letters === undefined) letters = LETTERS[col] = columnLetters(col);
    return (byRow[row] = letters + String(row + 1));
  }
  return columnLetters(col) + String(row + 1);
}

/** This many blank rows in a row end the table; fewer are gaps inside it. */
export const END_BLANK_RUN = 3;

// Lines of the signature block and notes under a table (compared without marks).
const FOOTER_RE =
  /^(?:nguoi lap|thu truong|giam doc|pho giam doc|chu tich|pho chu tich|truong phong|pho truong phong|ke toan truong|ke toan|xac nhan|noi nhan|t\/?m\.? |k\/?t\.? |tm\.|kt\.|\(ky|ky ten|ghi chu\s*:|luu y\s*:|nguon\s*:|\* ?ghi chu)/;
// "Hợp Hòa, ngày 20 tháng 6 năm 2026": the place-and-date line over the signatures.
const DATE_LINE_RE = /(?:^|, ?)ngay\s*[\d.…_ ]*\s*thang\s*[\d.…_ ]*\s*nam\s*[\d.…_ ]*$/;

const ROMAN_RE = /^[IVX]+\.?$/;
// Run on every row: module constants, not literals that make a new RegExp per row.
const LETTER_STT_RE = /^[A-Z]\.?$/;
const STARTS_DIGIT_RE = /^\d/;
const TWO_LETTERS_RE = /\p{L}{2}/u;
const DOTTED_NUMBER_RE = /^\d+(?:\.\d+)+$/;
const NUMBERED_RE = /^(?:\d+(?:[.,]\d+)*|[IVX]+|[A-Z])[.)]?$/;
const DASH_STT = new Set(["-", "–", "—", "−", "*", "•"]);
const PLUS_STT = new Set(["+"]);
const TRONG_DO_RE = /^trong\s+(?:đó|do|đo)\s*[:：,.\-–]?\s*/iu;
// The table's own total line: "Tổng cộng", "Cộng", "Tổng cộng toàn xã" (folded). It mostly adds
// up figures of different units (ha and con and người): no indicator to consolidate. With a ĐVT
// it may stand for one, which total-line-set-aside asks the planner to name.
const TOTAL_LINE_RE = /^(?:tong cong|cong)(?:\s+(?:chung|toan\s.+))?\s*(?:\([^()]*\))?\s*[:.]?$/;
// A heading merged over the STT and name columns: "I. NÔNG NGHIỆP" in the STT cell.
const STT_WITH_NAME_RE = /^([IVX]+|\d+|[A-Z])[.)]\s+(\S.*)$/u;

type Cols = Partial<Record<Exclude<ColumnRole, "plan">, number>>;

function columnsOf(header: HeaderInfo): {
  cols: Cols;
  plans: Array<{ col: number; title: string }>;
} {
  const cols: Cols = {};
  const plans: Array<{ col: number; title: string }> = [];
  for (const c of header.columns) {
    if (c.role === "plan") plans.push({ col: c.col, title: c.title });
    else if (cols[c.role] === undefined) cols[c.role] = c.col;
  }
  return { cols, plans };
}

function rowIsBlank(grid: SheetGrid, r: number, width: number): boolean {
  for (let c = 0; c < width; c++) if (!isBlank(cellAt(grid, r, c))) return false;
  return true;
}

function numberField(grid: SheetGrid, r: number, col: number | undefined): NumberField | null {
  if (col === undefined) return null;
  const raw: CellValue = cellAt(grid, r, col);
  // Every field is made with all six properties, in one order (the optional ones undefined
  // when absent): one hidden class for them all, each held in the object itself. Adding
  // shownDecimals afterwards gave most fields a second, out-of-object property store (40 bytes
  // each, 84 000 fields at 150 units) and every reader of them several shapes to handle.
  // Most figure cells of a sparse sheet are empty: no reading, no format lookup.
  if (raw === null) {
    return {
      value: null,
      status: "empty",
      cell: a1(r, col),
      raw,
      shownDecimals: undefined,
      percent: undefined,
    };
  }
  if (typeof raw === "number" && Number.isFinite(raw)) {
    // Most figures are number cells: read here as readNumber reads them (the value as stored,
    // -0 as 0; decimals and percent from the number format), without its result object.
    const numFmt = numFmtAt(grid, r, col);
    const fmt = numFmt ? formatInfo(numFmt) : null;
    return {
      value: raw === 0 ? 0 : raw,
      status: "number",
      cell: a1(r, col),
      raw,
      shownDecimals: fmt !== null ? fmt.decimals : undefined,
      percent: fmt !== null && fmt.percent ? "format" : undefined,
    };
  }
  const n = readNumber(raw, numFmtAt(grid, r, col));
  return {
    value: n.value,
    status: n.status,
    cell: a1(r, col),
    raw,
    shownDecimals: n.shownDecimals,
    percent: n.percent || undefined,
  };
}

/** A figure is there (read or not): something a heading row never holds. */
function holdsFigure(f: NumberField | null): boolean {
  return f !== null && f.status !== "empty" && f.status !== "not-number";
}

function readsNumber(f: NumberField | null): boolean {
  return f !== null && f.value !== null;
}

function isCapitals(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && name === name.toUpperCase() && name !== name.toLowerCase();
}

/** The row is part of the signature block or the notes under the table. */
function isFooterRow(grid: SheetGrid, r: number, width: number, reader: TextReader): boolean {
  for (let c = 0; c < width; c++) {
    if (typeof cellAt(grid, r, c) !== "string") continue;
    const f = foldKey(reader.text(r, c, false));
    if (f === "") continue;
    if (FOOTER_RE.test(f) || DATE_LINE_RE.test(f)) return true;
  }
  return false;
}

/** True when a row's name is the name column's title again (a header repeated after a page break). */
function isRepeatedTitle(name: string, titleKey: string): boolean {
  // matchKey keeps its own bounded memo: the same names recur across every unit's file.
  return matchKey(name) === titleKey;
}

/** "1.2." → "1.2": the number a row's STT gives, without its closing mark. */
function sttNumber(stt: string): string {
  // Most row numbers ("1", "12") have neither a closing mark nor a comma: no new strings.
  const last = stt.charCodeAt(stt.length - 1);
  if (last !== 0x2e /* . */ && last !== 0x29 /* ) */ && !stt.includes(",")) return stt;
  return stt.replace(/[.)]$/, "").replace(/,/g, ".");
}

/** The sheet row of the row numbered as this one's parent ("1" for "1.2"), if it was seen. */
function numberedParent(stt: string, seen: ReadonlyMap<string, number>): number | null {
  const n = sttNumber(stt);
  const dot = n.lastIndexOf(".");
  if (dot <= 0 || !DOTTED_NUMBER_RE.test(n)) return null;
  return seen.get(n.slice(0, dot)) ?? null;
}

/**
 * Reads the table rows below the header. Blank rows, repeated column-code rows and a header
 * repeated after a page break are skipped; rows with neither a name nor any figure are too.
 * The table's own total line (without a code) is set aside in totalLines, not read as a row.
 */
export function readRows(
  grid: SheetGrid,
  header: HeaderInfo,
  reader: TextReader,
): { rows: IndicatorRow[]; totalLines: TotalLine[] } {
  const { cols, plans } = columnsOf(header);
  const nameCol = cols.name as number;
  const nameTitle = matchKey(header.columns.find((c) => c.role === "name")?.title ?? "");
  const width = gridWidth(grid);
  const rows: IndicatorRow[] = [];
  const totalLines: TotalLine[] = [];

  let blankRun = 0;
  // Component bookkeeping: the total the "trong đó" rows add up to.
  let lastIndicator: number | null = null;
  let lastDash: number | null = null;
  let inTrongDo = false;
  // Row numbers seen in this section ("1", "1.1" → sheet row): "1.2" under "1" is its part.
  const numberedRows = new Map<string, number>();

  for (let r = header.dataStart; r < grid.values.length; r++) {
    if (rowIsBlank(grid, r, width)) {
      if (++blankRun >= END_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;

    const previous = numberField(grid, r, cols.previous);
    const current = numberField(grid, r, cols.current);
    const ratioYoy = numberField(grid, r, cols.ratioYoy);
    const ratioPlan = numberField(grid, r, cols.ratioPlan);
    const planFields: PlanField[] = plans.map(({ col, title }) => {
      const raw = cellAt(grid, r, col);
      const p = readPlan(raw, numFmtAt(grid, r, col));
      // One shape for every plan field, as for NumberField (numberField).
      const field: PlanField = {
        title,
        value: p.value,
        status: p.status,
        cell: a1(r, col),
        raw,
        percent: p.percent || undefined,
      };
      return field;
    });
    const hasFigures =
      holdsFigure(previous) ||
      holdsFigure(current) ||
      holdsFigure(ratioYoy) ||
      holdsFigure(ratioPlan) ||
      planFields.some((p) => p.status !== "empty");

    // Signature lines often sit in the figure columns, so only read numbers rule them out.
    const readsNumbers =
      readsNumber(previous) ||
      readsNumber(current) ||
      readsNumber(ratioYoy) ||
      readsNumber(ratioPlan);
    if (!readsNumbers && isFooterRow(grid, r, width, reader)) break;
    if (isColumnCodeRow(grid, r, reader, width)) continue;

    let stt: string | null = cols.stt !== undefined ? reader.text(r, cols.stt) || null : null;
    let name = reader.text(r, nameCol);
    let nameCell = a1(r, nameCol);
    if (name !== "" && isRepeatedTitle(name, nameTitle)) continue; // header repeated after a page break

    if (name === "" && stt !== null && cols.stt !== undefined && TWO_LETTERS_RE.test(stt)) {
      const m = STT_WITH_NAME_RE.exec(stt);
      name = m ? m[2] : stt;
      stt = m ? m[1] : null;
      nameCell = a1(r, cols.stt);
    }

    const code = cols.code !== undefined ? reader.code(r, cols.code) || null : null;
    if (name === "" && !hasFigures && code === null) continue;

    if (code === null && name !== "" && TOTAL_LINE_RE.test(foldKey(name))) {
      const unit = cols.unit !== undefined ? reader.text(r, cols.unit) || null : null;
      totalLines.push({ row: r + 1, name, cell: nameCell, unit });
      // What follows it is not a part of the row above it.
      lastIndicator = null;
      lastDash = null;
      inTrongDo = false;
      continue;
    }

    const unit = cols.unit !== undefined ? reader.text(r, cols.unit) || null : null;
    const note = cols.note !== undefined ? reader.text(r, cols.note) || null : null;

    // "Trong đó:" alone opens a run of components; as a prefix it also names one.
    let startsTrongDo = false;
    let bareTrongDo = false;
    const td = TRONG_DO_RE.exec(name);
    if (td) {
      const rest = name.slice(td[0].length).trim();
      if (rest === "") bareTrongDo = true;
      else {
        startsTrongDo = true;
        name = rest;
      }
    }

    const sttKey = stt ?? "";
    const numbered = NUMBERED_RE.test(sttKey) && !DASH_STT.has(sttKey);
    const headingStt = ROMAN_RE.test(sttKey) || LETTER_STT_RE.test(sttKey);
    const isHeading =
      bareTrongDo || (name !== "" && !hasFigures && (headingStt || isCapitals(name)));

    let isComponent = false;
    let parentRow: number | null = null;
    let numberedParentRow: number | null = null;
    if (bareTrongDo) {
      inTrongDo = true;
    } else if (isHeading) {
      lastIndicator = null;
      lastDash = null;
      inTrongDo = false;
      numberedRows.clear();
    } else if (numbered && (numberedParentRow = numberedParent(sttKey, numberedRows)) !== null) {
      // "1.1", "1.2" under "1": parts of row 1, as "-" rows are; "-" rows under "1.1" are
      // parts of 1.1 in turn.
      inTrongDo = false;
      isComponent = true;
      parentRow = numberedParentRow;
      numberedRows.set(sttNumber(sttKey), r + 1);
      lastIndicator = r + 1;
      lastDash = null;
    } else {
      if (numbered) {
        inTrongDo = false;
        if (STARTS_DIGIT_RE.test(sttKey)) numberedRows.set(sttNumber(sttKey), r + 1);
      }
      const dash = DASH_STT.has(sttKey);
      const plus = PLUS_STT.has(sttKey);
      isComponent = dash || plus || startsTrongDo || (inTrongDo && !numbered);
      if (startsTrongDo) inTrongDo = true;
      if (isComponent) {
        // "+" rows under a "-" row are its parts ("- Lúa" then "+ Lúa xuân"), so the sums of
        // the two levels are never mixed.
        parentRow = plus && lastDash !== null ? lastDash : lastIndicator;
        if (!plus) lastDash = r + 1;
      } else {
        lastIndicator = r + 1;
        lastDash = null;
      }
    }

    rows.push({
      row: r + 1,
      stt,
      code,
      codeCell: cols.code !== undefined ? a1(r, cols.code) : null,
      name,
      nameCell,
      unit,
      unitCell: cols.unit !== undefined ? a1(r, cols.unit) : null,
      previous,
      plans: planFields,
      current,
      ratioYoy,
      ratioPlan,
      note,
      isHeading,
      isComponent,
      parentRow,
      groupsRows: false,
    });
  }
  markGroupLines(rows);
  return { rows, totalLines };
}

function holdsNoFigure(row: IndicatorRow): boolean {
  if (holdsFigure(row.previous) || holdsFigure(row.current)) return false;
  if (holdsFigure(row.ratioYoy) || holdsFigure(row.ratioPlan)) return false;
  return row.plans.every((p) => p.status === "empty");
}

/**
 * "3 Chăn nuôi" over "3.1 Đàn trâu" and "3.2 Đàn bò": a row with a name and nothing else (no
 * code, no ĐVT, no figure) whose next row is its part may only group the rows below it. Read as
 * their total, it was an unknown indicator whose figure was missing, and its parts were parts of
 * it rather than of the catalog's totals. Only the catalog can tell it from a total the unit
 * left blank ("1 Tổng diện tích gieo trồng" in a sheet without ĐVT): resolveSheet decides.
 */
function markGroupLines(rows: IndicatorRow[]): void {
  for (let i = 0; i + 1 < rows.length; i++) {
    const group = rows[i];
    if (group.isHeading || group.parentRow !== null || rows[i + 1].parentRow !== group.row)
      continue;
    if (group.name === "" || group.code !== null || group.unit !== null) continue;
    if (holdsNoFigure(group)) group.groupsRows = true;
  }
}
