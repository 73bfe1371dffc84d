/** The golden sentences (golden.cases.ts): every verdict, no more and no fewer findings. */
import { checkDraftText } from "../../src/core/factcheck";
import { CLEAN_PHRASINGS, GOLDEN } from "./golden.cases";

describe("golden sentences of report drafts", () => {
  it("has at least 40 cases, about half wrong and half right", () => {
    const wrong = GOLDEN.filter((c) => c.expect !== "ok").length;
    expect(GOLDEN.length).toBeGreaterThanOrEqual(40);
    expect(wrong).toBeGreaterThanOrEqual(GOLDEN.length * 0.4);
    expect(GOLDEN.length - wrong).toBeGreaterThanOrEqual(GOLDEN.length * 0.4);
  });

  it.each(GOLDEN.map((c) => [c.text, c] as const))("%s", (_text, c) => {
    const findings = checkDraftText(c.text, c.options);
    if (c.expect === "ok") {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([[c.expect.rule, c.expect.severity]]);
    const f = findings[0];
    expect(f.message.length).toBeGreaterThan(20);
    expect(c.text).toContain(f.snippet.replace(/^…|…$/gu, ""));
    if (c.expect.suggestion !== undefined) expect(f.suggestion).toBe(c.expect.suggestion);
  });

  it.each(CLEAN_PHRASINGS)("no finding in the correct sentence: %s", (text) => {
    expect(checkDraftText(text, { today: "2026-06-25" })).toEqual([]);
  });
});
