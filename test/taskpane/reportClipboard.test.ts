/* Copying the report: rich text laid out as the .docx is, plain text where only that is allowed. */
import { draftReport } from "../../src/core/narrative";
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/types";
import { copyReport, reportHtml, reportPlainText } from "../../src/taskpane/reportClipboard";
import { exampleSheets } from "./fakeHost";

const run = runConsolidate(exampleSheets(), loadCatalog(null).catalog);
const report = draftReport(run.summary, run.issues, {
  ...DEFAULT_REPORT_SETTINGS,
  issuingBody: "ỦY BAN NHÂN DÂN XÃ HỢP HÒA",
});

class FakeClipboardItem {
  constructor(readonly parts: Record<string, Blob>) {}
}

describe("copying the report", () => {
  beforeAll(() => Object.assign(globalThis, { ClipboardItem: FakeClipboardItem }));
  afterAll(() => delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem);

  it("writes HTML and plain text together where the clipboard takes both", async () => {
    const written: FakeClipboardItem[] = [];
    const outcome = await copyReport(report, {
      write: async (items) => {
        written.push(...(items as unknown as FakeClipboardItem[]));
      },
    });
    expect(outcome).toBe("rich");
    const html = await written[0].parts["text/html"].text();
    expect(html).toContain("<b>ỦY BAN NHÂN DÂN XÃ HỢP HÒA</b>");
    expect(html).toContain("Nơi nhận:");
    expect(await written[0].parts["text/plain"].text()).toBe(reportPlainText(report));
  });

  it("falls back to plain text, then to nothing (the pane then shows the text view)", async () => {
    const texts: string[] = [];
    const refused = async () => {
      throw new Error("NotAllowedError");
    };
    expect(
      await copyReport(report, { write: refused, writeText: async (t) => void texts.push(t) }),
    ).toBe("plain");
    expect(texts).toEqual([reportPlainText(report)]);
    expect(await copyReport(report, { write: refused, writeText: refused })).toBe("unavailable");
    expect(await copyReport(report, undefined)).toBe("unavailable");
  });

  it("escapes what the planner typed", () => {
    const html = reportHtml({ ...report, subject: "Thu <chi> & nộp" });
    expect(html).toContain("Thu &lt;chi&gt; &amp; nộp");
  });
});
