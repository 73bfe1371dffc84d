/**
 * The core keeps answers between runs and within one (text keys, plan-column meanings, a
 * sheet's slot keys, its totals and parts, its row statuses): a batch consolidated again in the
 * same process, with every one of them warm, must give the same summary and issues to the last
 * bit, and so must the same batch in another order. Rows of every status are here (text
 * numbers, malformed, blank figures, parts under totals, two plan columns alike).
 */
import { defaultCatalog } from "../../src/core/catalog";
import { consolidateJson } from "../../src/core/json";
import { runConsolidate } from "../../src/core/pipeline";
import type { SheetGrid } from "../../src/core/types";
import {
  STANDARD_HEADER,
  gridFromRows,
  row,
  twoPlanTitlesGrids,
} from "../../src/core/validate/testing/fixtures";

const catalog = defaultCatalog();

function unitGrid(unit: string, k: number): SheetGrid {
  return gridFromRows(
    [
      row({
        stt: 1,
        code: "NN01",
        name: "Tổng diện tích gieo trồng cây hằng năm",
        unit: "ha",
        previous: 900 + k,
        plan: 1000,
        current: 950 + k,
      }),
      row({
        stt: "-",
        code: "NN02",
        name: "Diện tích lúa",
        unit: "ha",
        previous: "1.200",
        plan: 800,
        current: 700 + k,
      }),
      row({
        stt: 2,
        code: "NN09",
        name: "Đàn gia cầm",
        unit: "nghìn con",
        previous: 12.5,
        plan: "Khoảng 13",
        current: k % 2 ? "1.2.3" : 13,
      }),
      row({
        stt: 3,
        code: "GD02",
        name: "Số trường đạt chuẩn quốc gia",
        unit: "trường",
        previous: 4,
        plan: 5,
        current: null,
      }),
      row({
        stt: 4,
        code: "GD01",
        name: "Tổng số trường học",
        unit: "trường",
        previous: 9,
        plan: 9,
        current: 9,
      }),
      row({
        stt: 5,
        code: "GD03",
        name: "Tỷ lệ trường đạt chuẩn quốc gia",
        unit: "%",
        previous: 40,
        plan: 50,
        current: 60 + k,
      }),
      row({ stt: 6, name: "Số hộ nuôi ong", unit: "hộ", previous: 10, plan: 12, current: 11 + k }),
    ],
    { file: `${unit}.xlsx`, unit },
  );
}

function batch(): SheetGrid[] {
  const twoPlans = STANDARD_HEADER.map((h) => (h === "So sánh cùng kỳ (%)" ? "Kế hoạch năm" : h));
  return [
    ...["Thôn Bắc", "Thôn Nam", "Thôn Đông", "Thôn Tây"].map((u, k) => unitGrid(u, k)),
    ...twoPlanTitlesGrids(),
    gridFromRows(
      [
        row({
          stt: 1,
          name: "Diện tích lúa",
          unit: "ha",
          previous: 10,
          plan: 12,
          current: 11,
          ratioYoy: 14,
        }),
      ],
      {
        file: "hai-cot.xlsx",
        unit: "Phòng Nông nghiệp",
        header: twoPlans,
      },
    ),
  ];
}

const bits = (grids: SheetGrid[]) => {
  const r = runConsolidate(grids, catalog);
  return JSON.stringify(consolidateJson(r.summary, r.issues));
};

test("a batch consolidated again with every cache warm gives the same bits", () => {
  const first = bits(batch());
  expect(bits(batch())).toBe(first);
  // The same grid objects again: the per-sheet answers are looked up, not worked out.
  const grids = batch();
  expect(bits(grids)).toBe(first);
  expect(bits(grids)).toBe(first);
  expect(bits([...grids].reverse())).toBe(first);
});
