/**
 * A starter "Danh sách đơn vị" for the planner to keep: one row per unit with its code, name
 * and type, the contact, phone and deadline columns left for them to fill. Its header is the
 * one `tonghop status --units` reads back.
 */
import { UNIT_LIST_TITLES } from "../units/columns";
import { UNIT_LIST_SHEET } from "../units/readUnitList";
import type { ListedUnit } from "../units/types";
import type { SheetPlan, WorkbookPlan } from "../types";
import { FONT, blank, framed, text } from "./cells";

const WIDTHS = [12, 32, 11, 24, 15, 13];

export function unitListSheetPlan(units: readonly ListedUnit[], note: string): SheetPlan {
  const title = { bold: true, hAlign: "center" as const, fontName: FONT, fontSize: 14 };
  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA" });
  const c = framed({});
  // Codes stay text: "08869" keeps its leading 0, which a number cell would drop.
  const centered = { ...c, hAlign: "center" as const };
  const date = { ...centered, numFmt: "dd/mm/yyyy" };
  const rows = [
    [text("DANH SÁCH ĐƠN VỊ BÁO CÁO", title)],
    [text(note, { fontName: FONT, fontSize: 11, italic: true, wrap: true, vAlign: "top" })],
    [],
    UNIT_LIST_TITLES.map(([, t]) => text(t, head)),
    ...units.map((u) => [
      text(u.code, centered),
      text(u.name, c),
      text(u.type, centered),
      text(u.contact, c),
      text(u.phone, c),
      u.deadline ? text(u.deadline.split("-").reverse().join("/"), date) : blank(date),
    ]),
  ];
  return {
    name: UNIT_LIST_SHEET,
    columnWidths: WIDTHS,
    rowHeights: [24, 48],
    rows,
    merges: ["A1:F1", "A2:F2"],
    freeze: { rows: 4, columns: 0 },
    printTitleRows: [4, 4],
    page: { orientation: "portrait", paper: "A4", fitToWidth: true },
  };
}

export function unitListWorkbookPlan(units: readonly ListedUnit[], note: string): WorkbookPlan {
  return { sheets: [unitListSheetPlan(units, note)] };
}
