/** The summary's rows in report order: by section, catalog order, components under totals. */
import type { Catalog } from "../types";
import { roman } from "../text/roman";
import { OTHER_SECTION, type KeyInfo } from "./collect";
import type { SummaryRow, SummarySection } from "./types";

/** Orders rows by section, catalog order, components under their totals; numbers them. */
export function order(
  rows: Map<string, SummaryRow>,
  infos: Map<string, KeyInfo>,
  catalog: Catalog,
): { rows: SummaryRow[]; sections: SummarySection[] } {
  const catalogIndex = new Map(catalog.indicators.map((ind, i) => [ind.code, i]));
  const rank = (r: SummaryRow) => {
    const ci = catalogIndex.get(r.key);
    return ci !== undefined ? ci : 1e9 + (infos.get(r.key)?.firstSeen ?? 0);
  };
  const children = new Map<string, SummaryRow[]>();
  const tops: SummaryRow[] = [];
  // Parents taken from different sheets' layouts could point at each other; a row in such a
  // loop is shown as a total of its own rather than vanish from the table.
  const inLoop = (row: SummaryRow): boolean => {
    let key = row.parentKey;
    for (let steps = 0; key && steps <= rows.size; steps++) {
      if (key === row.key) return true;
      key = rows.get(key)?.parentKey ?? null;
    }
    return false;
  };
  for (const row of rows.values()) {
    if (row.parentKey && rows.has(row.parentKey) && row.parentKey !== row.key && !inLoop(row)) {
      const list = children.get(row.parentKey) ?? [];
      list.push(row);
      children.set(row.parentKey, list);
    } else {
      tops.push(row);
    }
  }
  const sectionDefs = [...catalog.sections]
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ id: s.id, name: s.name }));
  sectionDefs.push(OTHER_SECTION);
  const known = new Set(sectionDefs.map((s) => s.id));
  const out: SummaryRow[] = [];
  const sections: SummarySection[] = [];
  const placed = new Set<string>();
  const place = (
    row: SummaryRow,
    stt: string,
    section: { id: string; name: string },
    isComponent: boolean,
  ) => {
    if (placed.has(row.key)) return;
    placed.add(row.key);
    row.stt = stt;
    // The group the row is shown in: components follow their total, and a section the catalog
    // does not list becomes "Chỉ tiêu khác", so every table that groups by section shows it.
    row.section = section.id;
    row.sectionName = section.name;
    row.isComponent = isComponent;
    out.push(row);
    const kids = (children.get(row.key) ?? []).sort((a, b) => rank(a) - rank(b));
    kids.forEach((kid, i) => place(kid, `${stt}.${i + 1}`, section, true));
  };
  for (const def of sectionDefs) {
    const inSection = tops
      .filter((r) => r.section === def.id || (def.id === OTHER_SECTION.id && !known.has(r.section)))
      .sort((a, b) => rank(a) - rank(b));
    if (inSection.length === 0) continue;
    const stt = roman(sections.length + 1);
    sections.push({ id: def.id, name: def.name, stt });
    inSection.forEach((row, i) => place(row, String(i + 1), def, false));
  }
  return { rows: out, sections };
}
