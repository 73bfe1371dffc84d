/**
 * TextReader keeps the answers of legacy-font detection across sheets (a batch repeats the same
 * texts in every unit's file). What a planner sees must not depend on that: the same text in a
 * TCVN3 font and in a Unicode font reads differently, and every sheet lists its own conversions.
 */
import type { SheetGrid } from "../types";
import { TextReader } from "./gridText";

function grid(file: string, cells: string[], fonts: (string | null)[]): SheetGrid {
  return { file, sheet: "Biểu", values: [cells], fonts: [fonts] };
}

// "Tæng" is TCVN3 for "Tổng"; in a .VnTime cell it must be converted.
const LEGACY = "Tæng diÖn tÝch";

describe("TextReader with repeated texts across a batch", () => {
  test("the same text converts in a .VnTime cell and stays as typed in a Unicode-font cell", () => {
    const reader = new TextReader(grid("a.xlsx", [LEGACY, LEGACY], [".VnTime", "Times New Roman"]));
    const legacy = reader.text(0, 0);
    expect(legacy).toBe("Tổng diện tích");
    // In Times New Roman the bytes may still be judged legacy by their letters, but the font no
    // longer forces it: whatever the answer, it is the one a fresh reader gives.
    const fresh = new TextReader(grid("b.xlsx", [LEGACY], ["Times New Roman"])).text(0, 0);
    expect(reader.text(0, 1)).toBe(fresh);
  });

  test("every sheet records its own conversions, also when the text was seen before", () => {
    const first = new TextReader(grid("a.xlsx", [LEGACY], [".VnTime"]));
    const second = new TextReader(grid("b.xlsx", ["x", LEGACY], [null, ".VnTime"]));
    first.text(0, 0);
    second.text(0, 1);
    second.text(0, 1); // read twice (header probing): recorded once
    expect(first.conversions).toEqual([
      { cell: "A1", from: LEGACY, to: "Tổng diện tích", encoding: "tcvn3" },
    ]);
    expect(second.conversions).toEqual([
      { cell: "B1", from: LEGACY, to: "Tổng diện tích", encoding: "tcvn3" },
    ]);
  });

  test("probing without recording leaves no conversion; blank text is never converted", () => {
    const reader = new TextReader(grid("a.xlsx", [LEGACY, " \u00A0 "], [".VnTime", ".VnTime"]));
    expect(reader.text(0, 0, false)).toBe("Tổng diện tích");
    expect(reader.text(0, 1)).toBe("");
    expect(reader.conversions).toEqual([]);
  });
});
