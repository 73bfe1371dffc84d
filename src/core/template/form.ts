/**
 * The form a planner sends to a unit: the metadata block and header the parser reads, one row
 * per catalog indicator grouped by field with its code filled in (so matching never depends on
 * how a name is typed), and only the cells the unit fills in left editable. The sheet is
 * protected without a password: it keeps labels and codes from being typed over, and anyone
 * can lift it (Review ▸ Unprotect Sheet) so no office is ever locked out of its own file.
 */
import type {
  Catalog,
  CatalogIndicator,
  CellStyle,
  CellValidation,
  PlannedCell,
  SheetPlan,
} from "../types";
import { FONT, blank, framed, text } from "../output/cells";
import { roman } from "../text/roman";

export interface FormOptions {
  unit?: string;
  /** Mã đơn vị from the planner's Danh sách đơn vị; written as a "Mã đơn vị:" row when given. */
  unitCode?: string;
  period?: string;
}

export const FORM_SHEET = "Biểu chỉ tiêu";

const TITLES = [
  "STT",
  "Mã chỉ tiêu",
  "Chỉ tiêu",
  "ĐVT",
  "Thực hiện cùng kỳ năm trước",
  "Kế hoạch năm",
  "Thực hiện kỳ báo cáo",
  "Ghi chú",
];

/** Excel refuses an input message over 255 characters (and a title over 32). */
const MAX_PROMPT = 255;
const BIG = 1e15;

function prompt(s: string): string {
  return s.length <= MAX_PROMPT ? s : s.slice(0, MAX_PROMPT - 1) + "…";
}

/** "Diện tích lúa (ha)", short enough to leave room for the instruction after it. */
function named(ind: CatalogIndicator): string {
  const name = ind.name.length > 120 ? ind.name.slice(0, 119) + "…" : ind.name;
  return ind.unit ? `${name} (${ind.unit})` : name;
}

/**
 * A plan for a rate or an average is often a range or a bound ("6,6-6,8", "Trên 4"); a plan for
 * a count, an area or money is one number, and anything else gets a warning the planner may
 * confirm past ("Khoảng 4" is still read).
 */
function planAcceptsText(ind: CatalogIndicator): boolean {
  return ind.unit.trim() === "%" || ind.isShare || ind.aggregation !== "sum";
}

function figureValidation(ind: CatalogIndicator, title: string): CellValidation {
  const [min, max, what] = ind.isShare
    ? [0, 100, "một tỷ lệ từ 0 đến 100"]
    : ind.nonNegative
      ? [0, BIG, "một số không âm"]
      : [-BIG, BIG, "một số"];
  return {
    kind: "decimal",
    min,
    max,
    onError: "stop",
    promptTitle: title,
    prompt: prompt(
      `${named(ind)}: nhập ${what}, ví dụ 1.820 hoặc 2.715,4. Bỏ trống nếu không có số liệu.`,
    ),
    errorTitle: "Chưa đúng số liệu",
    error: `Ô này chỉ nhận ${what}, gõ như bình thường (1.820 hoặc 2.715,4), không kèm đơn vị tính hay chữ.`,
  };
}

function planValidation(ind: CatalogIndicator): CellValidation {
  const title = "Kế hoạch năm";
  if (planAcceptsText(ind)) {
    return {
      kind: "any",
      promptTitle: title,
      prompt: prompt(
        `${named(ind)}: nhập một số, một khoảng (6,6-6,8) hoặc một mức (Trên 4, Khoảng 4, Dưới 3) như kế hoạch giao.`,
      ),
    };
  }
  return {
    kind: "decimal",
    min: ind.nonNegative ? 0 : -BIG,
    max: BIG,
    onError: "warning",
    promptTitle: title,
    prompt: prompt(`${named(ind)}: nhập số kế hoạch được giao, ví dụ 1.820.`),
    errorTitle: "Kế hoạch không phải một số",
    error:
      "Kế hoạch nên là một số. Nếu kế hoạch được giao ghi bằng chữ (Khoảng 4, Trên 4), chọn Yes (Có) để giữ nguyên.",
  };
}

