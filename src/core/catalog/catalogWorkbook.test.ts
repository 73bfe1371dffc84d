import type { CellValue, SheetGrid } from "../types";
import {
  catalogToGridRows,
  isCatalogSheetName,
  mergeCatalogs,
  readCatalogGrid,
} from "./catalogWorkbook";
import { defaultCatalog } from "./defaultCatalog";

// The header exactly as the brief hands it to planners (column A … M).
const HEADER = [
  "Mã chỉ tiêu",
  "Tên chỉ tiêu",
  "Lĩnh vực",
  "ĐVT",
  "Cách tổng hợp (Cộng / Tỷ lệ / Không cộng)",
  "Thuộc chỉ tiêu (mã cha)",
  "Tên gọi khác",
  "Trong đó phải bằng tổng (Có/Không)",
  "Tỷ lệ = tử số / mẫu số",
  "Số thập phân",
  "Ngưỡng cùng kỳ (%)",
  "Đơn vị hiển thị",
  "Mẫu câu",
];

/** A sheet with a title in row 1, an empty row 2 and the header in row 3; data from row 4. */
function grid(rows: CellValue[][], header: CellValue[] = HEADER): SheetGrid {
  return {
    file: "danh-muc.xlsx",
    sheet: "Danh mục chỉ tiêu",
    values: [["DANH MỤC CHỈ TIÊU"], [], header, ...rows],
  };
}

