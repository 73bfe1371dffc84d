/** The "Báo cáo" sheet: one paragraph per row in one wide column, Word-ready. */
import { draftReport, reportSheetPlan } from "../../src/core/narrative";
import { runsText } from "../../src/core/narrative/plainText";
import { checkFigures, plan, row, SETTINGS, summary } from "./helpers";

function sample() {
  return summary(
    [
      row({
        key: "NN07",
        name: "Đàn bò",
        measureUnit: "con",
        current: 12480,
        previous: 12899,
        plans: [plan("Kế hoạch năm", { kind: "number", value: 13000 }, 12480)],
      }),
      row({
        key: "NN10",
        name: "Tỷ lệ che phủ rừng",
        measureUnit: "%",
        current: 8.6,
        previous: 8.5,
        decimals: 1,
        plans: [
          plan(
            "Kế hoạch năm",
            { kind: "bound", op: "above", value: 8.5, text: "Trên 8,5" },
            8.6,
            "Đạt",
          ),
        ],
      }),
      row({
        key: "NS01",
        name: "Tổng thu ngân sách",
        measureUnit: "triệu đồng",
        current: 24860,
        previous: 21450,
        section: "s2",
      }),
    ],
    [
      { id: "s1", name: "Nông nghiệp", stt: "I" },
      { id: "s2", name: "Tài chính, ngân sách", stt: "II" },
    ],
  );
}

describe("reportSheetPlan", () => {
  const s = sample();
  const report = draftReport(s, [], SETTINGS);
  const plan_ = reportSheetPlan(report);
  const textOf = (r: (typeof plan_.rows)[number]) =>
    r[0]?.value && "text" in r[0].value ? r[0].value.text : null;

  it("is the “Báo cáo” sheet with one wide column A for the prose", () => {
    expect(plan_.name).toBe("Báo cáo");
    expect(plan_.columnWidths[0]).toBeGreaterThanOrEqual(90);
    expect(plan_.merges).toEqual([]);
  });

  it("writes every paragraph of the report as one row in column A, in order, as text", () => {
    const colA = plan_.rows.map(textOf).filter((t): t is string => t !== null);
    const expected = report.body.map((b) =>
      b.kind === "heading" ? `${b.number} ${b.text}` : runsText(b.runs),
    );
    let at = 0;
    for (const e of expected) {
      const i = colA.indexOf(e, at);
      expect(i).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    // The prose rows hold nothing beyond column A, so copying column A gives clean paragraphs.
    const tableStart = plan_.rows.findIndex((r) => r.length > 1);
    const lastProse = plan_.rows.findIndex((r) => textOf(r) === expected[expected.length - 1]);
    expect(tableStart).toBeGreaterThan(lastProse);
    expect(colA).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(colA).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(colA).toContain("BÁO CÁO");
  });

  it("uses Times New Roman 14, wrapped; headings bold, body justified", () => {
    for (const r of plan_.rows) {
      if (r.length !== 1 || !r[0].value) continue;
      expect(r[0].style).toMatchObject({ fontName: "Times New Roman", fontSize: 14, wrap: true });
    }
    const byText = (t: string) => plan_.rows.find((r) => textOf(r) === t)![0].style!;
    expect(byText("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI").bold).toBe(true);
    expect(byText("1. Nông nghiệp").bold).toBe(true);
    expect(byText("BÁO CÁO")).toMatchObject({ bold: true, hAlign: "center" });
    const body = plan_.rows.find((r) => (textOf(r) ?? "").startsWith("Đàn bò"))![0].style!;
    expect(body.hAlign).toBe("justify");
    expect(body.bold).toBeFalsy();
  });

  it("writes the summary table as text in Vietnamese number format, never as numbers", () => {
    const table = plan_.rows.filter((r) => r.length > 1);
    expect(table.length).toBe(report.table.rows.length + 1);
    for (const r of table) for (const c of r) if (c.value) expect("text" in c.value).toBe(true);
    const cows = table.find((r) =>
      r.some((c) => c.value && "text" in c.value && c.value.text === "Đàn bò"),
    )!;
    const texts = cows.map((c) => (c.value && "text" in c.value ? c.value.text : ""));
    expect(texts).toEqual(expect.arrayContaining(["12.899", "13.000", "12.480", "96,75"]));
    expect(checkFigures(report, s)).toBeGreaterThan(5);
  });
});
