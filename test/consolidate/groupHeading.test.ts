/**
 * A commune's "3 Chăn nuôi" over "3.1 Đàn trâu", "3.2 Đàn bò" (no ĐVT, no figure) groups its
 * rows. It was an unknown indicator "Chăn nuôi" in the summary, with a missing-figure warning
 * for every commune that writes it; the herds add up as in a commune without the group line.
 */
import { defaultCatalog } from "../../src/core/catalog";
import { runConsolidate } from "../../src/core/pipeline";
import { gridFromRows, row } from "../../src/core/validate/testing/fixtures";

const grouped = gridFromRows(
  [
    row({ stt: 3, name: "Chăn nuôi" }),
    row({ stt: "3.1", name: "Đàn trâu", unit: "con", previous: 120, current: 118 }),
    row({ stt: "3.2", name: "Đàn bò", unit: "con", previous: 300, current: 310 }),
  ],
  { unit: "Xã Đạo Tú", file: "dao-tu.xlsx" },
);
const plain = gridFromRows(
  [
    row({ stt: 1, name: "Đàn trâu", unit: "con", previous: 80, current: 82 }),
    row({ stt: 2, name: "Đàn bò", unit: "con", previous: 200, current: 190 }),
  ],
  { unit: "Xã Hợp Hòa", file: "hop-hoa.xlsx" },
);

test("the group line is neither an indicator nor a missing figure", () => {
  const run = runConsolidate([grouped, plain], defaultCatalog());
  const about = run.issues.filter((i) => i.message.includes("Chăn nuôi"));
  expect(about).toEqual([]);
  expect(run.issues.map((i) => i.rule)).not.toContain("unknown-indicator");
  expect(run.summary.rows.map((r) => r.name)).not.toContain("Chăn nuôi");
});

test("the herds add up across both layouts, under the catalog's totals", () => {
  const run = runConsolidate([grouped, plain], defaultCatalog());
  const buffalo = run.summary.rows.find((r) => r.name === "Đàn trâu")!;
  const cattle = run.summary.rows.find((r) => r.name === "Đàn bò")!;
  expect(buffalo.current).toBe(200);
  expect(cattle.current).toBe(500);
  const catalog = defaultCatalog();
  const parentOf = (code: string | null) =>
    catalog.indicators.find((i) => i.code === code)?.parent ?? null;
  expect(buffalo.parentKey).toBe(parentOf(buffalo.code));
  expect(cattle.parentKey).toBe(parentOf(cattle.code));
});
