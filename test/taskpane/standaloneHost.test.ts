/*
 * The standalone host without a browser: settings kept in (a stand-in for) localStorage, the
 * consolidated workbook handed to the browser as a real .xlsx under the period's name.
 */
import {
  createStandaloneHost,
  pickLanguage,
  SETTINGS_KEY,
  type StandaloneEnvironment,
} from "../../src/standalone/host";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/types";
import { readWorkbook } from "../../src/io";
import { consolidatedWorkbookPlan } from "../../src/core/output";
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import { exampleSheets } from "./fakeHost";

function environment(stored: Record<string, string> = {}) {
  const saved: { fileName: string; bytes: Uint8Array; mime: string }[] = [];
  const env: StandaloneEnvironment = {
    storage: {
      getItem: (key) => stored[key] ?? null,
      setItem: (key, value) => {
        stored[key] = value;
      },
    },
    save: (fileName, bytes, mime) => saved.push({ fileName, bytes, mime }),
    languages: ["vi-VN"],
    query: "",
  };
  return { env, saved, stored };
}

describe("standalone host", () => {
  it("keeps settings between visits, and ignores a damaged stored entry", async () => {
    const { env, stored } = environment();
    const host = createStandaloneHost(env);
    expect(await host.loadSettings()).toEqual(DEFAULT_REPORT_SETTINGS);
    await host.saveSettings({
      ...DEFAULT_REPORT_SETTINGS,
      place: "Hợp Hòa",
      recipients: ["UBND huyện;"],
    });

    const again = createStandaloneHost(environment(stored).env);
    expect(await again.loadSettings()).toMatchObject({
      place: "Hợp Hòa",
      recipients: ["UBND huyện;"],
    });

    const damaged = createStandaloneHost(environment({ [SETTINGS_KEY]: "{not json" }).env);
    expect(await damaged.loadSettings()).toEqual(DEFAULT_REPORT_SETTINGS);
    const wrongTypes = createStandaloneHost(
      environment({ [SETTINGS_KEY]: '{"place": 5, "signerName": "Nguyễn Văn A"}' }).env,
    );
    expect(await wrongTypes.loadSettings()).toEqual({
      ...DEFAULT_REPORT_SETTINGS,
      signerName: "Nguyễn Văn A",
    });
  });

  it("downloads the output plan as a workbook holding every planned sheet", async () => {
    const { env, saved } = environment();
    const host = createStandaloneHost(env);
    const run = runConsolidate(exampleSheets(), loadCatalog(null).catalog);
    const plan = consolidatedWorkbookPlan(run.summary, run.issues);
    const confirm = jest.fn(async () => true);
    const result = await host.writeOutputs(plan, confirm, { fileName: "TongHop_6thang_2026.xlsx" });

    expect(confirm).not.toHaveBeenCalled();
    expect(saved).toHaveLength(1);
    expect(saved[0].fileName).toBe("TongHop_6thang_2026.xlsx");
    expect(result.message).toContain("TongHop_6thang_2026.xlsx");
    const back = await readWorkbook(saved[0].bytes, saved[0].fileName);
    expect(back.issues).toEqual([]);
    expect(back.grids.map((g) => g.sheet)).toEqual(plan.sheets.map((s) => s.name));
  });

  it("has no workbook: no sheets to offer, no cell to select", async () => {
    const host = createStandaloneHost(environment().env);
    expect(await host.listWorkbookSheets()).toEqual([]);
    expect(await host.selectCell("Tổng hợp", "A1")).toBe(false);
  });

  it("speaks Vietnamese to a Vietnamese browser, English otherwise, and ?lang= wins", () => {
    expect(pickLanguage(["vi-VN", "en-US"], "")).toBe("vi");
    expect(pickLanguage(["en-US", "vi"], "")).toBe("vi");
    expect(pickLanguage(["en-US"], "")).toBe("en");
    expect(pickLanguage(["en-US"], "?lang=vi")).toBe("vi");
    expect(pickLanguage(["vi-VN"], "?standalone=1&lang=en")).toBe("en");
  });
});
