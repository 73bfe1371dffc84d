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

test("a catalog total left blank in a sheet without ĐVT stays the total of its parts", () => {
  const header = ["STT", "Chỉ tiêu", "Thực hiện cùng kỳ năm trước", "Thực hiện kỳ báo cáo"];
  const grid = gridFromRows(
    [
      [1, "Tổng diện tích gieo trồng cây hằng năm"],
      ["1.1", "Lúa", 480, 500],
      ["1.2", "Ngô", 290, 300],
      [2, "Sản lượng lương thực có hạt"],
      ["2.1", "Lúa", 2900, 3000],
      ["2.2", "Ngô", 1400, 1500],
    ],
    { unit: "Xã Hợp Hòa", header },
  );
  const run = runConsolidate([grid], defaultCatalog());
  const current = (code: string) => run.summary.rows.find((r) => r.code === code)?.current;
  // "Lúa" under the sown area is NN02 in ha, under the grain output NN12 in tấn: none lost.
  expect([current("NN02"), current("NN03"), current("NN12"), current("NN13")]).toEqual([
    500, 300, 3000, 1500,
  ]);
  expect(run.issues.map((i) => i.rule)).not.toContain("duplicate-indicator");
  // The blank totals are said to be missing, as before.
  expect(run.issues.filter((i) => i.rule === "empty-current")).toHaveLength(2);
});

test("a unit's blank total with its part under it keeps the total short, and says so", () => {
  const total = { stt: 1, name: "Tổng thu ngân sách nhà nước trên địa bàn" };
  const a = gridFromRows(
    [
      row({ ...total, unit: "triệu đồng", previous: 900, current: 1000 }),
      row({ name: "Trong đó: Thu nội địa", unit: "triệu đồng", previous: 500, current: 600 }),
    ],
    { unit: "Xã A", file: "a.xlsx" },
  );
  const b = gridFromRows(
    [row(total), row({ name: "Trong đó: Thu nội địa", unit: "triệu đồng", current: 400 })],
    { unit: "Xã B", file: "b.xlsx" },
  );
  const run = runConsolidate([a, b], defaultCatalog());
  const ns01 = run.summary.rows.find((r) => r.code === "NS01")!;
  expect(ns01.yoy).toBeNull();
  expect(ns01.incomplete.join(" ")).toContain("Xã B chưa điền số thực hiện");
});

test("a group line named like its own part's indicator does not take the part's figure", () => {
  // "Dân số" is a synonym of Dân số trung bình: the line over it is a heading, not a blank total.
  const communes = ["Xã A", "Xã B"].map((unit) =>
    gridFromRows(
      [
        row({ stt: 1, name: "Dân số" }),
        row({
          stt: "1.1",
          name: "Dân số trung bình",
          unit: "người",
          previous: 12000,
          current: 12100,
        }),
      ],
      { unit, file: `${unit}.xlsx` },
    ),
  );
  const run = runConsolidate(communes, defaultCatalog());
  const population = run.summary.rows.find((r) => r.name === "Dân số trung bình")!;
  expect(population.current).toBe(24200);
  expect(run.issues.map((i) => i.rule)).not.toContain("duplicate-indicator");
  expect(run.issues.map((i) => i.rule)).not.toContain("empty-current");
});
