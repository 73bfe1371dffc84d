/**
 * Writes the core's output plan as real sheets, without ever damaging what the planner had.
 *
 * One Excel.run:
 *  1. inspect (1 sync): the workbook's sheets, and the values of output sheets this add-in
 *     wrote before (to compare with their fingerprints); ask before replacing edited ones;
 *  2. build + swap (1 sync, more only when the 5 MB request limit forces row blocks): each
 *     output sheet is built under a temporary name ("Tổng hợp (mới)"), data then formats,
 *     and only at the very end are the old output sheets put away as hidden "… (bản trước)"
 *     sheets (src/excel/keptOutputs.ts: Khôi phục brings them back) and the new ones renamed
 *     into their places. A failure before the swap leaves the old outputs as they were; the
 *     temporary sheets are then removed in a new batch.
 * Department sheets are never touched: only output sheets and their kept copies are written,
 * renamed or deleted.
 */
import { OUTPUT_SHEETS } from "../core/output";
import type { SheetPlan, WorkbookPlan } from "../core/types";
import { apiLevels, documentSettings, type ApiLevels } from "./api";
import { ExcelHostError, isPayloadLimit, officeReason, quoted, writeFailure } from "./errors";
import {
  FINGERPRINTS_KEY,
  fingerprintFor,
  fingerprintPlan,
  fingerprintValues,
  loadFingerprints,
  type Fingerprints,
} from "./fingerprint";
import {
  FIVE_MB,
  OP_OVERHEAD_BYTES,
  SAFETY,
  packRowBlocks,
  READ_BYTES_PER_CELL,
  utf8Bytes,
} from "./payload";
import { rangeAddress } from "./readSheets";
import {
  applyRows,
  planSheetWrite,
  rowBlockOverhead,
  type SheetWrite,
  type WriteOp,
} from "./sheetWrite";
import { saveDocumentSettings } from "./settings";
import { TabOrder, isKeptSheetName, keptFingerprints, keptNameFor } from "./keptOutputs";
import { addYoyChart, type ChartPlacement } from "./yoyChart";

export interface WriteOptions {
  /** Request/response limit to plan for (default 5 MB, Excel on the web). */
  payloadLimitBytes?: number;
  /** The year-on-year chart to add to its sheet, whose plan already holds its figures. */
  chart?: ChartPlacement;
}

export interface WriteOutcome {
  message: string;
  /** False when the planner declined to replace edited sheets: nothing was changed. */
  written: boolean;
  sheets: string[];
  /** Output sheets whose replaced version is kept as a hidden "… (bản trước)" sheet. */
  kept: string[];
}

interface Target {
  plan: SheetPlan;
  write: SheetWrite;
  tempName: string;
  /** The existing sheet of that name, if any, and where it sits among the tabs. */
  old: { name: string; position: number } | null;
  temp: Excel.Worksheet | null;
}

type Item =
  | { kind: "add"; t: number }
  | { kind: "rows"; t: number; start: number; count: number }
  | { kind: "op"; t: number; op: WriteOp }
  | { kind: "swap" };

const OUTPUT_KEYS = new Set(OUTPUT_SHEETS.map((n) => n.toUpperCase()));

export function isOutputSheetName(name: string): boolean {
  return OUTPUT_KEYS.has(name.toUpperCase());
}

function checkPlan(plan: WorkbookPlan): void {
  const seen = new Set<string>();
  for (const s of plan.sheets) {
    if (!isOutputSheetName(s.name)) {
      throw new ExcelHostError(
        `Không ghi trang “${s.name}”: tiện ích chỉ ghi các trang kết quả của mình (${quoted(OUTPUT_SHEETS)}), không sửa trang nào khác.`,
      );
    }
    if (seen.has(s.name.toUpperCase()))
      throw new ExcelHostError(`Kế hoạch ghi có hai trang cùng tên “${s.name}”.`);
    seen.add(s.name.toUpperCase());
  }
}