describe("readCatalogGrid: a good sheet", () => {
  const { catalog, issues } = readCatalogGrid(
    grid([
      [
        "KH01",
        "Số đề tài khoa học được nghiệm thu",
        "Khoa học, công nghệ",
        "Đề tài",
        "Cộng",
        null,
        "Đề tài nghiệm thu; Số đề tài nghiệm thu",
        null,
        null,
        0,
        80,
        null,
        "Nghiệm thu {current} đề tài",
      ],
      [
        "KH02",
        "Số đề tài cấp tỉnh",
        "Khoa học, công nghệ",
        "đề tài",
        "Cộng",
        "KH01",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        "NN50",
        "Tổng diện tích cây lâu năm",
        "Nông nghiệp",
        "Ha",
        "Cộng",
        null,
        null,
        "Có",
        null,
        "2",
        null,
        null,
        null,
      ],
      [
        "NN51",
        "Diện tích cà phê",
        "nông nghiệp",
        "hécta",
        "Cộng",
        "NN50",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        "NS50",
        "Tổng chi ngân sách huyện",
        "Tài chính, ngân sách",
        "Tr.đ",
        "Cộng",
        null,
        null,
        null,
        null,
        null,
        null,
        "tỷ đồng",
        null,
      ],
      [
        "GD50",
        "Tỷ lệ trường đạt chuẩn mức 2",
        "Giáo dục",
        "%",
        "Tỷ lệ",
        null,
        null,
        null,
        "GD02/GD01",
        1,
        null,
        null,
        null,
      ],
      [],
      [
        "TD50",
        "Tốc độ tăng số vụ khiếu nại",
        "Tiếp công dân, khiếu nại, tố cáo",
        "%",
        "Không cộng",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ]),
    { base: defaultCatalog() },
  );
  const byCode = new Map(catalog.indicators.map((i) => [i.code, i]));

  test("no issues, every row kept in order, empty rows skipped", () => {
    expect(issues).toEqual([]);
    expect(catalog.indicators.map((i) => i.code)).toEqual([
      "KH01",
      "KH02",
      "NN50",
      "NN51",
      "NS50",
      "GD50",
      "TD50",
    ]);
  });

  test("sections: known names map to default sections, a new one is created after them", () => {
    expect(byCode.get("NN51")?.section).toBe("nong-nghiep");
    expect(byCode.get("NS50")?.section).toBe("tai-chinh");
    const kh = catalog.sections.find((s) => s.name === "Khoa học, công nghệ");
    expect(kh).toBeDefined();
    expect(kh!.order).toBeGreaterThan(12);
    expect(byCode.get("KH01")?.section).toBe(kh!.id);
    expect(catalog.sections.map((s) => s.order)).toEqual(
      [...catalog.sections.map((s) => s.order)].sort((a, b) => a - b),
    );
  });

  test("units normalised, synonyms split, flags and numbers read", () => {
    const kh01 = byCode.get("KH01")!;
    expect(kh01.unit).toBe("đề tài");
    expect(kh01.synonyms).toEqual(["Đề tài nghiệm thu", "Số đề tài nghiệm thu"]);
    expect(kh01.yoyThreshold).toBe(80);
    expect(kh01.decimals).toBe(0);
    expect(kh01.template).toBe("Nghiệm thu {current} đề tài");
    expect(byCode.get("NN50")).toMatchObject({
      unit: "ha",
      componentRule: "exact",
      decimals: 2,
      aggregation: "sum",
      nonNegative: true,
    });
    expect(byCode.get("NN51")).toMatchObject({
      unit: "ha",
      parent: "NN50",
      componentRule: "notExceed",
    });
    expect(byCode.get("NS50")).toMatchObject({ unit: "triệu đồng", displayUnit: "tỷ đồng" });
  });

  test("a ratio in % is a share scaled by 100 and may use the base catalog's codes", () => {
    expect(byCode.get("GD50")).toMatchObject({
      aggregation: "ratio",
      ratio: { numerator: "GD02", denominator: "GD01", scale: 100 },
      isShare: true,
      nonNegative: true,
    });
  });

  test("a % that is not a share (a growth rate) may be negative", () => {
    expect(byCode.get("TD50")).toMatchObject({
      aggregation: "none",
      isShare: false,
      nonNegative: false,
    });
  });
});

describe("readCatalogGrid: every bad cell is an error at its address, the row is left out", () => {
  const rows: CellValue[][] = [
    [
      "XA01",
      "Chỉ tiêu tốt",
      "Nông nghiệp",
      "ha",
      "Cộng",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ], // row 4
    [null, "Thiếu mã", "Nông nghiệp", "ha", "Cộng", null, null, null, null, null, null, null, null], // row 5
    [
      "xa01",
      "Trùng mã",
      "Nông nghiệp",
      "ha",
      "Cộng",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ], // row 6
    [
      "XA03",
      "Cách cộng lạ",
      "Nông nghiệp",
      "ha",
      "Trung bình",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ], // row 7
    [
      "XA04",
      "Cha không có",
      "Nông nghiệp",
      "ha",
      "Cộng",
      "ZZ01",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ], // row 8
    [
      "XA05",
      "Tỷ lệ viết sai",
      "Nông nghiệp",
      "%",
      "Tỷ lệ",
      null,
      null,
      null,
      "XA01-XA02",
      null,
      null,
      null,
      null,
    ], // row 9
    [
      "XA06",
      "Tỷ lệ mã lạ",
      "Nông nghiệp",
      "%",
      "Tỷ lệ",
      null,
      null,
      null,
      "XA01/QQ99",
      null,
      null,
      null,
      null,
    ], // row 10
    [
      "XA07",
      "Số thập phân chữ",
      "Nông nghiệp",
      "ha",
      "Cộng",
      null,
      null,
      null,
      null,
      "hai",
      null,
      null,
      null,
    ], // row 11
    [
      "XA08",
      "Ngưỡng âm",
      "Nông nghiệp",
      "ha",
      "Cộng",
      null,
      null,
      null,
      null,
      null,
      -5,
      null,
      null,
    ], // row 12
    [
      "XA09",
      "Có/Không lạ",
      "Nông nghiệp",
      "ha",
      "Cộng",
      null,
      null,
      "Chắc vậy",
      null,
      null,
      null,
      null,
      null,
    ], // row 13
    [
      "XA10",
      "Con của dòng bị bỏ",
      "Nông nghiệp",
      "ha",
      "Cộng",
      "XA04",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ], // row 14
    [
      "XA11",
      "Tỷ lệ thiếu công thức",
      "Nông nghiệp",
      "%",
      "Tỷ lệ",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ], // row 15
    [
      "XA12",
      "Thuộc chính nó",
      "Nông nghiệp",
      "ha",
      "Cộng",
      "XA12",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ], // row 16
    ["XA13", "", "Nông nghiệp", "ha", "Cộng", null, null, null, null, null, null, null, null], // row 17
    [
      "XA14",
      "Khác lĩnh vực với cha",
      "Y tế",
      "ha",
      "Cộng",
      "XA01",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ], // row 18
    [
      "XA15",
      "Tỷ lệ tốt",
      "Nông nghiệp",
      "%",
      "Tỷ lệ",
      null,
      null,
      null,
      "XA01/XA01",
      null,
      null,
      null,
      null,
    ], // row 19
  ];
  const { catalog, issues } = readCatalogGrid(grid(rows));
  const at = (cell: string) => issues.filter((i) => i.cell === cell).map((i) => i.rule);

  test.each([
    ["A5", "catalog-missing-code"],
    ["A6", "catalog-duplicate-code"],
    ["E7", "catalog-unknown-aggregation"],
    ["F8", "catalog-unknown-parent"],
    ["I9", "catalog-bad-ratio"],
    ["I10", "catalog-bad-ratio"],
    ["J11", "catalog-bad-number"],
    ["K12", "catalog-bad-number"],
    ["H13", "catalog-bad-value"],
    ["F14", "catalog-unknown-parent"],
    ["I15", "catalog-bad-ratio"],
    ["F16", "catalog-unknown-parent"],
    ["B17", "catalog-missing-name"],
    ["F18", "catalog-unknown-parent"],
    ["I19", "catalog-bad-ratio"],
  ])("%s: %s", (cell, rule) => {
    expect(at(cell)).toEqual([rule]);
  });

  test("issues carry file, sheet, severity error and a Vietnamese message", () => {
    expect(issues).toHaveLength(15);
    for (const i of issues) {
      expect(i).toMatchObject({
        file: "danh-muc.xlsx",
        sheet: "Danh mục chỉ tiêu",
        severity: "error",
      });
      expect(i.message).toMatch(/chỉ tiêu|cột|công thức|cách tổng hợp|mã/iu);
    }
    expect(issues.find((i) => i.cell === "A6")?.message).toContain("A4");
    expect(issues.find((i) => i.cell === "E7")?.message).toContain("Trung bình");
  });

  test("only the good row is kept", () => {
    expect(catalog.indicators.map((i) => i.code)).toEqual(["XA01"]);
    expect(catalog.sections.map((s) => s.id)).toEqual(["nong-nghiep"]);
  });
});

describe("readCatalogGrid: references to the catalog it extends", () => {
  const sheet = grid([
    [
      "NN50",
      "Diện tích khoai lang",
      "Nông nghiệp",
      "ha",
      "Cộng",
      "NN01",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "GD50",
      "Tỷ lệ trường mầm non đạt chuẩn",
      "Giáo dục",
      "%",
      "Tỷ lệ",
      null,
      null,
      null,
      "GD51/GD01",
      null,
      null,
      null,
      null,
    ],
    [
      "GD51",
      "Số trường mầm non đạt chuẩn",
      "Giáo dục",
      "trường",
      "Cộng",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
  ]);

  test("by default, codes of the default catalog are known parents and ratio parts", () => {
    const r = readCatalogGrid(sheet);
    expect(r.issues).toEqual([]);
    expect(r.catalog.indicators.map((i) => i.code)).toEqual(["NN50", "GD50", "GD51"]);
  });

  test("against another base, a code it lacks is reported", () => {
    const r = readCatalogGrid(sheet, { base: { sections: [], indicators: [] } });
    expect(r.issues.map((i) => [i.cell, i.rule])).toEqual([
      ["F4", "catalog-unknown-parent"],
      ["I5", "catalog-bad-ratio"],
    ]);
    expect(r.catalog.indicators.map((i) => i.code)).toEqual(["GD51"]);
  });
});

describe("readCatalogGrid: headers", () => {
  test("no header row: one error for the sheet, no indicators", () => {
    const r = readCatalogGrid({
      file: "f.xlsx",
      sheet: "Sheet1",
      values: [["Xin chào"], ["NN01", "Đàn bò"]],
    });
    expect(r.catalog.indicators).toEqual([]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        rule: "catalog-no-header",
        cell: null,
        severity: "error",
        sheet: "Sheet1",
      }),
    ]);
  });

  test("titles in any case, decomposed, in another order, with fewer columns", () => {
    const header = [
      "TÊN CHỈ TIÊU".normalize("NFD"),
      "Đơn vị tính",
      "MÃ CHỈ TIÊU",
      "Lĩnh  vực",
      "Tên gọi khác của chỉ tiêu",
    ];
    const r = readCatalogGrid(
      grid([["Số cầu được xây mới", "Cái", "GT01", "Giao thông", "Cầu xây mới"]], header),
    );
    expect(r.issues).toEqual([]);
    expect(r.catalog.indicators).toEqual([
      expect.objectContaining({
        code: "GT01",
        name: "Số cầu được xây mới",
        unit: "cái",
        synonyms: ["Cầu xây mới"],
        aggregation: "sum",
        parent: null,
      }),
    ]);
    expect(r.catalog.sections).toEqual([expect.objectContaining({ name: "Giao thông" })]);
  });

  test("the catalog sheet is recognised by name", () => {
    expect(isCatalogSheetName("DANH MỤC CHỈ TIÊU")).toBe(true);
    expect(isCatalogSheetName(" Danh muc chi tieu ")).toBe(true);
    expect(isCatalogSheetName("Tổng hợp")).toBe(false);
  });
});

