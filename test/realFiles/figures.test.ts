/**
 * Figures as departments really write them, read honestly (issue 10 items 4, 5, 8, 11): plans
 * kept as fractions with a % format, "1.1, 1.2" parts and overlapping "trong đó" lines,
 * negative counts outside the catalog, and a rate its own parts contradict.
 */
import { loadCatalog, runConsolidate, runDraft } from "../../src/core/pipeline";
import { reportLines } from "../../src/core/narrative/plainText";
import { sourcesSheetPlan } from "../../src/core/output";
import { DEFAULT_REPORT_SETTINGS, type Issue } from "../../src/core/types";
import { officeGrids, STANDARD, type OfficeSheet } from "./officeLayouts";

const catalog = loadCatalog(null).catalog;

const heading = (body: string): Pick<OfficeSheet, "body" | "placeDate"> => ({
  body: ["UBND XÃ HỢP HÒA", body],
  placeDate: "Hợp Hòa, ngày 20 tháng 6 năm 2026",
});
const TITLE = "BÁO CÁO CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2026";

function ofRule(issues: Issue[], rule: string): Issue[] {
  return issues.filter((i) => i.rule === rule);
}

async function consolidateOne(file: string, spec: OfficeSheet) {
  const run = runConsolidate(await officeGrids(file, [spec]), catalog);
  const draft = runDraft(run, DEFAULT_REPORT_SETTINGS);
  return { run, issues: draft.issues, text: reportLines(draft.report).join("\n") };
}

describe("plans kept as fractions with a % format", () => {
  // Row 8 holds the data (heading 1–3, title 5, header 7): see officeLayouts.
  const water: OfficeSheet = {
    name: "MT",
    ...heading("PHÒNG KINH TẾ"),
    titles: [TITLE],
    header: STANDARD,
    rows: [[1, "Tỷ lệ dân số sử dụng nước sạch", "%", 0.912, 0.95, 0.937]],
    formats: { D8: "0.0%", E8: "0.0%", F8: "0.0%" },
  };

  it("are read as the percentage shown, so the plan comparison is sane", async () => {
    const { run, text } = await consolidateOne("KT_MT.xlsx", water);
    const row = run.summary.rows.find((r) => r.code === "MT02");
    expect(row?.current).toBeCloseTo(93.7, 9);
    expect(row?.plans[0].value).toEqual({ kind: "number", value: 95 });
    expect(row?.plans[0].pct).toBeCloseTo((93.7 / 95) * 100, 9);
    // Never "bằng 9.863% kế hoạch".
    expect(text).not.toMatch(/\d\.\d{3}(?:,\d+)?\s?%/);
    expect(ofRule(run.issues, "ratio-mismatch")).toEqual([]);
  });
});

describe("parts of a total", () => {
  const crops = (lua: number, ngo: number): OfficeSheet => ({
    name: "Trồng trọt",
    ...heading("PHÒNG KINH TẾ"),
    titles: [TITLE],
    header: STANDARD,
    rows: [
      ["1", "Tổng diện tích gieo trồng cây hằng năm", "ha", 2480, 2500, 2500],
      ["1.1", "Diện tích lúa", "ha", 1815, 1850, lua],
      ["1.2", "Diện tích ngô", "ha", 640, 650, ngo],
      ["2", "Số hội viên hội nông dân", "người", 410, 420, 400],
      ["2.1", "Hội viên nữ", "người", 250, 250, 260],
      ["2.2", "Hội viên nam", "người", 160, 170, 150],
    ],
  });

  it("“1.1, 1.2” under “1” are its parts, and the parts check applies", async () => {
    const { run } = await consolidateOne("KT_TT.xlsx", crops(1820, 750));
    const rows = run.validation.sheets[0].rows;
    expect(rows[1].row).toMatchObject({ isComponent: true, parentRow: rows[0].row.row });
    expect(rows[2].parentKey).toBe("NN01");
    const exceed = ofRule(run.issues, "components-exceed-total");
    expect(exceed.map((i) => i.cell)).toEqual([
      rows[0].row.current?.cell,
      rows[3].row.current?.cell,
    ]);
    expect(exceed[0].message).toContain("2.570 ha");
    const fine = await consolidateOne("KT_TT.xlsx", crops(1820, 640));
    expect(ofRule(fine.run.issues, "components-exceed-total").map((i) => i.cell)).toEqual([
      rows[3].row.current?.cell,
    ]);
  });

  const oneStop = (online: number): OfficeSheet => ({
    name: "TTHC",
    ...heading("BỘ PHẬN MỘT CỬA"),
    titles: [TITLE],
    header: STANDARD,
    rows: [
      ["1", "Số hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", 940, 1000, 1000],
      [null, "Trong đó:", null, null, null, null],
      ["-", "Số hồ sơ tiếp nhận trực tuyến", "hồ sơ", 610, 700, online],
      ["-", "Số hồ sơ giải quyết đúng hạn", "hồ sơ", 920, 980, 960],
    ],
  });

  it("overlapping “trong đó” lines are not added up against the total", async () => {
    const { run } = await consolidateOne("MotCua.xlsx", oneStop(720));
    expect(ofRule(run.issues, "components-exceed-total")).toEqual([]);
  });

  it("… but each of them alone may not exceed it", async () => {
    const { run } = await consolidateOne("MotCua.xlsx", oneStop(1050));
    const [i] = ofRule(run.issues, "components-exceed-total");
    expect(i.cell).toBe(run.validation.sheets[0].rows[1].row.current?.cell);
    expect(i.message).toContain("1.050 hồ sơ");
  });
});

