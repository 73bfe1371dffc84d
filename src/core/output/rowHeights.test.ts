import { estimateRowHeights } from "./rowHeights";
import type { SheetPlan } from "../types";

const plan = (rows: SheetPlan["rows"], merges: string[] = []): SheetPlan => ({
  name: "x",
  columnWidths: [10, 40],
  rows,
  merges,
});

describe("estimateRowHeights", () => {
  it("grows a row for wrapped text longer than its column, and leaves short rows alone", () => {
    const long = "Chưa đầy đủ: số thực hiện của Thôn Nam bị loại vì giá trị âm. ".repeat(4);
    const h = estimateRowHeights(
      plan([
        [{ value: { text: "STT" } }, { value: { text: "ngắn" }, style: { wrap: true } }],
        [{ value: { number: 1 } }, { value: { text: long }, style: { wrap: true, fontSize: 11 } }],
        [{ value: { number: 2 } }, { value: { text: long } }],
      ]),
    );
    expect(h[0]).toBeNull();
    expect(h[1]).toBeGreaterThanOrEqual(5 * 11);
    // Not wrapped: one line, nothing to grow.
    expect(h[2]).toBeNull();
  });

  it("counts a merged cell's full width, and line breaks as lines", () => {
    const text = "x".repeat(50);
    const merged = estimateRowHeights(
      plan([[{ value: { text }, style: { wrap: true } }, null as never]], ["A1:B1"]),
    );
    const single = estimateRowHeights(plan([[{ value: { text }, style: { wrap: true } }]]));
    expect(merged[0]).toBeNull();
    expect(single[0]).toBeGreaterThan(30);
    const breaks = estimateRowHeights(
      plan([[null as never, { value: { text: "a\nb\nc" }, style: { wrap: true } }]]),
    );
    expect(breaks[0]).toBeGreaterThanOrEqual(3 * 11);
  });

  it("never asks for a row taller than Excel allows", () => {
    const h = estimateRowHeights(
      plan([[null as never, { value: { text: "chữ ".repeat(5000) }, style: { wrap: true } }]]),
    );
    expect(h[0]).toBe(409);
  });
});
