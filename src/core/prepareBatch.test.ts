import { CATALOG_SHEET_NAME, catalogToGridRows, defaultCatalog } from "./catalog";
import { prepareBatch, prepareCatalog, type WorkbookRead } from "./prepareBatch";
import type { Issue, SheetGrid } from "./types";
import { gridFromRows, row } from "./validate/testing/fixtures";

const dept = (file: string, sheet = "Biểu 01", unit = "Phòng Kinh tế"): SheetGrid =>
  gridFromRows([row({ stt: 1, name: "Diện tích lúa", unit: "ha", current: 1820 })], {
    file,
    sheet,
    unit,
  });

const plain = (file: string, sheet: string, values: SheetGrid["values"]): SheetGrid => ({
  file,
  sheet,
  values,
});

const workbook = (file: string, grids: SheetGrid[], issues: Issue[] = []): WorkbookRead => ({
  file,
  grids,
  issues,
});

/** A catalog sheet as `tonghop template` writes it, with one indicator of the planner's. */
function catalogSheet(file: string): SheetGrid {
  const [header, first] = catalogToGridRows(defaultCatalog());
  // Code, name, section, unit and aggregation as the first default indicator's; the rest blank.
  const mine = first.map((v, c) =>
    c === 0 ? "NN99" : c === 1 ? "Diện tích mía" : c > 4 ? null : v,
  );
  return plain(file, CATALOG_SHEET_NAME, [header, mine]);
}

/** What a TongHop output holds: its three sheets (Báo cáo may be absent). */
function tongHopOutput(file: string): WorkbookRead {
  const summary = dept(file, "Tổng hợp", "UBND xã");
  return workbook(file, [
    summary,
    plain(file, "Nguồn", [["STT", "Chỉ tiêu"]]),
    plain(file, "Kiểm tra", [["Mức", "Nội dung"]]),
  ]);
}