describe("counts are never negative, catalogued or not", () => {
  const bees: OfficeSheet = {
    name: "Thôn Đoài",
    ...heading("THÔN ĐOÀI"),
    titles: [TITLE],
    header: STANDARD,
    rows: [
      [1, "Số hộ nuôi ong lấy mật", "hộ", 41, 45, -23],
      [2, "Số lượt người được tập huấn kỹ thuật", "lượt người", 120, 150, 135],
    ],
  };

  it("a negative count of an indicator outside the catalog is an error at its cell", async () => {
    const { run, text } = await consolidateOne("ThonDoai.xlsx", bees);
    const [i] = ofRule(run.issues, "negative-value");
    expect(i).toMatchObject({ severity: "error", cell: "F8" });
    const ong = run.summary.rows.find((r) => r.name === "Số hộ nuôi ong lấy mật");
    expect(ong?.current).toBeNull();
    expect(text).not.toMatch(/nuôi ong[^\n]*giảm/);
    expect(text).not.toMatch(/giảm 15\d/);
    expect(ofRule(run.issues, "negative-value")).toHaveLength(1);
  });
});

describe("a unit's own rate that its own figures contradict", () => {
  const station: OfficeSheet = {
    name: "Y tế",
    ...heading("TRẠM Y TẾ"),
    titles: [TITLE],
    header: STANDARD,
    rows: [
      [1, "Dân số trung bình", "người", 24615, 24900, 24870],
      [2, "Số người có thẻ BHYT", "người", 22480, 23400, 23105],
      [3, "Tỷ lệ bao phủ BHYT", "%", 91.33, 94, 93.8],
    ],
  };

  it("is an issue at that cell, and Nguồn does not call it the source of the total", async () => {
    const { run } = await consolidateOne("TYT.xlsx", station);
    const [i] = ofRule(run.issues, "ratio-contradicts-parts");
    expect(i).toMatchObject({ severity: "warning", cell: "F10" });
    expect(i.message).toContain("93,8%");
    expect(i.message).toContain("92,90%");
    const row = run.summary.rows.find((r) => r.code === "YT03");
    expect(row?.current).toBeCloseTo((23105 / 24870) * 100, 9);
    const plan = sourcesSheetPlan(run.summary);
    const titles = plan.rows[0].map((c) => (c.value && "text" in c.value ? c.value.text : null));
    const nguon = plan.rows.find(
      (cells) => cells[1].value && "text" in cells[1].value && cells[1].value.text === "YT03",
    );
    // The unit's own 93,8 stays as what it wrote, and its row says the total did not use it.
    expect(nguon?.[titles.indexOf("Thực hiện")].value).toEqual({ number: 93.8 });
    expect(nguon?.[titles.indexOf("Ô thực hiện")].value).toEqual({ text: "F10" });
    expect(nguon?.[titles.indexOf("Ghi chú")].value).toEqual({
      text: "Tỷ lệ thực hiện và cùng kỳ do đơn vị ghi; tổng hợp tính lại từ YT02/YT01.",
    });
  });
});
