/**
 * The shared vocabulary of the core. Every host (Excel, standalone page, CLI) speaks to the
 * core only in these plain-data shapes: grids in, issues / summaries / reports / output plans out.
 *
 * Fields may be added (optional, or with a default everywhere they are made); none may be
 * renamed or removed without changing every user, because the CLI's JSON follows CONTRACT.md.
 */

// ───────────────────────────── cells and grids ─────────────────────────────

/** An Excel error value such as #REF!, #DIV/0!, #VALUE!, #N/A, #NAME?, #NUM!, #NULL!. */
export interface CellError {
  readonly kind: "error";
  readonly code: string;
}

/**
 * What a host can read cheaply from one cell. A formula cell is given by its cached result.
 * Dates are JS Dates (hosts convert Excel serials only when the number format says date).
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/**
 * One worksheet as a 2-D grid. `values[r][c]` is sheet row r+1, column c+1 (A1 is [0][0]);
 * rows may be ragged or missing (undefined = empty). `numberFormats` and `fonts` are parallel
 * to `values` where the host has them (fonts matter for legacy TCVN3/VNI detection).
 */
export interface SheetGrid {
  /** File name as the user knows it (no directories for picked files; the path given for CLI). */
  file: string;
  sheet: string;
  values: CellValue[][];
  numberFormats?: (string | null | undefined)[][];
  fonts?: (string | null | undefined)[][];
  /** Merged ranges in A1 notation, e.g. "C5:D5". */
  merges?: string[];
  /** The sheet is hidden in its workbook (often last year's copy, or a lookup table). */
  hidden?: boolean;
}

// ───────────────────────────── issues ─────────────────────────────

export type Severity = "error" | "warning" | "info";

/** A finding, as CONTRACT.md §2 prints it. `message` is Vietnamese, for a planner. */
export interface Issue {
  file: string;
  /** null when the issue is about a whole file (corrupt, password-protected …). */
  sheet: string | null;
  /** A1 address, or null for a whole file/sheet. */
  cell: string | null;
  severity: Severity;
  rule: string;
  message: string;
}

// ───────────────────────────── periods ─────────────────────────────

export type PeriodKind = "month" | "quarter" | "6months" | "9months" | "year";

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–12 for kind "month". */
  month?: number;
  /** 1–4 for kind "quarter". */
  quarter?: number;
  /** For "6months": first (đầu năm) or last (cuối năm) half. Default "first". */
  half?: "first" | "last";
  /** Canonical, comparable key: "2026-M05", "2026-Q1", "2026-H1", "2026-H2", "2026-9M", "2026-Y". */
  key: string;
  /** Canonical Vietnamese label: "Tháng 5/2026", "Quý I/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026". */
  label: string;
}

// ───────────────────────────── the indicator sheet ─────────────────────────────

/**
 * How a numeric cell was read. Only "number" and "text-number" give a value;
 * "invalid" (text that is not one number) and "error" (#REF! …) leave it out, never guessed.
 */
export type NumberStatus = "number" | "text-number" | "empty" | "invalid" | "error" | "not-number";

export interface NumberField {
  value: number | null;
  status: NumberStatus;
  /** A1 address of the cell. */
  cell: string;
  raw: CellValue;
  /** Decimals shown by the cell's number format or text, when known (for ratio checks). */
  shownDecimals?: number;
  /**
   * Where a percent sign came from, when there was one (as readNumber reports it): "format" =
   * a number cell with a percent format, value stored as Excel keeps it (1.0168 shown as
   * "101,68%"), shownDecimals counting the decimals of the shown percentage; "text" = typed
   * "12,5%", value already in percent units. Lets ratio checks compare in percent units.
   */
  percent?: "format" | "text";
}

/** A plan (kế hoạch, dự toán) may be a number, a range or a bound written in words. */
export type PlanValue =
  | { kind: "number"; value: number }
  | { kind: "range"; low: number; high: number; text: string }
  | {
      kind: "bound";
      op: "above" | "atLeast" | "below" | "atMost" | "about";
      value: number;
      text: string;
    }
  | { kind: "text"; text: string };

