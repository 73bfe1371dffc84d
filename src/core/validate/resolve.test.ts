import { createMatcher, defaultCatalog } from "../catalog";
import { parseSheet } from "../parse";
import { resolveSheet } from "./resolve";
import { gridFromRows, row } from "./testing/fixtures";

const catalog = defaultCatalog();
const match = createMatcher(catalog);

function resolve(rows: Parameters<typeof gridFromRows>[0]) {
  const parsed = parseSheet(gridFromRows(rows));
  if (parsed.kind !== "sheet") throw new Error("fixture not parsed as a sheet");
  return resolveSheet(parsed.sheet, match);
}

describe("resolveSheet", () => {
  it("keys rows by catalog code, unknown ones by their name", () => {
    const s = resolve([
      row({ code: "NN02", name: "Diện tích lúa", unit: "ha", current: 1 }),
      row({ name: "  Số  Hợp tác xã ", unit: "hợp tác xã", current: 2 }),
    ]);
    expect(s.rows.map((r) => r.key)).toEqual(["NN02", "?số hợp tác xã"]);
  });

  it("converts plans with the row's unit factor", () => {
    const s = resolve([
      row({
        code: "CN01",
        name: "Giá trị sản xuất công nghiệp",
        unit: "tỷ đồng",
        plan: 3.5,
        current: 2.7,
      }),
    ]);
    expect(s.rows[0].plans).toEqual([{ kind: "number", value: 3500 }]);
    expect(s.rows[0].current).toBe(2700);
  });

  it("finds the total of a trong đó row from the sheet, else from the catalog", () => {
    const s = resolve([
      row({
        stt: 1,
        code: "NN01",
        name: "Tổng diện tích gieo trồng cây hằng năm",
        unit: "ha",
        current: 10,
      }),
      row({ stt: "-", name: "Diện tích khoai lang", unit: "ha", current: 2 }),
      row({ stt: 2, code: "NN03", name: "Diện tích ngô", unit: "ha", current: 3 }),
      row({ stt: 3, code: "NN06", name: "Đàn trâu", unit: "con", current: 3 }),
    ]);
    expect(s.rows.map((r) => r.parentKey)).toEqual([null, "NN01", "NN01", null]);
  });

  it("uses a value only when the cell held a number and the unit converts", () => {
    const s = resolve([
      row({ code: "NN02", name: "Diện tích lúa", unit: "ha", previous: "1,2,3", current: 5 }),
    ]);
    expect(s.rows[0]).toMatchObject({ previous: null, current: 5, factor: 1 });
    expect(s.rows[0].excluded).toEqual([
      expect.objectContaining({ field: "previous", cell: "E5" }),
    ]);
  });
});
