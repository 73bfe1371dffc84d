/**
 * Tracking what came in against the Danh sách đơn vị, through the pipeline every host calls:
 * matching by code then by name as offices write it, the newest of a unit's sheets used and
 * the others set aside (never added twice), on time or late by Ngày lập or the file's time.
 */
import { draftReport } from "../../src/core/narrative";
import { submissionNoteText } from "../../src/core/narrative/submissionNote";
import { SUBMISSION_SHEET, consolidatedWorkbookPlan } from "../../src/core/output";
import {
  consolidatePrepared,
  prepareBatch,
  statusPrepared,
  type SubmissionInput,
} from "../../src/core/pipeline";
import { DEFAULT_REPORT_SETTINGS, type PlannedCell, type SheetGrid } from "../../src/core/types";
import type { ListedUnit, UnitList } from "../../src/core/units";
import { communeGrid } from "./helpers";

const unit = (
  name: string,
  code: string | null = null,
  deadline: string | null = null,
): ListedUnit => ({
  code,
  name,
  type: null,
  contact: null,
  phone: null,
  deadline,
  cell: "B2",
});

function list(units: ListedUnit[]): UnitList {
  return { file: "ds.xlsx", sheet: "Danh sách đơn vị", units };
}

/** Local noon of a day: the same calendar day in any time zone the tests run in. */
const noon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();

function status(grids: SheetGrid[], units: ListedUnit[], extra: Partial<SubmissionInput> = {}) {
  const batch = prepareBatch({
    sources: grids.map((g) => ({ file: g.file, grids: [g], issues: [] })),
  });
  return statusPrepared(batch, {
    list: list(units),
    deadline: null,
    modified: new Map(),
    ...extra,
  });
}

const brief = (run: ReturnType<typeof status>) =>
  run.submission.units.map((u) => [
    u.unit.name,
    u.status,
    u.files.map((f) => `${f.file}:${f.used ? "used" : "aside"}:${f.date}:${f.dateSource}`),
  ]);

describe("matching a sheet to a listed unit", () => {
  it("by code first, then by name whatever the prefix, case, tone placement or Unicode form", () => {
    const run = status(
      [
        communeGrid({
          file: "a.xlsx",
          unit: "Tên gõ sai",
          code: 8869,
          cows: 1,
          date: "01/07/2026",
        }),
        communeGrid({ file: "b.xlsx", unit: "UBND xã Hợp Hòa", cows: 1, date: "01/07/2026" }),
        communeGrid({
          file: "c.xlsx",
          unit: "xã kim long".normalize("NFD"),
          cows: 1,
          date: "01/07/2026",
        }),
        communeGrid({ file: "d.xlsx", unit: "Phường Hợp Hòa", cows: 1, date: "01/07/2026" }),
      ],
      [unit("Xã Tam Dương", "08869"), unit("Xã hợp hoà"), unit("Xã Kim Long")],
    );
    expect(brief(run)).toEqual([
      ["Xã Tam Dương", "on-time", ["a.xlsx:used:2026-07-01:ngay-lap"]],
      ["Xã hợp hoà", "on-time", ["b.xlsx:used:2026-07-01:ngay-lap"]],
      ["Xã Kim Long", "on-time", ["c.xlsx:used:2026-07-01:ngay-lap"]],
    ]);
    // A ward is not the commune of the same name: it is not on the list.
    expect(run.submission.unlisted).toEqual([
      {
        file: "d.xlsx",
        sheet: "Biểu 01",
        unit: "Phường Hợp Hòa",
        date: "2026-07-01",
        dateSource: "ngay-lap",
        errors: 0,
        reason: "not-listed",
      },
    ]);
  });

  it("reports a name that fits two listed units instead of choosing one", () => {
    const run = status(
      [communeGrid({ file: "a.xlsx", unit: "UBND xã Tân Lập", cows: 1 })],
      [unit("Xã Tân Lập", "01001"), unit("Xã Tân Lập", "02002")],
    );
    expect(run.submission.units.map((u) => u.status)).toEqual(["missing", "missing"]);
    expect(run.submission.unlisted.map((u) => u.reason)).toEqual(["ambiguous"]);
    const warn = run.issues.filter((i) => i.rule === "submission-unit-ambiguous");
    expect(warn.map((i) => [i.file, i.cell, i.severity])).toEqual([["a.xlsx", "B1", "warning"]]);
  });
});