export interface PlanField {
  /** The column title as written, e.g. "Dự toán tỉnh giao". */
  title: string;
  value: PlanValue | null;
  status: NumberStatus;
  cell: string;
  raw: CellValue;
  /** "format": a number cell with a percent format (0,941 shown as 94,1%), as NumberField's. */
  percent?: "format" | "text";
}

export type ColumnRole =
  | "stt"
  | "code"
  | "name"
  | "unit"
  | "previous"
  | "plan"
  | "current"
  | "ratioYoy"
  | "ratioPlan"
  | "note";

export interface ColumnInfo {
  role: ColumnRole;
  /** 0-based column index in the grid. */
  col: number;
  /** The header text (both header rows joined, normalised) that identified it. */
  title: string;
}

/** Text that was converted while reading (legacy encoding, decomposed Unicode). */
export interface TextConversion {
  cell: string;
  from: string;
  to: string;
  encoding: "tcvn3" | "vni" | "decomposed";
}

export interface IndicatorRow {
  /** 1-based sheet row. */
  row: number;
  stt: string | null;
  code: string | null;
  codeCell: string | null;
  /** NFC, cleaned, converted from legacy encodings. Empty string when missing. */
  name: string;
  nameCell: string;
  unit: string | null;
  unitCell: string | null;
  /** null when the sheet has no such column. */
  previous: NumberField | null;
  plans: PlanField[];
  current: NumberField | null;
  ratioYoy: NumberField | null;
  ratioPlan: NumberField | null;
  note: string | null;
  /** A heading row (e.g. "I. NÔNG NGHIỆP") holds no figures and is not an indicator. */
  isHeading: boolean;
  /** A "trong đó" component of the total above it ("-" / "+" STT, or after a "Trong đó:" line). */
  isComponent: boolean;
  /** The row of the total this component belongs to. */
  parentRow: number | null;
  /**
   * A name alone (no code, ĐVT or figure) over rows that are its parts: "3 Chăn nuôi" over
   * "3.1 Đàn trâu". Resolving reads it as a group heading unless the catalog knows it, as a
   * total the unit left blank.
   */
  groupsRows: boolean;
}

/** A table's own total line ("Tổng cộng", "Cộng"): it adds figures of different units. */
export interface TotalLine {
  /** 1-based sheet row. */
  row: number;
  name: string;
  /** A1 address of its name. */
  cell: string;
  /** Its ĐVT, when it has one: then it may be a real indicator named only "Tổng cộng". */
  unit: string | null;
}

export interface MetaField {
  value: string;
  /** A1 address of the value cell. */
  cell: string;
}

/**
 * Where a sheet's unit or period was read from (CONTRACT.md §1): its label; the issuing-body
 * block at the top left or the "(Kèm theo … của …)" line (units); the title or the column
 * titles (periods).
 */
export type MetaSource = "label" | "issuing-body" | "attachment-line" | "title" | "column-title";

export interface IndicatorSheet {
  file: string;
  sheetName: string;
  /** Đơn vị báo cáo. */
  reportingUnit: MetaField | null;
  /** Where reportingUnit was read from, when there is one. */
  reportingUnitFrom?: MetaSource;
  /**
   * Mã đơn vị, as written (a "Mã đơn vị:" row above the table): matches the sheet to the
   * planner's Danh sách đơn vị before its name does. Absent when the sheet has none.
   */
  unitCode?: MetaField;
  /** Kỳ báo cáo as written. */
  periodText: MetaField | null;
  /** Where periodText was read from, when there is one. */
  periodFrom?: MetaSource;
  /** null when missing or unreadable. */
  period: Period | null;
  /** Ngày lập, ISO yyyy-mm-dd. */
  date: MetaField | null;
  preparer: MetaField | null;
  phone: MetaField | null;
  /** 1-based row(s) of the header; headerRows[1] present when it spans two rows. */
  headerRows: number[];
  columns: ColumnInfo[];
  rows: IndicatorRow[];
  conversions: TextConversion[];
  /**
   * When several columns read as "this period" ("Thực hiện tháng 5", "Ước thực hiện 6 tháng"):
   * the one read, by its title's period or, when none names the report period, the first.
   */
  currentColumns?: {
    chosen: { title: string; cell: string };
    /** Every such column, the chosen one among them, in sheet order. */
    columns: Array<{ title: string; cell: string }>;
    /** See CurrentChoice in parse/header.ts. */
    byPeriod: "one" | "several" | "none";
  };
  /** The table's own "Tổng cộng" lines, set aside: absent when it has none. */
  totalLines?: TotalLine[];
  /** The form this sheet was filled in on, read from the workbook's hidden marker (TongHop's own template). */
  formMarker?: TemplateMarker;
}

