import { NO_SOURCES, SourceList, SourceTable, sourceArray, sourceValues } from "./sourceTable";
import type { SourceSheet } from "./types";

const sheetA: SourceSheet = { file: "a.xlsx", sheet: "Biểu 01", reportingUnit: "Xã A" };
const sheetB: SourceSheet = { file: "b.xlsx", sheet: "Biểu 01", reportingUnit: "Xã B" };

describe("SourceTable", () => {
  it("gives back every source as it was added", () => {
    const t = new SourceTable();
    const a = t.add(sheetA, "G12", 1820, "1.820", "con", 1);
    const b = t.add(sheetB, "G12", 2.5, 25, "tạ", 0.1);
    const c = t.add(sheetB, "E7", -0, -0, null, 1);
    expect(t.source(a)).toEqual({
      from: sheetA,
      cell: "G12",
      value: 1820,
      raw: "1.820",
      rawUnit: "con",
      factor: 1,
    });
    expect(t.source(b)).toEqual({
      from: sheetB,
      cell: "G12",
      value: 2.5,
      raw: 25,
      rawUnit: "tạ",
      factor: 0.1,
    });
    expect(t.source(c).rawUnit).toBeNull();
    expect(Object.is(t.source(c).raw, -0)).toBe(true);
    // The sheet is the one given, not a copy: sources of one sheet share it.
    expect(t.source(a).from).toBe(sheetA);
  });

  it("keeps more sources than it first has room for", () => {
    const t = new SourceTable();
    const ids: number[] = [];
    for (let i = 0; i < 5000; i++)
      ids.push(t.add(i % 2 ? sheetA : sheetB, `G${i + 1}`, i, i, null, 1));
    expect(t.size).toBe(5000);
    expect(t.source(ids[4999])).toMatchObject({ from: sheetA, cell: "G5000", value: 4999 });
    expect(t.source(ids[0])).toMatchObject({ from: sheetB, cell: "G1", value: 0 });
  });

  it("orders by file, sheet, then row and column (G9 before G10)", () => {
    const t = new SourceTable();
    const g10 = t.add(sheetA, "G10", 1, 1, null, 1);
    const g9 = t.add(sheetA, "G9", 1, 1, null, 1);
    const h9 = t.add(sheetA, "H9", 1, 1, null, 1);
    const b1 = t.add(sheetB, "A1", 1, 1, null, 1);
    const ids = [b1, g10, h9, g9].sort((x, y) => t.compare(x, y));
    expect(ids.map((i) => t.source(i).cell)).toEqual(["G9", "H9", "G10", "A1"]);
  });
});

describe("SourceList", () => {
  const t = new SourceTable();
  const ids = [t.add(sheetA, "G12", 10, 10, null, 1), t.add(sheetB, "G12", 32, 32, null, 1)];
  const list = t.list(ids);
  const array = ids.map((i) => t.source(i));

  it("reads as the array it stands for", () => {
    expect(list).toBeInstanceOf(SourceList);
    expect(list.length).toBe(2);
    expect([...list]).toEqual(array);
    expect(list.at(0)).toEqual(array[0]);
    expect(list.at(-1)).toEqual(array[1]);
    expect(list.at(2)).toBeUndefined();
    expect(list.map((s, i) => `${i}:${s.from.reportingUnit}`)).toEqual(["0:Xã A", "1:Xã B"]);
    expect(list.some((s) => s.value === 32)).toBe(true);
    expect(list.every((s) => s.value > 10)).toBe(false);
    expect(sourceValues(list)).toEqual([10, 32]);
    expect(sourceValues(array)).toEqual([10, 32]);
    expect(JSON.stringify({ sources: list })).toBe(JSON.stringify({ sources: array }));
    expect(sourceArray(list)).toEqual(array);
    expect(sourceArray(array)).toBe(array);
  });

  it("has one shared empty list", () => {
    expect(t.list([])).toBe(NO_SOURCES);
    expect(NO_SOURCES.length).toBe(0);
    expect([...NO_SOURCES]).toEqual([]);
    expect(NO_SOURCES.at(0)).toBeUndefined();
  });
});
