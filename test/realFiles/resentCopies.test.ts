/**
 * A commune finds a mistake and sends its report again. Whatever the files are called, the
 * copy made last (Ngày lập) is the one counted, and the planner is told how the two differ.
 */
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import { officeGrids, STANDARD, type OfficeSheet } from "./officeLayouts";

const catalog = loadCatalog(null).catalog;

function copy(madeOn: string, cattle: number): OfficeSheet {
  return {
    name: "Biểu",
    body: ["ỦY BAN NHÂN DÂN", "XÃ HỢP HÒA"],
    placeDate: `Hợp Hòa, ngày ${madeOn.slice(0, 2)} tháng 6 năm 2026`,
    titles: ["BÁO CÁO CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2026"],
    labels: [["Ngày lập", madeOn]],
    header: STANDARD,
    rows: [
      [1, "Diện tích gieo trồng lúa", "ha", 600, 640, 650],
      [2, "Tổng đàn bò", "con", 2400, 2500, cattle],
    ],
  };
}

async function batch(first: [string, string, number], second: [string, string, number]) {
  return [
    ...(await officeGrids(first[0], [copy(first[1], first[2])])),
    ...(await officeGrids(second[0], [copy(second[1], second[2])])),
  ];
}

describe("a unit's report sent twice", () => {
  it("counts the copy made last, whichever file name sorts first", async () => {
    for (const names of [
      ["A_HopHoa_ban_dau.xlsx", "Z_HopHoa_gui_lai.xlsx"],
      ["Z_HopHoa_ban_dau.xlsx", "A_HopHoa_gui_lai.xlsx"],
    ]) {
      const run = runConsolidate(
        await batch([names[0], "15/06/2026", 2454], [names[1], "20/06/2026", 2554]),
        catalog,
      );
      const cattle = run.summary.rows.find((r) => r.code === "NN07");
      expect([names[0], cattle?.current]).toEqual([names[0], 2554]);
      const dup = run.issues.filter((i) => i.rule === "duplicate-unit");
      expect(dup.map((i) => i.file)).toEqual([names[0]]);
      expect(dup[0].message).toContain("lập ngày 20/06/2026, mới hơn biểu này");
      expect(dup[0].message).toContain("Hai biểu ghi khác nhau ở 1 chỉ tiêu");
      expect(dup[0].message).toContain("2.454 con ở biểu này, 2.554 con ở biểu được tính");
    }
  });

  it("with the same date, counts the first by file name, as before, and says so", async () => {
    const run = runConsolidate(
      await batch(["A.xlsx", "15/06/2026", 2454], ["B.xlsx", "15/06/2026", 2454]),
      catalog,
    );
    const dup = run.issues.filter((i) => i.rule === "duplicate-unit");
    expect(dup.map((i) => i.file)).toEqual(["B.xlsx"]);
    expect(dup[0].message).toContain("cùng ngày lập");
    expect(dup[0].message).toContain("Số liệu hai biểu giống nhau");
    expect(run.summary.rows.find((r) => r.code === "NN07")?.current).toBe(2454);
  });
});