/**
 * What `tonghop template` hides in each form it writes, so that a returned file is matched to
 * its unit and period exactly even when it was renamed or its visible cells were retyped.
 */
export interface TemplateMarker {
  /** Which form this is (TEMPLATE_ID in core/template/marker.ts); another id is not a TongHop form. */
  templateId: string;
  /** Identifies the catalog the rows were made from (codes, names, units), see catalogVersion. */
  catalogVersion: string;
  unitCode: string | null;
  unitName: string | null;
  period: string | null;
}

/** What reading one grid gives: an indicator sheet, or a reason it is not one. */
export type ParseResult =
  | { kind: "sheet"; sheet: IndicatorSheet }
  | { kind: "skipped"; file: string; sheet: string; reason: string };

// ───────────────────────────── the catalog ─────────────────────────────

export interface CatalogSection {
  id: string;
  /** "Nông nghiệp", "Tài chính, ngân sách" … */
  name: string;
  order: number;
}

/**
 * How an indicator adds up across reporting units.
 * sum: counts, areas, money. ratio: recomputed from parts (numerator/denominator codes).
 * none: rates and averages that cannot be added: taken as is when one unit reports them.
 */
export type Aggregation = "sum" | "ratio" | "none";

export interface CatalogIndicator {
  code: string;
  name: string;
  synonyms: string[];
  unit: string;
  section: string;
  /** Code of the total this indicator is a "trong đó" part of. */
  parent: string | null;
  /** How this indicator's own "trong đó" parts relate to it. */
  componentRule: "exact" | "notExceed";
  aggregation: Aggregation;
  ratio?: { numerator: string; denominator: string; scale: number };
  /** A percentage that must lie in 0–100. */
  isShare: boolean;
  /** Counts, areas and money cannot be negative. */
  nonNegative: boolean;
  /** Decimals to show in text; undefined = sensible default. */
  decimals?: number;
  /** Year-on-year change (±%) beyond which a warning asks the planner to check. */
  yoyThreshold?: number;
  /** Unit to show in the narrative when it differs (e.g. "tỷ đồng" for money kept in triệu đồng). */
  displayUnit?: string;
  /** Narrative sentence template (issue 4); undefined = default for its kind. */
  template?: string;
  /**
   * Code of the total this count is read against in the narrative ("5/6 trường": GD02 of
   * GD01). Unlike `parent`, not a "trong đó" part and not checked against the total.
   */
  ofTotal?: string;
  /**
   * Its name is another indicator's in the planner's own catalog (mergeCatalogs sets it): the
   * planner's wins, and this one is found by its code only.
   */
  nameShadowed?: boolean;
}

export interface Catalog {
  sections: CatalogSection[];
  indicators: CatalogIndicator[];
}

// ───────────────────────────── output plans ─────────────────────────────

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Excel number format code, e.g. "#,##0" or "0.00". */
  numFmt?: string;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right" | "justify";
  vAlign?: "top" | "middle" | "bottom";
  fontName?: string;
  fontSize?: number;
  border?: boolean;
  /** Background colour, hex RGB without '#'. */
  fill?: string;
  indent?: number;
  /**
   * The cell stays editable when its sheet is protected: the value cells of a form (Excel
   * locks every cell by default, so a protected sheet without this is read-only).
   */
  unlocked?: boolean;
}

/**
 * One cell to write. `text` values are always written as literal text, never parsed as a
 * formula or number (department text beginning with =, +, -, @ must stay text).
 */
export type PlannedValue = { text: string } | { number: number } | null;

export interface PlannedCell {
  value: PlannedValue;
  style?: CellStyle;
  /** Data validation on the cell (a form's value cells); written by the .xlsx writers. */
  validation?: CellValidation;
}

