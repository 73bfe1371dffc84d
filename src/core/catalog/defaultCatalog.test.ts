import { foldKey } from "../text/normalize";
import { defaultCatalog } from "./defaultCatalog";
import { indicatorNameKey } from "./matcher";
import { normalizeUnit } from "./units";

const catalog = defaultCatalog();
const byCode = new Map(catalog.indicators.map((i) => [i.code, i]));

// The rows of brief CATALOG_CODES.md that every example and test relies on.
const AGREED: Array<[string, string, string, string, string | null]> = [
  ["NN01", "Tổng diện tích gieo trồng cây hằng năm", "ha", "sum", null],
  ["NN02", "Diện tích lúa", "ha", "sum", "NN01"],
  ["NN03", "Diện tích ngô", "ha", "sum", "NN01"],
  ["NN04", "Sản lượng lương thực có hạt", "tấn", "sum", null],
  ["NN05", "Năng suất lúa", "tạ/ha", "none", null],
  ["NN06", "Đàn trâu", "con", "sum", null],
  ["NN07", "Đàn bò", "con", "sum", null],
  ["NN08", "Đàn lợn", "con", "sum", null],
  ["NN09", "Đàn gia cầm", "nghìn con", "sum", null],
  ["NN10", "Tỷ lệ che phủ rừng", "%", "none", null],
  ["NN11", "Số thôn đạt chuẩn nông thôn mới kiểu mẫu", "thôn", "sum", null],
  ["CN01", "Giá trị sản xuất công nghiệp", "triệu đồng", "sum", null],
  ["CN02", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "triệu đồng", "sum", null],
  ["CN03", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "sum", null],
  ["DT01", "Tổng vốn đầu tư phát triển toàn xã hội", "triệu đồng", "sum", null],
  ["DT02", "Vốn đầu tư công", "triệu đồng", "sum", "DT01"],
  ["DT03", "Tỷ lệ giải ngân vốn đầu tư công", "%", "none", null],
  ["NS01", "Tổng thu ngân sách nhà nước trên địa bàn", "triệu đồng", "sum", null],
  ["NS02", "Thu nội địa", "triệu đồng", "sum", "NS01"],
  ["NS03", "Thu tiền sử dụng đất", "triệu đồng", "sum", "NS01"],
  ["NS04", "Tổng chi ngân sách địa phương", "triệu đồng", "sum", null],
  ["NS05", "Chi đầu tư phát triển", "triệu đồng", "sum", "NS04"],
  ["NS06", "Chi thường xuyên", "triệu đồng", "sum", "NS04"],
  ["QP01", "Số thanh niên nhập ngũ", "người", "sum", null],
  ["QP02", "Số vụ phạm pháp hình sự", "vụ", "sum", null],
  ["QP03", "Số vụ tai nạn giao thông", "vụ", "sum", null],
  ["QP04", "Số người chết do tai nạn giao thông", "người", "sum", null],
  ["GD01", "Tổng số trường học", "trường", "sum", null],
  ["GD02", "Số trường đạt chuẩn quốc gia", "trường", "sum", null],
  ["GD03", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "ratio", null],
  ["GD04", "Số học sinh", "học sinh", "sum", null],
  ["YT01", "Dân số trung bình", "người", "sum", null],
  ["YT02", "Số người tham gia bảo hiểm y tế", "người", "sum", null],
  ["YT03", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "ratio", null],
  ["YT04", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "none", null],
  ["YT05", "Số trạm y tế đạt chuẩn quốc gia", "trạm", "sum", null],
  ["VH01", "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa", "%", "none", null],
  ["VH02", "Số thôn, tổ dân phố đạt danh hiệu văn hóa", "thôn", "sum", null],
  ["LD01", "Số lao động được tạo việc làm mới", "người", "sum", null],
  ["LD02", "Số người được đào tạo nghề", "người", "sum", null],
  ["LD03", "Tổng số hộ dân cư", "hộ", "sum", null],
  ["LD04", "Số hộ nghèo", "hộ", "sum", null],
  ["LD05", "Tỷ lệ hộ nghèo", "%", "ratio", null],
  ["CC01", "Số hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", "sum", null],
  ["CC02", "Số hồ sơ giải quyết đúng hạn", "hồ sơ", "sum", "CC01"],
  ["CC03", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "ratio", null],
  ["MT01", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", "none", null],
  ["MT02", "Tỷ lệ dân số sử dụng nước sạch", "%", "none", null],
  ["TD01", "Số lượt tiếp công dân", "lượt", "sum", null],
  ["TD02", "Số đơn khiếu nại, tố cáo tiếp nhận", "đơn", "sum", null],
  ["TD03", "Số đơn đã giải quyết", "đơn", "sum", "TD02"],
];

test.each(AGREED)(
  "%s keeps its agreed name, unit, aggregation and parent",
  (code, name, unit, aggregation, parent) => {
    expect(byCode.get(code)).toMatchObject({ code, name, unit, aggregation, parent });
  },
);

test("the agreed ratios are recomputed from their parts × 100", () => {
  expect(byCode.get("GD03")?.ratio).toEqual({ numerator: "GD02", denominator: "GD01", scale: 100 });
  expect(byCode.get("YT03")?.ratio).toEqual({ numerator: "YT02", denominator: "YT01", scale: 100 });
  expect(byCode.get("LD05")?.ratio).toEqual({ numerator: "LD04", denominator: "LD03", scale: 100 });
  expect(byCode.get("CC03")?.ratio).toEqual({ numerator: "CC02", denominator: "CC01", scale: 100 });
});

test("sections are the twelve agreed ones, in order", () => {
  expect(catalog.sections.map((s) => s.id)).toEqual([
    "nong-nghiep",
    "cong-nghiep-dich-vu",
    "dau-tu",
    "tai-chinh",
    "quoc-phong-an-ninh",
    "giao-duc",
    "y-te",
    "van-hoa",
    "lao-dong",
    "cai-cach-hanh-chinh",
    "tai-nguyen-moi-truong",
    "tiep-dan",
  ]);
  expect(catalog.sections.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

test("a realistic report's worth of indicators, every section used", () => {
  expect(catalog.indicators.length).toBeGreaterThanOrEqual(80);
  const used = new Set(catalog.indicators.map((i) => i.section));
  for (const s of catalog.sections) expect(used).toContain(s.id);
  for (const i of catalog.indicators)
    expect(catalog.sections.map((s) => s.id)).toContain(i.section);
});

test("codes are unique and follow the section's prefix scheme", () => {
  const codes = catalog.indicators.map((i) => i.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const i of catalog.indicators)
    expect(i.code).toMatch(/^(NN|CN|DT|NS|QP|GD|YT|VH|LD|CC|MT|TD)\d{2}$/);
});

test("parents exist, sit in the same section, and are totals with the same unit", () => {
  for (const i of catalog.indicators.filter((x) => x.parent !== null)) {
    const p = byCode.get(i.parent!);
    expect(p).toBeDefined();
    expect(p!.section).toBe(i.section);
    expect(p!.aggregation).toBe("sum");
    expect(normalizeUnit(p!.unit)).toBe(normalizeUnit(i.unit));
  }
});

test("ratio parts exist, are summed counts, and every ratio is a share in %", () => {
  for (const i of catalog.indicators.filter((x) => x.aggregation === "ratio")) {
    expect(i.ratio).toBeDefined();
    for (const part of [i.ratio!.numerator, i.ratio!.denominator]) {
      expect(byCode.get(part)?.aggregation).toBe("sum");
    }
    expect(i).toMatchObject({ unit: "%", isShare: true });
  }
  for (const i of catalog.indicators.filter((x) => x.aggregation !== "ratio"))
    expect(i.ratio).toBeUndefined();
});

test("shares are percentages; counts, areas and money cannot be negative; growth rates can", () => {
  for (const i of catalog.indicators) {
    if (i.isShare) expect(i.unit).toBe("%");
    if (i.aggregation === "sum") expect(i.nonNegative).toBe(true);
  }
  expect(byCode.get("NN10")).toMatchObject({ isShare: true, aggregation: "none" });
  expect(byCode.get("CN04")).toMatchObject({ isShare: false, nonNegative: false });
});

test("units are already canonical", () => {
  for (const i of catalog.indicators) expect(normalizeUnit(i.unit)).toBe(i.unit);
});

test("no name or synonym (with or without diacritics) points at two indicators", () => {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const i of catalog.indicators) {
    for (const text of [i.name, ...i.synonyms]) {
      const key = indicatorNameKey(text);
      for (const k of [key, "fold:" + foldKey(key)]) {
        const prev = owner.get(k);
        if (prev !== undefined && prev !== i.code) clashes.push(`${k}: ${prev} / ${i.code}`);
        owner.set(k, i.code);
      }
    }
  }
  expect(clashes).toEqual([]);
});

test("every indicator has names departments write, and sensible decimals for percentages", () => {
  for (const i of catalog.indicators) {
    expect(i.synonyms.length).toBeGreaterThanOrEqual(2);
    if (i.unit === "%") expect([1, 2]).toContain(i.decimals);
  }
});

test("each call gives an independent copy", () => {
  const a = defaultCatalog();
  a.indicators[0].synonyms.push("x");
  a.sections[0].name = "x";
  expect(defaultCatalog().indicators[0].synonyms).not.toContain("x");
  expect(defaultCatalog().sections[0].name).toBe("Nông nghiệp");
});