describe("prepareBatch: what each grid is", () => {
  it("classifies department sheets, a form's catalog sheet, a page of instructions, an output and last year's", () => {
    const batch = prepareBatch({
      sources: [
        workbook("kt.xlsx", [
          dept("kt.xlsx"),
          catalogSheet("kt.xlsx"),
          plain("kt.xlsx", "Hướng dẫn", [["Điền số liệu vào Biểu 01."]]),
        ]),
        tongHopOutput("TongHop_6thang_2026.xlsx"),
      ],
      previous: { ...tongHopOutput("nam-truoc.xlsx"), alsoSource: false },
    });
    expect(batch.refusal).toBeNull();
    expect(batch.grids.map((g) => [g.file, g.sheet, g.kind])).toEqual([
      ["kt.xlsx", "Biểu 01", "department"],
      ["kt.xlsx", CATALOG_SHEET_NAME, "catalog"],
      ["kt.xlsx", "Hướng dẫn", "not-a-bieu"],
      ["TongHop_6thang_2026.xlsx", "Tổng hợp", "tonghop-output"],
      ["TongHop_6thang_2026.xlsx", "Nguồn", "tonghop-output"],
      ["TongHop_6thang_2026.xlsx", "Kiểm tra", "tonghop-output"],
      ["nam-truoc.xlsx", "Tổng hợp", "previous"],
      ["nam-truoc.xlsx", "Nguồn", "previous"],
      ["nam-truoc.xlsx", "Kiểm tra", "previous"],
    ]);
    // Only kt.xlsx's sheets go to validation (the skipped ones are listed there as skipped).
    expect(
      batch.parsed.map((p) => [p.kind, p.kind === "sheet" ? p.sheet.sheetName : p.sheet]),
    ).toEqual([
      ["sheet", "Biểu 01"],
      ["skipped", CATALOG_SHEET_NAME],
      ["skipped", "Hướng dẫn"],
    ]);
    expect(batch.files).toEqual(["kt.xlsx"]);
    expect(batch.previous?.file).toBe("nam-truoc.xlsx");
    expect(batch.issues.map((i) => [i.file, i.rule, i.severity])).toEqual([
      ["TongHop_6thang_2026.xlsx", "tonghop-output-skipped", "info"],
    ]);
  });

  it("keeps the read issues of the files it counts, and drops those of a skipped output", () => {
    const unreadable: Issue = {
      file: "kt.xlsx",
      sheet: "Biểu 02",
      cell: null,
      severity: "error",
      rule: "file-unreadable",
      message: "x",
    };
    const output = tongHopOutput("out.xlsx");
    output.issues.push({ ...unreadable, file: "out.xlsx" });
    const batch = prepareBatch({
      sources: [workbook("kt.xlsx", [dept("kt.xlsx")], [unreadable]), output],
    });
    expect(batch.issues.map((i) => [i.file, i.rule])).toEqual([
      ["kt.xlsx", "file-unreadable"],
      ["out.xlsx", "tonghop-output-skipped"],
    ]);
  });

  it("does not count last year's workbook given among the sources as a department", () => {
    const batch = prepareBatch({
      sources: [workbook("kt.xlsx", [dept("kt.xlsx")]), tongHopOutput("nam-truoc.xlsx")],
      previous: { ...tongHopOutput("nam-truoc.xlsx"), alsoSource: true },
    });
    expect(batch.refusal).toBeNull();
    expect(batch.files).toEqual(["kt.xlsx"]);
    expect(batch.issues).toEqual([]);
  });

  it("refuses a department's biểu given as last year's and among the sources", () => {
    const batch = prepareBatch({
      sources: [workbook("kt.xlsx", [dept("kt.xlsx")]), workbook("xa.xlsx", [dept("xa.xlsx")])],
      previous: {
        ...workbook("xa.xlsx", [dept("xa.xlsx", "Biểu 01", "UBND xã Hợp Hòa")]),
        alsoSource: true,
      },
    });
    expect(batch.refusal).toBe(
      "Tệp năm trước “xa.xlsx” là biểu của đơn vị “UBND xã Hợp Hòa” (trang “Biểu 01”) nằm trong các tệp đầu vào, " +
        "không phải bảng tổng hợp năm trước. Hãy chỉ đúng tệp bảng tổng hợp năm trước.",
    );
  });
});

describe("prepareCatalog: a catalog the planner named", () => {
  it("extends the default catalog with the planner's indicators", () => {
    const load = prepareCatalog(workbook("dm.xlsx", [catalogSheet("dm.xlsx")]));
    expect(load.refusal).toBeNull();
    expect(load.catalog.indicators.some((i) => i.name === "Diện tích mía")).toBe(true);
    expect(load.catalog.indicators.length).toBe(defaultCatalog().indicators.length + 1);
  });

  it("refuses a department's biểu, a sheet without the catalog header, and an unreadable file", () => {
    expect(prepareCatalog(workbook("kt.xlsx", [dept("kt.xlsx")])).refusal).toBe(
      "Tệp “kt.xlsx” là một biểu chỉ tiêu (trang “Biểu 01” có cột thực hiện), không phải danh mục. " +
        "Danh mục là trang “Danh mục chỉ tiêu”, như trong tệp do “tonghop template” tạo ra.",
    );
    expect(
      prepareCatalog(workbook("dm.xlsx", [plain("dm.xlsx", CATALOG_SHEET_NAME, [["a", "b"]])]))
        .refusal,
    ).toMatch(/\(tệp “dm\.xlsx”\)$/);
    const unreadable: Issue = {
      file: "dm.xlsx",
      sheet: null,
      cell: null,
      severity: "error",
      rule: "file-unreadable",
      message: "Tệp bị hỏng.",
    };
    expect(prepareCatalog(workbook("dm.xlsx", [], [unreadable])).refusal).toBe(
      "Không đọc được tệp danh mục “dm.xlsx”: Tệp bị hỏng.",
    );
  });

  it("uses the default catalog when none is named", () => {
    const load = prepareCatalog(null);
    expect(load).toEqual({ catalog: defaultCatalog(), issues: [], refusal: null });
  });
});
