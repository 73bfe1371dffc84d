// @ts-check
"use strict";
/**
 * Builds the example batch (examples/departments/*.xlsx, examples/previous/*.xlsx) from the
 * readable sources batch.json and previous.json in this folder. Plain CommonJS + ExcelJS so it
 * runs with `node` and needs no build; it reads nothing from src/ on purpose: the examples are
 * the outside world the parser must cope with, not a mirror of it.
 *
 * Determinism: workbook dates are fixed and every value comes from the JSON, so two runs give
 * the same cells (the zip container still carries its own timestamps, hence tests compare cells).
 */

const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const { encodeTcvn3 } = require("./tcvn3");
const { parseVnNumber } = require("./vnnumber");

/** Fixed so regenerated files carry the same metadata. */
const FIXED_DATE = new Date(Date.UTC(2026, 5, 18, 8, 0, 0));

/**
 * @typedef {number | string | null | { error: string, formula: string } | { date: string }} SourceValue
 * @typedef {{ key: string, title: string, width?: number, group?: string, index?: number, plan?: number }} SourceColumn
 * @typedef {{ stt?: string, code?: string | null, name: string, unit?: string, prev?: SourceValue,
 *   plan?: SourceValue | SourceValue[], cur?: SourceValue, yoy?: SourceValue, pct?: SourceValue, note?: string,
 *   heading?: boolean, label?: boolean, mistakes?: Record<string, string> }} SourceRow
 * @typedef {{ name: string, template?: string, instructions?: boolean, lines?: string[], layout?: string,
 *   encoding?: "unicode" | "nfd" | "tcvn3", header?: { left: string[], right: string[] }, title?: string[],
 *   meta?: { style: "pairs" | "inline", labelCol: number }, unit?: string, periodText?: string,
 *   date?: string | { date: string }, preparer?: string, phone?: string, columns?: SourceColumn[],
 *   codeRow?: string[], signature?: string[][], rows?: SourceRow[], mistakes?: Record<string, string> }} SourceSheet
 * @typedef {{ file: string, sheets: SourceSheet[] }} SourceWorkbook
 * @typedef {{ templates: Record<string, Partial<SourceSheet>>, workbooks: SourceWorkbook[], period: string }} Batch
 * @typedef {{ file: string, sheet: string, cell: string, what: string }} Mistake
 */

/** @returns {Batch} */
function loadBatch() {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "batch.json"), "utf8"));
}

/** @returns {any} */
function loadPrevious() {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "previous.json"), "utf8"));
}

/**
 * A sheet with its template's fields filled in (thôn sheets share one layout).
 * @param {Batch} batch
 * @param {SourceSheet} sheet
 * @returns {SourceSheet}
 */
function resolveSheet(batch, sheet) {
  if (!sheet.template) return sheet;
  const tpl = batch.templates[sheet.template];
  if (!tpl) throw new Error(`Không có mẫu '${sheet.template}'`);
  return { ...tpl, ...sheet };
}

/** @param {number} col 1-based */
function colLetter(col) {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** @param {SourceValue | undefined} v @returns {number | null} */
function numeric(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string") return parseVnNumber(v);
  return null;
}

/** @param {number} v */
function numFmtFor(v) {
  if (Number.isInteger(v)) return "#,##0";
  const decimals = Math.min(2, (String(v).split(".")[1] || "").length);
  return decimals === 1 ? "#,##0.0" : "#,##0.00";
}

const THIN = /** @type {const} */ ({ style: "thin" });
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Writes the indicator sheets of one source workbook.
 * @param {Batch} batch
 * @param {SourceWorkbook} source
 * @returns {{ workbook: ExcelJS.Workbook, mistakes: Mistake[] }}
 */
function buildDepartmentWorkbook(batch, source) {
  const wb = newWorkbook();
  /** @type {Mistake[]} */
  const mistakes = [];
  const fileName = path.basename(source.file);
  for (const raw of source.sheets) {
    const sheet = resolveSheet(batch, raw);
    const ws = wb.addWorksheet(sheet.name);
    if (sheet.instructions) writeInstructions(ws, sheet);
    else
      writeIndicatorSheet(ws, sheet, (cell, what) =>
        mistakes.push({ file: source.file, sheet: sheet.name, cell, what }),
      );
  }
  void fileName;
  return { workbook: wb, mistakes };
}

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "TongHop examples";
  wb.lastModifiedBy = "TongHop examples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  return wb;
}