describe("on time, late, missing", () => {
  it("judges by Ngày lập against --deadline, a unit's own Hạn nộp winning", () => {
    const run = status(
      [
        communeGrid({ file: "a.xlsx", unit: "Xã A", cows: 1, date: "15/07/2026" }),
        communeGrid({ file: "b.xlsx", unit: "Xã B", cows: 1, date: "16/07/2026" }),
        communeGrid({ file: "c.xlsx", unit: "Xã C", cows: 1, date: "16/07/2026" }),
      ],
      [
        unit("Xã A"),
        unit("Xã B"),
        unit("Xã C", null, "20/07/2026".split("/").reverse().join("-")),
        unit("Xã D"),
      ],
      { deadline: "2026-07-15" },
    );
    expect(run.submission.units.map((u) => [u.unit.name, u.status, u.deadline])).toEqual([
      ["Xã A", "on-time", "2026-07-15"],
      ["Xã B", "late", "2026-07-15"],
      ["Xã C", "on-time", "2026-07-20"],
      ["Xã D", "missing", "2026-07-15"],
    ]);
  });

  it("takes the file's time when the sheet has no Ngày lập, and says so", () => {
    const run = status(
      [
        communeGrid({ file: "a.xlsx", unit: "Xã A", cows: 1 }),
        communeGrid({ file: "b.xlsx", unit: "Xã B", cows: 1 }),
      ],
      [unit("Xã A"), unit("Xã B")],
      {
        deadline: "2026-07-15",
        modified: new Map([
          ["a.xlsx", noon(2026, 7, 15)],
          ["b.xlsx", noon(2026, 7, 16)],
        ]),
      },
    );
    expect(brief(run)).toEqual([
      ["Xã A", "on-time", ["a.xlsx:used:2026-07-15:mtime"]],
      ["Xã B", "late", ["b.xlsx:used:2026-07-16:mtime"]],
    ]);
  });

  it("calls every submitted unit on time when there is no deadline at all", () => {
    const run = status(
      [communeGrid({ file: "a.xlsx", unit: "Xã A", cows: 1, date: "31/12/2030" })],
      [unit("Xã A")],
    );
    expect(run.submission.units.map((u) => [u.status, u.deadline])).toEqual([["on-time", null]]);
  });
});

