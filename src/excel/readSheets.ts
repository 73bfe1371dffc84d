/**
 * Reads chosen sheets of the open workbook as the core's grids, in one Excel.run:
 *  1. probe: every sheet's used range (address, size, its font when uniform, merged areas),
 *     all proxies created, then one sync;
 *  2. read: values + number formats (+ per-cell fonts where the sheet mixes fonts and
 *     ExcelApi 1.9 allows) of every used range, packed into as few syncs as the 5 MB response
 *     limit allows (one, unless the sheets are huge).
 * So a validation costs 2 syncs whatever the number of sheets (3 on Excel without ExcelApi 1.4,
 * which needs a list of the sheets first).
 */
import { columnLetters, parseRange } from "../core/a1";
import { issueOf } from "../core/issues";
import type { CellValue, Issue, SheetGrid } from "../core/types";
import { apiLevels, type ApiLevels } from "./api";
import { toCellValue } from "./cellValues";
import { isPayloadLimit, readFailure } from "./errors";
import { FIVE_MB, SAFETY, packRowBlocks, readBytesPerCell, type RowBlock } from "./payload";

export interface ReadOptions {
  /** The workbook's file name, put in every grid and issue. */
  file: string;
  /** Response limit to plan for (default 5 MB, Excel on the web). */
  payloadLimitBytes?: number;
}

export interface ReadSheetsResult {
  grids: SheetGrid[];
  issues: Issue[];
}

/** "B3:D9" for 0-based top/left and a size. */
export function rangeAddress(top: number, left: number, rows: number, columns: number): string {
  const tl = `${columnLetters(left)}${top + 1}`;
  if (rows === 1 && columns === 1) return tl;
  return `${tl}:${columnLetters(left + columns - 1)}${top + rows}`;
}

interface Probe {
  name: string;
  sheet: Excel.Worksheet | null;
  used: Excel.Range | null;
  merged: Excel.RangeAreas | null;
}

interface Located {
  index: number;
  name: string;
  sheet: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** The used range's single font, or null when its cells differ. */
  uniformFont: string | null;
  perCellFonts: boolean;
  merges: string[];
}

interface BlockRead {
  block: RowBlock;
  range: Excel.Range;
  fonts: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

function missingSheetIssue(file: string, sheet: string): Issue {
  return issueOf("sheet-missing", { sheet }, { file, sheet });
}

/** Merged areas' address "'Biểu 01'!A1:C1, 'Biểu 01'!D5:D6" → ["A1:C1", "D5:D6"]. */
export function mergedAddresses(address: string): string[] {
  return address
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => part.slice(part.lastIndexOf("!") + 1).replace(/\$/g, ""))
    .filter((a) => parseRange(a) !== null);
}

function probeSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  existing: Set<string> | null,
  api: ApiLevels,
): Probe[] {
  return names.map((name) => {
    if (existing && !existing.has(name.toUpperCase()))
      return { name, sheet: null, used: null, merged: null };
    const sheet = api.nullObjects
      ? context.workbook.worksheets.getItemOrNullObject(name)
      : context.workbook.worksheets.getItem(name);
    sheet.load("name");
    let used: Excel.Range;
    if (api.nullObjects) used = sheet.getUsedRangeOrNullObject(true);
    else if (api.v12) used = sheet.getUsedRange(true);
    else used = sheet.getUsedRange();
    used.load("address, rowIndex, columnIndex, rowCount, columnCount");
    used.format.font.load("name");
    // ExcelApi 1.13; some hosts ship the set without this method, hence the second check.
    const merged =
      api.mergedAreas && hasMethod(used, "getMergedAreasOrNullObject")
        ? used.getMergedAreasOrNullObject().load("address")
        : null;
    return { name, sheet, used, merged };
  });
}

/** A method present on a proxy's class (hosts may claim a requirement set yet lack one call). */
function hasMethod(proxy: object, name: string): boolean {
  return typeof (proxy as unknown as Record<string, unknown>)[name] === "function";
}

function padRow<T>(row: readonly T[], left: number, empty: T): T[] {
  return left > 0 ? [...new Array<T>(left).fill(empty), ...row] : [...row];
}