/** @param {ExcelJS.Worksheet} ws @param {SourceSheet} sheet */
function writeInstructions(ws, sheet) {
  ws.getColumn(1).width = 100;
  (sheet.lines || []).forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { name: "Times New Roman", size: 12, bold: i === 0 };
    cell.alignment = { wrapText: true };
  });
}

/**
 * @param {ExcelJS.Worksheet} ws
 * @param {SourceSheet} sheet
 * @param {(cell: string, what: string) => void} noteMistake
 */
function writeIndicatorSheet(ws, sheet, noteMistake) {
  const encoding = sheet.encoding || "unicode";
  /** Text as this office's template stores it. @param {string} t @param {boolean} [upper] */
  const enc = (t, upper) =>
    encoding === "tcvn3"
      ? encodeTcvn3(t, { upper: !!upper })
      : encoding === "nfd"
        ? t.normalize("NFD")
        : t;
  const fontName = encoding === "tcvn3" ? ".VnTime" : "Times New Roman";
  const fontNameCaps = encoding === "tcvn3" ? ".VnTimeH" : "Times New Roman";
  const columns = sheet.columns || [];
  const n = columns.length;
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width || 12));

  /**
   * @param {number} r @param {number} c @param {ExcelJS.CellValue} value
   * @param {{ bold?: boolean, italic?: boolean, caps?: boolean, align?: "left" | "center" | "right", wrap?: boolean, border?: boolean, numFmt?: string }} [style]
   */
  const put = (r, c, value, style = {}) => {
    const cell = ws.getCell(r, c);
    cell.value = value;
    cell.font = {
      name: style.caps ? fontNameCaps : fontName,
      size: 12,
      bold: !!style.bold,
      italic: !!style.italic,
    };
    if (style.align || style.wrap)
      cell.alignment = { horizontal: style.align, vertical: "middle", wrapText: !!style.wrap };
    if (style.border) cell.border = BORDER;
    if (style.numFmt) cell.numFmt = style.numFmt;
    return cell;
  };
  /** Capitalised text: .VnTimeH for TCVN3 templates (stored lower-case), plain capitals otherwise. */
  const caps = (/** @type {string} */ t) =>
    encoding === "tcvn3" ? enc(t, true) : enc(t.toUpperCase());

  let r = 1;
  if (sheet.header) {
    const lines = Math.max(sheet.header.left.length, sheet.header.right.length);
    for (let i = 0; i < lines; i++) {
      const left = sheet.header.left[i];
      const right = sheet.header.right[i];
      if (left) {
        put(r, 1, enc(left), { bold: i > 0, align: "center" });
        ws.mergeCells(r, 1, r, 3);
      }
      if (right) {
        put(r, 5, enc(right), { bold: true, align: "center" });
        ws.mergeCells(r, 5, r, n);
      }
      r++;
    }
    r++;
  }
  (sheet.title || []).forEach((line, i) => {
    put(r, 1, i === 0 ? caps(line) : enc(line), {
      bold: i === 0,
      italic: i > 0,
      caps: i === 0,
      align: "center",
    });
    ws.mergeCells(r, 1, r, n);
    r++;
  });
  r++;

  // Metadata block: label|value pairs, or "Label: value" in one cell.
  const meta = sheet.meta || { style: "pairs", labelCol: 1 };
  /** @type {[string, string, ExcelJS.CellValue | undefined][]} */
  const metaRows = [
    ["period", "Kỳ báo cáo", sheet.periodText],
    [
      "date",
      meta.style === "inline" ? "Ngày báo cáo" : "Ngày lập",
      sheet.date ? dateValue(sheet.date) : undefined,
    ],
    ["preparer", "Người lập", sheet.preparer],
    ["phone", "Điện thoại", sheet.phone],
  ];
  metaRows.unshift(["unit", "Đơn vị báo cáo", sheet.unit]);
  for (const [key, label, value] of metaRows) {
    if (value === undefined || value === null) continue;
    let valueCell;
    if (meta.style === "inline") {
      const text = value instanceof Date ? formatDate(value) : String(value);
      valueCell = put(r, meta.labelCol, enc(`${label}: ${text}`), { bold: key === "unit" });
    } else {
      put(r, meta.labelCol, enc(label + ":"), { bold: true });
      valueCell = put(r, meta.labelCol + 1, typeof value === "string" ? enc(value) : value, {
        numFmt: value instanceof Date ? "dd/mm/yyyy" : undefined,
        align: "left",
      });
    }
    const m = sheet.mistakes && sheet.mistakes[key];
    if (m) noteMistake(valueCell.address, m);
    r++;
  }
  r++;

  // Header: one row, or two when a group title ("So sánh (%)") spans sub-columns.
  const twoRows = columns.some((c) => c.group);
  const headStyle = {
    bold: true,
    align: /** @type {const} */ ("center"),
    wrap: true,
    border: true,
  };
  columns.forEach((c, i) => {
    const col = i + 1;
    if (!twoRows) put(r, col, enc(c.title), headStyle);
    else if (!c.group) {
      put(r, col, enc(c.title), headStyle);
      put(r + 1, col, null, headStyle);
      ws.mergeCells(r, col, r + 1, col);
    } else {
      put(r + 1, col, enc(c.title), headStyle);
      if (i === 0 || columns[i - 1].group !== c.group) {
        let end = i;
        while (end + 1 < n && columns[end + 1].group === c.group) end++;
        put(r, col, enc(c.group), headStyle);
        for (let k = col + 1; k <= end + 1; k++) put(r, k, null, headStyle);
        ws.mergeCells(r, col, r, end + 1);
      }
    }
  });
  ws.getRow(r).height = 48;
  r += twoRows ? 2 : 1;
  if (sheet.codeRow) {
    sheet.codeRow.forEach((t, i) =>
      put(r, i + 1, t, { italic: true, align: "center", border: true }),
    );
    r++;
  }

  for (const row of sheet.rows || []) {
    columns.forEach((c, i) => {
      const col = i + 1;
      const address = colLetter(col) + r;
      const isComponent = row.stt === "-" || row.stt === "+";
      const textStyle = {
        bold: !!row.heading,
        italic: isComponent || !!row.label,
        border: true,
        wrap: c.key === "name" || c.key === "note",
      };
      /** @type {ExcelJS.CellValue} */
      let value = null;
      /** @type {string | undefined} */
      let numFmt;
      switch (c.key) {
        case "stt":
          value = row.stt ? row.stt : null;
          break;
        case "code":
          value = row.heading || row.label ? null : row.code || null;
          break;
        case "name":
          value = enc(row.name);
          break;
        case "unit":
          value = row.unit ? enc(row.unit) : null;
          break;
        case "note":
          value = row.note ? enc(row.note) : null;
          break;
        default: {
          if (row.heading || row.label) break;
          const v = figure(row, c, columns);
          if (v === undefined || v === null) break;
          if (typeof v === "number") {
            value = v;
            numFmt = c.key === "yoy" || c.key === "pct" ? "0.00" : numFmtFor(v);
          } else if (typeof v === "string") value = enc(v);
          else if ("error" in v)
            value = { formula: v.formula, result: { error: /** @type {any} */ (v.error) } };
          else value = dateValue(v);
        }
      }
      const isFigure = !["stt", "code", "name", "unit", "note"].includes(c.key);
      put(r, col, value, {
        ...textStyle,
        align:
          c.key === "stt" || c.key === "code" || c.key === "unit"
            ? "center"
            : isFigure
              ? "right"
              : undefined,
        numFmt,
      });
      const m = row.mistakes && row.mistakes[figureKey(c)];
      if (m) noteMistake(address, m);
    });
    r++;
  }

  if (sheet.signature) {
    r++;
    const spots = [2, Math.max(3, n - 2)];
    sheet.signature.forEach((line, i) => {
      line.forEach((text, k) =>
        put(r, spots[k], i === 0 ? caps(text) : enc(text), {
          bold: true,
          caps: i === 0,
          align: "center",
        }),
      );
      r += i === 0 ? 4 : 1;
    });
  }
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
}

