import { readSheets } from "../../src/excel/readSheets";
import { ExcelHostError } from "../../src/excel/errors";
import { SAFETY, readBytesPerCell } from "../../src/excel/payload";
import type { FakeSheetData } from "../fakes/office";
import { resetFake, useFake } from "./helpers";

afterEach(resetFake);

const FILE = "TongHop.xlsx";

function department(name: string, rows = 6): FakeSheetData {
  const values: (string | number)[][] = [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"]];
  for (let i = 1; i < rows; i++) values.push([i, `Chỉ tiêu số ${i}`, "ha", i * 10.5]);
  return { name, values };
}

describe("reading sheets as grids", () => {
  it("converts empties, error values and date-formatted serials, and pads to A1", async () => {
    useFake({
      sheets: [
        {
          name: "Biểu 01",
          values: [
            [],
            [],
            ["", "Đơn vị:", "Phòng Kinh tế"],
            ["", "Lúa", "#REF!", 45658],
            ["", "Ngô", "#DIV/0!", 12],
          ],
          numberFormats: [[], [], [], [null, null, null, "dd/mm/yyyy"]],
        },
      ],
    });
    const { grids, issues } = await readSheets(["Biểu 01"], { file: FILE });
    expect(issues).toEqual([]);
    const g = grids[0];
    expect(g.file).toBe(FILE);
    expect(g.sheet).toBe("Biểu 01");
    // The used range starts at B3, the grid at A1.
    expect(g.values[2]).toEqual([null, "Đơn vị:", "Phòng Kinh tế", null]);
    expect(g.values[3][1]).toBe("Lúa");
    expect(g.values[3][2]).toEqual({ kind: "error", code: "#REF!" });
    expect(g.values[4][2]).toEqual({ kind: "error", code: "#DIV/0!" });
    // Serial 45658 is 1 January 2025 in Excel's 1900 system; 12 under General stays a number.
    expect(g.values[3][3]).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(g.values[4][3]).toBe(12);
    expect(g.numberFormats?.[3][3]).toBe("dd/mm/yyyy");
    expect(g.values[0]).toEqual([]);
  });

  it("reads per-cell fonts with ExcelApi 1.9 so legacy TCVN3 names can be converted", async () => {
    useFake({
      sheets: [{ name: "CA", values: [["Tªn chØ tiªu", 1]], fonts: [[".VnTime", "Arial"]] }],
    });
    const { grids } = await readSheets(["CA"], { file: FILE });
    expect(grids[0].fonts?.[0]).toEqual([".VnTime", "Arial"]);
  });

  it("on ExcelApi 1.8 gives a sheet's single font, and no fonts when cells mix them", async () => {
    useFake(
      {
        sheets: [
          { name: "Mixed", values: [["Tªn", 1]], fonts: [[".VnTime", "Arial"]] },
          { name: "Uniform", values: [["Tªn", 1]], fonts: [[".VnTime", ".VnTime"]] },
        ],
      },
      { requirementSets: { ExcelApi: "1.8" } },
    );
    const { grids } = await readSheets(["Mixed", "Uniform"], { file: FILE });
    expect(grids[0].fonts).toBeUndefined();
    expect(grids[0].values[0]).toEqual(["Tªn", 1]);
    expect(grids[1].fonts?.[0]).toEqual([".VnTime", ".VnTime"]);
  });

  it.each([1, 10, 200])("reads %i sheets in exactly 2 syncs", async (n) => {
    const sheets = Array.from({ length: n }, (_, i) => department(`Biểu ${i + 1}`));
    const fake = useFake({ sheets });
    const { grids } = await readSheets(
      sheets.map((s) => s.name),
      { file: FILE },
    );
    expect(grids).toHaveLength(n);
    expect(grids[n - 1].values[5]).toEqual([5, "Chỉ tiêu số 5", "ha", 52.5]);
    expect(fake.state.syncCount).toBe(2);
    expect(fake.state.syncs.every((s) => s.ok)).toBe(true);
  });

  it("reports a missing sheet as an issue and still reads the others in 2 syncs", async () => {
    const fake = useFake({ sheets: [department("Biểu 01"), { name: "Trống" }] });
    const { grids, issues } = await readSheets(["Biểu 01", "Đã xóa", "Trống"], { file: FILE });
    expect(grids.map((g) => g.sheet)).toEqual(["Biểu 01", "Trống"]);
    expect(grids[1].values).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: "Đã xóa", severity: "error" });
    expect(issues[0].message).toContain("Không tìm thấy trang “Đã xóa”");
    expect(fake.state.syncCount).toBe(2);
  });

  it("works without null objects (ExcelApi 1.3) in 3 syncs", async () => {
    const fake = useFake(
      { sheets: [department("Biểu 01")] },
      { requirementSets: { ExcelApi: "1.3" } },
    );
    const { grids, issues } = await readSheets(["Biểu 01", "Không có"], { file: FILE });
    expect(grids[0].values[1]).toEqual([1, "Chỉ tiêu số 1", "ha", 10.5]);
    expect(issues.map((i) => i.sheet)).toEqual(["Không có"]);
    expect(fake.state.syncCount).toBe(3);
  });

  it("splits huge sheets into row blocks, exactly as many syncs as the limit needs", async () => {
    const limit = 20_000;
    const rows = 300;
    const columns = 4;
    const sheets = [department("A", rows), department("B", rows)];
    const unlimited = useFake({ sheets });
    const expected = await readSheets(["A", "B"], { file: FILE });
    expect(unlimited.state.syncCount).toBe(2);
    resetFake();

    const fake = useFake({ sheets }, { responseLimitBytes: limit });
    const { grids } = await readSheets(["A", "B"], { file: FILE, payloadLimitBytes: limit });
    expect(grids).toEqual(expected.grids);
    // Optimal for the estimate: no fewer syncs could carry these bytes under the limit.
    const rowBytes = columns * readBytesPerCell(false);
    const minimum = Math.ceil((rows * 2 * rowBytes) / (limit * SAFETY));
    expect(minimum).toBeGreaterThan(2);
    expect(fake.state.syncCount).toBe(1 + minimum);
    expect(fake.state.syncs.every((s) => s.ok && s.responseBytes <= limit)).toBe(true);
  });

  it("when texts are longer than estimated, halves the blocks instead of failing", async () => {
    const long = "Nội dung rất dài ".repeat(120);
    const values = Array.from({ length: 40 }, (_, i) => [i + 1, long]);
    const fake = useFake({ sheets: [{ name: "Dài", values }] }, { responseLimitBytes: 30_000 });
    const { grids } = await readSheets(["Dài"], { file: FILE, payloadLimitBytes: 30_000 });
    expect(grids[0].values).toHaveLength(40);
    expect(grids[0].values[39]).toEqual([40, long]);
    expect(fake.state.syncs.filter((s) => s.ok).every((s) => s.responseBytes <= 30_000)).toBe(true);
  });

  it("fails with a Vietnamese message naming the sheet when one row exceeds the limit", async () => {
    useFake(
      { sheets: [{ name: "Biểu 01", values: [["x".repeat(50_000)]] }] },
      { responseLimitBytes: 10_000 },
    );
    const error = await readSheets(["Biểu 01"], { file: FILE, payloadLimitBytes: 10_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExcelHostError);
    expect((error as ExcelHostError).userMessage).toMatch(
      /^Không đọc được trang “Biểu 01”: vượt giới hạn dung lượng của Excel trên web/,
    );
  });
});