export async function readSheets(
  names: readonly string[],
  options: ReadOptions,
): Promise<ReadSheetsResult> {
  const api = apiLevels();
  const limit = options.payloadLimitBytes ?? FIVE_MB;
  const file = options.file;
  if (names.length === 0) return { grids: [], issues: [] };
  let involved: readonly string[] = names;
  try {
    return await Excel.run(async (context) => {
      // Without null objects (ExcelApi < 1.4) a missing sheet would fail the whole batch.
      let existing: Set<string> | null = null;
      if (!api.nullObjects) {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        existing = new Set(sheets.items.map((s) => s.name.toUpperCase()));
      }

      const probes = probeSheets(context, names, existing, api);
      await context.sync();

      const issues: Issue[] = [];
      const located: Located[] = [];
      const empty = new Map<number, string>();
      probes.forEach((p, index) => {
        if (!p.sheet || p.sheet.isNullObject) {
          issues.push(missingSheetIssue(file, p.name));
          return;
        }
        if (!p.used || p.used.isNullObject) {
          empty.set(index, p.sheet.name);
          return;
        }
        const uniformFont = p.used.format.font.name;
        located.push({
          index,
          name: p.sheet.name,
          sheet: p.sheet,
          top: p.used.rowIndex,
          left: p.used.columnIndex,
          rows: p.used.rowCount,
          columns: p.used.columnCount,
          uniformFont: typeof uniformFont === "string" && uniformFont !== "" ? uniformFont : null,
          perCellFonts: !uniformFont && api.cellProperties,
          merges: p.merged && !p.merged.isNullObject ? mergedAddresses(p.merged.address) : [],
        });
      });

      const plan = packRowBlocks(
        located.map((l, key) => ({
          key,
          rows: l.rows,
          columns: l.columns,
          bytesPerCell: readBytesPerCell(l.perCellFonts),
        })),
        limit * SAFETY,
      );

      const blocks: BlockRead[] = [];
      const readGroup = async (group: RowBlock[]): Promise<void> => {
        const reads = group.map((block): BlockRead => {
          const l = located[block.key];
          const range = l.sheet.getRange(
            rangeAddress(l.top + block.start, l.left, block.count, l.columns),
          );
          range.load("values, numberFormat");
          const fonts = l.perCellFonts
            ? range.getCellProperties({ format: { font: { name: true } } })
            : null;
          return { block, range, fonts };
        });
        involved = [...new Set(group.map((b) => located[b.key].name))];
        try {
          await context.sync();
        } catch (e) {
          // The estimate was short (long texts): halve the group and try again.
          const splittable = group.length > 1 || group[0].count > 1;
          if (!isPayloadLimit(e) || !splittable) throw e;
          for (const half of halve(group)) await readGroup(half);
          return;
        }
        blocks.push(...reads);
      };
      for (const group of plan) await readGroup(group);

      const grids: (SheetGrid | null)[] = names.map(() => null);
      for (const [index, sheet] of empty)
        grids[index] = { file, sheet, values: [], numberFormats: [] };
      located.forEach((l, key) => {
        const values: CellValue[][] = Array.from({ length: l.top }, () => []);
        const numberFormats: (string | null)[][] = Array.from({ length: l.top }, () => []);
        const fonts: (string | null)[][] | undefined =
          l.uniformFont || l.perCellFonts ? Array.from({ length: l.top }, () => []) : undefined;
        const mine = blocks
          .filter((b) => b.block.key === key)
          .sort((a, b) => a.block.start - b.block.start);
        for (const b of mine) {
          const raw = b.range.values;
          const formats = b.range.numberFormat;
          const cellFonts = b.fonts ? b.fonts.value : null;
          raw.forEach((row, r) => {
            const fmtRow = formats[r] ?? [];
            values.push(
              padRow(
                row.map((v, c) => toCellValue(v, fmtRow[c] as string | undefined)),
                l.left,
                null,
              ),
            );
            numberFormats.push(
              padRow(
                fmtRow.map((f) => (typeof f === "string" ? f : null)),
                l.left,
                null,
              ),
            );
            if (fonts) {
              const fontRow = cellFonts
                ? (cellFonts[r] ?? []).map((p) => p.format?.font?.name ?? null)
                : row.map(() => l.uniformFont);
              fonts.push(padRow(fontRow, l.left, null));
            }
          });
        }
        const grid: SheetGrid = { file, sheet: l.name, values, numberFormats };
        if (fonts) grid.fonts = fonts;
        if (l.merges.length > 0) grid.merges = l.merges;
        grids[l.index] = grid;
      });
      return { grids: grids.filter((g): g is SheetGrid => g !== null), issues };
    });
  } catch (e) {
    throw readFailure(involved, e);
  }
}

/** Two groups of about half the rows each, cutting a single block in two if need be. */
function halve(group: RowBlock[]): RowBlock[][] {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const b = group[0];
  const first = Math.ceil(b.count / 2);
  return [
    [{ key: b.key, start: b.start, count: first }],
    [{ key: b.key, start: b.start + first, count: b.count - first }],
  ];
}