describe("catalogToGridRows round trip", () => {
  test("the default catalog written as a sheet reads back identical, without issues", () => {
    const catalog = defaultCatalog();
    const rows = catalogToGridRows(catalog);
    expect(rows[0].slice(0, 2)).toEqual(["Mã chỉ tiêu", "Tên chỉ tiêu"]);
    expect(rows).toHaveLength(catalog.indicators.length + 1);
    const back = readCatalogGrid({ file: "mau.xlsx", sheet: "Danh mục chỉ tiêu", values: rows });
    expect(back.issues).toEqual([]);
    expect(back.catalog).toEqual(catalog);
  });

  test("every optional field survives the trip", () => {
    const catalog = defaultCatalog();
    const ns01 = catalog.indicators.find((i) => i.code === "NS01")!;
    Object.assign(ns01, {
      componentRule: "exact",
      yoyThreshold: 30,
      displayUnit: "tỷ đồng",
      template: "Thu ngân sách {current}",
    });
    const ld05 = catalog.indicators.find((i) => i.code === "LD05")!;
    ld05.ratio = { numerator: "LD04", denominator: "LD03", scale: 1000 };
    catalog.sections.push({ id: "khoa-hoc", name: "Khoa học", order: 13 });
    catalog.indicators.push({
      code: "KH01",
      name: "Số sáng kiến",
      synonyms: [],
      unit: "sáng kiến",
      section: "khoa-hoc",
      parent: null,
      componentRule: "notExceed",
      aggregation: "sum",
      isShare: false,
      nonNegative: true,
    });
    const back = readCatalogGrid({
      file: "f.xlsx",
      sheet: "Danh mục chỉ tiêu",
      values: catalogToGridRows(catalog),
    });
    expect(back.issues).toEqual([]);
    expect(back.catalog).toEqual(catalog);
  });
});

