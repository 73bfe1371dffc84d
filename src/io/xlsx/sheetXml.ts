/**
 * One SheetPlan → xl/worksheets/sheetN.xml, produced row by row into a text sink, so a sheet's
 * XML is never held whole. Browser-safe, no dependencies.
 *
 * What it writes is what the ExcelJS writer writes for the same plan (writeWorkbook.ts),
 * read back cell by cell: a test holds the two to agree. Where ExcelJS
 * departs from the plan it is followed too, so the planner gets the same workbook from either:
 * the cells a merge covers take the style of its first cell (ExcelJS's mergeCells does that,
 * which is what draws a merged header's border all round) and lose their values.
 */
import { parseRange } from "../../core/a1";
import type { CellValidation, PlannedCell, SheetPlan, StreamedSheetPlan } from "../../core/types";
import { safeCellText } from "../cellText";
import type { StyleTable } from "./styles";
import { columnName, NS_MAIN, NS_REL, xmlAttr, xmlText, XML_HEAD } from "./xml";

/** Characters of XML gathered before a piece is handed on. */
const PIECE = 65536;

/**
 * Each distinct text once, in order of first use: the shared-string table. A cell's text is
 * made safe to store (safeCellText) here, once per distinct text rather than once per cell.
 */
export class SharedStrings {
  /** By the text as planned: its index in the table, under its cleaned form. */
  private readonly index = new Map<string, number>();
  private readonly cleaned = new Map<string, number>();
  private readonly list: string[] = [];
  /** Cells that refer to the table (the sst's count). */
  private refs = 0;

  id(text: string): number {
    this.refs++;
    let i = this.index.get(text);
    if (i === undefined) {
      const s = safeCellText(text);
      i = this.cleaned.get(s);
      if (i === undefined) {
        i = this.list.length;
        this.list.push(s);
        this.cleaned.set(s, i);
      }
      this.index.set(text, i);
    }
    return i;
  }

  get size(): number {
    return this.list.length;
  }

  /** xl/sharedStrings.xml, in pieces. */
  *pieces(): Generator<string> {
    yield (
      XML_HEAD + `<sst xmlns="${NS_MAIN}" count="${this.refs}" uniqueCount="${this.list.length}">`
    );
    let buf = "";
    for (const s of this.list) {
      // Leading or trailing spaces are kept only when the text says so.
      const preserve = s.length > 0 && (/^\s/.test(s) || /\s$/.test(s));
      buf += preserve
        ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>`
        : `<si><t>${xmlText(s)}</t></si>`;
      if (buf.length > PIECE) {
        yield buf;
        buf = "";
      }
    }
    yield buf + "</sst>";
  }
}

/** Print titles of one sheet, as workbook.xml's _xlnm.Print_Titles defines them. */
export function printTitles(plan: SheetPlan | StreamedSheetPlan, name: string): string | null {
  const sheet = `'${name.replace(/'/g, "''")}'`;
  const parts: string[] = [];
  if (plan.printTitleColumns) {
    const [first, last] = plan.printTitleColumns;
    parts.push(`${sheet}!$${columnName(first - 1)}:$${columnName(last - 1)}`);
  }
  if (plan.printTitleRows) {
    const [first, last] = plan.printTitleRows;
    parts.push(`${sheet}!$${first}:$${last}`);
  }
  return parts.length ? parts.join(",") : null;
}

function viewsXml(plan: SheetPlan | StreamedSheetPlan): string {
  const freeze = plan.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0)) return "";
  const { rows, columns } = freeze;
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  return (
    '<sheetViews><sheetView workbookViewId="0"><pane' +
    (columns > 0 ? ` xSplit="${columns}"` : "") +
    (rows > 0 ? ` ySplit="${rows}"` : "") +
    ` topLeftCell="${columnName(columns)}${rows + 1}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

/**
 * ExcelJS takes a column 9 wide for one without a width of its own and writes none for it;
 * the same here, so files from both writers stay alike.
 */
const EXCELJS_DEFAULT_WIDTH = 9;

/** Runs of equal widths as one <col> each, as Excel writes them. */
function colsXml(widths: number[]): string {
  let out = "";
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i];
    if (!(w > 0) || w === EXCELJS_DEFAULT_WIDTH) continue;
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    out += `<col min="${i + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`;
    i = j;
  }
  return out ? `<cols>${out}</cols>` : "";
}

