import { DEFAULT_REPORT_SETTINGS } from "../../src/core/types";
import { createExcelHost } from "../../src/excel";
import { SETTINGS_KEY } from "../../src/excel/settings";
import { resetFake, useFake } from "./helpers";

afterEach(resetFake);

function workbook() {
  return {
    sheets: [
      { name: "Biểu 01", values: [["Lúa", 1]] },
      { name: "Tổng hợp", values: [["x"]] },
      { name: "_ẩn", values: [["x"]], visibility: "VeryHidden" as const },
    ],
  };
}

describe("the Excel PaneHost", () => {
  it("lists the workbook's sheets, marking its own outputs", async () => {
    useFake(workbook());
    const host = createExcelHost();
    expect(host.kind).toBe("excel");
    expect(await host.listWorkbookSheets()).toEqual([
      { name: "Biểu 01", isOutput: false },
      { name: "Tổng hợp", isOutput: true },
    ]);
  });

  it("selects an issue's cell in one sync, and says false for a missing sheet", async () => {
    const fake = useFake(workbook());
    const host = createExcelHost();
    expect(await host.selectCell("Tổng hợp", "B7")).toBe(true);
    expect(fake.state.workbook.selected).toEqual({ sheet: "Tổng hợp", address: "B7" });
    expect(fake.state.workbook.activeSheetName).toBe("Tổng hợp");
    expect(fake.state.syncCount).toBe(1);
    expect(await host.selectCell("Không có", "A1")).toBe(false);
    expect(fake.state.workbook.activeSheetName).toBe("Tổng hợp");
    expect(await host.selectCell("Biểu 01", null)).toBe(true);
    expect(fake.state.workbook.selected).toEqual({ sheet: "Biểu 01", address: "A1" });
  });

  it("selects on ExcelApi 1.3 too (no null objects)", async () => {
    const fake = useFake(workbook(), { requirementSets: { ExcelApi: "1.3" } });
    const host = createExcelHost();
    expect(await host.selectCell("Biểu 01", "A1")).toBe(true);
    expect(await host.selectCell("Không có", "A1")).toBe(false);
    expect(fake.state.syncs.every((s) => s.ok)).toBe(true);
  });

  it("keeps report settings in the document, merged over the defaults", async () => {
    const fake = useFake(workbook());
    const host = createExcelHost();
    expect(await host.loadSettings()).toEqual(DEFAULT_REPORT_SETTINGS);
    await host.saveSettings({ ...DEFAULT_REPORT_SETTINGS, place: "Hợp Hòa", yoyThreshold: 30 });
    expect(JSON.parse(String(fake.state.savedSettings[SETTINGS_KEY]))).toMatchObject({
      place: "Hợp Hòa",
    });
    expect(await host.loadSettings()).toEqual({
      ...DEFAULT_REPORT_SETTINGS,
      place: "Hợp Hòa",
      yoyThreshold: 30,
    });
  });

  it("ignores stored settings of the wrong shape", async () => {
    const fake = useFake(workbook());
    fake.Office.context.document.settings.set(
      SETTINGS_KEY,
      JSON.stringify({ place: 5, signerTitles: "x", signerName: "Lê Văn A" }),
    );
    expect(await createExcelHost().loadSettings()).toEqual({
      ...DEFAULT_REPORT_SETTINGS,
      signerName: "Lê Văn A",
    });
  });

  it("speaks Vietnamese when Office does, English otherwise", () => {
    useFake(workbook(), { displayLanguage: "vi-VN" });
    expect(createExcelHost().language()).toBe("vi");
    resetFake();
    useFake(workbook(), { displayLanguage: "en-US" });
    expect(createExcelHost().language()).toBe("en");
  });

  it("reads sheets with the workbook's name as file", async () => {
    useFake(workbook());
    const { grids } = await createExcelHost().readWorkbookSheets(["Biểu 01"]);
    expect(grids[0]).toMatchObject({ sheet: "Biểu 01", values: [["Lúa", 1]] });
    expect(grids[0].file).toBe("Sổ làm việc này");
  });
});
