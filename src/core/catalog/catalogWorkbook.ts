/**
 * The catalog as a workbook a planner can edit: sheet "Danh mục chỉ tiêu", one indicator per
 * row under a header row of Vietnamese column titles. Reading it reports every bad cell at its
 * address and keeps the good rows; writing the catalog gives the same layout back, so the
 * default catalog can be handed out as a starting workbook (`tonghop template`).
 */
import type {
  Aggregation,
  Catalog,
  CatalogIndicator,
  CatalogSection,
  CellValue,
  Issue,
  SheetGrid,
} from "../types";
import { a1 } from "../a1";
import { cleanText, foldKey, matchKey } from "../text/normalize";
import { parseViNumber } from "../text/vnNumber";
import { defaultCatalog } from "./defaultCatalog";
import { normalizeUnit } from "./units";
import { indicatorNameKey } from "./matcher";

/** The sheet name planners are told to use. */
export const CATALOG_SHEET_NAME = "Danh mục chỉ tiêu";

/** True for "Danh mục chỉ tiêu" in any case, composition or spacing. */
export function isCatalogSheetName(name: string): boolean {
  return (
    matchKey(name) === matchKey(CATALOG_SHEET_NAME) || foldKey(name) === foldKey(CATALOG_SHEET_NAME)
  );
}

type Field =
  | "code"
  | "name"
  | "section"
  | "unit"
  | "aggregation"
  | "parent"
  | "synonyms"
  | "componentRule"
  | "ratio"
  | "decimals"
  | "yoyThreshold"
  | "displayUnit"
  | "template"
  | "isShare"
  | "nonNegative"
  | "ofTotal";

/** Column titles as written when the catalog is exported; the first 13 are the agreed layout. */
const TITLES: Array<[Field, string]> = [
  ["code", "Mã chỉ tiêu"],
  ["name", "Tên chỉ tiêu"],
  ["section", "Lĩnh vực"],
  ["unit", "ĐVT"],
  ["aggregation", "Cách tổng hợp (Cộng / Tỷ lệ / Không cộng)"],
  ["parent", "Thuộc chỉ tiêu (mã cha)"],
  ["synonyms", "Tên gọi khác (cách nhau bởi dấu ;)"],
  ["componentRule", "Trong đó phải bằng tổng (Có/Không)"],
  ["ratio", "Tỷ lệ = tử số / mẫu số (ví dụ GD02/GD01)"],
  ["decimals", "Số thập phân"],
  ["yoyThreshold", "Ngưỡng cùng kỳ (%)"],
  ["displayUnit", "Đơn vị hiển thị"],
  ["template", "Mẫu câu"],
  // Added after the agreed 13: without them, a growth rate in % and a share in % look alike.
  ["isShare", "Tỷ lệ phần trăm 0–100 (Có/Không)"],
  ["nonNegative", "Không được âm (Có/Không)"],
  // The narrative writes "5/6 trường" for a count read against its total.
  ["ofTotal", "Đọc trên tổng (mã, ví dụ GD01)"],
];

/**
 * Accepted titles per field, compared by matchKey with any parenthesised hint removed. A title
 * also matches when it starts with one of these followed by a space (e.g. "Tên gọi khác của
 * chỉ tiêu"). Order matters: more specific titles are tried first.
 */
