/**
 * One row of a "Danh mục chỉ tiêu" sheet read into an indicator: every bad cell reported at its
 * address, the row kept only when none is. References to other rows (parent, ratio parts) are
 * checked later, once every row is read (catalogReferences.ts).
 */
import type { Aggregation, CatalogIndicator, CatalogSection, CellValue } from "../types";
import { a1 } from "../a1";
import { cleanText, foldKey, matchKey } from "../text/normalize";
import { parseViNumber } from "../text/vnNumber";
import type { FactsOf } from "../issues";
import { normalizeUnit } from "./units";
import { AGGREGATIONS, NO, YES, cellText, type Field } from "./catalogColumns";

export interface Draft {
  ind: CatalogIndicator;
  /** 0-based sheet row. */
  row: number;
  /** Ratio parts written without a scale in the cell: scale follows the unit. */
  ratioCell: string | null;
  parentCell: string | null;
}

/** The catalog's kinds of issue, each at a cell of the sheet being read. */
export type CatalogKindId =
  | "catalog-missing-code"
  | "catalog-missing-name"
  | "catalog-missing-unit"
  | "catalog-missing-section"
  | "catalog-duplicate-code"
  | "catalog-unknown-aggregation"
  | "catalog-unknown-parent"
  | "catalog-bad-ratio"
  | "catalog-bad-number"
  | "catalog-bad-value";

export type ReportCell = <K extends CatalogKindId>(
  cell: string | null,
  id: K,
  facts: FactsOf<K>,
) => void;

interface Cell {
  text: string;
  raw: CellValue | undefined;
  cell: string;
}

