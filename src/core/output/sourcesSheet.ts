/**
 * "Nguồn": one row per contribution of one unit to one indicator, with its thực hiện, cùng kỳ
 * and kế hoạch figures as they entered the totals and the cell each came from, so that any
 * total of "Tổng hợp" can be audited back to the department's file, sheet and cell. One row
 * per unit rather than one per figure: a province's 150 communes × 300 indicators make about
 * 45 000 rows instead of 135 000, and Excel on the web receives a third of the cells.
 */
import type { Source, Summary, SummaryRow } from "../consolidate/types";
import type { CellStyle, PlannedCell, SheetPlan, StreamedSheetPlan } from "../types";
import { rowHeightEstimator } from "./rowHeights";
import { blank, framed, num, numberFormat, text } from "./cells";
import { planColumns, planHeading } from "./summaryColumns";
import { lowerFirst } from "../narrative/words";

export const SOURCES_SHEET = "Nguồn";

/**
 * The styles of a "Nguồn" row, built once per sheet and shared by every row: a fresh style
 * object per cell made both the plan and the written file's style bookkeeping grow with it.
 */
interface SourceStyles {
  plain: CellStyle;
  centered: CellStyle;
  wrapped: CellStyle;
  factor: CellStyle;
  /** Plain style plus a number format, one object per format (there are only a handful). */
  numbers: Map<string, CellStyle>;
}

function sourceStyles(): SourceStyles {
  const plain = framed({ fontSize: 11 });
  return {
    plain,
    centered: { ...plain, hAlign: "center" },
    wrapped: { ...plain, wrap: true },
    factor: { ...plain, numFmt: "General" },
    numbers: new Map(),
  };
}

/** One unit's row of one indicator: each figure that entered a total, and its cell. */
interface Contribution {
  reportingUnit: string;
  file: string;
  sheet: string;
  rawUnit: string | null;
  factor: number;
  current: Source | null;
  previous: Source | null;
  plans: (Source | null)[];
}

function contributionsOf(row: SummaryRow, plans: number): Contribution[] {
  // By file, sheet and unit: maps within maps rather than a joined key, made for every figure.
  const byFile = new Map<string, Map<string, Map<string, Contribution>>>();
  const all: Contribution[] = [];
  const of = (s: Source): Contribution => {
    // A unit gives an indicator from one row of one sheet (consolidation keeps the first).
    let bySheet = byFile.get(s.from.file);
    if (!bySheet) byFile.set(s.from.file, (bySheet = new Map()));
    let byUnit = bySheet.get(s.from.sheet);
    if (!byUnit) bySheet.set(s.from.sheet, (byUnit = new Map()));
    let c = byUnit.get(s.from.reportingUnit);
    if (!c) {
      c = {
        reportingUnit: s.from.reportingUnit,
        file: s.from.file,
        sheet: s.from.sheet,
        rawUnit: s.rawUnit,
        factor: s.factor,
        current: null,
        previous: null,
        plans: new Array<Source | null>(plans).fill(null),
      };
      byUnit.set(s.from.reportingUnit, c);
      all.push(c);
    }
    return c;
  };
  for (const s of row.sources) of(s).current = s;
  for (const s of row.previousSources) of(s).previous = s;
  row.plans.forEach((plan, k) => {
    for (const s of plan.sources) of(s).plans[k] = s;
  });
  return all;
}

const TITLE_PREFIX = [
  "STT",
  "Mã chỉ tiêu",
  "Chỉ tiêu",
  "ĐVT",
  "Đơn vị báo cáo",
  "Tệp",
  "Trang tính",
];
const TITLE_SUFFIX = ["ĐVT ghi trong biểu", "Hệ số quy đổi", "Ghi chú"];

/**
 * Why a unit's figures on this row are not what the total was made of, for the figures it has:
 * a rate recomputed from its parts, cùng kỳ from last year's workbook or the boundary quy đổi.
 */
function noteFor(row: SummaryRow, summary: Summary, k: Contribution): string {
  const notes: string[] = [];
  const r = row.recomputed;
  const current = k.current !== null && r?.current === true;
  const previous = k.previous !== null && r?.previous === true;
  if (r && (current || previous)) {
    const which = current && previous ? "thực hiện và cùng kỳ" : current ? "thực hiện" : "cùng kỳ";
    notes.push(
      `Tỷ lệ ${which} do đơn vị ghi; tổng hợp tính lại từ ${r.numerator}/${r.denominator}.`,
    );
  }
  if (k.previous !== null && row.previousFromWorkbook)
    notes.push("Cùng kỳ của tổng lấy từ bảng tổng hợp năm trước; số của đơn vị để đối chiếu.");
  else if (k.previous !== null && summary.boundary)
    notes.push(
      "Cùng kỳ của tổng quy đổi theo địa giới mới (trang “Quy đổi địa giới”); số của đơn vị để đối chiếu.",
    );
  return notes.join(" ");
}