const ACCEPTED: Array<[Field, string[]]> = [
  ["code", ["mã chỉ tiêu", "mã số", "mã"]],
  ["isShare", ["tỷ lệ phần trăm 0–100", "tỷ lệ phần trăm", "là tỷ lệ phần trăm", "tỷ trọng 0–100"]],
  ["ratio", ["tỷ lệ = tử số/mẫu số", "tỷ lệ =", "tỷ lệ=", "tử số/mẫu số", "công thức tỷ lệ"]],
  ["synonyms", ["tên gọi khác", "tên khác", "tên đồng nghĩa"]],
  ["name", ["tên chỉ tiêu", "chỉ tiêu", "tên"]],
  ["section", ["lĩnh vực", "nhóm lĩnh vực", "ngành, lĩnh vực"]],
  ["displayUnit", ["đơn vị hiển thị", "đvt hiển thị"]],
  ["ofTotal", ["đọc trên tổng", "trên tổng"]],
  ["unit", ["đvt", "đơn vị tính", "đơn vị"]],
  ["aggregation", ["cách tổng hợp", "tổng hợp"]],
  ["parent", ["thuộc chỉ tiêu", "mã cha", "chỉ tiêu cha", "mã chỉ tiêu cha"]],
  ["componentRule", ["trong đó phải bằng tổng", "các chỉ tiêu trong đó phải bằng tổng"]],
  ["decimals", ["số thập phân", "số chữ số thập phân", "số lẻ"]],
  ["yoyThreshold", ["ngưỡng cùng kỳ", "ngưỡng so cùng kỳ", "ngưỡng cảnh báo cùng kỳ"]],
  ["template", ["mẫu câu", "mẫu câu báo cáo"]],
  ["nonNegative", ["không được âm", "không âm"]],
];