function sectionIdOf(name: string): string {
  const slug = foldKey(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "linh-vuc" : slug;
}

/**
 * Sections by name: the base catalog's when the name is one of them, else a new one with an id
 * of its own. `used` lists them in the order rows first named them.
 */
export class SectionNames {
  readonly used: CatalogSection[] = [];
  private readonly byKey = new Map<string, CatalogSection>();
  private nextOrder: number;

  constructor(private readonly base: readonly CatalogSection[]) {
    for (const s of base) {
      for (const k of [matchKey(s.name), foldKey(s.name), matchKey(s.id)]) this.byKey.set(k, s);
    }
    this.nextOrder = Math.max(0, ...base.map((s) => s.order)) + 1;
  }

  sectionFor(text: string): CatalogSection {
    const found = this.byKey.get(matchKey(text)) ?? this.byKey.get(foldKey(text));
    if (found) {
      if (!this.used.includes(found)) this.used.push(found);
      return found;
    }
    let id = sectionIdOf(text);
    while (this.used.some((s) => s.id === id) || this.base.some((s) => s.id === id)) id += "-1";
    const created: CatalogSection = { id, name: text, order: this.nextOrder++ };
    this.byKey.set(matchKey(text), created);
    this.byKey.set(foldKey(text), created);
    this.used.push(created);
    return created;
  }
}

/** The fields that hold a code, and so read a number cell as its format shows it. */
const CODE_FIELDS: ReadonlySet<Field> = new Set<Field>(["code", "parent", "ofTotal"]);

/** The cells of one row by field, and whether any of them was bad. */
class RowCells {
  ok = true;

  constructor(
    private readonly line: readonly CellValue[],
    private readonly formats: readonly (string | null | undefined)[] | undefined,
    readonly row: number,
    private readonly columns: ReadonlyMap<Field, number>,
    private readonly report: ReportCell,
  ) {}

  at(f: Field): Cell | null {
    const c = this.columns.get(f);
    if (c === undefined) return null;
    // Only code cells read as shown: a "Có" column typed 1 and formatted "00" is still 1.
    const text = cellText(this.line[c], CODE_FIELDS.has(f) ? this.formats?.[c] : null);
    return { text, raw: this.line[c], cell: a1(this.row, c) };
  }

  bad<K extends CatalogKindId>(cell: string, id: K, facts: FactsOf<K>): void {
    this.report(cell, id, facts);
    this.ok = false;
  }

  /** A "Có"/"Không" column; null when empty or unreadable (reported). */
  flag(f: Field, label: string): boolean | null {
    const c = this.at(f);
    if (!c || c.text === "") return null;
    const k = matchKey(c.text);
    if (YES.has(k)) return true;
    if (NO.has(k)) return false;
    this.bad(c.cell, "catalog-bad-value", { column: label, written: c.text });
    return null;
  }

  /** A number column; undefined when empty or not what `check` accepts (reported). */
  number(
    f: Field,
    label: string,
    check: (n: number) => boolean,
    expect: string,
  ): number | undefined {
    const c = this.at(f);
    if (!c || c.text === "") return undefined;
    const n = typeof c.raw === "number" ? c.raw : parseViNumber(c.text);
    if (n === null || !Number.isFinite(n) || !check(n)) {
      this.bad(c.cell, "catalog-bad-number", { column: label, expected: expect, written: c.text });
      return undefined;
    }
    return n;
  }
}

const RATIO = /^([\p{L}\p{N}._-]+)\s*\/\s*([\p{L}\p{N}._-]+)\s*(?:[x×*]\s*([\d.,]+))?$/iu;

/** "GD02/GD01", optionally "×100"; undefined when empty or unreadable (reported). */
function readRatio(cells: RowCells, unit: string): CatalogIndicator["ratio"] {
  const ratioCell = cells.at("ratio");
  if (!ratioCell || ratioCell.text === "") return undefined;
  const m = RATIO.exec(ratioCell.text);
  const scale = m?.[3] !== undefined ? parseViNumber(m[3]) : null;
  if (!m || (m[3] !== undefined && (scale === null || scale <= 0))) {
    cells.bad(ratioCell.cell, "catalog-bad-ratio", { why: "unreadable", written: ratioCell.text });
    return undefined;
  }
  const ratio = {
    numerator: m[1].toUpperCase(),
    denominator: m[2].toUpperCase(),
    scale: scale ?? (unit === "%" ? 100 : 1),
  };
  if (ratio.numerator === ratio.denominator) {
    cells.bad(ratioCell.cell, "catalog-bad-ratio", { why: "same-parts", written: ratioCell.text });
  }
  return ratio;
}

/** The aggregation written, else the one the unit and ratio imply. */
function readAggregation(cells: RowCells, unit: string, hasRatio: boolean): Aggregation {
  const implied: Aggregation = hasRatio
    ? "ratio"
    : unit === "%" || unit.includes("/")
      ? "none"
      : "sum";
  const aggCell = cells.at("aggregation");
  if (!aggCell || aggCell.text === "") return implied;
  const key = matchKey(aggCell.text);
  // Own keys only: "constructor" typed in the cell is not an aggregation.
  const a = Object.hasOwn(AGGREGATIONS, key) ? AGGREGATIONS[key] : undefined;
  if (a !== undefined) return a;
  cells.bad(aggCell.cell, "catalog-unknown-aggregation", { written: aggCell.text });
  return implied;
}

function codeOf(text: string): string {
  return text.toUpperCase().replace(/\s+/g, "");
}

/**
 * Reads row `row` (0-based); null when the row is empty or has a bad cell (each reported).
 * `seenCodes` (code → cell of its first row) finds repeated codes across rows.
 */
export function readCatalogRow(
  line: readonly CellValue[],
  row: number,
  columns: ReadonlyMap<Field, number>,
  sections: SectionNames,
  seenCodes: Map<string, string>,
  report: ReportCell,
  formats?: readonly (string | null | undefined)[],
): Draft | null {
  // A wholly empty row is a gap, not an error.
  if (line.every((v) => cellText(v) === "")) return null;
  const cells = new RowCells(line, formats, row, columns, report);

  const code = cells.at("code")!;
  const name = cells.at("name")!;
  const codeText = codeOf(code.text);
  if (codeText === "") {
    cells.bad(code.cell, "catalog-missing-code", { line: row + 1, name: name.text });
  } else if (seenCodes.has(codeText)) {
    cells.bad(code.cell, "catalog-duplicate-code", {
      code: codeText,
      firstCell: seenCodes.get(codeText) as string,
    });
  } else {
    seenCodes.set(codeText, code.cell);
  }
  if (name.text === "")
    cells.bad(name.cell, "catalog-missing-name", { code: codeText, line: row + 1 });

  const unitCell = cells.at("unit");
  const unit = unitCell ? normalizeUnit(unitCell.text) : "";
  if (unitCell && unit === "") cells.bad(unitCell.cell, "catalog-missing-unit", { code: codeText });

  let section: CatalogSection | null = null;
  const sectionCell = cells.at("section");
  if (sectionCell && sectionCell.text !== "") section = sections.sectionFor(sectionCell.text);
  else if (sectionCell) cells.bad(sectionCell.cell, "catalog-missing-section", { code: codeText });

  let ratio = readRatio(cells, unit);
  const aggregation = readAggregation(cells, unit, ratio !== undefined);
  const ratioCell = cells.at("ratio");
  if (cells.ok && aggregation === "ratio" && !ratio) {
    cells.bad(ratioCell?.cell ?? cells.at("aggregation")!.cell, "catalog-bad-ratio", {
      why: "no-parts",
      code: codeText,
    });
  }
  if (aggregation !== "ratio") ratio = undefined;

  const exact = cells.flag("componentRule", "Trong đó phải bằng tổng");
  const share = cells.flag("isShare", "Tỷ lệ phần trăm 0–100");
  const nonNeg = cells.flag("nonNegative", "Không được âm");
  const decimals = cells.number(
    "decimals",
    "Số thập phân",
    (n) => Number.isInteger(n) && n >= 0 && n <= 6,
    "một số nguyên từ 0 đến 6",
  );
  const yoy = cells.number("yoyThreshold", "Ngưỡng cùng kỳ (%)", (n) => n > 0, "một số lớn hơn 0");

  const parentCell = cells.at("parent");
  const parent = parentCell && parentCell.text !== "" ? codeOf(parentCell.text) : null;
  if (parent !== null && parent === codeText) {
    cells.bad(parentCell!.cell, "catalog-unknown-parent", { why: "itself", code: codeText });
  }

  if (!cells.ok) return null;

  const isShare =
    share ?? (unit === "%" && (aggregation === "ratio" || /^tỷ lệ /.test(matchKey(name.text))));
  const ind: CatalogIndicator = {
    code: codeText,
    name: name.text,
    synonyms: (cells.at("synonyms")?.text ?? "")
      .split(/[;\n]/)
      .map((s) => cleanText(s))
      .filter((s) => s !== ""),
    unit,
    section: (section ?? sections.sectionFor("Khác")).id,
    parent,
    componentRule: exact ? "exact" : "notExceed",
    aggregation,
    isShare,
    // A percentage that is not a share (a growth rate) may fall; everything else is a count,
    // an area, money or a share, which cannot be negative.
    nonNegative: nonNeg ?? (unit !== "%" || isShare),
  };
  if (ratio) ind.ratio = ratio;
  if (decimals !== undefined) ind.decimals = decimals;
  if (yoy !== undefined) ind.yoyThreshold = yoy;
  const display = cells.at("displayUnit")?.text;
  if (display) ind.displayUnit = normalizeUnit(display);
  const template = cells.at("template")?.text;
  if (template) ind.template = template;
  const ofTotal = cells.at("ofTotal")?.text;
  if (ofTotal) ind.ofTotal = ofTotal.trim().toUpperCase();
  return { ind, row, ratioCell: ratioCell?.cell ?? null, parentCell: parentCell?.cell ?? null };
}
