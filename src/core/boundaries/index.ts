/**
 * Year-on-year across the 1/7/2025 boundary changes: last year's figures of former units
 * carried over to today's units. `prepareConversion` decides from what the planner gave; the
 * consolidation then takes its cùng kỳ through `previousResolver`.
 */
import type { PreviousResolver } from "../consolidate/consolidate";
import type { Catalog, Issue, Period } from "../types";
import { additivityOf, totalPrevious, type BoundaryConversion, type TargetUnit } from "./convert";
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

function batchIssue(severity: Issue["severity"], rule: string, message: string): Issue {
  return { file: "", sheet: null, cell: null, severity, rule, message };
}

export function prepareConversion(input: ConversionInput): ConversionPrepared {
  const sorted = sortPreviousFiles(input.previousFiles);
  const issues = [...sorted.issues];
  if (sorted.unitSheets.length === 0) {
    for (const g of sorted.shareGrids) {
      issues.push({
        file: g.file,
        sheet: g.sheet,
        cell: null,
        severity: "warning",
        rule: "share-table-unused",
        message: `Có bảng quy đổi “${g.sheet}” nhưng không có biểu năm trước nào của đơn vị hành chính cũ; bảng này không được dùng.`,
      });
    }
    return { workbook: sorted.workbook, conversion: null, issues };
  }
  const map = input.map;
  if (!map)
    throw new Error("prepareConversion: the boundary map must be loaded for former units' sheets");
  const choice = chooseScope(map, input.bodies, input.batchUnits);
  if (!choice.scope) {
    issues.push(
      batchIssue(
        "error",
        "boundary-province-unknown",
        `Không xác định được tỉnh, thành phố để quy đổi số cùng kỳ theo địa giới mới: ${choice.reason}. ` +
          `Hãy ghi tên tỉnh vào “Cơ quan chủ quản” trong thiết lập báo cáo (ví dụ “ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ”).`,
      ),
    );
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
        batchIssue(
          "error",
          "boundary-unit-ambiguous",
          `Đơn vị năm nay “${name}” ứng với nhiều đơn vị sau sắp xếp: ${m.candidates.map((u) => `${u.name} (mã ${u.code})`).join("; ")}. ` +
            `Hãy ghi mã đơn vị sau tên, ví dụ “${name} (mã ${m.candidates[0].code})”.`,
        ),
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
        batchIssue(
          "warning",
          "boundary-no-target",
          `Các đơn vị năm nay không phải ${scope.level === 1 ? "tỉnh, thành phố" : `xã, phường của ${scope.province?.name ?? ""}`} sau sắp xếp, ` +
            `và cơ quan ban hành “${input.bodies.issuingBody}” cũng không; không quy đổi được số cùng kỳ của các đơn vị cũ.`,
        ),
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
        batchIssue(
          "warning",
          "boundary-former-missing",
          `${t.unit.name} được hợp thành từ ${t.unit.formers.length} đơn vị cũ, nhưng thiếu biểu năm trước của ` +
            `${missing.map((f) => `${f.name} (mã ${f.code})`).join(", ")}; ${t.unit.name} không có số so sánh cùng kỳ.`,
        ),
      );
    }
    if (unshared.length > 0) {
      out.push(
        batchIssue(
          "warning",
          "boundary-share-missing",
          `${unshared.map((f) => `${f.name} (mã ${f.code})`).join(", ")} chỉ nhập một phần vào ${t.unit.name}; ` +
            `cần tỷ lệ (%) trong “Bảng quy đổi” (cột đơn vị cũ, đơn vị mới, tỷ lệ %) để so sánh cùng kỳ của ${t.unit.name}. ` +
            `Số cùng kỳ của cả tỉnh vẫn được so sánh khi mọi phần của đơn vị cũ đều nằm trong các đơn vị báo cáo.`,
        ),
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
export { boundaryReview } from "./review";
export type { BoundaryReview, UnitReview, FormerReview } from "./review";
