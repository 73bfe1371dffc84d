import { parsePeriod, previousPeriod, periodsEqual, makePeriod } from "./period";
import { toUnicode, TCVN3_TO_UNICODE } from "../text/legacy";

/** Writes Unicode text in TCVN3 codes, the way a .VnTime cell stores it. */
function toTcvn3(s: string): string {
  const back = new Map<string, string>();
  for (const [code, uni] of TCVN3_TO_UNICODE) if (!back.has(uni)) back.set(uni, code);
  return Array.from(s.normalize("NFC"))
    .map((ch) => back.get(ch) ?? ch)
    .join("");
}

describe("parsePeriod", () => {
  test.each([
    ["Tháng 5/2026", "2026-M05", "Tháng 5/2026"],
    ["tháng 05 năm 2026", "2026-M05", "Tháng 5/2026"],
    ["THÁNG 12/2025", "2025-M12", "Tháng 12/2025"],
    ["Tháng  5 / 2026", "2026-M05", "Tháng 5/2026"],
    ["Tháng5-2026", "2026-M05", "Tháng 5/2026"],
    ["Quý I/2026", "2026-Q1", "Quý I/2026"],
    ["Quý 1 năm 2026", "2026-Q1", "Quý I/2026"],
    ["quý IV/2025", "2025-Q4", "Quý IV/2025"],
    ["QUÝ III NĂM 2026", "2026-Q3", "Quý III/2026"],
    ["Quý 2/2026", "2026-Q2", "Quý II/2026"],
    ["6 tháng đầu năm 2026", "2026-H1", "6 tháng đầu năm 2026"],
    ["6 tháng năm 2026", "2026-H1", "6 tháng đầu năm 2026"],
    ["6 THÁNG ĐẦU NĂM 2026", "2026-H1", "6 tháng đầu năm 2026"],
    ["6 tháng cuối năm 2026", "2026-H2", "6 tháng cuối năm 2026"],
    ["9 tháng năm 2026", "2026-9M", "9 tháng năm 2026"],
    ["9 tháng đầu năm 2026", "2026-9M", "9 tháng năm 2026"],
    ["Năm 2026", "2026-Y", "Năm 2026"],
    ["Ước thực hiện năm 2026", "2026-Y", "Năm 2026"],
    ["Báo cáo kết quả 6 tháng đầu năm 2026", "2026-H1", "6 tháng đầu năm 2026"],
  ])("%s → %s", (text, key, label) => {
    const p = parsePeriod(text);
    expect(p).not.toBeNull();
    expect(p!.key).toBe(key);
    expect(p!.label).toBe(label);
  });

  test("fields follow the kind", () => {
    expect(parsePeriod("Tháng 5/2026")).toEqual({
      kind: "month",
      year: 2026,
      month: 5,
      key: "2026-M05",
      label: "Tháng 5/2026",
    });
    expect(parsePeriod("Quý IV/2025")).toMatchObject({ kind: "quarter", year: 2025, quarter: 4 });
    expect(parsePeriod("6 tháng cuối năm 2026")).toMatchObject({ kind: "6months", half: "last" });
    expect(parsePeriod("6 tháng năm 2026")).toMatchObject({ kind: "6months", half: "first" });
  });

  test("decomposed Unicode and non-breaking spaces read the same", () => {
    expect(parsePeriod("6 tháng đầu năm 2026".normalize("NFD"))?.key).toBe("2026-H1");
    expect(parsePeriod("Quý\u00A0I/2026".normalize("NFD"))?.key).toBe("2026-Q1");
    expect(parsePeriod(" Tháng\n5/2026 ")?.key).toBe("2026-M05");
  });

  test("legacy TCVN3 text reads once converted", () => {
    const legacy = toTcvn3("6 tháng đầu năm 2026");
    expect(legacy).not.toBe("6 tháng đầu năm 2026");
    expect(parsePeriod(toUnicode(legacy, ".VnTime").text)?.key).toBe("2026-H1");
  });

  test.each([
    "",
    "Phòng Kinh tế",
    "Tháng 13/2026",
    "tháng 13 năm 2026",
    "Quý 5 năm 2026",
    "Quý V/2026",
    "Quý 0/2026",
    "năm",
    "tháng 5",
    "26/2026",
    "Năm 20266",
  ])("unreadable %p → null", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe("previousPeriod / periodsEqual", () => {
  test("same period one year earlier", () => {
    expect(previousPeriod(parsePeriod("Tháng 5/2026")!)).toEqual(parsePeriod("tháng 05 năm 2025"));
    expect(previousPeriod(parsePeriod("Quý I/2026")!).label).toBe("Quý I/2025");
    expect(previousPeriod(parsePeriod("6 tháng cuối năm 2026")!).key).toBe("2025-H2");
    expect(previousPeriod(parsePeriod("9 tháng năm 2026")!).key).toBe("2025-9M");
    expect(previousPeriod(makePeriod("year", 2026)).label).toBe("Năm 2025");
  });

  test("equal by key, whatever the spelling", () => {
    expect(periodsEqual(parsePeriod("Quý I/2026"), parsePeriod("quý 1 năm 2026"))).toBe(true);
    expect(periodsEqual(parsePeriod("6 tháng năm 2026"), parsePeriod("6 tháng đầu năm 2026"))).toBe(
      true,
    );
    expect(
      periodsEqual(parsePeriod("6 tháng đầu năm 2026"), parsePeriod("6 tháng cuối năm 2026")),
    ).toBe(false);
    expect(periodsEqual(parsePeriod("Năm 2026"), parsePeriod("Năm 2025"))).toBe(false);
    expect(periodsEqual(null, null)).toBe(true);
    expect(periodsEqual(parsePeriod("Năm 2026"), null)).toBe(false);
  });
});