/** A free temporary name for `name` (Excel sheet names are at most 31 characters). */
function tempNameFor(name: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? " (mới)" : ` (mới ${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toUpperCase())) {
      taken.add(candidate.toUpperCase());
      return candidate;
    }
  }
}

/** Packs the whole write into syncs of at most `budget` estimated request bytes. */
export function packWrite(
  targets: readonly { write: SheetWrite; tempName: string }[],
  budget: number,
  perSync: number,
): Item[][] {
  const syncs: Item[][] = [];
  let current: Item[] = [];
  let used = perSync;
  const close = () => {
    if (current.length > 0) syncs.push(current);
    current = [];
    used = perSync;
  };
  const push = (item: Item, bytes: number) => {
    if (used + bytes > budget && current.length > 0) close();
    current.push(item);
    used += bytes;
  };
  targets.forEach(({ write, tempName }, t) => {
    push({ kind: "add", t }, OP_OVERHEAD_BYTES + utf8Bytes(tempName));
    for (const op of write.formats) push({ kind: "op", t, op }, op.bytes);
    let start = 0;
    while (start < write.rows.length) {
      let count = 0;
      let bytes = rowBlockOverhead(write);
      while (
        start + count < write.rows.length &&
        used + bytes + write.rows[start + count].bytes <= budget
      ) {
        bytes += write.rows[start + count].bytes;
        count++;
      }
      if (count === 0) {
        if (current.length > 0) {
          close();
          continue;
        }
        // One row alone over the limit: sent anyway, Excel will say so.
        bytes += write.rows[start].bytes;
        count = 1;
      }
      current.push({ kind: "rows", t, start, count });
      used += bytes;
      start += count;
      if (start < write.rows.length) close();
    }
    for (const op of write.ops) push({ kind: "op", t, op }, op.bytes);
  });
  push({ kind: "swap" }, targets.length * 3 * OP_OVERHEAD_BYTES + OP_OVERHEAD_BYTES);
  close();
  return syncs;
}

interface SheetSeen {
  name: string;
  position: number;
  visibility: string;
}

interface Inspection {
  /** Upper-cased names of every sheet in the workbook, with tab positions. */
  sheets: Map<string, SheetSeen>;
  /** Current fingerprint of output sheets that have a record. */
  current: Map<string, string>;
}

async function inspect(
  context: Excel.RequestContext,
  names: string[],
  fingerprints: Fingerprints | null,
  api: ApiLevels,
  limit: number,
): Promise<Inspection> {
  const withRecord = names.filter((n) => fingerprintFor(fingerprints, n) !== null);
  const listSheets = () =>
    context.workbook.worksheets.load("items/name, items/position, items/visibility");
  const toMap = (items: Excel.Worksheet[]) =>
    new Map(
      items.map((s) => [
        s.name.toUpperCase(),
        { name: s.name, position: s.position, visibility: s.visibility as string },
      ]),
    );

  if (api.nullObjects) {
    // Optimistic: the sheets list and the recorded outputs' values in one sync.
    const list = listSheets();
    const used = withRecord.map((n) =>
      context.workbook.worksheets
        .getItemOrNullObject(n)
        .getUsedRangeOrNullObject(true)
        .load("values, rowIndex, columnIndex"),
    );
    try {
      await context.sync();
      const current = new Map<string, string>();
      used.forEach((u, i) => {
        if (!u.isNullObject)
          current.set(
            withRecord[i].toUpperCase(),
            fingerprintValues(u.values, u.rowIndex, u.columnIndex),
          );
        else current.set(withRecord[i].toUpperCase(), fingerprintValues([], 0, 0));
      });
      return { sheets: toMap(list.items), current };
    } catch (e) {
      if (!isPayloadLimit(e)) throw e;
    }
  }
  // Old Excel, or outputs too large for one response: list first, then read in row blocks.
  const list = listSheets();
  await context.sync();
  const sheets = toMap(list.items);
  const present = withRecord.filter((n) => sheets.has(n.toUpperCase()));
  const ranges = present.map((n) => {
    const ws = context.workbook.worksheets.getItem(n);
    return {
      ws,
      used: (api.v12 ? ws.getUsedRange(true) : ws.getUsedRange()).load(
        "rowIndex, columnIndex, rowCount, columnCount",
      ),
    };
  });
  if (ranges.length > 0) await context.sync();
  const parts = present.map(() => [] as { start: number; values: unknown[][] }[]);
  const plan = packRowBlocks(
    ranges.map((r, key) => ({
      key,
      rows: r.used.rowCount,
      columns: r.used.columnCount,
      bytesPerCell: READ_BYTES_PER_CELL.values,
    })),
    limit * SAFETY,
  );
  for (const group of plan) {
    const loads = group.map((b) => {
      const u = ranges[b.key].used;
      return {
        b,
        range: ranges[b.key].ws
          .getRange(rangeAddress(u.rowIndex + b.start, u.columnIndex, b.count, u.columnCount))
          .load("values"),
      };
    });
    // Row blocks: each sync is as full as the 5 MB response limit allows.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const l of loads) parts[l.b.key].push({ start: l.b.start, values: l.range.values });
  }
  const current = new Map<string, string>();
  present.forEach((n, key) => {
    const u = ranges[key].used;
    const values = parts[key].sort((a, b) => a.start - b.start).flatMap((p) => p.values);
    current.set(n.toUpperCase(), fingerprintValues(values, u.rowIndex, u.columnIndex));
  });
  return { sheets, current };
}

function queueItem(
  context: Excel.RequestContext,
  item: Item,
  targets: Target[],
  seen: Inspection,
  chart: ChartPlacement | undefined,
): void {
  const worksheets = context.workbook.worksheets;
  if (item.kind === "add") {
    const t = targets[item.t];
    t.temp = worksheets.add(t.tempName);
    return;
  }
  if (item.kind === "rows") {
    const t = targets[item.t];
    applyRows(t.temp as Excel.Worksheet, t.write, item.start, item.count);
    return;
  }
  if (item.kind === "op") {
    item.op.apply(targets[item.t].temp as Excel.Worksheet);
    return;
  }
  // The chart goes in with the swap: on the finished sheet, in the sync that shows it.
  const charted = chart && targets.find((t) => t.plan.name === chart.sheet)?.temp;
  if (chart && charted) addYoyChart(charted, chart);
  // The swap. The copies the previous run kept go; each old output becomes the hidden copy of
  // this run, and its replacement takes its name and tab place.
  const order = new TabOrder(
    [...seen.sheets.values()].sort((a, b) => a.position - b.position).map((s) => s.name),
  );
  for (const t of targets) order.add(t.tempName);
  for (const s of seen.sheets.values()) {
    if (!isKeptSheetName(s.name)) continue;
    worksheets.getItem(s.name).delete();
    order.remove(s.name);
  }
  for (const t of targets) {
    const temp = t.temp as Excel.Worksheet;
    if (t.old) {
      const old = worksheets.getItem(t.old.name);
      const kept = keptNameFor(t.plan.name);
      old.name = kept;
      order.rename(t.old.name, kept);
      old.visibility = Excel.SheetVisibility.hidden;
      temp.name = t.plan.name;
      order.rename(t.tempName, t.plan.name);
      const position = order.indexOf(kept);
      temp.position = position;
      order.move(t.plan.name, position);
    } else {
      temp.name = t.plan.name;
      order.rename(t.tempName, t.plan.name);
    }
  }
  targets[0]?.temp?.activate();
}

/**
 * After a failed write: removes the temporary sheets. Where the swap had already deleted an
 * old output, its finished replacement is renamed into place instead, so nothing is lost.
 */
async function cleanUp(targets: Target[]): Promise<void> {
  await Excel.run(async (context) => {
    const list = context.workbook.worksheets.load("items/name");
    await context.sync();
    const names = new Set(list.items.map((s) => s.name.toUpperCase()));
    let changed = false;
    for (const t of targets) {
      if (!names.has(t.tempName.toUpperCase())) continue;
      const temp = context.workbook.worksheets.getItem(t.tempName);
      if (t.old && !names.has(t.plan.name.toUpperCase())) {
        temp.name = t.plan.name;
        temp.position = Math.min(t.old.position, list.items.length - 1);
      } else temp.delete();
      changed = true;
    }
    if (changed) await context.sync();
  });
}

export async function writeOutputSheets(
  plan: WorkbookPlan,
  confirmReplaceEdited: (sheets: string[]) => Promise<boolean>,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  checkPlan(plan);
  const names = plan.sheets.map((s) => s.name);
  if (names.length === 0)
    return { message: "Không có trang kết quả nào để ghi.", written: false, sheets: [], kept: [] };
  const api = apiLevels();
  const limit = options.payloadLimitBytes ?? FIVE_MB;
  const fingerprints = loadFingerprints();
  const targets: Target[] = [];
  let stage: "inspect" | "write" = "inspect";
  let failedSheets: string[] = names;
  let declined = false;

  try {
    await Excel.run(async (context) => {
      const seen = await inspect(context, names, fingerprints, api, limit);
      const edited = names.filter((n) => {
        const existing = seen.sheets.get(n.toUpperCase());
        if (!existing) return false;
        const record = fingerprintFor(fingerprints, n);
        return !record || seen.current.get(n.toUpperCase()) !== record.hash;
      });
      // A kept copy the planner made visible again is theirs now: replacing it needs a yes.
      for (const s of seen.sheets.values())
        if (isKeptSheetName(s.name) && s.visibility === "Visible") edited.push(s.name);
      if (
        edited.length > 0 &&
        !(await confirmReplaceEdited(
          edited.map((n) => seen.sheets.get(n.toUpperCase())?.name ?? n),
        ))
      ) {
        declined = true;
        return;
      }

      stage = "write";
      const taken = new Set(seen.sheets.keys());
      for (const sheetPlan of plan.sheets) {
        targets.push({
          plan: sheetPlan,
          write: planSheetWrite(sheetPlan, api),
          tempName: tempNameFor(sheetPlan.name, taken),
          old: seen.sheets.get(sheetPlan.name.toUpperCase()) ?? null,
          temp: null,
        });
      }
      const perSync = api.suspendCalculation ? OP_OVERHEAD_BYTES : 0;
      const syncs = packWrite(targets, limit * SAFETY, perSync);
      for (const items of syncs) {
        // The writes change no formula's inputs; recalculating after each is wasted work.
        if (api.suspendCalculation)
          context.workbook.application.suspendApiCalculationUntilNextSync();
        for (const item of items) queueItem(context, item, targets, seen, options.chart);
        const inSync = new Set<string>();
        for (const item of items) if (item.kind !== "swap") inSync.add(targets[item.t].plan.name);
        failedSheets = inSync.size > 0 ? [...inSync] : names;
        // Usually one sync; several only when the 5 MB request limit forces row blocks.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    });
  } catch (e) {
    if (stage === "inspect") {
      throw new ExcelHostError(
        `Không kiểm tra được các trang kết quả ${quoted(names)} trước khi ghi: ${officeReason(e)}.`,
        e,
      );
    }
    const failure = writeFailure(failedSheets, e);
    try {
      await cleanUp(targets);
    } catch (cleanupError) {
      throw new ExcelHostError(
        `${failure.userMessage} Không dọn được các trang tạm (${quoted(targets.map((t) => t.tempName))}): ${officeReason(cleanupError)}; hãy xóa chúng bằng tay.`,
        e,
      );
    }
    throw failure;
  }

  if (declined) {
    return {
      message: "Đã hủy ghi kết quả: không trang tính nào bị thay đổi.",
      written: false,
      sheets: [],
      kept: [],
    };
  }

  const kept = targets.filter((t) => t.old !== null).map((t) => t.plan.name);
  let message = `Đã ghi kết quả vào ${names.length === 1 ? "trang" : "các trang"} ${quoted(names)}.`;
  if (kept.length > 0)
    message += ` Bản cũ được giữ ở trang ẩn ${quoted(kept.map(keptNameFor))} đến lần ghi sau; bấm “Khôi phục bản trước” để lấy lại.`;
  const settings = documentSettings();
  if (settings) {
    const next: Fingerprints = keptFingerprints(fingerprints, kept);
    for (const key of Object.keys(next))
      if (names.some((n) => n.toUpperCase() === key.toUpperCase())) delete next[key];
    const now = new Date().toISOString();
    for (const t of targets) next[t.plan.name] = { hash: fingerprintPlan(t.plan), written: now };
    settings.set(FINGERPRINTS_KEY, JSON.stringify(next));
    try {
      await saveDocumentSettings("dấu vết các trang kết quả");
    } catch (e) {
      // The sheets are written; only the edit check of the next run is weakened, so say so.
      message += ` Lưu ý: ${officeReason(e)} Lần ghi sau sẽ hỏi lại trước khi thay các trang này.`;
    }
  }
  return { message, written: true, sheets: names, kept };
}