describe("mergeCatalogs", () => {
  const base = defaultCatalog();
  const extra = readCatalogGrid(
    grid([
      [
        "NN07",
        "Tổng đàn bò",
        "Nông nghiệp",
        "con",
        "Cộng",
        null,
        "Bò",
        null,
        null,
        0,
        100,
        null,
        null,
      ],
      [
        "NN50",
        "Diện tích cây ăn quả",
        "Nông nghiệp",
        "ha",
        "Cộng",
        null,
        null,
        null,
        null,
        2,
        null,
        null,
        null,
      ],
      [
        "KH01",
        "Số sáng kiến",
        "Khoa học",
        "sáng kiến",
        "Cộng",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ]),
    { base },
  ).catalog;

  test("extend: same code replaces in place, new ones go after their section, new sections last", () => {
    const merged = mergeCatalogs(base, extra, "extend");
    const codes = merged.indicators.map((i) => i.code);
    expect(merged.indicators).toHaveLength(base.indicators.length + 2);
    expect(codes.indexOf("NN07")).toBe(base.indicators.findIndex((i) => i.code === "NN07"));
    expect(merged.indicators.find((i) => i.code === "NN07")).toMatchObject({
      name: "Tổng đàn bò",
      yoyThreshold: 100,
      synonyms: ["Bò"],
    });
    const lastNN = base.indicators.map((i) => i.section).lastIndexOf("nong-nghiep");
    expect(codes.indexOf("NN50")).toBe(lastNN + 1);
    expect(codes[codes.length - 1]).toBe("KH01");
    expect(merged.sections.map((s) => s.name)).toEqual([
      ...base.sections.map((s) => s.name),
      "Khoa học",
    ]);
    // The inputs are not changed.
    expect(base.indicators.find((i) => i.code === "NN07")?.name).toBe("Đàn bò");
  });

  test("replace: the planner's catalog alone", () => {
    const merged = mergeCatalogs(base, extra, "replace");
    expect(merged.indicators.map((i) => i.code)).toEqual(["NN07", "NN50", "KH01"]);
    expect(merged.sections.map((s) => s.name)).toEqual(["Nông nghiệp", "Khoa học"]);
  });
});
