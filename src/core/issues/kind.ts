/**
 * What every issue kind declares, once: its severity, what it tells the planner, and how its
 * message is worded from the facts of one case. The facts' type is the builder's parameter, so
 * a creation site that passes the wrong facts does not compile.
 */
import type { Severity } from "../types";

export interface KindSpec<F> {
  severity: Severity;
  /** What it tells the planner, in a line (the messages themselves name file, sheet, cell). */
  about: string;
  /** The Vietnamese message of one case. */
  message: (facts: F) => string;
}

export const kind = <F>(
  severity: Severity,
  about: string,
  message: (facts: F) => string,
): KindSpec<F> => ({ severity, about, message });

/** For kinds whose message needs nothing but where they are. */
export type NoFacts = Record<string, never>;

/** A unit as messages name it: "Xã Tam Dương (mã 08869)". */
export interface NamedUnit {
  name: string;
  code: string;
}

export const unitWithCode = (u: NamedUnit): string => `${u.name} (mã ${u.code})`;
