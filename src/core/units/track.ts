/**
 * What came in against the list: each listed unit on time, late or missing; where a unit sent
 * several files, the newest (by Ngày lập, then the file's time) is used, an older one too
 * where it reports other indicators, and the rest are set aside, so no figure is counted twice; sheets from units not on the list are
 * listed apart. The choice is between files, not sheets: a department's one workbook often
 * holds several biểu (Nông nghiệp on one sheet, Công nghiệp on the next), all of them its report. Errors are counted once validation has run (withErrors).
 */
import type { Issue } from "../types";
import { indexListedUnits, matchListedUnit } from "./match";
import type {
  DateSource,
  ListedUnit,
  SubmissionFile,
  SubmissionSummary,
  SubmittedSheet,
  UnitList,
  UnitSubmission,
  UnlistedSubmission,
} from "./types";

/** A file time as the calendar day on the planner's machine (the day they saw it arrive). */
export function localIsoDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function dateOf(s: SubmittedSheet): { date: string | null; dateSource: DateSource | null } {
  if (s.madeOn !== null) return { date: s.madeOn, dateSource: "ngay-lap" };
  if (s.modified !== null) return { date: localIsoDate(s.modified), dateSource: "mtime" };
  return { date: null, dateSource: null };
}

/** Newest first: by the date (Ngày lập, else the file's day), then by the file's exact time. */
function newerFirst(a: SubmittedSheet, b: SubmittedSheet): number {
  const da = dateOf(a).date ?? "";
  const db = dateOf(b).date ?? "";
  if (da !== db) return da < db ? 1 : -1;
  return (b.modified ?? -Infinity) - (a.modified ?? -Infinity);
}

/** A unit's sheets newest first → the files whose figures count (see SubmittedSheet.indicators). */
function usedFilesOf(group: readonly SubmittedSheet[]): Set<string> {
  const byFile = new Map<string, SubmittedSheet[]>();
  for (const s of group) {
    const own = byFile.get(s.file);
    if (own) own.push(s);
    else byFile.set(s.file, [s]);
  }
  const used = new Set<string>();
  const taken = new Set<string>();
  for (const [file, sheets] of byFile) {
    const keys = sheets.flatMap((s) => s.indicators ?? []);
    const unknown = sheets.some((s) => s.indicators === undefined);
    if (used.size > 0 && (unknown || keys.some((k) => taken.has(k)))) continue;
    used.add(file);
    for (const k of keys) taken.add(k);
  }
  return used;
}

export interface SetAside {
  file: string;
  sheet: string;
  unit: ListedUnit;
  /** The sheet used instead. */
  used: { file: string; sheet: string; date: string | null };
}

export interface Tracking {
  summary: SubmissionSummary;
  /** The sheets not to consolidate: a newer one of the same unit is used. */
  setAside: SetAside[];
  /** Sheets whose name fits several listed units. */
  ambiguous: Array<{ sheet: SubmittedSheet; candidates: ListedUnit[] }>;
}

/**
 * `sheets` in the order given (file, then sheet): among sheets of one date and time, the
 * first is used. `unreadable` are files that gave no sheet at all (corrupt, not .xlsx).
 */
export function trackSubmissions(
  list: UnitList,
  sheets: readonly SubmittedSheet[],
  options: { deadline?: string | null; unreadable?: readonly string[] } = {},
): Tracking {
  const deadline = options.deadline ?? null;
  const index = indexListedUnits(list.units);
  const byUnit = new Map<ListedUnit, SubmittedSheet[]>();
  const unlisted: UnlistedSubmission[] = [];
  const ambiguous: Tracking["ambiguous"] = [];
  for (const s of sheets) {
    const m = matchListedUnit(index, s.unitName, s.unitCode);
    if (m.kind === "found") {
      const group = byUnit.get(m.unit);
      if (group) group.push(s);
      else byUnit.set(m.unit, [s]);
      continue;
    }
    if (m.kind === "ambiguous") ambiguous.push({ sheet: s, candidates: m.candidates });
    unlisted.push({
      file: s.file,
      sheet: s.sheet,
      unit: s.unitName,
      ...dateOf(s),
      errors: 0,
      reason: m.kind === "ambiguous" ? "ambiguous" : "not-listed",
    });
  }
  for (const file of options.unreadable ?? []) {
    unlisted.push({
      file,
      sheet: null,
      unit: null,
      date: null,
      dateSource: null,
      errors: 0,
      reason: "unreadable",
    });
  }
  const setAside: SetAside[] = [];
  const units: UnitSubmission[] = list.units.map((unit) => {
    const own = unit.deadline ?? deadline;
    // A stable sort: equal dates and times keep the order given, the first one used.
    const group = [...(byUnit.get(unit) ?? [])].sort(newerFirst);
    if (group.length === 0) return { unit, status: "missing", deadline: own, files: [] };
    // The newest file is the unit's submission, every sheet of it for this unit; an older file
    // is too when it reports none of the indicators already taken, else it is set aside.
    const usedFiles = usedFilesOf(group);
    const files: SubmissionFile[] = group.map((s) => ({
      file: s.file,
      sheet: s.sheet,
      ...dateOf(s),
      used: usedFiles.has(s.file),
      errors: 0,
    }));
    const used = files[0];
    for (const s of group.filter((g) => !usedFiles.has(g.file))) {
      setAside.push({
        file: s.file,
        sheet: s.sheet,
        unit,
        used: { file: used.file, sheet: used.sheet, date: used.date },
      });
    }
    const late = own !== null && used.date !== null && used.date > own;
    return { unit, status: late ? "late" : "on-time", deadline: own, files };
  });
  return {
    summary: { listFile: list.file, listSheet: list.sheet, deadline, units, unlisted },
    setAside,
    ambiguous,
  };
}

/** The summary with each sheet's (and each unreadable file's) error-level issues counted. */
export function withErrors(
  summary: SubmissionSummary,
  issues: readonly Issue[],
): SubmissionSummary {
  const bySheet = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const i of issues) {
    if (i.severity !== "error") continue;
    if (i.sheet === null) byFile.set(i.file, (byFile.get(i.file) ?? 0) + 1);
    else {
      const k = i.file + "\u0000" + i.sheet;
      bySheet.set(k, (bySheet.get(k) ?? 0) + 1);
    }
  }
  const count = (file: string, sheet: string | null) =>
    sheet === null ? (byFile.get(file) ?? 0) : (bySheet.get(file + "\u0000" + sheet) ?? 0);
  return {
    ...summary,
    units: summary.units.map((u) => ({
      ...u,
      files: u.files.map((f) => ({ ...f, errors: count(f.file, f.sheet) })),
    })),
    unlisted: summary.unlisted.map((u) => ({ ...u, errors: count(u.file, u.sheet) })),
  };
}

export interface SubmissionCounts {
  listed: number;
  submitted: number;
  late: number;
  missing: ListedUnit[];
}

export function submissionCounts(summary: SubmissionSummary): SubmissionCounts {
  return {
    listed: summary.units.length,
    submitted: summary.units.filter((u) => u.status !== "missing").length,
    late: summary.units.filter((u) => u.status === "late").length,
    missing: summary.units.filter((u) => u.status === "missing").map((u) => u.unit),
  };
}
