/**
 * Who sent a sheet and for which period, read from the heading real offices put over their
 * tables when no "Đơn vị báo cáo:" / "Kỳ báo cáo:" label says it (issue 10 items 1–3).
 */
import { loadCatalog, runConsolidate, runValidate } from "../../src/core/pipeline";
import { validateJson } from "../../src/core/json";
import type { IndicatorSheet, Issue } from "../../src/core/types";
import { officeGrids, STANDARD, type OfficeSheet } from "./officeLayouts";

const catalog = loadCatalog(null).catalog;

const ECONOMY_ROWS = [
  [1, "Diện tích lúa", "ha", 1815, 1850, 1820],
  [2, "Đàn bò", "con", 2140, 2200, 2185],
];

/** A phụ lục the economy office attaches to its báo cáo. */
const economyAnnex: OfficeSheet = {
  name: "Phụ lục 01",
  body: ["UBND XÃ HỢP HÒA", "PHÒNG KINH TẾ"],
  number: "Số: 45/BC-KT",
  placeDate: "Hợp Hòa, ngày 15 tháng 6 năm 2026",
  titles: [
    "PHỤ LỤC",
    "CÁC CHỈ TIÊU KINH TẾ CHỦ YẾU 6 THÁNG ĐẦU NĂM 2026",
    "(Kèm theo Báo cáo số 45/BC-KT ngày 15/6/2026 của Phòng Kinh tế)",
  ],
  header: STANDARD,
  rows: ECONOMY_ROWS,
};

/** A ward's biểu thống kê: the body's name split over two lines, quarters as column titles. */
const wardForm: OfficeSheet = {
  name: "Biểu 03",
  body: ["ỦY BAN NHÂN DÂN", "PHƯỜNG VĨNH PHÚC"],
  placeDate: "Vĩnh Phúc, ngày 5 tháng 10 năm 2026",
  titles: ["BIỂU THỐNG KÊ KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ III NĂM 2026"],
  header: ["STT", "Chỉ tiêu", "ĐVT", "Quý III/2025", "Quý III/2026", "So sánh cùng kỳ (%)"],
  rows: [
    [1, "Số hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", 410, 452, 110.2],
    [2, "Số hồ sơ giải quyết đúng hạn", "hồ sơ", 398, 441, 110.8],
  ],
};

/** An old template: no heading block, the unit only in the "(Kèm theo …)" line. */
const oldTemplate: OfficeSheet = {
  name: "Sheet1",
  titles: [
    "SỐ LIỆU KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2026",
    "(Kèm theo Báo cáo số 12/BC-UBND ngày 20/9/2026 của UBND xã Hợp Thịnh)",
  ],
  header: STANDARD,
  rows: ECONOMY_ROWS,
};

function sheetsOf(results: ReturnType<typeof runValidate>): Map<string, IndicatorSheet> {
  return new Map(results.validation.sheets.map((s) => [s.sheetName, s.parsed]));
}

function rules(issues: Issue[], sheet: string): string[] {
  return issues.filter((i) => i.sheet === sheet).map((i) => i.rule);
}