describe("a unit that sent several sheets", () => {
  const grids = [
    communeGrid({ file: "XaA_lan1.xlsx", unit: "Xã A", cows: 100, date: "10/07/2026" }),
    communeGrid({ file: "XaA_lan2.xlsx", unit: "UBND xã A", cows: 120, date: "12/07/2026" }),
    communeGrid({ file: "XaB.xlsx", unit: "Xã B", cows: "1.2.3", date: "11/07/2026" }),
  ];
  const units = [unit("Xã A"), unit("Xã B")];

  it("uses the newest by Ngày lập, sets the others aside with an info issue, counts each sheet's errors", () => {
    const run = status(grids, units, { modified: new Map([["XaA_lan1.xlsx", noon(2026, 7, 20)]]) });
    expect(brief(run)).toEqual([
      [
        "Xã A",
        "on-time",
        ["XaA_lan2.xlsx:used:2026-07-12:ngay-lap", "XaA_lan1.xlsx:aside:2026-07-10:ngay-lap"],
      ],
      ["Xã B", "on-time", ["XaB.xlsx:used:2026-07-11:ngay-lap"]],
    ]);
    expect(run.submission.units[1].files[0].errors).toBe(1);
    const aside = run.issues.filter((i) => i.rule === "submission-set-aside");
    expect(aside).toEqual([
      {
        file: "XaA_lan1.xlsx",
        sheet: "Biểu 01",
        cell: null,
        severity: "info",
        rule: "submission-set-aside",
        message:
          "Trang “Biểu 01” của Xã A không được tổng hợp: đơn vị đã gửi bản mới hơn (tệp “XaA_lan2.xlsx”, trang “Biểu 01”, ngày 12/07/2026); chỉ bản đó được tính.",
      },
    ]);
    // The older copy is no duplicate of the newer one: it is not in the run at all.
    expect(run.issues.filter((i) => i.rule === "duplicate-unit")).toEqual([]);
  });

  it("uses every biểu of the newest workbook: the choice is between files, not sheets", () => {
    // Phòng Kinh tế's one workbook: livestock on one sheet, buffaloes on the next.
    const second: SheetGrid = {
      file: "XaA_lan2.xlsx",
      sheet: "Biểu 02",
      values: [
        ["Đơn vị báo cáo:", "Xã A"],
        ["Kỳ báo cáo:", "6 tháng đầu năm 2026"],
        ["Ngày lập:", "12/07/2026"],
        [],
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện kỳ báo cáo"],
        [1, "Đàn trâu", "con", 40],
      ],
    };
    const batch = prepareBatch({
      sources: [
        { file: "XaA_lan1.xlsx", grids: [grids[0]], issues: [] },
        { file: "XaA_lan2.xlsx", grids: [grids[1], second], issues: [] },
      ],
    });
    const submission = { list: list([unit("Xã A")]), deadline: null, modified: new Map() };
    const tracked = statusPrepared(batch, submission);
    expect(tracked.submission.units[0].files.map((f) => `${f.file}/${f.sheet}:${f.used}`)).toEqual([
      "XaA_lan2.xlsx/Biểu 01:true",
      "XaA_lan2.xlsx/Biểu 02:true",
      "XaA_lan1.xlsx/Biểu 01:false",
    ]);
    const run = consolidatePrepared(batch, { submission });
    const figure = (name: string) => run.summary.rows.find((r) => r.name === name)!.current;
    expect([figure("Đàn bò"), figure("Đàn trâu")]).toEqual([120, 40]);
  });

  it("reports each unit under its listed name, however its staff wrote it", () => {
    const batch = prepareBatch({
      sources: grids.map((g) => ({ file: g.file, grids: [g], issues: [] })),
    });
    const submission = { list: list(units), deadline: null, modified: new Map<string, number>() };
    const run = consolidatePrepared(batch, { submission });
    // XaA_lan2 says "UBND xã A"; the list says "Xã A".
    expect(run.summary.reportingUnits).toEqual(["Xã A", "Xã B"]);
  });

  it("a listed unit's sheet with a stray code stays that unit: never two, never added twice", () => {
    const sheets = [
      communeGrid({
        file: "hb.xlsx",
        sheet: "Biểu 01",
        unit: "Xã Hòa Bình",
        code: "06103",
        cows: 100,
      }),
      communeGrid({
        file: "hb.xlsx",
        sheet: "Biểu 02",
        unit: "Xã Hòa Bình",
        code: "06364",
        cows: 500,
      }),
    ];
    const batch = prepareBatch({ sources: [{ file: "hb.xlsx", grids: sheets, issues: [] }] });
    const run = consolidatePrepared(batch, {
      submission: {
        list: list([unit("Xã Hòa Bình", "06103")]),
        deadline: null,
        modified: new Map(),
      },
    });
    expect(run.summary.reportingUnits).toEqual(["Xã Hòa Bình"]);
    expect(run.summary.rows.find((r) => r.name === "Đàn bò")?.current).not.toBe(600);
  });

  it("names ten missing units in the opening and counts the rest", () => {
    const many = Array.from({ length: 14 }, (_, i) => unit(`Xã Số ${i + 1}`));
    const batch = prepareBatch({
      sources: [{ file: "XaA.xlsx", grids: [grids[1]], issues: [] }],
    });
    const run = consolidatePrepared(batch, {
      submission: { list: list([unit("Xã A"), ...many]), deadline: null, modified: new Map() },
    });
    expect(submissionNoteText(run.summary)).toBe(
      "Còn 14/15 đơn vị chưa gửi số liệu, gồm " +
        many
          .slice(0, 10)
          .map((u) => u.name)
          .join(", ") +
        " và 4 đơn vị khác (danh sách đầy đủ tại trang “Tình hình nộp biểu”).",
    );
  });

  it("on equal Ngày lập, the later file time wins", () => {
    const same = [
      communeGrid({ file: "x1.xlsx", unit: "Xã A", cows: 1, date: "10/07/2026" }),
      communeGrid({ file: "x2.xlsx", unit: "Xã A", cows: 2, date: "10/07/2026" }),
    ];
    const run = status(same, [unit("Xã A")], {
      modified: new Map([
        ["x1.xlsx", noon(2026, 7, 11)],
        ["x2.xlsx", noon(2026, 7, 10)],
      ]),
    });
    expect(run.submission.units[0].files.map((f) => [f.file, f.used])).toEqual([
      ["x1.xlsx", true],
      ["x2.xlsx", false],
    ]);
  });

  it("consolidates only the used sheet: no figure counted twice", () => {
    const batch = prepareBatch({
      sources: grids.map((g) => ({ file: g.file, grids: [g], issues: [] })),
    });
    const submission = { list: list(units), deadline: null, modified: new Map<string, number>() };
    const run = consolidatePrepared(batch, { submission });
    const cows = run.summary.rows.find((r) => r.name === "Đàn bò")!;
    // Xã A's newer 120, Xã B's unreadable figure left out.
    expect(cows.current).toBe(120);
    expect(cows.sources.map((s) => s.from.file)).toEqual(["XaA_lan2.xlsx"]);
    const rice = run.summary.rows.find((r) => r.name === "Diện tích lúa")!;
    expect(rice.current).toBe(200);
    expect(run.summary.submission?.units.map((u) => u.status)).toEqual(["on-time", "on-time"]);
  });
});

