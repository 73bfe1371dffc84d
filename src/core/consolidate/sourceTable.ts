/**
 * Every source of one consolidation, stored by column. A province's batch has a source per
 * unit, indicator and figure (~110 000 at 150 units, ~440 000 at 600), and they live until the
 * outputs are written: as objects, each took ~100 bytes (the object, a boxed number, a slot in
 * its list), half of the heap at 600 units. Here one takes 36 bytes and a list holds 4 per
 * source; a Source object is made only when someone reads it, and dies young.
 */
import { parseA1 } from "../a1";
import type { CellValue } from "../types";
import type { Source, SourceSheet } from "./types";

/**
 * The sources of one figure, in file, sheet and cell order: what SummaryRow and SummaryPlan
 * hold. A plain array of Source is one too (tests and hand-made summaries use them).
 */
export interface SourceSeq extends Iterable<Source> {
  readonly length: number;
  at(index: number): Source | undefined;
  map<T>(f: (source: Source, index: number) => T): T[];
  some(f: (source: Source) => boolean): boolean;
  every(f: (source: Source) => boolean): boolean;
}

const INITIAL_CAPACITY = 1024;
/** Excel's column limit (XFD): row * MAX_COLUMNS + col orders cells by row, then column. */
const MAX_COLUMNS = 16384;

/** Plain code-point order: the same on every host, whatever its ICU data. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class SourceTable {
  private readonly sheets: SourceSheet[] = [];
  private readonly sheetIds = new Map<SourceSheet, number>();
  /** Cell addresses and ĐVT as written, each kept once: every unit's sheet repeats them. */
  private readonly texts: string[] = [];
  private readonly textIds = new Map<string, number>();
  private readonly positions: number[] = [];
  /** Raw cell values that are not numbers (a number typed as text), by source. */
  private readonly otherRaw = new Map<number, CellValue>();
  private sheetOf = new Int32Array(INITIAL_CAPACITY);
  private cellOf = new Int32Array(INITIAL_CAPACITY);
  /** -1 when the row gives no ĐVT. */
  private rawUnitOf = new Int32Array(INITIAL_CAPACITY);
  private valueOf = new Float64Array(INITIAL_CAPACITY);
  private rawOf = new Float64Array(INITIAL_CAPACITY);
  private factorOf = new Float64Array(INITIAL_CAPACITY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Keeps one source; its id is what lists hold. */
  add(
    from: SourceSheet,
    cell: string,
    value: number,
    raw: CellValue,
    rawUnit: string | null,
    factor: number,
  ): number {
    if (this.count === this.sheetOf.length) this.grow();
    const id = this.count++;
    let sheet = this.sheetIds.get(from);
    if (sheet === undefined) {
      sheet = this.sheets.length;
      this.sheets.push(from);
      this.sheetIds.set(from, sheet);
    }
    this.sheetOf[id] = sheet;
    this.cellOf[id] = this.textId(cell);
    this.rawUnitOf[id] = rawUnit === null ? -1 : this.textId(rawUnit);
    this.valueOf[id] = value;
    this.factorOf[id] = factor;
    if (typeof raw === "number") this.rawOf[id] = raw;
    else this.otherRaw.set(id, raw);
    return id;
  }

  /** The source as an object (a new one each time: read it, do not keep it by the thousand). */
  source(id: number): Source {
    const rawUnit = this.rawUnitOf[id];
    return {
      from: this.sheets[this.sheetOf[id]],
      cell: this.texts[this.cellOf[id]],
      value: this.valueOf[id],
      raw: this.otherRaw.has(id) ? this.otherRaw.get(id)! : this.rawOf[id],
      rawUnit: rawUnit === -1 ? null : this.texts[rawUnit],
      factor: this.factorOf[id],
    };
  }

  value(id: number): number {
    return this.valueOf[id];
  }

  /** By file, sheet, then cell (row, then column), as the tables list sources. */
  compare(a: number, b: number): number {
    const sa = this.sheetOf[a];
    const sb = this.sheetOf[b];
    if (sa !== sb) {
      const x = this.sheets[sa];
      const y = this.sheets[sb];
      const bySheet = compareText(x.file, y.file) || compareText(x.sheet, y.sheet);
      if (bySheet !== 0) return bySheet;
    }
    const ta = this.cellOf[a];
    const tb = this.cellOf[b];
    if (ta === tb) return 0;
    const pa = this.position(ta);
    const pb = this.position(tb);
    if (pa < 0 || pb < 0) return compareText(this.texts[ta], this.texts[tb]);
    return pa - pb;
  }

  /**
   * A cell's place in sheet order (row, then column) by its text id; -1 when it is no A1
   * address. Worked out once per address: the order of 110 000 sources is checked pairwise.
   */
  private position(text: number): number {
    let p = this.positions[text];
    if (p === undefined) {
      const a1 = parseA1(this.texts[text]);
      p = a1 ? a1.row * MAX_COLUMNS + a1.col : -1;
      this.positions[text] = p;
    }
    return p;
  }

  /** A list of these sources, in the order given. */
  list(ids: readonly number[]): SourceList {
    return ids.length === 0 ? NO_SOURCES : new SourceList(this, Int32Array.from(ids));
  }

  private textId(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.textIds.set(text, id);
    }
    return id;
  }

  private grow(): void {
    const n = this.sheetOf.length * 2;
    const int = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const float = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    this.sheetOf = int(this.sheetOf);
    this.cellOf = int(this.cellOf);
    this.rawUnitOf = int(this.rawUnitOf);
    this.valueOf = float(this.valueOf);
    this.rawOf = float(this.rawOf);
    this.factorOf = float(this.factorOf);
  }
}