/** The mistakes key a column answers to ("plan" columns share one key). @param {SourceColumn} c */
function figureKey(c) {
  return c.key === "plan" && c.index ? `plan${c.index}` : c.key;
}

/**
 * The figure a row shows in a figure column; ratio columns are computed from the row's own
 * figures unless the source gives them (a department's wrong ratio, a broken formula).
 * @param {SourceRow} row @param {SourceColumn} c @param {SourceColumn[]} columns
 * @returns {SourceValue | undefined}
 */
function figure(row, c, columns) {
  switch (c.key) {
    case "prev":
      return row.prev;
    case "cur":
      return row.cur;
    case "plan":
      return Array.isArray(row.plan) ? row.plan[c.index || 0] : row.plan;
    case "yoy":
    case "pct": {
      if (c.key in row) return /** @type {any} */ (row)[c.key];
      const cur = numeric(row.cur);
      const planCol = columns.find((k) => k.key === "plan" && (k.index || 0) === (c.plan || 0));
      const base =
        c.key === "yoy"
          ? numeric(row.prev)
          : planCol
            ? numeric(figure(row, planCol, columns))
            : null;
      if (cur === null || base === null || base === 0) return null;
      return Math.round((cur / base) * 10000) / 100;
    }
    default:
      return undefined;
  }
}

