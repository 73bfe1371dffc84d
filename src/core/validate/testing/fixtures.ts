/**
 * Small standard indicator sheets for tests: the metadata block, the header row every template
 * uses, then the rows given. Pure (no Node), so it typechecks with the core.
 *
 * Layout (so tests can name exact cells):
 *   row 1  A "Đơn vị báo cáo:"  B unit
 *   row 2  A "Kỳ báo cáo:"      B period
 *   row 3  (empty)
 *   row 4  header: A STT | B Mã chỉ tiêu | C Chỉ tiêu | D ĐVT | E Thực hiện cùng kỳ năm trước |
 *                  F Kế hoạch năm | G Thực hiện kỳ báo cáo | H So sánh cùng kỳ (%) |
 *                  I So sánh kế hoạch (%) | J Ghi chú
 *   row 5… the data rows (first data row is sheet row {@link FIRST_DATA_ROW}).
 */
import type { CellValue, SheetGrid } from "../../types";

export const STANDARD_HEADER = [
  "STT",
  "Mã chỉ tiêu",
  "Chỉ tiêu",
  "ĐVT",
  "Thực hiện cùng kỳ năm trước",
  "Kế hoạch năm",
  "Thực hiện kỳ báo cáo",
  "So sánh cùng kỳ (%)",
  "So sánh kế hoạch (%)",
  "Ghi chú",
];

export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = 5;

export interface GridOptions {
  file?: string;
  sheet?: string;
  /** Đơn vị báo cáo; null leaves the whole line out, "" leaves the value cell empty. */
  unit?: string | null;
  /** Kỳ báo cáo as written; null leaves the whole line out. */
  period?: string | null;
  /** Replaces the standard header (e.g. to drop a column). */
  header?: string[];
  /** Number formats for data cells, keyed by A1 address ("G5": "0.0"). */
  formats?: Record<string, string>;
  /** Fonts for any cell, keyed by A1 address (legacy TCVN3/VNI detection). */
  fonts?: Record<string, string>;
}

function cellIndex(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error("bad address " + address);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function gridFromRows(rows: CellValue[][], opts: GridOptions = {}): SheetGrid {
  const unit = opts.unit === undefined ? "Phòng Kinh tế" : opts.unit;
  const period = opts.period === undefined ? "6 tháng đầu năm 2026" : opts.period;
  const values: CellValue[][] = [
    unit === null ? [] : ["Đơn vị báo cáo:", unit === "" ? null : unit],
    period === null ? [] : ["Kỳ báo cáo:", period === "" ? null : period],
    [],
    [...(opts.header ?? STANDARD_HEADER)],
    ...rows.map((r) => [...r]),
  ];
  const grid: SheetGrid = {
    file: opts.file ?? "phong-kinh-te.xlsx",
    sheet: opts.sheet ?? "Biểu 01",
    values,
  };
  const place = (map: Record<string, string> | undefined): (string | null)[][] | undefined => {
    if (!map) return undefined;
    const out: (string | null)[][] = values.map((r) => r.map(() => null));
    for (const [addr, v] of Object.entries(map)) {
      const { row, col } = cellIndex(addr);
      while (out.length <= row) out.push([]);
      while (out[row].length <= col) out[row].push(null);
      out[row][col] = v;
    }
    return out;
  };
  grid.numberFormats = place(opts.formats);
  grid.fonts = place(opts.fonts);
  return grid;
}

/** One data row in the standard layout; fields left out stay empty. */
export interface RowSpec {
  stt?: CellValue;
  code?: CellValue;
  name?: CellValue;
  unit?: CellValue;
  previous?: CellValue;
  plan?: CellValue;
  current?: CellValue;
  ratioYoy?: CellValue;
  ratioPlan?: CellValue;
  note?: CellValue;
}

export function row(spec: RowSpec): CellValue[] {
  const v = (x: CellValue | undefined): CellValue => (x === undefined ? null : x);
  return [
    v(spec.stt),
    v(spec.code),
    v(spec.name),
    v(spec.unit),
    v(spec.previous),
    v(spec.plan),
    v(spec.current),
    v(spec.ratioYoy),
    v(spec.ratioPlan),
    v(spec.note),
  ];
}

/**
 * Two departments whose plan columns stand in the same place under different titles: the
 * rice figures under "Kế hoạch năm", the budget under "Dự toán tỉnh giao".
 */
export function twoPlanTitlesGrids(): SheetGrid[] {
  const budgetHeader = STANDARD_HEADER.map((h) => (h === "Kế hoạch năm" ? "Dự toán tỉnh giao" : h));
  return [
    gridFromRows(
      [
        row({
          stt: 1,
          name: "Diện tích lúa",
          unit: "ha",
          previous: 1790,
          plan: 3600,
          current: 1820,
        }),
      ],
      { file: "kt.xlsx" },
    ),
    gridFromRows(
      [
        row({
          stt: 1,
          name: "Thu ngân sách nhà nước trên địa bàn",
          unit: "triệu đồng",
          previous: 8000,
          plan: 20000,
          current: 9000,
        }),
      ],
      { file: "tc.xlsx", unit: "Phòng Tài chính - Kế hoạch", header: budgetHeader },
    ),
  ];
}