/** The validation's XML attributes and formulas, in ExcelJS's order (it reads back the same). */
function validationXml(v: CellValidation, sqref: string): string {
  const errorText = v.error
    ? ` showErrorMessage="1"` +
      (v.kind === "any" ? "" : ` errorStyle="${v.onError === "stop" ? "stop" : "warning"}"`) +
      ` errorTitle="${xmlAttr(v.errorTitle ?? "")}" error="${xmlAttr(v.error)}"`
    : v.kind === "any"
      ? ""
      : ` errorStyle="${v.onError === "stop" ? "stop" : "warning"}"`;
  // A bound Excel cannot read (Infinity, a date that is not one) would be a formula naming
  // nothing: refused here rather than written into a form that then cannot be opened cleanly.
  const bound = (n: number): number => {
    if (!Number.isFinite(n)) throw new Error(`Giới hạn kiểm tra dữ liệu không hợp lệ: ${n}`);
    return n;
  };
  const prompt = ` showInputMessage="1" promptTitle="${xmlAttr(v.promptTitle)}" prompt="${xmlAttr(v.prompt)}"`;
  switch (v.kind) {
    case "any":
      return `<dataValidation${prompt}${errorText} sqref="${sqref}"/>`;
    case "decimal":
      return (
        `<dataValidation type="decimal" allowBlank="1"${prompt}${errorText} sqref="${sqref}">` +
        `<formula1>${bound(v.min)}</formula1><formula2>${bound(v.max)}</formula2></dataValidation>`
      );
    case "date": {
      const serial = (iso: string) => bound(25569 + Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      return (
        `<dataValidation type="date" allowBlank="1"${prompt}${errorText} sqref="${sqref}">` +
        `<formula1>${serial(v.from)}</formula1><formula2>${serial(v.to)}</formula2></dataValidation>`
      );
    }
  }
}

/** Cells sharing one validation, as one sqref: runs down a column become ranges. */
function sqrefOf(cells: [number, number][]): string {
  cells.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const parts: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const [row, col] = cells[i];
    let j = i;
    while (j + 1 < cells.length && cells[j + 1][1] === col && cells[j + 1][0] === cells[j][0] + 1)
      j++;
    const from = `${columnName(col)}${row + 1}`;
    parts.push(j > i ? `${from}:${columnName(col)}${cells[j][0] + 1}` : from);
    i = j;
  }
  return parts.join(" ");
}

interface MergeSpan {
  left: number;
  right: number;
  /** The first row of the merge: that row's first cell keeps its value. */
  top: number;
  style: number;
}

/**
 * One sheet's XML, in pieces of about PIECE characters: a generator, so that the caller may
 * compress each piece (off the main thread, in Node) before the next is made. `styles` and
 * `strings` are the workbook's, shared by all its sheets. Element order is CT_Worksheet's,
 * which Excel insists on.
 */
