/**
 * Which units' plan columns add up together. One unit titles its plan "Dự toán năm 2026",
 * another "Dự toán tỉnh giao": the first is the unit's own annual plan, the second what the
 * province assigned, and adding them would make a plan nobody set. Columns are aligned by what
 * their titles say (HĐND giao, tỉnh giao, kế hoạch năm); titles that say nothing known align
 * only with the same words.
 */
import { foldKey } from "../text/normalize";

// Asked for every unit's plan column of every indicator (45 000 times for 150 units), of the
// few titles a batch writes: answers are kept. Bounded, for a batch of unique titles.
const meaningCache = new Map<string, string>();
const MEANING_CACHE_MAX = 10_000;

/** What a plan column's title says it is. */
export function planMeaning(title: string): string {
  let m = meaningCache.get(title);
  if (m === undefined) {
    m = planMeaningUncached(title);
    if (meaningCache.size >= MEANING_CACHE_MAX) meaningCache.clear();
    meaningCache.set(title, m);
  }
  return m;
}

function planMeaningUncached(title: string): string {
  const f = foldKey(title);
  if (/\bhdnd\b|hoi dong nhan dan|nghi quyet|\bnq\b/.test(f)) return "hdnd";
  if (/\b(?:tinh|huyen|thanh pho|cap tren|tren) giao\b/.test(f)) return "cap-tren";
  if (/ke hoach|\bkh\b|du toan|chi tieu giao|\bgiao\b/.test(f) || f === "") return "nam";
  return "khac:" + f.replace(/\s*\d{4}\s*/g, " ").trim();
}

// meaning + "#0", the key of a unit's first column of that meaning, kept rather than joined
// again for every unit. Bounded by the meaning cache's own bound.
const firstKeys = new Map<string, string>();
function firstKey(meaning: string): string {
  let k = firstKeys.get(meaning);
  if (k === undefined) {
    k = meaning + "#0";
    if (firstKeys.size >= MEANING_CACHE_MAX) firstKeys.clear();
    firstKeys.set(meaning, k);
  }
  return k;
}

// The slot keys of one unit's titles, by the titles array: titlesOf gives the same array for
// every row of a sheet (plans.ts), so a sheet's keys are worked out once, not once per row.
// Kept with the titles they were made from, and used only while the array still holds them.
const keysByTitles = new WeakMap<readonly string[], { titles: string[]; keys: string[] }>();

function sameTitles(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The last answer: collect hands every row with the same titles the same array, so nearly
// every call asks about the array asked about last.
let lastTitles: readonly string[] | null = null;
let lastKeys: { titles: string[]; keys: string[] } | null = null;

function slotKeys(titles: readonly string[]): string[] {
  if (titles === lastTitles && lastKeys !== null && sameTitles(lastKeys.titles, titles)) {
    return lastKeys.keys;
  }
  const known = slotKeysByArray(titles);
  lastTitles = titles;
  lastKeys = known;
  return known.keys;
}

function slotKeysByArray(titles: readonly string[]): { titles: string[]; keys: string[] } {
  const known = keysByTitles.get(titles);
  if (known !== undefined && sameTitles(known.titles, titles)) return known;
  // Most units have one plan column: no per-unit count of meanings is needed then.
  const own = titles.length > 1 ? new Map<string, number>() : null;
  const keys = titles.map((title) => {
    const meaning = planMeaning(title);
    // Two columns of one unit that read alike (two "Kế hoạch" columns) stay two slots.
    const n = own?.get(meaning) ?? 0;
    own?.set(meaning, n + 1);
    return n === 0 ? firstKey(meaning) : meaning + "#" + n;
  });
  const entry = { titles: [...titles], keys };
  keysByTitles.set(titles, entry);
  return entry;
}

export interface PlanSlot<C> {
  /** The column title shown for the slot: the first one met. */
  title: string;
  /** Each unit's plan column in this slot: the unit's contribution and the column index. */
  members: Array<{ contribution: C; index: number }>;
  /** Every title written for this slot, in the order met. */
  titles: string[];
  /** The column position(s) the slot came from in the units' sheets. */
  positions: Set<number>;
}

/**
 * The slots of one indicator's plans, in the order of the units' columns: a unit's first plan
 * column comes first. `titlesOf(c)` gives a contribution's plan column titles in sheet order.
 */
export function planSlots<C>(
  contributions: readonly C[],
  titlesOf: (c: C) => readonly string[],
): PlanSlot<C>[] {
  const byKey = new Map<string, PlanSlot<C> & { first: number; seen: number }>();
  let seen = 0;
  for (const c of contributions) {
    const titles = titlesOf(c);
    const keys = slotKeys(titles);
    for (let index = 0; index < titles.length; index++) {
      const title = titles[index];
      const key = keys[index];
      let slot = byKey.get(key);
      if (!slot) {
        slot = { title, members: [], titles: [], positions: new Set(), first: index, seen: seen++ };
        byKey.set(key, slot);
      }
      slot.first = Math.min(slot.first, index);
      slot.members.push({ contribution: c, index });
      if (!slot.titles.includes(title)) slot.titles.push(title);
      slot.positions.add(index);
    }
  }
  return [...byKey.values()]
    .sort((a, b) => a.first - b.first || a.seen - b.seen)
    .map(({ title, members, titles, positions }) => ({ title, members, titles, positions }));
}