/**
 * One number format for all of an indicator's figures, with the most decimals any of them
 * shows (up to the indicator's own): the figures line up, and Excel receives one format per
 * indicator and column rather than one per change of decimals.
 */
function indicatorStyle(
  st: SourceStyles,
  row: SummaryRow,
  contributions: Contribution[],
): CellStyle {
  let fmt = numberFormat(0);
  for (const k of contributions) {
    for (const s of [k.current, k.previous, ...k.plans]) {
      if (!s) continue;
      const f = numberFormat(s.value, row.decimals);
      if (f.length > fmt.length) fmt = f;
    }
  }
  let style = st.numbers.get(fmt);
  if (!style) {
    style = { ...st.plain, numFmt: fmt };
    st.numbers.set(fmt, style);
  }
  return style;
}

export function sourcesSheetPlan(summary: Summary): SheetPlan {
  const { layout, rows } = sourcesSheetParts(summary);
  return { ...layout, rows: [...rows] };
}

/** The same sheet with its rows made as they are taken (see StreamedSheetPlan). */
export function sourcesSheetStream(summary: Summary): StreamedSheetPlan {
  const { layout, rows } = sourcesSheetParts(summary);
  return { ...layout, rows, rowHeight: rowHeightEstimator(layout) };
}

function sourcesSheetParts(summary: Summary): {
  layout: Omit<SheetPlan, "rows" | "merges"> & { merges: [] };
  rows: Generator<PlannedCell[]>;
} {
  const plans = planColumns(summary, 1);
  return {
    layout: {
      name: SOURCES_SHEET,
      columnWidths: [
        6,
        9,
        40,
        11,
        26,
        34,
        16,
        14,
        8,
        14,
        8,
        ...plans.flatMap(() => [14, 8]),
        11,
        9,
        36,
      ],
      merges: [],
      freeze: { rows: 1, columns: 0 },
      printTitleRows: [1, 1],
      page: { orientation: "landscape", paper: "A4", fitToWidth: true },
      formatByColumn: true,
    },
    rows: sourcesRows(summary, plans),
  };
}

/** One row per contribution, made when asked for. */
function* sourcesRows(
  summary: Summary,
  plans: ReturnType<typeof planColumns>,
): Generator<PlannedCell[]> {
  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA", fontSize: 11 });
  const titles = [
    ...TITLE_PREFIX,
    "Thực hiện",
    "Ô thực hiện",
    "Cùng kỳ",
    "Ô cùng kỳ",
    ...plans.flatMap((p) => [planHeading(p), `Ô ${lowerFirst(planHeading(p))}`]),
    ...TITLE_SUFFIX,
  ];
  yield titles.map((t) => text(t, head));
  const st = sourceStyles();
  const c = st.plain;
  // Cells that read the same on many rows are planned once and shared by them: a province's
  // Nguồn has 45 000 rows, and every planned cell is an object to make and let go.
  const empty = blank(c);
  const emptyFigure = [empty, empty];
  const sharedBy = new Map<CellStyle, Map<string, PlannedCell>>();
  const once = (value: string | null, style: CellStyle): PlannedCell => {
    if (value === null) return text(value, style);
    let byText = sharedBy.get(style);
    if (!byText) sharedBy.set(style, (byText = new Map()));
    let cell = byText.get(value);
    if (!cell) byText.set(value, (cell = text(value, style)));
    return cell;
  };
  let n = 0;
  for (const row of summary.rows) {
    const contributions = contributionsOf(row, plans.length);
    const numbers = indicatorStyle(st, row, contributions);
    const code = text(row.code, c);
    const name = text(row.name, st.wrapped);
    const measureUnit = text(row.measureUnit, c);
    const figure = (cells: PlannedCell[], s: Source | null): void => {
      if (s) cells.push(num(s.value, numbers), once(s.cell, st.centered));
      else cells.push(...emptyFigure);
    };
    for (const k of contributions) {
      const cells = [
        num(++n, st.centered),
        code,
        name,
        measureUnit,
        once(k.reportingUnit, st.wrapped),
        once(k.file, st.wrapped),
        once(k.sheet, c),
      ];
      figure(cells, k.current);
      figure(cells, k.previous);
      for (const p of k.plans) figure(cells, p);
      cells.push(
        once(k.rawUnit, c),
        num(k.factor, st.factor),
        text(noteFor(row, summary, k), st.wrapped),
      );
      yield cells;
    }
    const wb = row.previousFromWorkbook;
    if (wb) {
      yield [
        num(++n, st.centered),
        text(row.code, c),
        text(row.name, st.wrapped),
        text(row.measureUnit, c),
        text("Bảng tổng hợp năm trước", st.wrapped),
        text(wb.file, st.wrapped),
        text(wb.sheet, c),
        blank(c),
        blank(c),
        num(wb.value, numbers),
        text(wb.cell, st.centered),
        ...plans.flatMap(() => [blank(c), blank(c)]),
        text(row.measureUnit, c),
        num(1, st.factor),
        text("Cùng kỳ của tổng lấy từ bảng này.", st.wrapped),
      ];
    }
  }
}