/** Some of a table's sources, by id: 4 bytes each. */
export class SourceList implements SourceSeq {
  constructor(
    private readonly table: SourceTable | null,
    private readonly ids: Int32Array,
  ) {}

  get length(): number {
    return this.ids.length;
  }

  at(index: number): Source | undefined {
    const i = index < 0 ? this.ids.length + index : index;
    return i >= 0 && i < this.ids.length ? this.table!.source(this.ids[i]) : undefined;
  }

  /** The figure of the i-th source, without making the object. */
  valueAt(index: number): number {
    return this.table!.value(this.ids[index]);
  }

  map<T>(f: (source: Source, index: number) => T): T[] {
    const out = new Array<T>(this.ids.length);
    for (let i = 0; i < this.ids.length; i++) out[i] = f(this.table!.source(this.ids[i]), i);
    return out;
  }

  some(f: (source: Source) => boolean): boolean {
    for (let i = 0; i < this.ids.length; i++) if (f(this.table!.source(this.ids[i]))) return true;
    return false;
  }

  every(f: (source: Source) => boolean): boolean {
    for (let i = 0; i < this.ids.length; i++) if (!f(this.table!.source(this.ids[i]))) return false;
    return true;
  }

  [Symbol.iterator](): Iterator<Source> {
    let i = 0;
    return {
      next: (): IteratorResult<Source> =>
        i < this.ids.length
          ? { value: this.table!.source(this.ids[i++]), done: false }
          : { value: undefined, done: true },
    };
  }

  /** As the array it stands for, wherever a summary is written out whole. */
  toJSON(): Source[] {
    return this.map((s) => s);
  }
}

/** The list of no sources, shared. */
export const NO_SOURCES = new SourceList(null, new Int32Array(0));

/** The figures of a list of sources, read without making their objects when it is a table's. */
export function sourceValues(sources: SourceSeq): number[] {
  if (sources instanceof SourceList) {
    const out = new Array<number>(sources.length);
    for (let i = 0; i < out.length; i++) out[i] = sources.valueAt(i);
    return out;
  }
  return sources.map((s) => s.value);
}

/** Sources as plain arrays, for a summary that crosses a postMessage (classes do not). */
export function sourceArray(sources: SourceSeq): Source[] {
  return Array.isArray(sources) ? (sources as Source[]) : sources.map((s) => s);
}
