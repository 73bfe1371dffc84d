/**
 * The sheets a workbook lists (xl/workbook.xml) and the parts its relationships point them at
 * (xl/_rels/workbook.xml.rels), read the tolerant way: namespace prefixes allowed, entries with
 * missing attributes skipped. The lean reader (./fastRead) adds its own strict checks on top and
 * declines what ExcelJS would read differently; the sheet precheck (./sheetPrecheck) only needs
 * a worksheet's name to report it.
 */
import { attr } from "./xmlScan";

export interface ListedSheet {
  /** As written, attribute-decoded once (ExcelJS decodes it once more). */
  name: string | undefined;
  sheetId: string | undefined;
  state: string | undefined;
  /** The relationship id: the `r:id` attribute, or another prefix's `:id`. */
  relId: string | undefined;
  /** The element or its id attribute carried a prefix other than the usual ones. */
  unusual: boolean;
}

/** Relationship id → target as written. */
export function relationshipTargets(relsXml: string): {
  targets: Map<string, string>;
  unusual: boolean;
} {
  const targets = new Map<string, string>();
  let unusual = false;
  for (const m of relsXml.matchAll(/<(\w+:)?Relationship\b([^>]*)>/g)) {
    if (m[1]) unusual = true;
    const id = attr(m[2], "Id");
    const target = attr(m[2], "Target");
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  return { targets, unusual };
}

export function listedSheets(wbXml: string): ListedSheet[] {
  const out: ListedSheet[] = [];
  for (const m of wbXml.matchAll(/<(\w+:)?sheet\b([^>]*)>/g)) {
    const attrs = m[2];
    let relId = attr(attrs, "r:id");
    let unusual = m[1] !== undefined;
    if (relId === undefined) {
      const other = /(?:^|\s)(\w+:id)\s*=/.exec(attrs);
      if (other) {
        relId = attr(attrs, other[1]);
        unusual = true;
      }
    }
    out.push({
      name: attr(attrs, "name"),
      sheetId: attr(attrs, "sheetId"),
      state: attr(attrs, "state"),
      relId,
      unusual,
    });
  }
  return out;
}
