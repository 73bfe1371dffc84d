/**
 * The metadata block above the table: "Đơn vị báo cáo", "Kỳ báo cáo", "Ngày lập", "Người lập",
 * "Điện thoại". A label sits in one cell with its value in the next non-empty cell to the right,
 * or both share one cell ("Đơn vị báo cáo: Phòng Kinh tế"), as many real templates do.
 */

import type { MetaField, MetaSource, Period, SheetGrid } from "../types";
import { a1 } from "../a1";
import { foldKey, matchKey } from "../text/normalize";
import { parsePeriod, periodOutsideDates } from "./period";
import { cellAt, gridWidth, isBlank, TextReader } from "./gridText";
import { unitFromAttachmentLine, unitFromIssuingBlock } from "./issuingBody";

export type MetaKey = "reportingUnit" | "unitCode" | "periodText" | "date" | "preparer" | "phone";

/**
 * Accepted labels per field, compared by matchKey. Earlier labels are preferred: "Đơn vị báo
 * cáo" wins over a bare "Đơn vị" elsewhere on the sheet.
 */
const LABELS: Record<MetaKey, string[]> = {
  reportingUnit: [
    "Đơn vị báo cáo",
    "Tên đơn vị báo cáo",
    "Tên đơn vị",
    "Đơn vị gửi báo cáo",
    "Đơn vị",
  ],
  // The form template writes "Mã đơn vị:"; the planner's Danh sách đơn vị is matched by it first.
  unitCode: ["Mã đơn vị", "Mã đơn vị báo cáo", "Mã ĐVHC", "Mã đơn vị hành chính", "Mã số đơn vị"],
  periodText: ["Kỳ báo cáo", "Kỳ"],
  date: ["Ngày lập", "Ngày báo cáo", "Ngày lập báo cáo", "Ngày lập biểu"],
  preparer: ["Người lập", "Người lập biểu", "Người báo cáo", "Cán bộ lập biểu"],
  phone: ["Điện thoại", "Số điện thoại", "ĐT", "SĐT", "Điện thoại liên hệ"],
};

const LABEL_INDEX = new Map<string, { key: MetaKey; rank: number }>();
for (const key of Object.keys(LABELS) as MetaKey[]) {
  LABELS[key].forEach((label, rank) => LABEL_INDEX.set(matchKey(label), { key, rank }));
}

// "Đơn vị: triệu đồng" above a table is the unit of its figures, not the reporting unit.
const MEASURE_UNITS = new Set(
  [
    "triệu đồng",
    "tỷ đồng",
    "nghìn đồng",
    "ngàn đồng",
    "đồng",
    "ha",
    "tấn",
    "%",
    "người",
    "con",
    "usd",
    "triệu usd",
  ].map(foldKey),
);

export interface MetadataResult {
  reportingUnit: MetaField | null;
  unitCode: MetaField | null;
  periodText: MetaField | null;
  date: MetaField | null;
  preparer: MetaField | null;
  phone: MetaField | null;
  /** The period periodText names (dates in an unlabelled line set aside); null when none. */
  period: Period | null;
  /** Where reportingUnit and periodText were read from; null when they were not found. */
  unitFrom: MetaSource | null;
  periodFrom: MetaSource | null;
}

// A title line of a biểu or phụ lục, compared without marks: a period there outranks one in
// any other line above the table.
const TITLE_RE =
  /^(?:bao cao|bieu|phu luc|tong hop|ket qua|so lieu|tinh hinh|danh muc|cac chi tieu|chi tieu|thong ke|uoc|thuc hien)/;

function isTitleLine(text: string): boolean {
  if (TITLE_RE.test(foldKey(text))) return true;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && text === text.toLocaleUpperCase("vi");
}

function labelOf(text: string): { key: MetaKey; rank: number } | undefined {
  return LABEL_INDEX.get(matchKey(text));
}

/** ISO yyyy-mm-dd from a JS Date, on the calendar day the sheet showed. */
export function dateToIso(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  // Hosts build dates at UTC midnight (ExcelJS) or local midnight (new Date(y, m, d)); take
  // whichever of the two is at midnight so neither shifts the day.
  const useLocal =
    !(d.getUTCHours() === 0 && d.getUTCMinutes() === 0) &&
    d.getHours() === 0 &&
    d.getMinutes() === 0;
  const y = useLocal ? d.getFullYear() : d.getUTCFullYear();
  const m = (useLocal ? d.getMonth() : d.getUTCMonth()) + 1;
  const day = useLocal ? d.getDate() : d.getUTCDate();
  return isoOf(y, m, day);
}

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const daysIn = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysIn) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Reads a date as planners write it: "15/06/2026", "15-6-2026", "15.06.2026",
 * "ngày 15 tháng 6 năm 2026", or already ISO "2026-06-15". null when it is no real date.
 */
export function parseViDate(text: string): string | null {
  const s = foldKey(text);
  let m = /(?:^|\D)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Excel's serial day number (1900 system) as ISO, for date cells a host left as numbers. */
export function serialToIso(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n > 2958465) return null;
  const ms = Math.round((n - 25569) * 86400000);
  return dateToIso(new Date(ms));
}