describe("the reporting unit without a label", () => {
  it("takes the department under the commune from the issuing-body block, and says so", async () => {
    const grids = await officeGrids("PhongKT_PL01.xlsx", [economyAnnex]);
    const run = runValidate(grids, catalog);
    const sheet = sheetsOf(run).get("Phụ lục 01");
    expect(sheet?.reportingUnit).toEqual({ value: "Phòng Kinh tế", cell: "A2" });
    expect(sheet?.reportingUnitFrom).toBe("issuing-body");
    expect(rules(run.issues, "Phụ lục 01")).not.toContain("missing-reporting-unit");
    const info = run.issues.find((i) => i.rule === "reporting-unit-inferred");
    expect(info).toMatchObject({ severity: "info", cell: "A2", sheet: "Phụ lục 01" });
    expect(info?.message).toContain("“Phòng Kinh tế”");
    const json = validateJson(run.validation, run.issues).sheets[0];
    expect(json).toMatchObject({
      unit: "Phòng Kinh tế",
      unitFrom: "issuing-body",
      unitCell: "A2",
      period: "6 tháng đầu năm 2026",
      periodFrom: "title",
    });
  });

  it("joins “ỦY BAN NHÂN DÂN” with the ward on the line under it", async () => {
    const run = runValidate(await officeGrids("VinhPhuc_TTHC.xlsx", [wardForm]), catalog);
    expect(sheetsOf(run).get("Biểu 03")?.reportingUnit?.value).toBe("UBND phường Vĩnh Phúc");
  });

  it("reads a block typed in one cell with a line break", async () => {
    const spec: OfficeSheet = {
      ...economyAnnex,
      name: "YT",
      body: ["UBND XÃ HỢP THỊNH", "TRẠM Y TẾ"],
      bodyInOneCell: true,
    };
    const run = runValidate(await officeGrids("TYT.xlsx", [spec]), catalog);
    expect(sheetsOf(run).get("YT")?.reportingUnit).toEqual({ value: "Trạm Y tế", cell: "A1" });
  });

  it("takes the unit from the “(Kèm theo … của …)” line of an old template", async () => {
    const run = runValidate(await officeGrids("HopThinh_9T.xlsx", [oldTemplate]), catalog);
    const sheet = sheetsOf(run).get("Sheet1");
    expect(sheet?.reportingUnit?.value).toBe("UBND xã Hợp Thịnh");
    expect(sheet?.reportingUnitFrom).toBe("attachment-line");
    expect(sheet?.period?.label).toBe("9 tháng năm 2026");
    const info = run.issues.find((i) => i.rule === "reporting-unit-inferred");
    expect(info?.message).toContain("Kèm theo");
  });

  it("lets a label win over the block", async () => {
    const spec: OfficeSheet = {
      ...economyAnnex,
      labels: [["Đơn vị báo cáo:", "Phòng Văn hóa - Xã hội"]],
    };
    const run = runValidate(await officeGrids("VHXH.xlsx", [spec]), catalog);
    const sheet = sheetsOf(run).get("Phụ lục 01");
    expect(sheet?.reportingUnit?.value).toBe("Phòng Văn hóa - Xã hội");
    expect(sheet?.reportingUnitFrom).toBe("label");
    expect(run.issues.map((i) => i.rule)).not.toContain("reporting-unit-inferred");
  });

  it("never takes the sheet name silently: the error says the figures go under it", async () => {
    const spec: OfficeSheet = {
      name: "CCHC",
      titles: ["TÌNH HÌNH CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026"],
      header: STANDARD,
      rows: ECONOMY_ROWS,
    };
    const run = runValidate(await officeGrids("cchc.xlsx", [spec]), catalog);
    const err = run.issues.find((i) => i.rule === "missing-reporting-unit");
    expect(err).toMatchObject({ severity: "error", sheet: "CCHC" });
    expect(err?.message).toContain("“CCHC”");
  });
});