describe("the consolidated workbook and the report", () => {
  const value = (c: PlannedCell | undefined) =>
    c?.value ? ("text" in c.value ? c.value.text : c.value.number) : null;

  it("adds Tình hình nộp biểu and names the missing units in the opening paragraph", () => {
    const grids = [
      communeGrid({ file: "a.xlsx", unit: "Xã A", code: "00001", cows: 5, date: "16/07/2026" }),
      communeGrid({ file: "z.xlsx", unit: "Phòng Kinh tế", cows: 7, date: "10/07/2026" }),
    ];
    const batch = prepareBatch({
      sources: grids.map((g) => ({ file: g.file, grids: [g], issues: [] })),
    });
    const run = consolidatePrepared(batch, {
      submission: {
        list: list([unit("Xã A", "1"), unit("Xã B"), unit("Xã C")]),
        deadline: "2026-07-15",
        modified: new Map(),
      },
    });
    const report = draftReport(run.summary, run.issues, DEFAULT_REPORT_SETTINGS);
    const opening = report.body[0];
    if (opening.kind !== "paragraph") throw new Error("the opening is a paragraph");
    expect(opening.runs.map((r) => r.text).join("")).toBe(
      "Còn 2/3 đơn vị chưa gửi số liệu: Xã B, Xã C. Căn cứ báo cáo của 1 đơn vị, tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2026 như sau:",
    );
    // Phòng Kinh tế is not on the list: listed, warned about, and not in the totals.
    expect(run.summary.rows.find((r) => r.name === "Đàn bò")!.current).toBe(5);
    expect(run.summary.reportingUnits).toEqual(["Xã A"]);
    expect(run.issues.filter((i) => i.rule === "submission-unlisted")).toEqual([
      {
        file: "z.xlsx",
        sheet: "Biểu 01",
        cell: null,
        severity: "warning",
        rule: "submission-unlisted",
        message:
          "Trang “Biểu 01” của “Phòng Kinh tế” không ứng với đơn vị nào trong danh sách “ds.xlsx”, nên không được tổng hợp. Nếu đây là đơn vị cần tổng hợp, hãy bổ sung vào danh sách (hoặc sửa tên, mã đơn vị cho khớp) rồi chạy lại.",
      },
    ]);
    const plan = consolidatedWorkbookPlan(run.summary, run.issues);
    const sheet = plan.sheets.find((s) => s.name === SUBMISSION_SHEET)!;
    const rows = sheet.rows.map((r) => r.map(value));
    expect(rows[1][0]).toBe("Đã nộp 1/3 đơn vị, trong đó 1 nộp muộn; chưa nộp 2: Xã B, Xã C.");
    const header = rows.findIndex((r) => r[0] === "STT");
    expect(rows.slice(header, header + 4)).toEqual([
      [
        "STT",
        "Mã đơn vị",
        "Tên đơn vị",
        "Tình trạng",
        "Hạn nộp",
        "Ngày lập/ngày tệp",
        "Nguồn ngày",
        "Số lỗi",
        "Tệp dùng",
        "Tệp không dùng",
      ],
      [
        1,
        "1",
        "Xã A",
        "Nộp muộn",
        "15/07/2026",
        "16/07/2026",
        "Ngày lập",
        0,
        "a.xlsx, trang “Biểu 01”",
        null,
      ],
      [2, null, "Xã B", "Chưa nộp", "15/07/2026", null, null, null, null, null],
      [3, null, "Xã C", "Chưa nộp", "15/07/2026", null, null, null, null, null],
    ]);
    expect(rows.find((r) => r[8] === "z.xlsx, trang “Biểu 01”")).toEqual([
      1,
      null,
      "Phòng Kinh tế",
      null,
      null,
      "10/07/2026",
      "Ngày lập",
      0,
      "z.xlsx, trang “Biểu 01”",
      "Đơn vị không có trong danh sách.",
    ]);
    expect(sheet.printTitleRows).toEqual([header + 1, header + 1]);
  });

  it("says nothing of missing units when all sent, or when no list was given", () => {
    const grids = [communeGrid({ file: "a.xlsx", unit: "Xã A", cows: 5 })];
    const batch = prepareBatch({
      sources: grids.map((g) => ({ file: g.file, grids: [g], issues: [] })),
    });
    for (const submission of [
      { list: list([unit("Xã A")]), deadline: null, modified: new Map<string, number>() },
      null,
    ]) {
      const run = consolidatePrepared(batch, { submission });
      const opening = draftReport(run.summary, run.issues, DEFAULT_REPORT_SETTINGS).body[0];
      if (opening.kind !== "paragraph") throw new Error("the opening is a paragraph");
      expect(opening.runs.map((r) => r.text).join("")).toMatch(/^Căn cứ báo cáo của 1 đơn vị/);
      expect(
        consolidatedWorkbookPlan(run.summary, run.issues).sheets.some(
          (s) => s.name === SUBMISSION_SHEET,
        ),
      ).toBe(submission !== null);
    }
  });
});

