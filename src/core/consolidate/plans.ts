/**
 * The plan columns of an indicator: units' plans aligned by column meaning, added up or taken
 * as is, and compared with the figure only unit for unit.
 */
import type { PlanValue } from "../types";
import { cellPlace } from "../text/cellPlace";
import { exactSum } from "./exactSum";
import { judgePlan, lowerIsBetter } from "./planJudgement";
import { planSlots, type PlanSlot } from "./planSlots";
import {
  addUnit,
  NO_SOURCE,
  sameUnitSet,
  sortSourceIds,
  unitSet,
  type Contribution,
  type KeyInfo,
  type UnitSet,
} from "./collect";
import { allUnits, sameNumber } from "./aggregate";
import { sourceValues, type SourceTable } from "./sourceTable";
import type { SummaryPlan } from "./types";

/**
 * Units whose plan columns stood in the same place but say different things ("Dự toán năm 2026"
 * here, "Dự toán tỉnh giao" there) were once added into one column; they are kept apart, and
 * the planner is told why the plan columns of this indicator are several.
 */
/** The units that wrote a plan in the slot, in order met. */
function unitsGiving(slot: PlanSlot<Contribution>): string[] {
  const units = new Set<string>();
  for (const m of slot.members)
    if (m.contribution.rr.plans[m.index]) units.add(m.contribution.reportingUnit);
  return [...units];
}

function noteApartPlans(slots: PlanSlot<Contribution>[], notes: string[]): void {
  // One column for every unit (nearly every row of a batch): nothing can be apart.
  if (slots.length < 2) return;
  // Only columns that hold a plan for this indicator: a unit's empty "Kế hoạch tỉnh giao"
  // keeps nobody's plan apart, and the note on every row of the table said it did.
  const giving = new Map<PlanSlot<Contribution>, string[]>();
  for (const slot of slots) {
    const units = unitsGiving(slot);
    if (units.length > 0) giving.set(slot, units);
  }
  const positions = new Map<number, PlanSlot<Contribution>[]>();
  for (const slot of giving.keys()) {
    for (const pos of slot.positions) positions.set(pos, [...(positions.get(pos) ?? []), slot]);
  }
  const noted = new Set<PlanSlot<Contribution>>();
  for (const group of positions.values()) {
    if (group.length < 2 || group.every((g) => noted.has(g))) continue;
    group.forEach((g) => noted.add(g));
    const parts = group.map((g) => `“${g.titles.join("”, “")}” (${giving.get(g)!.join(", ")})`);
    notes.push(
      `Kế hoạch các đơn vị ghi theo cột khác nhau: ${parts.join("; ")}; ` +
        "tên cột không cho biết là cùng một kế hoạch, nên được giữ thành cột riêng, không cộng chung.",
    );
  }
}

/** A contribution's plan column titles (one array shared by rows with the same titles). */
function planTitles(c: Contribution): readonly string[] {
  return c.planTitles;
}

export function aggregatePlans(
  info: KeyInfo,
  additive: boolean,
  current: number | null,
  currentUnits: UnitSet,
  currentComplete: boolean,
  /** Why a plan is missing or not compared: the row's planNotes. */
  notes: string[],
  flagged: Contribution[],
  table: SourceTable,
): SummaryPlan[] {
  const slots = planSlots(info.contributions, planTitles);
  noteApartPlans(slots, notes);
  const plans: SummaryPlan[] = [];
  for (const slot of slots) {
    const title = slot.title;
    // The sources of the numbers among the plans given, in one walk of the members. The plans
    // given themselves (with their units) are listed only when one is not a number: when all
    // are, the sources are exactly them.
    const ids: number[] = [];
    const planUnits = unitSet(currentUnits.marks.length);
    let givenCount = 0;
    let allNumbers = true;
    for (const { contribution: c, index: i } of slot.members) {
      // A number plan's source was made by collect (each plan column is in one slot only).
      const source = c.planSources[i];
      if (source !== NO_SOURCE) {
        givenCount++;
        addUnit(planUnits, c.unit);
        ids.push(source);
        continue;
      }
      if (!c.rr.plans[i]) continue;
      givenCount++;
      allNumbers = false;
    }
    for (const c of flagged) {
      // The flagged are few: their column in this slot is looked up (the last member of that
      // contribution, as a map of members would keep) rather than indexing every member.
      let i: number | undefined;
      for (let m = slot.members.length - 1; m >= 0; m--) {
        if (slot.members[m].contribution === c) {
          i = slot.members[m].index;
          break;
        }
      }
      if (i === undefined) continue;
      for (const ex of c.rr.excluded) {
        if (ex.field === "plan" && c.rr.row.plans[i]?.cell === ex.cell) {
          notes.push(
            `Kế hoạch của ${c.reportingUnit} (${cellPlace({ file: c.sheet.file, sheet: c.sheet.sheetName, cell: ex.cell })}) bị loại vì ${ex.reason}`,
          );
        }
      }
    }
    const sources = table.list(sortSourceIds(table, ids));
    let value: PlanValue | null = null;
    let pct: number | null = null;
    if (givenCount > 0 && allNumbers) {
      const nums = sourceValues(sources);
      if (additive) {
        value = { kind: "number", value: exactSum(nums) };
      } else if (nums.every((n) => sameNumber(n, nums[0]))) {
        value = { kind: "number", value: nums[0] };
      } else {
        notes.push(
          `${title || "Kế hoạch"}: các đơn vị ghi khác nhau, mà chỉ tiêu này không cộng được; không có kế hoạch chung.`,
        );
      }
      if (value && value.kind === "number" && current !== null && value.value !== 0) {
        // A sum is compared with its plan only unit for unit: a unit whose figure was left
        // out must not leave its plan in the denominator, nor the reverse.
        if (!additive || (currentComplete && sameUnitSet(planUnits, currentUnits))) {
          pct = (current / value.value) * 100;
        } else if (currentComplete) {
          // Several plan columns: which one, or the notes read as the same sentence twice.
          const which = slots.length > 1 ? ` “${title}”` : "";
          notes.push(
            `Kế hoạch${which} chỉ có ở ${planUnits.size}/${currentUnits.size} đơn vị báo cáo số thực hiện; không tính tỷ lệ so với kế hoạch.`,
          );
        } else {
          notes.push(
            `Số thực hiện dùng được ở ${currentUnits.size}/${allUnits(info)} đơn vị; không tính tỷ lệ so với kế hoạch.`,
          );
        }
      }
    } else if (givenCount > 0) {
      const given: Array<{ c: Contribution; plan: PlanValue }> = [];
      for (const { contribution: c, index: i } of slot.members) {
        const p = c.rr.plans[i];
        if (p) given.push({ c, plan: p });
      }
      // A plan in words or a range is kept as written when it is the only one, or when every
      // unit wrote the same for a rate. Two units' "Khoảng 4" of a count do not make a total
      // of "Khoảng 4", and a number cannot be added to words: no plan rather than a wrong one.
      const texts = new Set(given.map((g) => JSON.stringify(g.plan)));
      if (texts.size === 1 && (given.length === 1 || !additive)) value = given[0].plan;
      else {
        const units = given.map((g) => g.c.reportingUnit).join(", ");
        notes.push(
          `${title || "Kế hoạch"} của các đơn vị (${units}) có chỗ ghi bằng chữ hoặc khoảng, không cộng được thành một kế hoạch chung.`,
        );
      }
    }
    plans.push({
      title: title || "Kế hoạch",
      value,
      pct,
      judgement: judgePlan(value, current, lowerIsBetter(info.name)),
      sources,
    });
  }
  return plans;
}