describe("the period from the title, never from the date line", () => {
  it("reads the title's half-year, not the June of “ngày 15 tháng 6 năm 2026”", async () => {
    const run = runValidate(await officeGrids("PhongKT_PL01.xlsx", [economyAnnex]), catalog);
    const sheet = sheetsOf(run).get("Phụ lục 01");
    expect(sheet?.period?.key).toBe("2026-H1");
    expect(sheet?.periodFrom).toBe("title");
    expect(sheet?.periodText?.value).toBe("CÁC CHỈ TIÊU KINH TẾ CHỦ YẾU 6 THÁNG ĐẦU NĂM 2026");
    const info = run.issues.find((i) => i.rule === "period-inferred");
    expect(info?.message).toContain("“6 tháng đầu năm 2026”");
  });

  it("reads “QUÝ III NĂM 2026” in the title, not October from the date line", async () => {
    const run = runValidate(await officeGrids("VinhPhuc_TTHC.xlsx", [wardForm]), catalog);
    expect(sheetsOf(run).get("Biểu 03")?.period?.label).toBe("Quý III/2026");
  });

  it("keeps a batch's period: unlabelled sheets no longer outvote a correct one", async () => {
    const villages = ["THÔN ĐÔNG", "THÔN ĐOÀI", "THÔN NAM"].map((v, i): OfficeSheet => ({
      ...economyAnnex,
      name: `Thôn ${i + 1}`,
      body: ["UBND XÃ HỢP HÒA", v],
      titles: ["BÁO CÁO SỐ LIỆU CHĂN NUÔI 6 THÁNG ĐẦU NĂM 2026"],
      rows: [[1, "Đàn bò", "con", 300 + i, 310, 305 + i]],
    }));
    const labelled: OfficeSheet = {
      name: "Biểu KT",
      labels: [
        ["Đơn vị báo cáo:", "Phòng Kinh tế"],
        ["Kỳ báo cáo:", "6 tháng đầu năm 2026"],
      ],
      header: STANDARD,
      rows: ECONOMY_ROWS,
    };
    const grids = [
      ...(await officeGrids("Thon.xlsx", villages)),
      ...(await officeGrids("KT.xlsx", [labelled])),
    ];
    const run = runConsolidate(grids, catalog);
    expect(run.issues.map((i) => i.rule)).not.toContain("period-mismatch");
    expect(run.summary.period?.label).toBe("6 tháng đầu năm 2026");
    expect(run.summary.reportingUnits).toEqual(
      expect.arrayContaining(["Thôn Đông", "Thôn Đoài", "Thôn Nam", "Phòng Kinh tế"]),
    );
    const bo = run.summary.rows.find((r) => r.code === "NN07");
    expect(bo?.current).toBe(305 + 306 + 307 + 2185);
  });
});

describe("columns titled only by the period", () => {
  it("are this period and last year's by their year against the report period", async () => {
    const run = runValidate(await officeGrids("VinhPhuc_TTHC.xlsx", [wardForm]), catalog);
    const sheet = sheetsOf(run).get("Biểu 03");
    const roles = sheet?.columns.map((c) => [c.role, c.title]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ["previous", "Quý III/2025"],
        ["current", "Quý III/2026"],
      ]),
    );
    expect(run.issues.map((i) => i.rule)).not.toContain("missing-column");
    const first = run.validation.sheets[0].rows[0];
    expect([first.previous, first.current]).toEqual([410, 452]);
  });

  it("give the period when nothing above the table names it", async () => {
    const spec: OfficeSheet = {
      name: "Chăn nuôi",
      body: ["UBND XÃ HỢP HÒA", "THÔN TRUNG"],
      titles: ["BÁO CÁO TÌNH HÌNH CHĂN NUÔI"],
      header: ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2025", "6 tháng đầu năm 2026"],
      rows: [[1, "Đàn trâu", "con", 120, 118]],
    };
    const run = runValidate(await officeGrids("ThonTrung.xlsx", [spec]), catalog);
    const sheet = sheetsOf(run).get("Chăn nuôi");
    expect(sheet?.period?.label).toBe("6 tháng đầu năm 2026");
    expect(sheet?.periodFrom).toBe("column-title");
    expect(sheet?.periodText?.cell).toMatch(/^E\d+$/);
    expect(run.validation.sheets[0].rows[0].current).toBe(118);
    expect(run.validation.sheets[0].rows[0].previous).toBe(120);
  });

  it("reads “Năm 2025 | Năm 2026” against a yearly report", async () => {
    const spec: OfficeSheet = {
      name: "Năm",
      body: ["UBND XÃ HỢP HÒA", "PHÒNG KINH TẾ"],
      titles: ["BIỂU CHỈ TIÊU KINH TẾ NĂM 2026"],
      header: ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "Ghi chú"],
      rows: [[1, "Diện tích lúa", "ha", 3610, 3652, null]],
    };
    const run = runValidate(await officeGrids("KT_nam.xlsx", [spec]), catalog);
    const row = run.validation.sheets[0].rows[0];
    expect([row.previous, row.current]).toEqual([3610, 3652]);
    expect(run.validation.sheets[0].parsed.period?.label).toBe("Năm 2026");
  });
});
