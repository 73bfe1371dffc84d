/**
 * The outputs a run replaced, kept as hidden "… (bản trước)" sheets until the next run, and
 * "Khôi phục", which swaps them back. Excel cannot undo what an add-in wrote, so a wrong
 * "Ghi đè" must cost nothing: every write keeps what it replaced, and a restore keeps what it
 * puts away, so pressing Khôi phục twice returns to where the planner was.
 */
import { OUTPUT_SHEETS } from "../core/output";
import { ExcelHostError, officeReason, quoted } from "./errors";
import {
  fingerprintFor,
  loadFingerprints,
  FINGERPRINTS_KEY,
  type Fingerprints,
} from "./fingerprint";
import { documentSettings } from "./api";
import { saveDocumentSettings } from "./settings";

const KEPT_SUFFIX = " (bản trước)";

/** "Tổng hợp" → "Tổng hợp (bản trước)", cut to Excel's 31 characters. */
export function keptNameFor(name: string): string {
  return name.slice(0, 31 - KEPT_SUFFIX.length) + KEPT_SUFFIX;
}

const KEPT_TO_OUTPUT = new Map(OUTPUT_SHEETS.map((n) => [keptNameFor(n).toUpperCase(), n]));

/** The output sheet a kept sheet was, or null for any other name. */
export function outputOfKept(name: string): string | null {
  return KEPT_TO_OUTPUT.get(name.toUpperCase()) ?? null;
}

export function isKeptSheetName(name: string): boolean {
  return outputOfKept(name) !== null;
}

/**
 * The tab order as a batch changes it, so each sheet can be put at the place its predecessor
 * had even after earlier operations of the same batch moved or removed tabs.
 */
export class TabOrder {
  private readonly names: string[];

  constructor(names: readonly string[]) {
    this.names = [...names];
  }

  indexOf(name: string): number {
    return this.names.findIndex((n) => n.toUpperCase() === name.toUpperCase());
  }

  add(name: string): void {
    this.names.push(name);
  }

  remove(name: string): void {
    const at = this.indexOf(name);
    if (at >= 0) this.names.splice(at, 1);
  }

  rename(from: string, to: string): void {
    const at = this.indexOf(from);
    if (at >= 0) this.names[at] = to;
  }

  /** Moves `name` to `position` as Excel's worksheet.position does. */
  move(name: string, position: number): void {
    const at = this.indexOf(name);
    if (at < 0) return;
    const [moved] = this.names.splice(at, 1);
    this.names.splice(Math.min(position, this.names.length), 0, moved);
  }
}

/**
 * Fingerprint records after a write: the replaced sheets' records move to their kept names
 * (a restored sheet is then known as the add-in's own, or as edited), older kept records go.
 */
export function keptFingerprints(
  previous: Fingerprints | null,
  replaced: readonly string[],
): Fingerprints {
  const next: Fingerprints = {};
  for (const [name, record] of Object.entries(previous ?? {}))
    if (!isKeptSheetName(name)) next[name] = record;
  for (const name of replaced) {
    const record = fingerprintFor(previous, name);
    if (record !== null) next[keptNameFor(name)] = record;
  }
  return next;
}

export interface RestoreOutcome {
  message: string;
  /** Output sheets now showing their previous version. */
  restored: string[];
}

/** Kept sheets of the open workbook, as the output names they would restore. */
export async function keptOutputsInExcel(): Promise<string[]> {
  return Excel.run(async (context) => {
    const list = context.workbook.worksheets.load("items/name");
    await context.sync();
    return list.items.map((s) => outputOfKept(s.name)).filter((n): n is string => n !== null);
  });
}

/**
 * Khôi phục: each kept sheet takes its output's name, tab place and visibility; the output it
 * replaces becomes the kept one. Two syncs: the sheet list, then all renames in one batch.
 */
export async function restoreKeptOutputs(): Promise<RestoreOutcome> {
  let restored: string[] = [];
  try {
    await Excel.run(async (context) => {
      const list = context.workbook.worksheets.load("items/name, items/position");
      await context.sync();
      const sheets = [...list.items].sort((a, b) => a.position - b.position);
      const names = sheets.map((s) => s.name);
      const order = new TabOrder(names);
      const byName = (name: string) =>
        sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
      const pairs = sheets
        .map((s) => ({ kept: s, output: outputOfKept(s.name) }))
        .filter((p): p is { kept: Excel.Worksheet; output: string } => p.output !== null);
      if (pairs.length === 0) return;
      const taken = new Set(names.map((n) => n.toUpperCase()));
      let first: Excel.Worksheet | null = null;
      for (const { kept, output } of pairs) {
        const current = byName(output);
        const keptName = kept.name;
        if (current) {
          // Through a free name: the two sheets trade names in one batch.
          const parked = freeName(output, taken);
          current.name = parked;
          order.rename(output, parked);
          kept.name = output;
          order.rename(keptName, output);
          kept.visibility = Excel.SheetVisibility.visible;
          kept.position = order.indexOf(parked);
          order.move(output, order.indexOf(parked));
          current.name = keptName;
          order.rename(parked, keptName);
          current.visibility = Excel.SheetVisibility.hidden;
        } else {
          kept.name = output;
          order.rename(keptName, output);
          kept.visibility = Excel.SheetVisibility.visible;
        }
        first ??= kept;
        restored.push(output);
      }
      first?.activate();
      await context.sync();
    });
  } catch (e) {
    restored = [];
    throw new ExcelHostError(
      `Không khôi phục được bản trước của các trang kết quả: ${officeReason(e)}.`,
      e,
    );
  }
  if (restored.length === 0) {
    throw new ExcelHostError(
      "Không có bản trước nào để khôi phục: các trang “… (bản trước)” chỉ có sau khi một lần ghi thay các trang kết quả.",
    );
  }
  let message = `Đã khôi phục bản trước của ${restored.length === 1 ? "trang" : "các trang"} ${quoted(restored)}; bản vừa thay được giữ lại dưới tên “… (bản trước)”.`;
  const settings = documentSettings();
  if (settings) {
    const records = loadFingerprints() ?? {};
    const next: Fingerprints = { ...records };
    for (const output of restored) {
      const kept = keptNameFor(output);
      const a = fingerprintFor(records, output);
      const b = fingerprintFor(records, kept);
      for (const key of Object.keys(next))
        if (key.toUpperCase() === output.toUpperCase() || key.toUpperCase() === kept.toUpperCase())
          delete next[key];
      if (b !== null) next[output] = b;
      if (a !== null) next[kept] = a;
    }
    settings.set(FINGERPRINTS_KEY, JSON.stringify(next));
    try {
      await saveDocumentSettings("dấu vết các trang kết quả");
    } catch (e) {
      message += ` Lưu ý: ${officeReason(e)} Lần ghi sau sẽ hỏi lại trước khi thay các trang này.`;
    }
  }
  return { message, restored };
}

function freeName(base: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const suffix = ` (đổi ${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toUpperCase())) {
      taken.add(candidate.toUpperCase());
      return candidate;
    }
  }
}
