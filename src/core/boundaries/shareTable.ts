/**
 * "Bảng quy đổi": the planner's shares for former units that were split between new units
 * (the mapping says only that they were split, not how). One row per piece: former unit (name
 * or code), new unit (name or code), share (%). A sheet of that name, or any sheet with such a
 * header, in a file given with last year's files.
 */
import { a1 } from "../a1";
import { issueOf, type FactsOf, type IssueKindId, type NamedUnit } from "../issues";
import { matchKey } from "../text/normalize";
import { readNumber } from "../text/readNumber";
import type { CellValue, Issue, SheetGrid } from "../types";
import type { NewUnit } from "./mapping";
import type { BoundaryScope, FormerEntry, UnitMatch } from "./scope";
import { indexUnits, matchUnit } from "./scope";

export const SHARE_TABLE_SHEET = "Bảng quy đổi";

export interface ShareEntry {
  /** Percent of the former unit's figures that belongs to the new unit. */
  share: number;
  file: string;
  sheet: string;
  cell: string;
}

/** former code → new code → share. */
export type ShareTable = Map<string, Map<string, ShareEntry>>;

type Role = "formerCode" | "former" | "newCode" | "new" | "share";

function roleOf(title: string): Role | null {
  const t = matchKey(title);
  const old = /(cũ|trước sắp xếp|trước sáp nhập)/u.test(t);
  const neu = /(mới|sau sắp xếp|sau sáp nhập|hiện nay)/u.test(t);
  if (/(tỷ lệ|tỉ lệ|phần trăm|\(%\)|^%$)/u.test(t)) return "share";
  if (/^mã/u.test(t) && old) return "formerCode";
  if (/^mã/u.test(t) && neu) return "newCode";
  if (old) return "former";
  if (neu) return "new";
  return null;
}

interface Header {
  row: number;
  cols: Partial<Record<Role, number>>;
}

function findHeader(grid: SheetGrid): Header | null {
  for (let r = 0; r < Math.min(15, grid.values.length); r++) {
    const cols: Partial<Record<Role, number>> = {};
    (grid.values[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string") return;
      const role = roleOf(v);
      if (role && cols[role] === undefined) cols[role] = c;
    });
    const hasFormer = cols.former !== undefined || cols.formerCode !== undefined;
    const hasNew = cols.new !== undefined || cols.newCode !== undefined;
    if (hasFormer && hasNew && cols.share !== undefined) return { row: r, cols };
  }
  return null;
}

/** Whether a grid is a Bảng quy đổi: by its name, or by its header. */
export function isShareTable(grid: SheetGrid): boolean {
  return matchKey(grid.sheet) === matchKey(SHARE_TABLE_SHEET) || findHeader(grid) !== null;
}

function textOf(v: CellValue | undefined): string | null {
  if (typeof v === "number") return String(v);
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  return null;
}

export function readShareTables(
  grids: SheetGrid[],
  scope: BoundaryScope,
): { table: ShareTable; issues: Issue[] } {
  const formerIndex = indexUnits(scope.formers.values());
  const newIndex = indexUnits(scope.newUnits);
  const table: ShareTable = new Map();
  const issues: Issue[] = [];
  for (const grid of grids) {
    const header = findHeader(grid);
    const err = <K extends IssueKindId>(cell: string | null, id: K, facts: FactsOf<K>) =>
      issues.push(issueOf(id, facts, { file: grid.file, sheet: grid.sheet, cell }));
    if (!header) {
      err(null, "share-table-no-header", { sheet: grid.sheet });
      continue;
    }
    const { cols } = header;
    for (let r = header.row + 1; r < grid.values.length; r++) {
      const row = grid.values[r] ?? [];
      const cellOf = (role: Role) => (cols[role] === undefined ? null : row[cols[role] as number]);
      const formerCode = textOf(cellOf("formerCode"));
      const formerName = textOf(cellOf("former"));
      const newCode = textOf(cellOf("newCode"));
      const newName = textOf(cellOf("new"));
      const shareRaw = cellOf("share");
      if (!formerCode && !formerName && !newCode && !newName) continue;
      const at = (role: Role) => a1(r, cols[role] ?? 0);
      const formerAt = at(formerCode ? "formerCode" : "former");
      const newAt = at(newCode ? "newCode" : "new");
      const former = resolve(formerIndex, formerName, formerCode, 5);
      if (former.kind !== "found") {
        err(formerAt, "share-table-former", unresolved(former, formerCode ?? formerName ?? ""));
        continue;
      }
      const target = resolve(newIndex, newName, newCode, 5);
      if (target.kind !== "found") {
        err(newAt, "share-table-new", unresolved(target, newCode ?? newName ?? ""));
        continue;
      }
      const f = former.unit;
      const t = target.unit;
      const part = f.into.find((i) => i.unit.code === t.code);
      if (!part) {
        err(newAt, "share-table-not-merged", {
          former: { name: f.name, code: f.code },
          into: t.name,
        });
        continue;
      }
      const read = readNumber(shareRaw, grid.numberFormats?.[r]?.[cols.share ?? 0]);
      const share =
        read.value === null ? null : read.percent === "format" ? read.value * 100 : read.value;
      if (share === null || !(share > 0) || share > 100 + 1e-9) {
        err(at("share"), "share-table-share", {
          former: f.name,
          into: t.name,
          written: String(shareRaw ?? ""),
        });
        continue;
      }
      if (part.type === "full") {
        if (Math.abs(share - 100) > 1e-9)
          err(at("share"), "share-table-full", { former: f.name, into: t.name, share });
        continue;
      }
      let byNew = table.get(f.code);
      if (!byNew) {
        byNew = new Map();
        table.set(f.code, byNew);
      }
      if (byNew.has(t.code)) {
        err(at("share"), "share-table-duplicate", { former: f.name, into: t.name });
        continue;
      }
      byNew.set(t.code, { share, file: grid.file, sheet: grid.sheet, cell: at("share") });
    }
  }
  // The pieces of one former unit cannot add up to more than all of it, nor, when every
  // piece is given, to less.
  for (const [code, byNew] of table) {
    const f = scope.formers.get(code) as FormerEntry;
    const total = [...byNew.values()].reduce((s, e) => s + e.share, 0);
    const pieces = f.into.filter((i) => i.type === "partial").length;
    const everyPiece = byNew.size === pieces;
    if (total > 100 + 1e-6 || (everyPiece && Math.abs(total - 100) > 1e-6)) {
      const first = [...byNew.values()][0];
      issues.push(issueOf("share-table-total", { former: f.name, total, everyPiece }, first));
      table.delete(code);
    }
  }
  return { table, issues };
}

function resolve<T extends { code: string; name: string }>(
  index: ReturnType<typeof indexUnits<T>>,
  name: string | null,
  code: string | null,
  width: number,
): UnitMatch<T> {
  const c =
    code && /^\d+$/.test(code) ? (index.byCode.has(code) ? code : code.padStart(width, "0")) : null;
  return matchUnit(index, name, c);
}

/** A unit of the table that is not found (no candidates) or is several. */
function unresolved(
  m: UnitMatch<FormerEntry | NewUnit>,
  written: string,
): { written: string; candidates: NamedUnit[] } {
  const candidates =
    m.kind === "ambiguous" ? m.candidates.map((u) => ({ name: u.name, code: u.code })) : [];
  return { written, candidates };
}
