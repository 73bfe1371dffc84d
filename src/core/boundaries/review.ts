/**
 * The quy đổi as a planner checks it before anything is written: each of today's units, the
 * former units it was made from, the share used and whether last year's sheet of each was
 * given. Plain data (it crosses from the pane's worker), and the one source of the first table
 * of the "Quy đổi địa giới" sheet, so what the pane shows is what the workbook says.
 */
import type { BoundaryConversion } from "./convert";
import type { MergeType } from "./mapping";

export interface FormerReview {
  code: string;
  name: string;
  type: MergeType;
  /** Percent used: 100 for a full merge, the Bảng quy đổi's share, null when none was given. */
  share: number | null;
  /** Where last year's sheet of the former unit is ("tệp, trang …"), null when none was given. */
  sheet: string | null;
  /** Why the new unit has no comparison because of this former unit, or what to check. */
  note: string;
}

export interface UnitReview {
  name: string;
  code: string;
  formers: FormerReview[];
  /** Every former unit has a sheet and a share: the unit's cùng kỳ can be carried over. */
  complete: boolean;
}

export interface BoundaryReview {
  /** The province (or the whole country) and how it was chosen, as a sentence's part. */
  scope: string;
  units: UnitReview[];
  /** Former units in all, and how many of them had a sheet among last year's files. */
  formers: number;
  formersWithSheet: number;
}

export function boundaryReview(conv: BoundaryConversion): BoundaryReview {
  let formers = 0;
  let formersWithSheet = 0;
  const units = conv.targets.map((t): UnitReview => {
    const list = t.unit.formers.map((f): FormerReview => {
      const fig = conv.figures.get(f.code);
      const share =
        f.type === "full" ? 100 : (conv.shares.get(f.code)?.get(t.unit.code)?.share ?? null);
      formers++;
      if (fig) formersWithSheet++;
      return {
        code: f.code,
        name: f.name,
        type: f.type,
        share,
        sheet: fig ? `${fig.file}, trang ${fig.sheet}` : null,
        note:
          f.type === "partial" && share === null
            ? "Chưa có tỷ lệ trong Bảng quy đổi: đơn vị hiện nay không so sánh cùng kỳ."
            : !fig
              ? "Thiếu biểu năm trước: đơn vị hiện nay không so sánh cùng kỳ."
              : fig.writtenName !== f.name
                ? `Biểu ghi “${fig.writtenName}”.`
                : "",
      };
    });
    return {
      name: t.unit.name,
      code: t.unit.code,
      formers: list,
      complete: list.every((f) => f.share !== null && f.sheet !== null),
    };
  });
  const scope =
    conv.scope.level === 2 && conv.scope.province
      ? `${conv.scope.province.name} (xác định ${conv.scopeReason})`
      : `các tỉnh, thành phố (${conv.scopeReason})`;
  return { scope, units, formers, formersWithSheet };
}
