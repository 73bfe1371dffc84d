/*
 * One job of the pane from picked files to results, on the calling thread (the batch worker
 * runs the same session): the progress it reports, that its results are the command line's
 * for the same grids, what it remembers between jobs, and a cancel between phases.
 */
import { loadCatalog, runConsolidate } from "../../src/core/pipeline";
import { DEFAULT_REPORT_SETTINGS, type SheetGrid } from "../../src/core/types";
import { createInProcessEngine } from "../../src/taskpane/engine/inProcessEngine";
import {
  BatchCancelled,
  type BatchProgress,
  type BatchRequest,
} from "../../src/taskpane/engine/types";
import { exampleSheets } from "./fakeHost";

const NAMES = ["PhongKinhTe.xlsx", "XaHopHoa.xlsx", "XaDaiHoa.xlsx"];
const grids: Record<string, SheetGrid[]> = Object.fromEntries(
  NAMES.map((n) => [n, exampleSheets(n)]),
);

function setup() {
  const reads: string[] = [];
  /** Each workbook written: its sheets' names and row counts, taken as a writer takes them. */
  const written: { name: string; rows: number }[][] = [];
  const engine = createInProcessEngine({
    readWorkbook: async (_bytes, name) => {
      reads.push(name);
      return { grids: grids[name], issues: [] };
    },
    writeWorkbook: async (sheets) => {
      const seen: { name: string; rows: number }[] = [];
      for (const sheet of sheets) seen.push({ name: sheet.name, rows: [...sheet.rows].length });
      written.push(seen);
      return new Uint8Array([0x50, 0x4b]);
    },
    yieldToUi: () => Promise.resolve(),
  });
  return { engine, reads, written };
}

function request(job: BatchRequest["job"], writeXlsx = false): BatchRequest {
  return {
    job,
    workbook: null,
    files: NAMES.map((name) => ({
      id: name,
      name,
      size: 1,
      read: async () => new Uint8Array([1]),
      blob: null,
    })),
    previousFiles: [],
    catalog: null,
    settings: DEFAULT_REPORT_SETTINGS,
    writeXlsx,
  };
}

describe("the batch session", () => {
  it("reports every file, then each phase, and gives the command line's results", async () => {
    const { engine, written } = setup();
    const progress: BatchProgress[] = [];
    const result = await engine.run(request("consolidate", true), (p) => progress.push(p));
    expect(progress).toEqual([
      ...NAMES.map((name, i) => ({ phase: "read", done: i, total: 3, current: name })),
      { phase: "read", done: 3, total: 3, current: null },
      { phase: "consolidate", sheets: 6 },
      { phase: "draft" },
      { phase: "write", fileName: "TongHop_6thang_2026.xlsx" },
    ]);

    const expected = runConsolidate(
      NAMES.flatMap((n) => grids[n]),
      loadCatalog(null).catalog,
      { validate: { yoyThreshold: DEFAULT_REPORT_SETTINGS.yoyThreshold } },
    );
    expect(result.summary?.rows.map((r) => [r.key, r.current, r.previous])).toEqual(
      expected.summary.rows.map((r) => [r.key, r.current, r.previous]),
    );
    for (const issue of expected.issues) expect(result.issues).toContainEqual(issue);
    expect(result.xlsx?.sheets).toEqual([
      "Tổng hợp",
      "Nguồn",
      "Kiểm tra",
      "Báo cáo",
      "Chi tiết theo đơn vị",
    ]);
    // The written Nguồn sheet holds every contribution; the pane's copy of the summary does not.
    expect(written).toHaveLength(1);
    expect(written[0].map((s) => s.name)).toEqual(result.xlsx?.sheets);
    expect(written[0][1].rows).toBeGreaterThan(
      expected.summary.rows.filter((r) => r.sources.length > 0).length,
    );
    expect(result.summary?.rows.every((r) => r.sources.length === 0)).toBe(true);
  });

  it("keeps the sources when the host writes the sheets itself (Excel)", async () => {
    const { engine, written } = setup();
    const result = await engine.run(request("consolidate"), () => undefined);
    expect(written).toHaveLength(0);
    expect(result.xlsx).toBeNull();
    expect(result.summary?.rows.some((r) => r.sources.length > 0)).toBe(true);
    // They cross a postMessage to the pane (the worker engine): a copy keeps them whole.
    const copy = structuredClone(result.summary)!;
    const cells = (rows: typeof copy.rows) =>
      rows.flatMap((r) =>
        [...r.sources, ...r.plans.flatMap((p) => [...p.sources])].map((s) => s.cell),
      );
    expect(cells(copy.rows)).toEqual(cells(result.summary!.rows));
    expect(cells(copy.rows).length).toBeGreaterThan(0);
  });

  it("reads each file once across jobs, and again after it is forgotten", async () => {
    const { engine, reads } = setup();
    const first = await engine.run(request("validate"), () => undefined);
    expect(first.sheetsRead).toBe(6);
    await engine.run(request("report"), () => undefined);
    expect(reads).toEqual(NAMES);
    engine.forget("XaHopHoa.xlsx");
    await engine.run(request("validate"), () => undefined);
    expect(reads).toEqual([...NAMES, "XaHopHoa.xlsx"]);
  });

  it("stops at the next phase when cancelled, writing nothing", async () => {
    const { engine, written } = setup();
    const phases: string[] = [];
    const run = engine.run(request("consolidate", true), (p) => {
      phases.push(p.phase);
      if (p.phase === "consolidate") engine.cancel();
    });
    await expect(run).rejects.toBeInstanceOf(BatchCancelled);
    expect(phases[phases.length - 1]).toBe("consolidate");
    expect(written).toHaveLength(0);
    // The next job runs whole.
    await expect(engine.run(request("validate"), () => undefined)).resolves.toMatchObject({
      sheetsRead: 6,
    });
  });
});
