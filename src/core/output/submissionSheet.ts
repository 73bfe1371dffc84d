/**
 * "Tình hình nộp biểu": who of the planner's Danh sách đơn vị sent, on time or late, who did
 * not, how many errors each sheet has, which of a unit's several sheets was consolidated and
 * which were set aside; then the files of units not on the list. Printed landscape with its
 * header row on every page, so the list of a province's 126 communes can go out as it is.
 */
import {
  DATE_SOURCE_LABEL,
  STATUS_LABEL,
  countsLine,
  deadlineLine,
  fileAndSheet,
  shownDate,
} from "../units/say";
import type { SubmissionSummary } from "../units/types";
import type { CellStyle, PlannedCell, SheetPlan } from "../types";
import { FONT, blank, framed, num, text } from "./cells";

export const SUBMISSION_SHEET = "Tình hình nộp biểu";

const WIDTHS = [6, 11, 28, 12, 13, 13, 12, 8, 36, 36];
const LAST = "J";

const UNLISTED_REASON = {
  "not-listed": "Đơn vị không có trong danh sách.",
  ambiguous: "Tên ứng với nhiều đơn vị trong danh sách; cần ghi Mã đơn vị.",
  unreadable: "Không đọc được tệp (xem trang “Kiểm tra”).",
} as const;

export function submissionSheetPlan(
  summary: SubmissionSummary,
  options: { issuingBody?: string } = {},
): SheetPlan {
  const rows: PlannedCell[][] = [];
  const merges: string[] = [];
  const line = (value: string, style: CellStyle) => {
    rows.push([text(value, style)]);
    merges.push(`A${rows.length}:${LAST}${rows.length}`);
  };
  const title = { bold: true, hAlign: "center" as const, fontName: FONT, fontSize: 14 };
  const note: CellStyle = { fontName: FONT, fontSize: 12, wrap: true, vAlign: "top" };
  if (options.issuingBody) line(options.issuingBody.toUpperCase(), { ...title, fontSize: 12 });
  line("TÌNH HÌNH NỘP BIỂU CỦA CÁC ĐƠN VỊ", title);
  line(countsLine(summary), note);
  line(
    deadlineLine(summary) +
      ` Danh sách: ${fileAndSheet({ file: summary.listFile, sheet: summary.listSheet })}.`,
    {
      ...note,
      italic: true,
      fontSize: 11,
    },
  );
  rows.push([]);

  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA", fontSize: 11 });
  const c = framed({ fontSize: 11, vAlign: "top" });
  const wrapped: CellStyle = { ...c, wrap: true };
  const centered: CellStyle = { ...c, hAlign: "center" };
  const count: CellStyle = { ...c, hAlign: "right", numFmt: "#,##0" };
  const header = rows.length + 1;
  rows.push(
    [
      "STT",
      "Mã đơn vị",
      "Tên đơn vị",
      "Tình trạng",
      "Hạn nộp",
      "Ngày lập/ngày tệp",
      "Nguồn ngày",
      "Số lỗi",
      "Tệp dùng",
      "Tệp không dùng",
    ].map((t) => text(t, head)),
  );
  summary.units.forEach((u, i) => {
    const used = u.files.find((f) => f.used) ?? null;
    const aside = u.files.filter((f) => !f.used);
    // A unit not yet in stands out on the printed page, a late one less so.
    const fill = u.status === "missing" ? "FCE4D6" : u.status === "late" ? "FFF2CC" : undefined;
    const s = (style: CellStyle): CellStyle => (fill ? { ...style, fill } : style);
    rows.push([
      num(i + 1, s(centered)),
      text(u.unit.code, s(centered)),
      text(u.unit.name, s(wrapped)),
      text(STATUS_LABEL[u.status], s(centered)),
      text(shownDate(u.deadline), s(centered)),
      text(shownDate(used?.date ?? null), s(centered)),
      text(used?.dateSource ? DATE_SOURCE_LABEL[used.dateSource] : "", s(centered)),
      used ? num(used.errors, s(count)) : blank(s(c)),
      text(used ? fileAndSheet(used) : "", s(wrapped)),
      text(
        aside
          .map(
            (f) =>
              `${fileAndSheet(f)}${f.date ? ` (${shownDate(f.date)})` : ""}${f.errors > 0 ? `, ${f.errors} lỗi` : ""}`,
          )
          .join("; "),
        s(wrapped),
      ),
    ]);
  });
  rows.push([]);

  line("TỆP CỦA ĐƠN VỊ KHÔNG CÓ TRONG DANH SÁCH", { fontName: FONT, fontSize: 12, bold: true });
  if (summary.unlisted.length === 0) {
    line("Không có: mọi biểu nhận được đều của đơn vị trong danh sách.", { ...note, italic: true });
  } else {
    rows.push(
      [
        "STT",
        "",
        "Đơn vị (như ghi trong biểu)",
        "",
        "",
        "Ngày lập/ngày tệp",
        "Nguồn ngày",
        "Số lỗi",
        "Tệp, trang",
        "Ghi chú",
      ].map((t) => (t === "" ? blank(head) : text(t, head))),
    );
    summary.unlisted.forEach((u, i) => {
      rows.push([
        num(i + 1, centered),
        blank(c),
        text(u.unit ?? "(không ghi)", wrapped),
        blank(c),
        blank(c),
        text(shownDate(u.date), centered),
        text(u.dateSource ? DATE_SOURCE_LABEL[u.dateSource] : "", centered),
        num(u.errors, count),
        text(fileAndSheet(u), wrapped),
        text(UNLISTED_REASON[u.reason], wrapped),
      ]);
    });
  }
  return {
    name: SUBMISSION_SHEET,
    columnWidths: WIDTHS,
    rows,
    merges,
    freeze: { rows: header, columns: 0 },
    printTitleRows: [header, header],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}