/**
 * Finds the metadata fields in rows [0, endRow) (0-based, endRow exclusive: the header row).
 * A date field holds ISO yyyy-mm-dd when it can be read, otherwise the text as written (so
 * validation can point at an unreadable date). When no "Kỳ báo cáo" label is present, a title
 * cell naming a period ("BÁO CÁO ... 6 THÁNG ĐẦU NĂM 2026") is taken as the period text, before
 * any other line naming one, and never the place-and-date line. When no "Đơn vị báo cáo" label
 * is present, the issuing-body block or the "(Kèm theo … của …)" line names the unit.
 */
export function readMetadata(grid: SheetGrid, endRow: number, reader: TextReader): MetadataResult {
  const found: Partial<Record<MetaKey, { field: MetaField; rank: number }>> = {};
  const width = gridWidth(grid);
  const last = Math.min(endRow, grid.values.length);

  const offer = (key: MetaKey, rank: number, field: MetaField): void => {
    if (field.value === "") return;
    if (key === "reportingUnit" && MEASURE_UNITS.has(foldKey(field.value))) return;
    const prev = found[key];
    if (!prev || rank < prev.rank) found[key] = { field, rank };
  };

  for (let r = 0; r < last; r++) {
    for (let c = 0; c < width; c++) {
      const raw = cellAt(grid, r, c);
      if (typeof raw !== "string") continue;
      const text = reader.text(r, c, false);
      if (text === "") continue;

      const whole = labelOf(text);
      if (whole) {
        // Label alone: the value is the next non-empty cell on the same row.
        for (let v = c + 1; v < width; v++) {
          const val = cellAt(grid, r, v);
          if (isBlank(val)) continue;
          reader.text(r, c); // record the label's conversion too
          const value = metaValue(whole.key, val, r, v, reader);
          if (value !== null) offer(whole.key, whole.rank, { value, cell: a1(r, v) });
          break;
        }
        continue;
      }

      // "Label: value" in one cell.
      const colon = text.search(/[:：]/);
      if (colon > 0) {
        const label = labelOf(text.slice(0, colon));
        const rest = text.slice(colon + 1).trim();
        if (label && rest !== "") {
          reader.text(r, c);
          const value = label.key === "date" ? (parseViDate(rest) ?? rest) : rest;
          offer(label.key, label.rank, { value, cell: a1(r, c) });
        }
      }
    }
  }

  let periodFrom: MetaSource | null = found.periodText ? "label" : null;
  let period = found.periodText ? parsePeriod(found.periodText.field.value) : null;
  if (!found.periodText) {
    // No label: the title names the period before any other line; a date never does.
    let best: { field: MetaField; period: Period; title: boolean; r: number; c: number } | null =
      null;
    outer: for (let r = 0; r < last; r++) {
      for (let c = 0; c < width; c++) {
        if (typeof cellAt(grid, r, c) !== "string") continue;
        const text = reader.text(r, c, false);
        if (text.length > 200) continue;
        const p = periodOutsideDates(text);
        if (!p) continue;
        const title = isTitleLine(text);
        if (!best || (title && !best.title)) {
          best = { field: { value: text, cell: a1(r, c) }, period: p, title, r, c };
          if (title) break outer;
        }
      }
    }
    if (best) {
      reader.text(best.r, best.c); // record the title's conversion too
      found.periodText = { field: best.field, rank: 99 };
      period = best.period;
      periodFrom = "title";
    }
  }

  let unitFrom: MetaSource | null = found.reportingUnit ? "label" : null;
  if (!found.reportingUnit) {
    const inferred =
      unitFromIssuingBlock(grid, last, reader) ?? unitFromAttachmentLine(grid, last, reader);
    if (inferred) {
      found.reportingUnit = { field: { value: inferred.value, cell: inferred.cell }, rank: 99 };
      unitFrom = inferred.from;
    }
  }

  return {
    reportingUnit: found.reportingUnit?.field ?? null,
    unitCode: found.unitCode?.field ?? null,
    periodText: found.periodText?.field ?? null,
    date: found.date?.field ?? null,
    preparer: found.preparer?.field ?? null,
    phone: found.phone?.field ?? null,
    period,
    unitFrom,
    periodFrom,
  };
}

/** The value cell as field text: dates as ISO, phone numbers typed as numbers kept as digits. */
function metaValue(
  key: MetaKey,
  val: ReturnType<typeof cellAt>,
  r: number,
  c: number,
  reader: TextReader,
): string | null {
  if (val instanceof Date) return dateToIso(val);
  if (key === "date" && typeof val === "number") return serialToIso(val);
  // A code typed as a number keeps its digits; a lost leading 0 is the matcher's concern.
  if (key === "unitCode" && typeof val === "number") return String(val);
  if (key === "phone" && typeof val === "number") {
    // A phone typed into a number cell loses its leading 0 ("912345678").
    const digits = String(val);
    return digits.length === 9 ? "0" + digits : digits;
  }
  const text = reader.text(r, c);
  if (text === "") return null;
  return key === "date" ? (parseViDate(text) ?? text) : text;
}