describe("a province's list", () => {
  it("150 listed units, 140 sheets in (3 of them second copies, 2 unlisted): every status exact", () => {
    const units = Array.from({ length: 150 }, (_, i) =>
      unit(`Xã Số ${i + 1}`, String(10000 + i), i % 50 === 0 ? "2026-07-20" : null),
    );
    const grids: SheetGrid[] = [];
    const modified = new Map<string, number>();
    const expected = new Map<string, string>();
    for (let i = 0; i < 135; i++) {
      const day = 10 + (i % 10); // 10..19 July
      const file = `xa${i + 1}.xlsx`;
      // Every third sheet carries only its code under a differently written name; every
      // seventh has no Ngày lập, dated by its file.
      const byCode = i % 3 === 0;
      const dated = i % 7 !== 0;
      grids.push(
        communeGrid({
          file,
          unit: byCode ? `UBND XÃ SỐ ${i + 1} (CŨ)` : `UBND xã Số ${i + 1}`,
          ...(byCode ? { code: 10000 + i } : {}),
          ...(dated ? { date: `${day}/07/2026` } : {}),
          cows: i + 1,
        }),
      );
      modified.set(file, noon(2026, 7, day));
      const deadline = i % 50 === 0 ? "2026-07-20" : "2026-07-15";
      expected.set(units[i].name, `2026-07-${day}` > deadline ? "late" : "on-time");
    }
    for (const i of [4, 5, 6]) {
      grids.push(
        communeGrid({
          file: `xa${i + 1}_sua.xlsx`,
          unit: `Xã Số ${i + 1}`,
          date: "01/07/2026",
          cows: 1000,
        }),
      );
    }
    grids.push(
      communeGrid({ file: "phong.xlsx", unit: "Phòng Kinh tế", date: "12/07/2026", cows: 1 }),
    );
    grids.push(communeGrid({ file: "khong.xlsx", unit: null, date: "12/07/2026", cows: 1 }));
    expect(grids).toHaveLength(140);
    const run = status(grids, units, { deadline: "2026-07-15", modified });
    const got = new Map(run.submission.units.map((u) => [u.unit.name, u.status] as const));
    for (let i = 135; i < 150; i++) expected.set(units[i].name, "missing");
    expect(got).toEqual(expected);
    expect([...got.values()].filter((s) => s === "late")).toHaveLength(52);
    // The second copies are older (1 July): set aside, the first files used.
    for (const i of [4, 5, 6]) {
      expect(run.submission.units[i].files.map((f) => [f.file, f.used])).toEqual([
        [`xa${i + 1}.xlsx`, true],
        [`xa${i + 1}_sua.xlsx`, false],
      ]);
    }
    expect(run.submission.units[7].files[0]).toEqual({
      file: "xa8.xlsx",
      sheet: "Biểu 01",
      date: "2026-07-17",
      dateSource: "mtime",
      used: true,
      errors: 0,
    });
    expect(run.submission.unlisted.map((u) => [u.file, u.unit])).toEqual([
      ["phong.xlsx", "Phòng Kinh tế"],
      ["khong.xlsx", null],
    ]);
    expect(run.issues.filter((i) => i.rule === "submission-set-aside")).toHaveLength(3);
  });
});