/**
 * What a form cell accepts, with the Vietnamese input message Excel shows when it is selected
 * and the error it shows for a value it refuses. "warning" lets the planner keep the value
 * after confirming (a plan written "Khoảng 4"); "stop" refuses it.
 */
export type CellValidation =
  | ({ kind: "decimal"; min: number; max: number; onError: "stop" | "warning" } & ValidationText)
  | ({ kind: "date"; from: string; to: string; onError: "stop" | "warning" } & ValidationText)
  /** Any value: only the input message (a plan of a rate may be "6,6-6,8" or "Trên 4"). */
  | ({ kind: "any" } & ValidationText);

export interface ValidationText {
  promptTitle: string;
  prompt: string;
  errorTitle?: string;
  error?: string;
}

export interface SheetPlan {
  name: string;
  /** Column widths in characters. */
  columnWidths: number[];
  /**
   * Row heights in points, by 0-based row; missing = the host's default. Wrapped text needs
   * them: neither LibreOffice nor Excel grows a row for wrapped text when opening a file.
   */
  rowHeights?: (number | null)[];
  rows: PlannedCell[][];
  /** Merged ranges, A1 notation. */
  merges: string[];
  /** Rows/columns frozen at the top/left. */
  freeze?: { rows: number; columns: number };
  /** Rows repeated at the top of each printed page (1-based, inclusive). */
  printTitleRows?: [number, number];
  /** Columns repeated at the left of each printed page (1-based, inclusive): a wide table's labels. */
  printTitleColumns?: [number, number];
  page?: { orientation: "portrait" | "landscape"; paper: "A4"; fitToWidth: boolean };
  /**
   * A long table whose number formats run down its columns (Nguồn): hosts that send formats
   * with every cell (Office.js) send them as one range per run of a column instead.
   */
  formatByColumn?: boolean;
  /**
   * Sheet protection without a password (a form: only its unlocked cells take input, and
   * anyone can lift it from the Review tab, so nobody is ever locked out of their own file).
   */
  protect?: boolean;
  /** "veryHidden": not listed in Excel's Unhide dialog (the form's marker sheet). */
  state?: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
}

/**
 * A sheet whose rows are made one at a time as a writer takes them, never held together: a
 * province's "Nguồn" (180 000 rows at 600 units). Only a streaming writer takes it (the CLI's);
 * every other host gets the same sheet as a SheetPlan. No merges: nothing to hold rows for.
 */
export interface StreamedSheetPlan extends Omit<SheetPlan, "rows" | "rowHeights" | "merges"> {
  merges: [];
  /** The rows in order; iterated once. */
  rows: Iterable<PlannedCell[]>;
  /** Each row's height (points), or null for the host's default. */
  rowHeight: (cells: PlannedCell[], r: number) => number | null;
}

// ───────────────────────────── report settings ─────────────────────────────

/**
 * What a planner sets once and keeps (Excel: document settings; CLI: --settings JSON).
 * Issuing body, place and signer are data: nothing in code assumes a district or a province.
 */
export interface ReportSettings {
  /** Cơ quan chủ quản, e.g. "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"; may be empty. */
  parentBody: string;
  /** Cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN XÃ HỢP HÒA". */
  issuingBody: string;
  /** Ký hiệu viết tắt of the body for "Số: …/BC-UBND". */
  bodyAbbreviation: string;
  /** Địa danh for "Hợp Hòa, ngày … tháng … năm …". */
  place: string;
  /** Date of the report, ISO yyyy-mm-dd; empty = leave "ngày … tháng … năm …" to fill by hand. */
  reportDate: string;
  /** Subject line under "BÁO CÁO". Empty = made from the period. */
  subject: string;
  /** Signature block lines, top to bottom, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  signerTitles: string[];
  signerName: string;
  /** "Nơi nhận" lines. */
  recipients: string[];
  /** Year-on-year change (±%) beyond which validation asks to check. */
  yoyThreshold: number;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  parentBody: "",
  issuingBody: "ỦY BAN NHÂN DÂN",
  bodyAbbreviation: "UBND",
  place: "",
  reportDate: "",
  subject: "",
  signerTitles: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
  signerName: "",
  recipients: ["Như trên;", "Lưu: VT."],
  yoyThreshold: 50,
};