/** @param {string | { date: string }} d dd/mm/yyyy text stays text; { date } becomes a date cell */
function dateValue(d) {
  if (typeof d === "string") return d;
  const [y, m, day] = d.date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, day));
}

/** @param {Date} d */
function formatDate(d) {
  const p = (/** @type {number} */ x) => String(x).padStart(2, "0");
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/**
 * Last year's consolidated workbook: title rows, header on row 5, section heading rows.
 * @param {any} prev previous.json
 * @returns {{ workbook: ExcelJS.Workbook, mistakes: Mistake[] }}
 */
function buildPreviousWorkbook(prev) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(prev.sheet);
  /** @type {Mistake[]} */
  const mistakes = [];
  const titles = [
    "Mã chỉ tiêu",
    "Chỉ tiêu",
    "ĐVT",
    "Cùng kỳ",
    "Kế hoạch",
    "Thực hiện",
    "So sánh cùng kỳ (%)",
    "So sánh kế hoạch (%)",
  ];
  const headers = ["STT", ...titles];
  const widths = [6, 10, 50, 12, 14, 14, 14, 12, 12];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const font = { name: "Times New Roman", size: 12 };
  /** @param {number} r @param {number} c @param {ExcelJS.CellValue} v @param {Partial<ExcelJS.Font>} [f] @param {string} [numFmt] */
  const put = (r, c, v, f = {}, numFmt) => {
    const cell = ws.getCell(r, c);
    cell.value = v;
    cell.font = { ...font, ...f };
    if (numFmt) cell.numFmt = numFmt;
    if (r >= 5) cell.border = BORDER;
    return cell;
  };
  prev.title.forEach((/** @type {string} */ t, /** @type {number} */ i) => {
    put(i + 1, 1, t, { bold: i === 0, italic: i > 0 });
    ws.getCell(i + 1, 1).alignment = { horizontal: "center" };
    ws.mergeCells(i + 1, 1, i + 1, headers.length);
  });
  headers.forEach((h, i) => {
    put(5, i + 1, h, { bold: true });
    ws.getCell(5, i + 1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  let r = 6;
  let n = 0;
  for (const row of prev.rows) {
    if (row.heading) {
      put(r, 1, row.stt, { bold: true });
      put(r, 3, row.name, { bold: true });
      for (let c = 2; c <= headers.length; c++) if (c !== 3) put(r, c, null);
      n = 0;
    } else {
      n++;
      put(r, 1, String(n));
      put(r, 2, row.code);
      put(r, 3, row.name);
      put(r, 4, row.unit);
      /** @type {[number, SourceValue][]} */
      const figures = [
        [5, row.prev],
        [6, row.plan],
        [7, row.cur],
      ];
      // Last year's workbook holds plain numbers and text plans only.
      for (const [c, v] of figures) {
        const plain = typeof v === "number" || typeof v === "string" ? v : null;
        put(r, c, plain, {}, typeof v === "number" ? numFmtFor(v) : undefined);
      }
      const cur = numeric(row.cur);
      const p = numeric(row.prev);
      const k = numeric(row.plan);
      put(r, 8, cur !== null && p ? Math.round((cur / p) * 10000) / 100 : null, {}, "0.00");
      put(r, 9, cur !== null && k ? Math.round((cur / k) * 10000) / 100 : null, {}, "0.00");
      if (row.differs)
        mistakes.push({ file: prev.file, sheet: prev.sheet, cell: `G${r}`, what: row.differs });
    }
    r++;
  }
  ws.views = [{ state: "frozen", ySplit: 5, xSplit: 0 }];
  return { workbook: wb, mistakes };
}

/**
 * Every example workbook, in memory.
 * @returns {{ file: string, workbook: ExcelJS.Workbook }[] & { mistakes?: Mistake[] }}
 */
function buildAll() {
  const batch = loadBatch();
  /** @type {{ file: string, workbook: ExcelJS.Workbook }[] & { mistakes?: Mistake[] }} */
  const out = [];
  /** @type {Mistake[]} */
  const mistakes = [];
  for (const source of batch.workbooks) {
    const built = buildDepartmentWorkbook(batch, source);
    out.push({ file: source.file, workbook: built.workbook });
    mistakes.push(...built.mistakes);
  }
  const prev = loadPrevious();
  const built = buildPreviousWorkbook(prev);
  out.push({ file: prev.file, workbook: built.workbook });
  mistakes.push(...built.mistakes);
  out.mistakes = mistakes;
  return out;
}

/**
 * Writes every example workbook under outDir (departments/, previous/).
 * @param {string} outDir
 * @returns {Promise<{ files: string[], mistakes: Mistake[] }>} files relative to outDir
 */
async function generateExamples(outDir) {
  const all = buildAll();
  for (const { file, workbook } of all) {
    const target = path.join(outDir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await workbook.xlsx.writeFile(target);
  }
  return { files: all.map((a) => a.file), mistakes: all.mistakes || [] };
}

/**
 * MISTAKES.md, written from the `mistakes` notes in the sources so the list cannot drift from
 * the files.
 * @param {Mistake[]} mistakes
 */
function renderMistakes(mistakes) {
  const lines = [
    "# Lỗi cố ý trong bộ biểu ví dụ",
    "",
    "Sinh tự động bởi `npm run examples` từ các ghi chú `mistakes`/`differs` trong",
    "scripts/examples/batch.json và previous.json — đừng sửa tay. Đường dẫn tính từ examples/.",
    "Phần còn lại của bộ biểu là số liệu sạch.",
    "",
    "| # | Tệp | Trang tính | Ô | Lỗi |",
    "|---|---|---|---|---|",
  ];
  mistakes.forEach((m, i) =>
    lines.push(
      `| ${i + 1} | ${m.file} | ${m.sheet} | ${m.cell} | ${m.what.replace(/\|/g, "\\|")} |`,
    ),
  );
  lines.push(
    "",
    "Ô ở trên là ô cài lỗi. Mọi lỗi TongHop báo trên bộ biểu này (tệp, trang, ô, mức, nội dung)",
    "có trong test/examples/expected-issues.json; hai lỗi được báo ở ô khác, có chủ ý:",
    "",
    "- Lỗi của cả một dòng (chỉ tiêu lặp, như LD02) được báo tại ô tên chỉ tiêu của dòng, ô",
    "  người đọc dùng để nhận ra dòng: C25, không phải B25.",
    "- Các dòng “trong đó” vượt tổng được báo tại ô tổng, số được đối chiếu (E10); tỷ lệ giải",
    "  quyết tính lại từ hai số đó vượt 100% được báo riêng tại E11.",
  );
  return lines.join("\n") + "\n";
}

/**
 * What a reader of the workbook sees, as plain data: per sheet its name, merged ranges and every
 * non-empty cell (address, value, font name, number format). Two files with equal snapshots are
 * the same example even though the zip container's timestamps differ.
 * @param {string} file
 */
async function snapshotFile(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    /** @type {unknown[]} */
    const cells = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        cells.push([
          cell.address,
          v instanceof Date ? v.toISOString() : v,
          cell.font ? cell.font.name : null,
          cell.numFmt || null,
        ]);
      }),
    );
    return { name: ws.name, merges: [...(ws.model.merges || [])].sort(), cells };
  });
}

module.exports = {
  FIXED_DATE,
  snapshotFile,
  loadBatch,
  loadPrevious,
  resolveSheet,
  buildAll,
  generateExamples,
  renderMistakes,
  colLetter,
};
