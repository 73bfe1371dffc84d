/**
 * "Quy đổi địa giới": how each cùng kỳ figure of today's units was carried over from former
 * units (1/7/2025), so that a planner or an inspector can check every quy đổi: first the
 * units each new unit was made from (code, name, full or partial, share used, last year's
 * sheet), then every figure carried over, former unit by former unit, and its sum.
 */
import { isAdditive, unitFigures } from "../consolidate/byUnit";
import type { BoundaryConversion } from "../boundaries/convert";
import { boundaryReview } from "../boundaries/review";
import type { Summary } from "../consolidate/types";
import type { CellStyle, PlannedCell, SheetPlan } from "../types";
import { FONT, blank, framed, num, numberFormat, text } from "./cells";
import { cellPlace } from "../text/cellPlace";

export const BOUNDARY_SHEET = "Quy đổi địa giới";

const WIDTHS = [6, 26, 9, 26, 9, 13, 12, 14, 36, 40];
const WIDTH = WIDTHS.length;

const MERGE_LABEL = { full: "Toàn bộ", partial: "Một phần" } as const;

export function boundarySheetPlan(summary: Summary, conv: BoundaryConversion): SheetPlan {
  const rows: PlannedCell[][] = [];
  const merges: string[] = [];
  const title = { bold: true, hAlign: "center" as const, fontName: FONT, fontSize: 14 };
  const line = (value: string, style: CellStyle) => {
    rows.push([text(value, style), ...Array.from({ length: WIDTH - 1 }, () => blank())]);
    merges.push(`A${rows.length}:J${rows.length}`);
  };
  const note = { fontName: FONT, fontSize: 12, wrap: true, vAlign: "top" as const };
  line("QUY ĐỔI SỐ LIỆU CÙNG KỲ THEO ĐỊA GIỚI HÀNH CHÍNH MỚI", title);
  const review = boundaryReview(conv);
  line(
    `Phạm vi: ${review.scope}. Số cùng kỳ của mỗi đơn vị hiện nay là tổng số liệu năm trước của các đơn vị cũ hợp thành; ` +
      `đơn vị cũ chỉ nhập một phần được tính theo tỷ lệ (%) trong “Bảng quy đổi”, không có tỷ lệ thì đơn vị hiện nay đó không so sánh cùng kỳ.`,
    note,
  );
  line(
    "Phương án sắp xếp từ ngày 01/7/2025: dữ liệu dvhcvn/20250701 (theo Nghị quyết 60-NQ/TW và các Nghị quyết 1654–1687/NQ-UBTVQH15), giấy phép MIT.",
    { ...note, italic: true, fontSize: 11 },
  );
  rows.push([]);

  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA", fontSize: 11 });
  const c = framed({ fontSize: 11, vAlign: "top" });
  const wrapped: CellStyle = { ...c, wrap: true };
  const centered: CellStyle = { ...c, hAlign: "center" };
  const bold: CellStyle = { ...c, bold: true };
  const numberStyle = (v: number | null, base: CellStyle = c): CellStyle => ({
    ...base,
    hAlign: "right",
    numFmt: numberFormat(v),
  });
  const cellOr = (cell: PlannedCell | null, style: CellStyle) => cell ?? blank(style);

  line("I. CÁC ĐƠN VỊ HỢP THÀNH", { fontName: FONT, fontSize: 12, bold: true });
  rows.push(
    [
      "STT",
      "Đơn vị hiện nay",
      "Mã",
      "Đơn vị trước sắp xếp",
      "Mã",
      "Hình thức nhập",
      "Tỷ lệ dùng (%)",
      "Có biểu năm trước",
      "Biểu năm trước (tệp, trang)",
      "Ghi chú",
    ].map((t) => text(t, head)),
  );
  review.units.forEach((u, i) => {
    u.formers.forEach((f, k) => {
      rows.push([
        k === 0 ? num(i + 1, centered) : blank(c),
        k === 0 ? text(u.name, bold) : blank(c),
        k === 0 ? text(u.code, centered) : blank(c),
        text(f.name, c),
        text(f.code, centered),
        text(MERGE_LABEL[f.type], centered),
        cellOr(f.share === null ? null : num(f.share, numberStyle(f.share)), c),
        text(f.sheet !== null ? "Có" : "Không", centered),
        text(f.sheet ?? "", wrapped),
        text(f.note, wrapped),
      ]);
    });
  });
  rows.push([]);

  line("II. SỐ LIỆU QUY ĐỔI", { fontName: FONT, fontSize: 12, bold: true });
  rows.push(
    [
      "STT",
      "Đơn vị hiện nay",
      "Mã",
      "Đơn vị trước sắp xếp",
      "Mã",
      "Số năm trước",
      "Tỷ lệ (%)",
      "Số quy đổi",
      "Chỉ tiêu (ĐVT) — nguồn",
      "Ghi chú",
    ].map((t) => text(t, head)),
  );
  let n = 0;
  // Each row's figures unit by unit, computed once: the loops below visit units × indicators.
  const perRow = summary.rows.map(
    (row) => new Map(unitFigures(summary, row).map((u) => [u.code, u] as const)),
  );
  for (const t of conv.targets) {
    for (let r = 0; r < summary.rows.length; r++) {
      const row = summary.rows[r];
      const figures = perRow[r].get(t.unit.code);
      if (!figures || figures.previousFrom.every((p) => p.source === null)) continue;
      n++;
      const label = `${row.name} (${row.measureUnit})`;
      // A rate is not shared out: 16,17 % × 40 = 6,468 means nothing. Its former units' figures
      // are shown as written; the cùng kỳ is recomputed from its parts (the total line says so).
      const shared = isAdditive(row);
      figures.previousFrom.forEach((p, k) => {
        rows.push([
          k === 0 ? num(n, centered) : blank(c),
          k === 0 ? text(t.unit.name, c) : blank(c),
          k === 0 ? text(t.unit.code, centered) : blank(c),
          text(p.name, c),
          text(p.code, centered),
          p.source ? num(p.source.value, numberStyle(p.source.value)) : blank(c),
          p.share === null || !shared ? blank(c) : num(p.share, numberStyle(p.share)),
          p.value === null || !shared ? blank(c) : num(p.value, numberStyle(p.value)),
          text(p.source ? `${label}, ${cellPlace(p.source)}` : label, wrapped),
          text(p.source ? "" : "Không có số năm trước.", wrapped),
        ]);
      });
      rows.push([
        blank(c),
        text(`Cùng kỳ quy đổi của ${t.unit.name}`, bold),
        blank(c),
        blank(c),
        blank(c),
        blank(c),
        blank(c),
        figures.previous === null
          ? blank(bold)
          : num(figures.previous, numberStyle(figures.previous, bold)),
        text(label, { ...wrapped, bold: true }),
        text(
          figures.previous === null
            ? (figures.note ?? "Không quy đổi được.")
            : row.aggregation === "ratio"
              ? "Tính lại từ các chỉ tiêu thành phần đã quy đổi."
              : "",
          wrapped,
        ),
      ]);
    }
  }
  if (n === 0)
    line("Không có số liệu năm trước nào của các đơn vị cũ được quy đổi.", {
      ...note,
      italic: true,
    });
  return {
    name: BOUNDARY_SHEET,
    columnWidths: WIDTHS,
    rows,
    merges,
    freeze: { rows: 0, columns: 0 },
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}
