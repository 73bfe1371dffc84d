import { readReportSettings } from "./settings";
import { DEFAULT_REPORT_SETTINGS } from "./types";

describe("readReportSettings", () => {
  it("takes known fields of the right type over the defaults", () => {
    const { settings, ignored } = readReportSettings({
      place: "Hợp Hòa",
      recipients: ["Lưu: VT."],
      yoyThreshold: 30,
    });
    expect(settings).toEqual({
      ...DEFAULT_REPORT_SETTINGS,
      place: "Hợp Hòa",
      recipients: ["Lưu: VT."],
      yoyThreshold: 30,
    });
    expect(ignored).toEqual([]);
  });

  it("names fields it cannot use instead of trusting them", () => {
    const { settings, ignored } = readReportSettings({
      signerTitles: "CHỦ TỊCH",
      yoyThreshold: "50",
      colour: "xanh",
      __proto__: { x: 1 },
    });
    expect(settings).toEqual(DEFAULT_REPORT_SETTINGS);
    expect(ignored.sort()).toEqual(["colour", "signerTitles", "yoyThreshold"]);
    expect(readReportSettings([1, 2]).ignored).toEqual(["(toàn bộ)"]);
    expect(readReportSettings(null)).toEqual({ settings: DEFAULT_REPORT_SETTINGS, ignored: [] });
  });

  it("never shares the default arrays with the caller", () => {
    const { settings } = readReportSettings({});
    settings.recipients.push("x");
    expect(DEFAULT_REPORT_SETTINGS.recipients).not.toContain("x");
  });
});
