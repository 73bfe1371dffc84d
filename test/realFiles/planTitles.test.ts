/**
 * Plans with different titles (issue 10 item 7): aligned by what the titles say, never added
 * into one column because they happen to stand in the same place.
 */
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import { officeGrids, type OfficeSheet } from "./officeLayouts";

const catalog = loadCatalog(null).catalog;

function budget(name: string, body: string, plans: string[], figures: number[]): OfficeSheet {
  return {
    name,
    body: ["UBND HUYỆN TAM DƯƠNG", body],
    placeDate: "Tam Dương, ngày 25 tháng 6 năm 2026",
    titles: ["BIỂU THU, CHI NGÂN SÁCH 6 THÁNG ĐẦU NĂM 2026"],
    header: ["STT", "Nội dung", "ĐVT", "Cùng kỳ", ...plans, "Ước thực hiện 6 tháng"],
    rows: [[1, "Tổng thu ngân sách nhà nước trên địa bàn", "triệu đồng", 9000, ...figures, 5200]],
  };
}

describe("plans with different titles", () => {
  it("are kept apart unless the titles say they are the same plan, with a note", async () => {
    const grids = [
      ...(await officeGrids("HopHoa.xlsx", [
        budget("NS", "UBND XÃ HỢP HÒA", ["Dự toán năm 2026"], [12000]),
      ])),
      ...(await officeGrids("HopThinh.xlsx", [
        budget(
          "NS",
          "UBND XÃ HỢP THỊNH",
          ["Dự toán tỉnh giao", "Dự toán HĐND giao"],
          [10000, 10500],
        ),
      ])),
      ...(await officeGrids("DaoTru.xlsx", [
        budget("NS", "UBND XÃ ĐẠO TRÙ", ["Kế hoạch năm 2026"], [8000]),
      ])),
      ...(await officeGrids("KimLong.xlsx", [
        budget("NS", "UBND XÃ KIM LONG", ["Dự toán HĐND xã giao"], [9100]),
      ])),
    ];
    const run = runConsolidate(grids, catalog);
    const row = run.summary.rows.find((r) => r.code === "NS01");
    expect(row?.plans.map((p) => [p.title, p.value])).toEqual([
      // Files are taken in name order: Đạo Trù's title comes first.
      ["Kế hoạch năm 2026", { kind: "number", value: 12000 + 8000 }],
      ["Dự toán tỉnh giao", { kind: "number", value: 10000 }],
      ["Dự toán HĐND giao", { kind: "number", value: 10500 + 9100 }],
    ]);
    // No plan covers every unit: no comparison with a plan only some of them set.
    expect(row?.plans.map((p) => p.pct)).toEqual([null, null, null]);
    const note = row?.planNotes.find((n) =>
      n.startsWith("Kế hoạch các đơn vị ghi theo cột khác nhau"),
    );
    expect(note).toContain("“Kế hoạch năm 2026”, “Dự toán năm 2026”");
    expect(note).toContain("“Dự toán tỉnh giao” (UBND xã Hợp Thịnh)");
  });

  it("say nothing about columns for an indicator no unit gave a plan for", async () => {
    const withRow = (sheet: OfficeSheet): OfficeSheet => ({
      ...sheet,
      rows: [
        ...sheet.rows,
        [
          2,
          "Thu tiền sử dụng đất",
          "triệu đồng",
          900,
          ...sheet.header.slice(4, -1).map(() => null),
          520,
        ],
      ],
    });
    const grids = [
      ...(await officeGrids("HopHoa.xlsx", [
        withRow(budget("NS", "UBND XÃ HỢP HÒA", ["Kế hoạch năm 2026"], [12000])),
      ])),
      ...(await officeGrids("HopThinh.xlsx", [
        withRow(
          budget(
            "NS",
            "UBND XÃ HỢP THỊNH",
            ["Dự toán tỉnh giao", "Dự toán HĐND giao"],
            [10000, 10500],
          ),
        ),
      ])),
    ];
    const rows = runConsolidate(grids, catalog).summary.rows;
    const land = rows.find((r) => r.code === "NS03");
    expect(land?.incomplete).toEqual([]);
    // Where plans are apart, each column's coverage note names its column.
    const total = rows.find((r) => r.code === "NS01");
    const coverage = total?.planNotes.filter((n) => n.includes("chỉ có ở")) ?? [];
    expect(coverage).toEqual([
      "Kế hoạch “Kế hoạch năm 2026” chỉ có ở 1/2 đơn vị báo cáo số thực hiện; không tính tỷ lệ so với kế hoạch.",
      "Kế hoạch “Dự toán tỉnh giao” chỉ có ở 1/2 đơn vị báo cáo số thực hiện; không tính tỷ lệ so với kế hoạch.",
      "Kế hoạch “Dự toán HĐND giao” chỉ có ở 1/2 đơn vị báo cáo số thực hiện; không tính tỷ lệ so với kế hoạch.",
    ]);
  });

  it("that say the same plan are added as before", async () => {
    const grids = [
      ...(await officeGrids("HopHoa.xlsx", [
        budget("NS", "UBND XÃ HỢP HÒA", ["Kế hoạch năm 2026"], [12000]),
      ])),
      ...(await officeGrids("DaoTru.xlsx", [budget("NS", "UBND XÃ ĐẠO TRÙ", ["KH năm"], [8000])])),
    ];
    const row = runConsolidate(grids, catalog).summary.rows.find((r) => r.code === "NS01");
    expect(row?.plans.map((p) => p.value)).toEqual([{ kind: "number", value: 20000 }]);
    expect(row?.plans[0].pct).toBeCloseTo((10400 / 20000) * 100, 9);
    expect(row?.incomplete).toEqual([]);
  });
});
