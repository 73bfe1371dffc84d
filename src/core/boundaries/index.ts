/**
 * Year-on-year across the 1/7/2025 boundary changes: last year's figures of former units
 * carried over to today's units. `prepareConversion` decides from what the planner gave; the
 * consolidation then takes its cùng kỳ through `previousResolver`.
 */
import type { PreviousResolver, UnitPreviousResolver } from "../consolidate/consolidate";
import { issueOf, type FactsOf, type IssueKindId, type NamedUnit } from "../issues";
import type { Catalog, Issue, Period } from "../types";
import {
  additivityOf,
  targetOf,
  totalPrevious,
  unitPrevious,
  type BoundaryConversion,
  type TargetUnit,
} from "./convert";
import { readFormerSheets } from "./formerSheets";
import type { BoundaryMap, NewUnit } from "./mapping";
import { sortPreviousFiles, type PreviousFile } from "./previousFiles";
import { chooseScope, indexUnits, matchUnit } from "./scope";
import { readShareTables } from "./shareTable";
import { codeInName } from "./unitNames";

export { loadBoundaryMap, decodeMapping } from "./mapping";
export type { BoundaryMap, FormerUnit, FormerPart, NewUnit, Province, MergeType } from "./mapping";
export { sortPreviousFiles } from "./previousFiles";
export type { PreviousFile, PreviousSorted } from "./previousFiles";
export { unitPrevious, totalPrevious, targetOf, additivityOf } from "./convert";
export type {
  BoundaryConversion,
  PreviousPart,
  UnitPrevious,
  TargetUnit,
  Additivity,
} from "./convert";
export { SHARE_TABLE_SHEET } from "./shareTable";
export { unitNameKey } from "./unitNames";

export interface ConversionInput {
  /** Last year's files as given (consolidated workbook, former units' sheets, Bảng quy đổi). */
  previousFiles: PreviousFile[];
  /** The mapping; null when the host did not load it (no former unit's sheet among the files). */
  map: BoundaryMap | null;
  catalog: Catalog;
  bodies: { issuingBody: string; parentBody: string };
  /** This year's units as their sheets name them. */
  batchUnits: readonly string[];
  /** Cùng kỳ of this year's period, when known. */
  expectedPeriod: Period | null;
}

export interface ConversionPrepared {
  /** Last year's consolidated workbook to use as before, when that is what was given. */
  workbook: PreviousFile | null;
  conversion: BoundaryConversion | null;
  issues: Issue[];
}

/** Whether the previous files hold anything the mapping is needed for (hosts load it lazily). */
export function needsBoundaryMap(previousFiles: readonly PreviousFile[]): boolean {
  const sorted = sortPreviousFiles(previousFiles);
  return sorted.unitSheets.length > 0 || sorted.shareGrids.length > 0;
}

/** An issue of the batch as a whole, in no file. */
function batchIssue<K extends IssueKindId>(id: K, facts: FactsOf<K>): Issue {
  return issueOf(id, facts, { file: "" });
}

const named = (u: NamedUnit): NamedUnit => ({ name: u.name, code: u.code });