describe("what a review found", () => {
  const run = (grids: SheetGrid[], units: ListedUnit[]) => {
    const batch = prepareBatch({
      sources: grids.map((g) => ({ file: g.file, grids: [g], issues: [] })),
    });
    const submission = { list: list(units), deadline: null, modified: new Map<string, number>() };
    return {
      status: statusPrepared(batch, submission),
      run: consolidatePrepared(batch, { submission }),
    };
  };

  it("a code and a name that point at two listed units credit neither", () => {
    // Hợp Hòa started from Tân Lập's file and kept its code.
    const { status, run: c } = run(
      [
        communeGrid({ file: "HopHoa.xlsx", unit: "Xã Hợp Hòa", code: "01111", cows: 50 }),
        communeGrid({ file: "TanLap.xlsx", unit: "Xã Tân Lập", code: "01111", cows: 100 }),
      ],
      [unit("Xã Tân Lập", "01111"), unit("Xã Hợp Hòa", "02222")],
    );
    expect(brief(status).map(([n, st, files]) => [n, st, files])).toEqual([
      ["Xã Tân Lập", "on-time", ["TanLap.xlsx:used:null:null"]],
      ["Xã Hợp Hòa", "missing", []],
    ]);
    expect(status.issues.filter((i) => i.rule === "submission-unit-ambiguous")).toHaveLength(1);
    expect(c.summary.rows.find((r) => r.name === "Đàn bò")!.current).toBe(100);
  });

  it("two listed units of one name, told apart by code, are both counted", () => {
    const { status, run: c } = run(
      [
        communeGrid({ file: "a.xlsx", unit: "Xã Tân Lập", code: "01111", cows: 100 }),
        communeGrid({ file: "b.xlsx", unit: "Xã Tân Lập", code: "02222", cows: 200 }),
      ],
      [unit("Xã Tân Lập", "01111"), unit("Xã Tân Lập", "02222")],
    );
    expect(status.submission.units.map((u) => u.status)).toEqual(["on-time", "on-time"]);
    expect(c.summary.rows.find((r) => r.name === "Đàn bò")!.current).toBe(300);
    expect(c.summary.reportingUnits).toEqual(["Xã Tân Lập (mã 01111)", "Xã Tân Lập (mã 02222)"]);
  });

  it("a listed unit's file that is no readable biểu is shown, not taken for missing", () => {
    const broken: SheetGrid = {
      file: "HopHoa.xlsx",
      sheet: "Biểu 01",
      values: [["Đơn vị báo cáo:", "Xã Hợp Hòa"], [], ["Ghi chú gửi kèm"]],
    };
    const { status } = run([broken], [unit("Xã Hợp Hòa")]);
    expect(status.submission.unlisted).toEqual([
      expect.objectContaining({ file: "HopHoa.xlsx", sheet: null, reason: "unreadable" }),
    ]);
  });

  it("set-aside copies are checked one by one: no phantom duplicate errors", () => {
    const { status } = run(
      [
        communeGrid({ file: "a.xlsx", unit: "Xã A", cows: 1, date: "10/07/2026" }),
        communeGrid({ file: "b.xlsx", unit: "Xã A", cows: 2, date: "11/07/2026" }),
        communeGrid({ file: "c.xlsx", unit: "Xã A", cows: 3, date: "12/07/2026" }),
      ],
      [unit("Xã A")],
    );
    expect(status.submission.units[0].files.map((f) => [f.file, f.used, f.errors])).toEqual([
      ["c.xlsx", true, 0],
      ["b.xlsx", false, 0],
      ["a.xlsx", false, 0],
    ]);
  });
});