export function* sheetXmlPieces(
  plan: SheetPlan | StreamedSheetPlan,
  styles: StyleTable,
  strings: SharedStrings,
): Generator<string> {
  const fit = plan.page?.fitToWidth === true;
  yield (
    XML_HEAD +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    viewsXml(plan) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(plan.columnWidths) +
    "<sheetData>"
  );

  const validations = new Map<string, { v: CellValidation; cells: [number, number][] }>();
  const mergeRefs: string[] = [];
  let buf = "";

  /** ` s="N"` by xf index, made once per style rather than once per cell. */
  const styleAttrs: string[] = [""];
  const styleAttr = (s: number): string => (styleAttrs[s] ??= ` s="${s}"`);

  const cellXml = (planned: PlannedCell | null | undefined, ref: string): string => {
    if (!planned) return "";
    const value = planned.value;
    const sAttr = planned.style ? styleAttr(styles.id(planned.style)) : "";
    if (value !== null) {
      if ("text" in value)
        return `<c r="${ref}"${sAttr} t="s"><v>${strings.id(value.text)}</v></c>`;
      // NaN/Infinity have no place in a cell; leaving it empty is the honest output.
      if (Number.isFinite(value.number)) return `<c r="${ref}"${sAttr}><v>${value.number}</v></c>`;
    }
    return planned.style || planned.validation ? `<c r="${ref}"${sAttr}/>` : "";
  };

  /** One row out; `spans` are the merges covering it. */
  const writeRow = (
    r: number,
    cells: PlannedCell[] | undefined,
    height: number | null | undefined,
    spans: MergeSpan[] | undefined,
  ): void => {
    // The row number as text once, not once per cell's address.
    const n = String(r + 1);
    let row = "";
    if (spans === undefined) {
      if (cells) {
        for (let c = 0; c < cells.length; c++) {
          const planned = cells[c];
          if (planned) row += cellXml(planned, columnName(c) + n);
        }
      }
    } else {
      let width = cells ? cells.length : 0;
      for (const m of spans) width = Math.max(width, m.right + 1);
      for (let c = 0; c < width; c++) {
        const span = spans.find((m) => c >= m.left && c <= m.right);
        const planned = cells?.[c];
        if (span && !(r === span.top && c === span.left)) {
          row += span.style ? `<c r="${columnName(c)}${n}"${styleAttr(span.style)}/>` : "";
        } else row += cellXml(planned, columnName(c) + n);
      }
    }
    if (cells) {
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c]?.validation;
        if (!v) continue;
        const key = JSON.stringify(v);
        let group = validations.get(key);
        if (!group) validations.set(key, (group = { v, cells: [] }));
        group.cells.push([r, c]);
      }
    }
    const tall = height !== null && height !== undefined && height > 0;
    if (row || tall) {
      buf += `<row r="${n}"` + (tall ? ` ht="${height}" customHeight="1">` : ">") + row + "</row>";
    }
  };

  if ("rowHeight" in plan) {
    // Rows made as they are taken: each is written and let go before the next is made.
    let r = 0;
    for (const cells of plan.rows) {
      writeRow(r, cells, plan.rowHeight(cells, r), undefined);
      r++;
      if (buf.length > PIECE) {
        yield buf;
        buf = "";
      }
    }
  } else {
    // Which cells each row's merges cover, with the style their first cell gives them.
    const merged = new Map<number, MergeSpan[]>();
    let lastMergedRow = -1;
    for (const range of plan.merges) {
      const m = parseRange(range);
      if (!m) throw new Error(`Vùng gộp ô không hợp lệ: ${range}`);
      mergeRefs.push(`${columnName(m.left)}${m.top + 1}:${columnName(m.right)}${m.bottom + 1}`);
      const style = styles.id(plan.rows[m.top]?.[m.left]?.style);
      for (let row = m.top; row <= m.bottom; row++) {
        let spans = merged.get(row);
        if (!spans) merged.set(row, (spans = []));
        spans.push({ left: m.left, right: m.right, top: m.top, style });
      }
      lastMergedRow = Math.max(lastMergedRow, m.bottom);
    }
    const heights = plan.rowHeights ?? [];
    const rowCount = Math.max(plan.rows.length, heights.length, lastMergedRow + 1);
    for (let r = 0; r < rowCount; r++) {
      writeRow(r, plan.rows[r], heights[r], merged.get(r));
      if (buf.length > PIECE) {
        yield buf;
        buf = "";
      }
    }
  }
  yield buf + "</sheetData>";

  let tail = "";
  if (plan.protect) {
    // No password; selecting cells stays allowed, and so does widening columns and rows.
    tail += '<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>';
  }
  if (mergeRefs.length) {
    tail += `<mergeCells count="${mergeRefs.length}">`;
    for (const ref of mergeRefs) tail += `<mergeCell ref="${ref}"/>`;
    tail += "</mergeCells>";
  }
  if (validations.size) {
    tail += `<dataValidations count="${validations.size}">`;
    for (const { v, cells } of validations.values()) tail += validationXml(v, sqrefOf(cells));
    tail += "</dataValidations>";
  }
  tail +=
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (plan.page) {
    tail +=
      `<pageSetup paperSize="9" orientation="${plan.page.orientation}"` +
      (fit ? ' fitToWidth="1" fitToHeight="0"' : "") +
      "/>";
  }
  yield tail + "</worksheet>";
}