export function prepareConversion(input: ConversionInput): ConversionPrepared {
  const sorted = sortPreviousFiles(input.previousFiles);
  const issues = [...sorted.issues];
  if (sorted.unitSheets.length === 0) {
    for (const g of sorted.shareGrids) {
      issues.push(
        issueOf("share-table-unused", { sheet: g.sheet }, { file: g.file, sheet: g.sheet }),
      );
    }
    return { workbook: sorted.workbook, conversion: null, issues };
  }
  const map = input.map;
  if (!map)
    throw new Error("prepareConversion: the boundary map must be loaded for former units' sheets");
  const choice = chooseScope(map, input.bodies, input.batchUnits);
  if (!choice.scope) {
    issues.push(batchIssue("boundary-province-unknown", { reason: choice.reason }));
    return { workbook: null, conversion: null, issues };
  }
  const scope = choice.scope;
  const index = indexUnits(scope.newUnits);
  const targets: TargetUnit[] = [];
  for (const name of input.batchUnits) {
    const code = codeInName(name);
    const m = matchUnit(index, name, code && index.byCode.has(code) ? code : null);
    if (m.kind === "found") targets.push({ batchName: name, unit: m.unit });
    else if (m.kind === "ambiguous") {
      issues.push(
        batchIssue("boundary-unit-ambiguous", { name, candidates: m.candidates.map(named) }),
      );
    }
  }
  let wholeBatch = false;
  if (targets.length === 0) {
    const own = matchUnit(index, input.bodies.issuingBody, null);
    if (own.kind === "found") {
      targets.push({ batchName: input.bodies.issuingBody, unit: own.unit });
      wholeBatch = true;
    } else {
      issues.push(
        batchIssue("boundary-no-target", {
          level: scope.level,
          province: scope.province?.name ?? "",
          issuingBody: input.bodies.issuingBody,
        }),
      );
      return { workbook: null, conversion: null, issues };
    }
  }
  const former = readFormerSheets(sorted.unitSheets, scope, input.catalog, input.expectedPeriod);
  issues.push(...former.issues);
  const shares = readShareTables(sorted.shareGrids, scope);
  issues.push(...shares.issues);
  const conversion: BoundaryConversion = {
    scope,
    targets,
    wholeBatch,
    figures: former.figures,
    shares: shares.table,
    scopeReason: choice.reason,
    catalog: input.catalog,
  };
  issues.push(...coverageIssues(conversion));
  return { workbook: null, conversion, issues };
}

/** Each new unit of the batch whose former units are not all among last year's files is told so. */
function coverageIssues(conv: BoundaryConversion): Issue[] {
  const out: Issue[] = [];
  for (const t of conv.targets) {
    const missing = t.unit.formers.filter((f) => !conv.figures.has(f.code));
    const unshared = t.unit.formers.filter(
      (f) =>
        f.type === "partial" &&
        conv.figures.has(f.code) &&
        !conv.shares.get(f.code)?.has(t.unit.code),
    );
    if (missing.length > 0) {
      out.push(
        batchIssue("boundary-former-missing", {
          unit: t.unit.name,
          formers: t.unit.formers.length,
          missing: missing.map(named),
        }),
      );
    }
    if (unshared.length > 0) {
      out.push(
        batchIssue("boundary-share-missing", {
          unit: t.unit.name,
          unshared: unshared.map(named),
        }),
      );
    }
  }
  return out;
}

/** The consolidation's cùng kỳ of a total, from the conversion. */
export function previousResolver(conv: BoundaryConversion): PreviousResolver {
  const byName = new Map(conv.targets.map((t) => [t.batchName, t.unit]));
  return (key, units, indicator, additive) => {
    const additivity = additivityOf(indicator, additive);
    const chosen: NewUnit[] = [];
    const outside: string[] = [];
    for (const u of units) {
      const t = conv.wholeBatch ? conv.targets[0].unit : byName.get(u);
      if (t) {
        if (!chosen.includes(t)) chosen.push(t);
      } else outside.push(u);
    }
    if (outside.length > 0) {
      return {
        value: null,
        notes: [
          `Số thực hiện có cả của đơn vị không phải đơn vị hành chính sau sắp xếp (${outside.join(", ")}), ` +
            `nên không so sánh được với số cùng kỳ quy đổi.`,
        ],
      };
    }
    return totalPrevious(conv, key, chosen, additivity);
  };
}
/**
 * One of the batch's units' cùng kỳ of a summed indicator, from the conversion; null when the
 * unit is not one of today's units, the batch is one unit, or the figure cannot be made.
 */
export function unitPreviousResolver(conv: BoundaryConversion): UnitPreviousResolver {
  return (key, unit, indicator) => {
    if (conv.wholeBatch || additivityOf(indicator, true) !== "sum") return null;
    const target = targetOf(conv, unit);
    return target ? unitPrevious(conv, key, target, "sum").value : null;
  };
}
export { boundaryReview } from "./review";
export type { BoundaryReview, UnitReview, FormerReview } from "./review";