function titleKey(s: string): string {
  return matchKey(s)
    .replace(/\([^()]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const ACCEPTED_KEYS: Array<[Field, string[]]> = ACCEPTED.map(([f, titles]) => [
  f,
  titles.map(titleKey),
]);

function fieldOfTitle(raw: CellValue | undefined): Field | null {
  if (typeof raw !== "string") return null;
  const key = titleKey(raw);
  if (key === "") return null;
  for (const [field, keys] of ACCEPTED_KEYS) if (keys.includes(key)) return field;
  for (const [field, keys] of ACCEPTED_KEYS) {
    if (keys.some((k) => k.length >= 3 && key.startsWith(k + " "))) return field;
  }
  return null;
}

const AGGREGATIONS: Record<string, Aggregation> = {
  cộng: "sum",
  "cộng dồn": "sum",
  tổng: "sum",
  "cộng tổng": "sum",
  sum: "sum",
  "tỷ lệ": "ratio",
  "tính tỷ lệ": "ratio",
  ratio: "ratio",
  "không cộng": "none",
  "không tổng hợp": "none",
  không: "none",
  none: "none",
};
const AGGREGATION_LABEL: Record<Aggregation, string> = {
  sum: "Cộng",
  ratio: "Tỷ lệ",
  none: "Không cộng",
};

const YES = new Set(["có", "x", "yes", "true", "1", "c", "đúng"]);
const NO = new Set(["không", "k", "no", "false", "0", "sai"]);

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "Có" : "Không";
  if (v instanceof Date) return "";
  return "";
}

function sectionIdOf(name: string): string {
  const slug = foldKey(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "linh-vuc" : slug;
}

interface Draft {
  ind: CatalogIndicator;
  /** 0-based sheet row. */
  row: number;
  /** Ratio parts written without a scale in the cell: scale follows the unit. */
  ratioCell: string | null;
  parentCell: string | null;
}

export interface ReadCatalogOptions {
  /**
   * The catalog this workbook extends: its codes may be used as parents and ratio parts, and
   * its sections are recognised by name. Default: the default catalog, since a planner's sheet
   * usually adds parts to the agreed totals (parent NN01, ratio …/GD01). When several sheets
   * extend one another, pass the catalog built so far.
   */
  base?: Catalog;
}

/**
 * Reads the "Danh mục chỉ tiêu" sheet. Bad rows are left out with one error per bad cell;
 * good rows are kept. A sheet with no recognisable header gives no indicators and one error.
 */
export function readCatalogGrid(
  grid: SheetGrid,
  options: ReadCatalogOptions = {},
): { catalog: Catalog; issues: Issue[] } {
  const issues: Issue[] = [];
  const issue = (cell: string | null, rule: string, message: string): void => {
    issues.push({ file: grid.file, sheet: grid.sheet, cell, severity: "error", rule, message });
  };

  const values = grid.values;
  // The header is the first row, among the first 30, that names both a code and a name column.
  let headerRow = -1;
  let columns = new Map<Field, number>();
  for (let r = 0; r < Math.min(values.length, 30) && headerRow < 0; r++) {
    const found = new Map<Field, number>();
    (values[r] ?? []).forEach((v, c) => {
      const f = fieldOfTitle(v);
      if (f && !found.has(f)) found.set(f, c);
    });
    if (found.has("code") && found.has("name")) {
      headerRow = r;
      columns = found;
    }
  }
  if (headerRow < 0) {
    issue(
      null,
      "catalog-no-header",
      `Không tìm thấy dòng tiêu đề của danh mục chỉ tiêu (cần ít nhất các cột “Mã chỉ tiêu” và “Tên chỉ tiêu”).`,
    );
    return { catalog: { sections: [], indicators: [] }, issues };
  }

  const base = options.base ?? defaultCatalog();
  const baseSections = base.sections;
  const sectionByKey = new Map<string, CatalogSection>();
  for (const s of baseSections) {
    for (const k of [matchKey(s.name), foldKey(s.name), matchKey(s.id)]) sectionByKey.set(k, s);
  }
  const usedSections: CatalogSection[] = [];
  let nextOrder = Math.max(0, ...baseSections.map((s) => s.order)) + 1;
  const sectionFor = (text: string): CatalogSection => {
    const found = sectionByKey.get(matchKey(text)) ?? sectionByKey.get(foldKey(text));
    if (found) {
      if (!usedSections.includes(found)) usedSections.push(found);
      return found;
    }
    let id = sectionIdOf(text);
    while (usedSections.some((s) => s.id === id) || baseSections.some((s) => s.id === id))
      id += "-1";
    const created: CatalogSection = { id, name: text, order: nextOrder++ };
    sectionByKey.set(matchKey(text), created);
    sectionByKey.set(foldKey(text), created);
    usedSections.push(created);
    return created;
  };

  const col = (f: Field): number | undefined => columns.get(f);
  const drafts: Draft[] = [];
  const seenCodes = new Map<string, string>(); // upper-case code → cell of its first row

  for (let r = headerRow + 1; r < values.length; r++) {
    const line = values[r] ?? [];
    const at = (f: Field): { text: string; raw: CellValue | undefined; cell: string } | null => {
      const c = col(f);
      if (c === undefined) return null;
      return { text: cellText(line[c]), raw: line[c], cell: a1(r, c) };
    };
    // A wholly empty row is a gap, not an error.
    if (line.every((v) => cellText(v) === "")) continue;

    let ok = true;
    const bad = (cell: string, rule: string, message: string): void => {
      issue(cell, rule, message);
      ok = false;
    };

    const code = at("code")!;
    const name = at("name")!;
    const codeText = code.text.toUpperCase().replace(/\s+/g, "");
    if (codeText === "") {
      bad(
        code.cell,
        "catalog-missing-code",
        `Dòng ${r + 1} thiếu mã chỉ tiêu${name.text ? ` ("${name.text}")` : ""}.`,
      );
    } else if (seenCodes.has(codeText)) {
      bad(
        code.cell,
        "catalog-duplicate-code",
        `Mã chỉ tiêu ${codeText} bị trùng: đã có ở ô ${seenCodes.get(codeText)}. Dòng này bị bỏ qua.`,
      );
    } else {
      seenCodes.set(codeText, code.cell);
    }
    if (name.text === "")
      bad(
        name.cell,
        "catalog-missing-name",
        `Chỉ tiêu ${codeText || `ở dòng ${r + 1}`} thiếu tên chỉ tiêu.`,
      );

    const unitCell = at("unit");
    const unit = unitCell ? normalizeUnit(unitCell.text) : "";
    if (unitCell && unit === "")
      bad(unitCell.cell, "catalog-missing-unit", `Chỉ tiêu ${codeText} thiếu đơn vị tính.`);

    let section: CatalogSection | null = null;
    const sectionCell = at("section");
    if (sectionCell && sectionCell.text !== "") section = sectionFor(sectionCell.text);
    else if (sectionCell)
      bad(sectionCell.cell, "catalog-missing-section", `Chỉ tiêu ${codeText} chưa ghi lĩnh vực.`);

    const ratioCell = at("ratio");
    let ratio: CatalogIndicator["ratio"];
    if (ratioCell && ratioCell.text !== "") {
      const m = /^([\p{L}\p{N}._-]+)\s*\/\s*([\p{L}\p{N}._-]+)\s*(?:[x×*]\s*([\d.,]+))?$/iu.exec(
        ratioCell.text,
      );
      const scale = m?.[3] !== undefined ? parseViNumber(m[3]) : null;
      if (!m || (m[3] !== undefined && (scale === null || scale <= 0))) {
        bad(
          ratioCell.cell,
          "catalog-bad-ratio",
          `Công thức tỷ lệ "${ratioCell.text}" không đọc được: ghi dạng tử số/mẫu số, ví dụ GD02/GD01.`,
        );
      } else {
        ratio = {
          numerator: m[1].toUpperCase(),
          denominator: m[2].toUpperCase(),
          scale: scale ?? (unit === "%" ? 100 : 1),
        };
        if (ratio.numerator === ratio.denominator) {
          bad(
            ratioCell.cell,
            "catalog-bad-ratio",
            `Công thức tỷ lệ "${ratioCell.text}" lấy cùng một chỉ tiêu làm tử số và mẫu số.`,
          );
        }
      }
    }

    const aggCell = at("aggregation");
    let aggregation: Aggregation = ratio
      ? "ratio"
      : unit === "%" || unit.includes("/")
        ? "none"
        : "sum";
    if (aggCell && aggCell.text !== "") {
      const key = matchKey(aggCell.text);
      // Own keys only: "constructor" typed in the cell is not an aggregation.
      const a = Object.hasOwn(AGGREGATIONS, key) ? AGGREGATIONS[key] : undefined;
      if (a === undefined) {
        bad(
          aggCell.cell,
          "catalog-unknown-aggregation",
          `Cách tổng hợp “${aggCell.text}” không hợp lệ; hãy ghi “Cộng”, “Tỷ lệ” hoặc “Không cộng”.`,
        );
      } else aggregation = a;
    }
    if (ok && aggregation === "ratio" && !ratio) {
      bad(
        ratioCell?.cell ?? aggCell!.cell,
        "catalog-bad-ratio",
        `Chỉ tiêu ${codeText} tổng hợp theo tỷ lệ nhưng chưa ghi tử số/mẫu số (ví dụ GD02/GD01).`,
      );
    }
    if (aggregation !== "ratio") ratio = undefined;

    const flag = (f: Field, label: string): boolean | null => {
      const c = at(f);
      if (!c || c.text === "") return null;
      const k = matchKey(c.text);
      if (YES.has(k)) return true;
      if (NO.has(k)) return false;
      bad(
        c.cell,
        "catalog-bad-value",
        `Cột "${label}" chỉ nhận "Có" hoặc "Không", ô này ghi "${c.text}".`,
      );
      return null;
    };
    const exact = flag("componentRule", "Trong đó phải bằng tổng");
    const share = flag("isShare", "Tỷ lệ phần trăm 0–100");
    const nonNeg = flag("nonNegative", "Không được âm");

    const number = (
      f: Field,
      label: string,
      check: (n: number) => boolean,
      expect: string,
    ): number | undefined => {
      const c = at(f);
      if (!c || c.text === "") return undefined;
      const n = typeof c.raw === "number" ? c.raw : parseViNumber(c.text);
      if (n === null || !Number.isFinite(n) || !check(n)) {
        bad(c.cell, "catalog-bad-number", `Cột "${label}" cần ${expect}, ô này ghi "${c.text}".`);
        return undefined;
      }
      return n;
    };
    const decimals = number(
      "decimals",
      "Số thập phân",
      (n) => Number.isInteger(n) && n >= 0 && n <= 6,
      "một số nguyên từ 0 đến 6",
    );
    const yoy = number("yoyThreshold", "Ngưỡng cùng kỳ (%)", (n) => n > 0, "một số lớn hơn 0");

    const parentCell = at("parent");
    const parent =
      parentCell && parentCell.text !== ""
        ? parentCell.text.toUpperCase().replace(/\s+/g, "")
        : null;
    if (parent !== null && parent === codeText) {
      bad(
        parentCell!.cell,
        "catalog-unknown-parent",
        `Chỉ tiêu ${codeText} không thể thuộc chính nó.`,
      );
    }

    if (!ok) continue;

    const isShare =
      share ?? (unit === "%" && (aggregation === "ratio" || /^tỷ lệ /.test(matchKey(name.text))));
    const ind: CatalogIndicator = {
      code: codeText,
      name: name.text,
      synonyms: (at("synonyms")?.text ?? "")
        .split(/[;\n]/)
        .map((s) => cleanText(s))
        .filter((s) => s !== ""),
      unit,
      section: (section ?? sectionFor("Khác")).id,
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
    const display = at("displayUnit")?.text;
    if (display) ind.displayUnit = normalizeUnit(display);
    const template = at("template")?.text;
    if (template) ind.template = template;
    const ofTotal = at("ofTotal")?.text;
    if (ofTotal) ind.ofTotal = ofTotal.trim().toUpperCase();
    drafts.push({
      ind,
      row: r,
      ratioCell: ratioCell?.cell ?? null,
      parentCell: parentCell?.cell ?? null,
    });
  }

  // References are checked once every row is read (a parent may come below its parts), and
  // again after each removal, since leaving out a total orphans its parts.
  const baseByCode = new Map(base.indicators.map((i) => [i.code.toUpperCase(), i]));
  let kept = drafts;
  for (let changed = true; changed;) {
    changed = false;
    const byCode = new Map(kept.map((d) => [d.ind.code, d.ind]));
    const resolve = (code: string): CatalogIndicator | undefined =>
      byCode.get(code) ?? baseByCode.get(code);
    const next: Draft[] = [];
    for (const d of kept) {
      let ok = true;
      const { ind } = d;
      if (ind.parent !== null) {
        const p = resolve(ind.parent);
        if (!p) {
          issue(
            d.parentCell,
            "catalog-unknown-parent",
            `Chỉ tiêu ${ind.code} thuộc mã ${ind.parent}, nhưng danh mục không có (hoặc đã bỏ) chỉ tiêu mã ${ind.parent}.`,
          );
          ok = false;
        } else if (p.section !== ind.section) {
          issue(
            d.parentCell,
            "catalog-unknown-parent",
            `Chỉ tiêu ${ind.code} thuộc mã ${ind.parent} nhưng hai chỉ tiêu ở hai lĩnh vực khác nhau.`,
          );
          ok = false;
        } else if (hasCycle(ind, resolve)) {
          issue(
            d.parentCell,
            "catalog-unknown-parent",
            `Chỉ tiêu ${ind.code} và mã cha ${ind.parent} thuộc lẫn nhau thành vòng.`,
          );
          ok = false;
        }
      }
      if (ind.ratio) {
        for (const part of [ind.ratio.numerator, ind.ratio.denominator]) {
          if (!resolve(part)) {
            issue(
              d.ratioCell,
              "catalog-bad-ratio",
              `Công thức tỷ lệ của ${ind.code} dùng mã ${part}, nhưng danh mục không có (hoặc đã bỏ) chỉ tiêu này.`,
            );
            ok = false;
          }
        }
      }
      if (ok) next.push(d);
      else changed = true;
    }
    kept = next;
  }

  const indicators = kept.map((d) => d.ind);
  const usedIds = new Set(indicators.map((i) => i.section));
  const sections = usedSections
    .filter((s) => usedIds.has(s.id))
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ ...s }));
  return { catalog: { sections, indicators }, issues };
}

function hasCycle(
  start: CatalogIndicator,
  resolve: (code: string) => CatalogIndicator | undefined,
): boolean {
  const seen = new Set<string>([start.code]);
  let cur = start.parent;
  while (cur !== null) {
    if (seen.has(cur)) return true;
    seen.add(cur);
    const p = resolve(cur);
    if (!p) return false;
    cur = p.parent;
  }
  return false;
}

/**
 * Combines two catalogs. "replace": the extra catalog alone. "extend": the base, with the
 * extra's indicators replacing base ones of the same code in place and new ones placed after
 * the last indicator of their section; sections new to the base come after its own.
 */
export function mergeCatalogs(base: Catalog, extra: Catalog, mode: "extend" | "replace"): Catalog {
  if (mode === "replace") {
    return {
      sections: extra.sections.map((s) => ({ ...s })),
      indicators: extra.indicators.map((i) => ({ ...i, synonyms: [...i.synonyms] })),
    };
  }
  const sections = base.sections.map((s) => ({ ...s }));
  let order = Math.max(0, ...sections.map((s) => s.order));
  for (const s of [...extra.sections].sort((a, b) => a.order - b.order)) {
    if (!sections.some((b) => b.id === s.id)) sections.push({ ...s, order: ++order });
  }
  const extraByCode = new Map(extra.indicators.map((i) => [i.code.toUpperCase(), i]));
  // A name the planner's catalog gives one of its indicators is that indicator's, even where the
  // base has it under another code: the base one keeps its code, and loses the name.
  const claimed = new Map<string, string>();
  for (const i of extra.indicators) {
    for (const n of [i.name, ...i.synonyms]) claimed.set(indicatorNameKey(n), i.code.toUpperCase());
  }
  const othersClaim = (name: string, code: string): boolean => {
    const by = claimed.get(indicatorNameKey(name));
    return by !== undefined && by !== code;
  };
  const indicators = base.indicators.map((i) => {
    const over = extraByCode.get(i.code.toUpperCase());
    if (over) return { ...over, synonyms: [...over.synonyms] };
    const code = i.code.toUpperCase();
    const copy = { ...i, synonyms: i.synonyms.filter((syn) => !othersClaim(syn, code)) };
    if (othersClaim(i.name, code)) copy.nameShadowed = true;
    return copy;
  });
  const baseCodes = new Set(base.indicators.map((i) => i.code.toUpperCase()));
  for (const i of extra.indicators) {
    if (baseCodes.has(i.code.toUpperCase())) continue;
    let at = -1;
    indicators.forEach((x, k) => {
      if (x.section === i.section) at = k;
    });
    const copy = { ...i, synonyms: [...i.synonyms] };
    if (at < 0) indicators.push(copy);
    else indicators.splice(at + 1, 0, copy);
  }
  return { sections: sections.sort((a, b) => a.order - b.order), indicators };
}

/**
 * The catalog in the workbook layout readCatalogGrid reads: the header row first, then one
 * row per indicator, grouped by section in section order.
 */
export function catalogToGridRows(catalog: Catalog): (string | number | null)[][] {
  const sectionName = new Map(catalog.sections.map((s) => [s.id, s.name]));
  const sectionOrder = new Map(catalog.sections.map((s) => [s.id, s.order]));
  const ordered = catalog.indicators
    .map((ind, k) => ({ ind, k }))
    .sort(
      (a, b) =>
        (sectionOrder.get(a.ind.section) ?? 1e9) - (sectionOrder.get(b.ind.section) ?? 1e9) ||
        a.k - b.k,
    )
    .map((x) => x.ind);
  const rows: (string | number | null)[][] = [TITLES.map(([, t]) => t)];
  for (const ind of ordered) {
    const cells: Record<Field, string | number | null> = {
      code: ind.code,
      name: ind.name,
      section: sectionName.get(ind.section) ?? ind.section,
      unit: ind.unit,
      aggregation: AGGREGATION_LABEL[ind.aggregation],
      parent: ind.parent,
      synonyms: ind.synonyms.length ? ind.synonyms.join("; ") : null,
      componentRule: ind.componentRule === "exact" ? "Có" : "Không",
      ratio: ind.ratio
        ? `${ind.ratio.numerator}/${ind.ratio.denominator}` +
          (ind.ratio.scale === (ind.unit === "%" ? 100 : 1) ? "" : `×${ind.ratio.scale}`)
        : null,
      decimals: ind.decimals ?? null,
      yoyThreshold: ind.yoyThreshold ?? null,
      displayUnit: ind.displayUnit ?? null,
      template: ind.template ?? null,
      isShare: ind.isShare ? "Có" : "Không",
      nonNegative: ind.nonNegative ? "Có" : "Không",
      ofTotal: ind.ofTotal ?? null,
    };
    rows.push(TITLES.map(([f]) => cells[f]));
  }
  return rows;
}