describe("a form retyped to another department", () => {
  it("warns even when the names differ only after a dash", () => {
    const marker: SheetGrid = {
      file: "KT.xlsx",
      sheet: "TongHop_BieuMau",
      hidden: true,
      values: [
        ["Mẫu", "tonghop-bieu-chi-tieu"],
        ["Phiên bản danh mục", "dm-00000000"],
        ["Mã đơn vị", null],
        ["Tên đơn vị", "Phòng Kinh tế - Hạ tầng"],
        ["Kỳ báo cáo", "6 tháng đầu năm 2026"],
      ],
    };
    const sheet = communeGrid({ file: "KT.xlsx", unit: "Phòng Kinh tế - Tài chính", cows: 3 });
    const batch = prepareBatch({
      sources: [{ file: "KT.xlsx", grids: [sheet, marker], issues: [] }],
    });
    expect(batch.issues.filter((i) => i.rule === "form-unit-retyped")).toEqual([
      expect.objectContaining({ file: "KT.xlsx", sheet: "Biểu 01", cell: "B1" }),
    ]);
    const p = batch.parsed.find((x) => x.kind === "sheet");
    expect(p?.kind === "sheet" && p.sheet.reportingUnit?.value).toBe("Phòng Kinh tế - Hạ tầng");
  });
});

describe("a unit's files on different days", () => {
  const sheet = (file: string, date: string, rows: [string, string, number][]): SheetGrid => ({
    file,
    sheet: "Biểu 01",
    values: [
      ["Đơn vị báo cáo:", "Xã Hợp Hòa"],
      ["Kỳ báo cáo:", "6 tháng đầu năm 2026"],
      ["Ngày lập:", date],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện kỳ báo cáo"],
      ...rows.map(([n, u, v], i) => [i + 1, n, u, v]),
    ],
  });

  it("keeps an older file that reports other indicators; sets aside one that repeats them", () => {
    const grids = [
      sheet("HopHoa_NongNghiep.xlsx", "05/07/2026", [["Đàn bò", "con", 100]]),
      sheet("HopHoa_VanHoa.xlsx", "06/07/2026", [["Diện tích lúa", "ha", 30]]),
      sheet("HopHoa_NongNghiep_cu.xlsx", "01/07/2026", [["Đàn bò", "con", 90]]),
    ];
    const batch = prepareBatch({
      sources: grids.map((g) => ({ file: g.file, grids: [g], issues: [] })),
    });
    const submission = {
      list: list([unit("Xã Hợp Hòa")]),
      deadline: null,
      modified: new Map<string, number>(),
    };
    const status = statusPrepared(batch, submission);
    expect(status.submission.units[0].files.map((f) => [f.file, f.used])).toEqual([
      ["HopHoa_VanHoa.xlsx", true],
      ["HopHoa_NongNghiep.xlsx", true],
      ["HopHoa_NongNghiep_cu.xlsx", false],
    ]);
    const run = consolidatePrepared(batch, { submission });
    const figure = (name: string) => run.summary.rows.find((r) => r.name === name)!.current;
    expect([figure("Đàn bò"), figure("Diện tích lúa")]).toEqual([100, 30]);
  });
});

describe("a form reused for another period", () => {
  it("keeps the sheet's period and warns at its cell", () => {
    const marker: SheetGrid = {
      file: "XaA.xlsx",
      sheet: "TongHop_BieuMau",
      hidden: true,
      values: [
        ["Mẫu", "tonghop-bieu-chi-tieu"],
        ["Tên đơn vị", "Xã A"],
        ["Kỳ báo cáo", "Quý I/2026"],
      ],
    };
    const sheet = communeGrid({ file: "XaA.xlsx", unit: "Xã A", cows: 3 });
    const batch = prepareBatch({
      sources: [{ file: "XaA.xlsx", grids: [sheet, marker], issues: [] }],
    });
    expect(batch.issues.filter((i) => i.rule === "form-period-changed")).toEqual([
      {
        file: "XaA.xlsx",
        sheet: "Biểu 01",
        cell: "B2",
        severity: "warning",
        rule: "form-period-changed",
        message:
          "Biểu mẫu này được gửi cho kỳ “Quý I/2026” nhưng ô Kỳ báo cáo đã bị sửa thành “6 tháng đầu năm 2026”; số liệu được tính theo kỳ ghi trên biểu. Hãy kiểm tra đơn vị có điền nhầm biểu mẫu của kỳ khác không.",
      },
    ]);
  });
});
