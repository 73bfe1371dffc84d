/**
 * What an output sheet held when this add-in wrote it, kept in the document settings, so a
 * later run can tell whether the planner edited the sheet since (and ask before replacing).
 * A fingerprint is a hash of the non-empty cells' positions and values: the same for the plan
 * as written and for the sheet as read back, whatever the used range's offset.
 */
import { parseRange } from "../core/a1";
import type { SheetPlan } from "../core/types";
import { documentSettings } from "./api";

export const FINGERPRINTS_KEY = "tonghop.fingerprints";

export interface FingerprintRecord {
  hash: string;
  /** ISO time of the write. */
  written: string;
}

export type Fingerprints = Record<string, FingerprintRecord>;

/** FNV-1a 32-bit, twice with different seeds: a mismatch-detector, not a security measure. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Excel keeps 15 significant digits; the written and read-back numbers must agree. */
function normalNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function cellToken(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? "n" + normalNumber(v) : null;
  if (typeof v === "boolean") return "b" + String(v);
  return "s" + String(v);
}

function hashTokens(tokens: string[]): string {
  const text = tokens.join("\u0001");
  return fnv(text, 0x811c9dc5) + fnv(text, 0x050c5d1f);
}

/** Fingerprint of values read from a sheet (used range values at 0-based top/left). */
export function fingerprintValues(
  values: readonly (readonly unknown[])[],
  top: number,
  left: number,
): string {
  const tokens: string[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const t = cellToken(v);
      if (t !== null) tokens.push(`${r + top},${c + left}=${t}`);
    }),
  );
  return hashTokens(tokens);
}

/** The values a plan leaves in Excel: merging keeps only each merged area's top-left value. */
export function plannedValues(plan: SheetPlan): (string | number | null)[][] {
  const hidden = new Set<string>();
  for (const m of plan.merges) {
    const r = parseRange(m);
    if (!r) continue;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        if (row !== r.top || col !== r.left) hidden.add(`${row},${col}`);
  }
  return plan.rows.map((cells, r) =>
    cells.map((cell, c) => {
      if (hidden.has(`${r},${c}`) || !cell || !cell.value) return null;
      return "text" in cell.value ? cell.value.text : cell.value.number;
    }),
  );
}

export function fingerprintPlan(plan: SheetPlan): string {
  return fingerprintValues(plannedValues(plan), 0, 0);
}

export function loadFingerprints(): Fingerprints | null {
  const settings = documentSettings();
  if (!settings) return null;
  const raw: unknown = settings.get(FINGERPRINTS_KEY);
  const parsed: unknown = typeof raw === "string" ? safeJson(raw) : raw;
  if (!parsed || typeof parsed !== "object") return {};
  const out: Fingerprints = {};
  for (const [name, rec] of Object.entries(parsed as Record<string, unknown>)) {
    const r = rec as Partial<FingerprintRecord> | null;
    if (r && typeof r.hash === "string")
      out[name] = { hash: r.hash, written: String(r.written ?? "") };
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A damaged record only means we cannot vouch for the sheets: they count as edited.
    return null;
  }
}

/** Key for a sheet name: Excel compares sheet names without regard to case. */
export function fingerprintFor(
  fingerprints: Fingerprints | null,
  sheet: string,
): FingerprintRecord | null {
  if (!fingerprints) return null;
  const wanted = sheet.toUpperCase();
  const key = Object.keys(fingerprints).find((k) => k.toUpperCase() === wanted);
  return key ? fingerprints[key] : null;
}
