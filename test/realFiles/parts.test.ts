/**
 * Communes list the parts of a total by short names: "- Lúa", "- Ngô" under the sown area, and
 * "2.1 Lúa", "2.2 Ngô" in tấn under the grain output. Each is the catalog's part of the total
 * above it; and two parts of one name under different totals are two indicators, both counted.
 */
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import { officeGrids, STANDARD, type OfficeSheet } from "./officeLayouts";

const catalog = loadCatalog(null).catalog;

const daoTu: OfficeSheet = {
  name: "Sheet1",
  body: ["ỦY BAN NHÂN DÂN", "XÃ ĐẠO TÚ"],
  placeDate: "Đạo Tú, ngày 16 tháng 6 năm 2026",
  titles: ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2026"],
  header: STANDARD,
  rows: [
    ["I", "LĨNH VỰC KINH TẾ"],
    ["1", "Tổng diện tích gieo trồng cây hằng năm", "ha", 918.9, 1830.8, 963.6],
    ["-", "Lúa", "ha", 714.3, 1447.4, 761.8],
    ["+", "Lúa xuân", "ha", 392.9, null, 419],
    ["-", "Ngô", "ha", 159.7, 306.5, 161.3],
    ["2", "Sản lượng lương thực có hạt", "tấn", 4993.1, 9991, 5258.4],
    ["2.1", "Lúa", "tấn", 4231.5, null, 4487.6],
    ["2.2", "Ngô", "tấn", 761.6, null, 770.8],
    ["II", "LĨNH VỰC VĂN HÓA - XÃ HỘI"],
    ["1", "Số lao động được tạo việc làm mới", "người", 300, 600, 320],
    ["-", "Lao động là người dân tộc thiểu số", "người", 40, null, 45],
    ["2", "Số người được đào tạo nghề", "người", 200, 400, 210],
    ["-", "Lao động là người dân tộc thiểu số", "người", 30, null, 35],
  ],
};

describe("parts of a total written by short names", () => {
  it("are read as the catalog's parts of the total above them", async () => {
    const run = runConsolidate(await officeGrids("XaDaoTu.xlsx", [daoTu]), catalog);
    const byCode = new Map(run.summary.rows.map((r) => [r.code, r.current]));
    expect(byCode.get("NN02")).toBe(761.8); // Diện tích lúa
    expect(byCode.get("NN03")).toBe(161.3); // Diện tích ngô
    expect(byCode.get("NN12")).toBe(4487.6); // Sản lượng lúa
    expect(byCode.get("NN13")).toBe(770.8); // Sản lượng ngô
    const told = run.issues.filter((i) => i.rule === "matched-as-part");
    expect(told).toHaveLength(1);
    expect(told[0].message).toContain("“Lúa” (ô B");
    expect(told[0].message).toContain("“Diện tích lúa”");
    const unknown = run.issues.filter((i) => i.rule === "unknown-indicator").map((i) => i.message);
    expect(unknown.some((m) => m.includes("“Lúa”") || m.includes("“Ngô”"))).toBe(false);
  });

  it("one name under two totals is two indicators, and both are counted", async () => {
    const run = runConsolidate(await officeGrids("XaDaoTu.xlsx", [daoTu]), catalog);
    const parts = run.summary.rows.filter((r) => r.name === "Lao động là người dân tộc thiểu số");
    expect(parts.map((r) => r.current).sort()).toEqual([35, 45]);
    const lúaXuân = run.summary.rows.find((r) => r.name === "Lúa xuân");
    expect(lúaXuân?.current).toBe(419);
  });
});

describe("a rate recomputed from its parts", () => {
  function commune(name: string, received: number, settled: number | string): OfficeSheet {
    return {
      name: "Biểu",
      body: ["ỦY BAN NHÂN DÂN", `XÃ ${name.toUpperCase()}`],
      placeDate: `${name}, ngày 16 tháng 6 năm 2026`,
      titles: ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2026"],
      header: STANDARD,
      rows: [
        ["1", "Số hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", null, null, received],
        ["2", "Số hồ sơ giải quyết đúng hạn", "hồ sơ", null, null, settled],
      ],
    };
  }

  it("is taken over the units that give both parts, and says which do not", async () => {
    const grids = [
      ...(await officeGrids("XaDaoTu.xlsx", [commune("Đạo Tú", 1000, 990)])),
      ...(await officeGrids("XaHopHoa.xlsx", [commune("Hợp Hòa", 1258, "2.7150.000")])),
    ];
    const run = runConsolidate(grids, catalog);
    const rate = run.summary.rows.find((r) => r.code === "CC03")!;
    // 990 of Đạo Tú's 1.000, not 990 of both communes' 2.258 (43,8 %).
    expect(rate.current).toBeCloseTo(99, 9);
    expect(rate.incomplete.join(" ")).toContain("Tính trên 1/2 đơn vị");
    expect(rate.incomplete.join(" ")).toContain("UBND xã Hợp Hòa");
  });
});