const DATE_VALIDATION: CellValidation = {
  kind: "date",
  from: "2000-01-01",
  to: "2099-12-31",
  onError: "stop",
  promptTitle: "Ngày lập",
  prompt: "Ngày lập biểu, dạng ngày/tháng/năm, ví dụ 05/07/2026.",
  errorTitle: "Chưa đúng ngày",
  error: "Hãy nhập một ngày dạng ngày/tháng/năm, ví dụ 05/07/2026.",
};

export function formSheetPlan(catalog: Catalog, options: FormOptions = {}): SheetPlan {
  const label = { bold: true, fontName: FONT, fontSize: 12 };
  const value: CellStyle = { fontName: FONT, fontSize: 12 };
  // Yellow is what the Hướng dẫn sheet tells a unit to fill in: every unlocked cell is yellow.
  const INPUT_FILL = "FFF2CC";
  const input: CellStyle = { ...value, unlocked: true, fill: INPUT_FILL };
  const head = framed({ bold: true, hAlign: "center", wrap: true, fill: "E2EFDA" });

  // What the planner filled in stays locked (the marker says the same); what is blank is the unit's to fill.
  const given = (v: string | undefined): PlannedCell => (v ? text(v, value) : blank(input));
  const meta: PlannedCell[][] = [
    [text("Đơn vị báo cáo:", label), blank(), given(options.unit)],
    ...(options.unitCode
      ? [[text("Mã đơn vị:", label), blank(), text(options.unitCode, value)]]
      : []),
    [text("Kỳ báo cáo:", label), blank(), given(options.period)],
    [
      text("Ngày lập:", label),
      blank(),
      { ...blank({ ...input, numFmt: "dd/mm/yyyy", hAlign: "left" }), validation: DATE_VALIDATION },
    ],
    [text("Người lập:", label), blank(), blank(input)],
    [text("Điện thoại:", label), blank(), blank(input)],
  ];
  const rows: PlannedCell[][] = [
    [text("BIỂU CHỈ TIÊU KINH TẾ - XÃ HỘI", { ...label, fontSize: 14, hAlign: "center" })],
    [],
    ...meta,
    [],
    TITLES.map((t) => text(t, head)),
    TITLES.map((_, i) =>
      text(i < 4 ? String.fromCharCode(65 + i) : String(i - 3), {
        ...head,
        italic: true,
        fill: undefined,
      }),
    ),
  ];
  const headerRow = rows.length - 1; // 1-based row of the titles
  const merges = ["A1:H1", ...meta.map((_, i) => `A${i + 3}:B${i + 3}`)];

  const c = framed();
  const figure = { ...c, numFmt: "#,##0.##", unlocked: true, fill: INPUT_FILL };
  const note = { ...c, wrap: true, unlocked: true, fill: INPUT_FILL };
  const sections = [...catalog.sections].sort((a, b) => a.order - b.order);
  let s = 0;
  for (const section of sections) {
    const inSection = catalog.indicators.filter((i) => i.section === section.id);
    if (inSection.length === 0) continue;
    rows.push([
      text(roman(++s), { ...c, bold: true, hAlign: "center" }),
      blank(c),
      text(section.name.toUpperCase(), { ...c, bold: true }),
      ...Array.from({ length: 5 }, () => blank(c)),
    ]);
    let n = 0;
    const isChild = (code: string) => inSection.some((i) => i.code === code);
    for (const ind of inSection) {
      const component = ind.parent !== null && isChild(ind.parent);
      rows.push([
        text(component ? "-" : String(++n), { ...c, hAlign: "center" }),
        text(ind.code, { ...c, hAlign: "center" }),
        text(ind.name, { ...c, wrap: true, italic: component, indent: component ? 1 : 0 }),
        text(ind.unit, { ...c, hAlign: "center" }),
        { ...blank(figure), validation: figureValidation(ind, "Thực hiện cùng kỳ năm trước") },
        { ...blank(figure), validation: planValidation(ind) },
        { ...blank(figure), validation: figureValidation(ind, "Thực hiện kỳ báo cáo") },
        blank(note),
      ]);
    }
  }
  return {
    name: FORM_SHEET,
    columnWidths: [6, 10, 48, 12, 15, 15, 15, 20],
    rows,
    merges,
    freeze: { rows: headerRow + 1, columns: 3 },
    printTitleRows: [headerRow, headerRow + 1],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
    protect: true,
  };
}
