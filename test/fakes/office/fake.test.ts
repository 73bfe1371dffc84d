import {
  FakeOfficeError,
  createFakeExcel,
  installOfficeGlobals,
  uninstallOfficeGlobals,
  type FakeExcel,
  type FakeWorkbookData,
} from "./index";

const SUMMARY = "Tổng hợp";

function twoSheets(): FakeWorkbookData {
  return {
    sheets: [
      {
        name: SUMMARY,
        values: [
          ["Chỉ tiêu", "Năm 2025", "Năm 2026"],
          ["Lúa", 100, 120],
          ["Ngô", "", "#REF!"],
        ],
        numberFormats: [[null, null, "0.0"]],
        fonts: [[".VnTime", null, null]],
      },
      { name: "Phòng Kinh tế" },
    ],
  };
}

async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FakeOfficeError);
    return e as FakeOfficeError;
  }
  throw new Error("expected the promise to reject");
}

describe("reads need load() and a later sync()", () => {
  it("throws PropertyNotLoaded with Office's wording before any load", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const range = ctx.workbook.worksheets.getItem(SUMMARY).getRange("A1:C3");
    expect(() => range.values).toThrow(
      `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
    let code = "";
    try {
      void range.address;
    } catch (e) {
      code = (e as FakeOfficeError).code;
    }
    expect(code).toBe("PropertyNotLoaded");
  });

  it("still throws after load() until the sync has happened", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const range = ctx.workbook.worksheets
      .getItem(SUMMARY)
      .getRange("A1:C3")
      .load("values, address");
    expect(() => range.values).toThrow(/'values' is not available/);
    await ctx.sync();
    expect(range.values).toEqual([
      ["Chỉ tiêu", "Năm 2025", "Năm 2026"],
      ["Lúa", 100, 120],
      ["Ngô", "", "#REF!"],
    ]);
    expect(range.address).toBe("'Tổng hợp'!A1:C3");
    // Only what was loaded is readable.
    expect(() => range.numberFormat).toThrow(/'numberFormat' is not available/);
  });

  it("loads a snapshot at the load's place in the batch, including earlier writes", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const sheet = ctx.workbook.worksheets.getItem(SUMMARY);
    const before = sheet.getRange("B2").load("values");
    sheet.getRange("B2").values = [[999]];
    const after = sheet.getRange("B2").load("values");
    await ctx.sync();
    expect(before.values).toEqual([[100]]);
    expect(after.values).toEqual([[999]]);
    // The snapshot is a copy: editing it changes nothing in the document.
    after.values[0][0] = 1;
    expect(fake.state.workbook.sheet(SUMMARY).cell("B2").value).toBe(999);
  });

  it("accepts every load() form Office.js accepts", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const s = ctx.workbook.worksheets.getItem(SUMMARY);
    const a = s.getRange("A1").load(["values", "numberFormat"]);
    const b = s.getRange("A1").load({ select: "rowCount", expand: "format/font" });
    const c = s.getRange("A1").load({ format: { font: { name: true } } });
    const d = s.getRange("A1").load("format/font/name, columnIndex");
    await ctx.sync();
    expect(a.numberFormat).toEqual([["General"]]);
    expect(b.rowCount).toBe(1);
    expect(b.format.font.name).toBe(".VnTime");
    expect(c.format.font.name).toBe(".VnTime");
    expect(() => c.format.font.bold).toThrow(/'bold' is not available/);
    expect(d.format.font.name).toBe(".VnTime");
    expect(d.columnIndex).toBe(0);
  });

  it("returns an assigned property at once, as Office.js proxies do, while Excel is unchanged", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const sheet = ctx.workbook.worksheets.getItem("Phòng Kinh tế");
    sheet.name = "Phòng KT";
    expect(sheet.name).toBe("Phòng KT");
    expect(fake.state.workbook.sheetNames()).toContain("Phòng Kinh tế");
    await ctx.sync();
    expect(fake.state.workbook.sheetNames()).toEqual([SUMMARY, "Phòng KT"]);
  });
});

describe("writes are queued until sync", () => {
  it("leaves the workbook unchanged before sync and applies writes in order at sync", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const sheet = ctx.workbook.worksheets.getItem("Phòng Kinh tế");
    sheet.getRange("A1:B1").values = [["Mã", "Tên"]];
    sheet.getRange("A1:B1").format.font.bold = true;
    sheet.getRange("A1").values = [["Mã số"]];
    ctx.workbook.worksheets.add("Mới");
    sheet.freezePanes.freezeRows(1);
    const state = fake.state.workbook;
    expect(state.sheet("Phòng Kinh tế").values()).toEqual([]);
    expect(state.hasSheet("Mới")).toBe(false);

    const pending = ctx.sync();
    // Not awaited yet: nothing has reached Excel.
    expect(state.sheet("Phòng Kinh tế").cell("A1").value).toBe("");
    await pending;
    const s = state.sheet("Phòng Kinh tế");
    expect(s.values()).toEqual([["Mã số", "Tên"]]);
    expect(s.cell("B1").font.bold).toBe(true);
    expect(s.frozenRows).toBe(1);
    expect(state.sheetNames()).toEqual([SUMMARY, "Phòng Kinh tế", "Mới"]);
  });

  it("Excel.run flushes what the batch left queued, and counts it as a sync", async () => {
    const fake = createFakeExcel(twoSheets());
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SUMMARY).getRange("D1").values = [["Ghi chú"]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem(SUMMARY).getRange("D2").values = [["x"]];
    });
    expect(fake.state.syncCount).toBe(2);
    expect(fake.state.syncs.map((s) => s.auto)).toEqual([false, true]);
    expect(fake.state.workbook.sheet(SUMMARY).values("D1:D2")).toEqual([["Ghi chú"], ["x"]]);
  });

  it("fails a sync on a context whose Excel.run has ended, like an untracked object", async () => {
    const fake = createFakeExcel(twoSheets());
    const leaked = await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(SUMMARY).getRange("A1");
      await ctx.sync();
      return r;
    });
    leaked.values = [["muộn"]];
    expect((await rejection(leaked.context.sync())).code).toBe("InvalidObjectPath");
    expect(fake.state.workbook.sheet(SUMMARY).cell("A1").value).toBe("Chỉ tiêu");
  });

  it("rejects a batch function that returns no promise", async () => {
    const fake = createFakeExcel();
    const run = fake.Excel.run as unknown as (f: (ctx: unknown) => void) => Promise<void>;
    const err = await rejection(run(() => undefined));
    expect(err.code).toBe("RunMustReturnPromise");
  });
});

describe("errors happen at sync, like Office", () => {
  it("rejects getItem of a missing sheet at sync with ItemNotFound, not at the call", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const range = ctx.workbook.worksheets.getItem("Không có").getRange("A1");
    range.load("values");
    const err = await rejection(ctx.sync());
    expect(err.code).toBe("ItemNotFound");
    expect(err.message).toBe("The requested resource doesn't exist.");
    expect(err.debugInfo.code).toBe("ItemNotFound");
    expect(err.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    expect(fake.state.syncs[0].ok).toBe(false);
  });

  it("rejects a values array whose dimensions do not match the range", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    ctx.workbook.worksheets.getItem(SUMMARY).getRange("A1:B2").values = [
      ["a", "b", "c"],
      ["d", "e", "f"],
    ];
    const err = await rejection(ctx.sync());
    expect(err.code).toBe("InvalidArgument");
    expect(err.message).toMatch(/doesn't match the size or dimensions of the range/);
    expect(err.debugInfo.errorLocation).toBe("Range.values");
    expect(fake.state.workbook.sheet(SUMMARY).cell("A1").value).toBe("Chỉ tiêu");
  });

  it("rejects adding a sheet whose name exists, ignoring case", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    ctx.workbook.worksheets.add("TỔNG HỢP");
    expect((await rejection(ctx.sync())).code).toBe("ItemAlreadyExists");
    ctx.workbook.worksheets.add("Bad/Name");
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    expect(fake.state.workbook.sheetNames()).toEqual([SUMMARY, "Phòng Kinh tế"]);
  });

  it("rejects an invalid address with InvalidArgument", async () => {
    for (const address of ["A0", "ZZZZ1", "A1:B", "Sheet9!A1", "XFE1"]) {
      const ctx = createFakeExcel(twoSheets()).createContext();
      ctx.workbook.worksheets.getItem(SUMMARY).getRange(address).load("address");
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    }
  });

  it("applies operations up to the failing one, none after, and delivers no loads", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const summary = ctx.workbook.worksheets.getItem(SUMMARY);
    const loaded = summary.getRange("A1").load("values");
    summary.getRange("E1").values = [["đã ghi"]];
    ctx.workbook.worksheets.getItem("Không có").getRange("A1").values = [["x"]];
    summary.getRange("E2").values = [["không ghi"]];
    const err = await rejection(ctx.sync());
    expect(err.code).toBe("ItemNotFound");
    const s = fake.state.workbook.sheet(SUMMARY);
    expect(s.cell("E1").value).toBe("đã ghi");
    expect(s.cell("E2").value).toBe("");
    expect(() => loaded.values).toThrow(/not available/);
    // The queue was consumed: the next sync starts clean.
    await ctx.sync();
    expect(s.cell("E2").value).toBe("");
  });

  it("fails APIs newer than the host supports with ApiNotFound", async () => {
    const fake = createFakeExcel(twoSheets(), { requirementSets: { ExcelApi: "1.8" } });
    const ctx = fake.createContext();
    const props = ctx.workbook.worksheets
      .getItem(SUMMARY)
      .getRange("A1")
      .getCellProperties({ format: { font: { name: true } } });
    expect((await rejection(ctx.sync())).code).toBe("ApiNotFound");
    expect(() => props.value).toThrow(/has not been loaded yet/);
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
  });
});

describe("syncs are counted and measured", () => {
  it("counts every sync and measures request and response bytes", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    ctx.workbook.worksheets.getItem(SUMMARY).getRange("A10").values = [["x".repeat(1000)]];
    await ctx.sync();
    const big = ctx.workbook.worksheets.getItem(SUMMARY).getRange("A10").load("values");
    await ctx.sync();
    await ctx.sync();
    expect(fake.state.syncCount).toBe(3);
    expect(fake.state.syncs[0].requestBytes).toBeGreaterThan(1000);
    expect(fake.state.syncs[1].responseBytes).toBeGreaterThan(1000);
    expect(fake.state.syncs[1].requestBytes).toBeLessThan(1000);
    expect(fake.state.syncs[2]).toMatchObject({ operations: 0, ok: true });
    expect(big.values[0][0]).toHaveLength(1000);
  });

  it("counts bytes as UTF-8, so Vietnamese text costs more than its length", async () => {
    const sizeOf = async (text: string) => {
      const fake = createFakeExcel();
      const ctx = fake.createContext();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
      await ctx.sync();
      return fake.state.syncs[0].requestBytes;
    };
    // "ổ" (U+1ED5) is 3 bytes in UTF-8, "o" is 1; "😀" is 4.
    expect((await sizeOf("ổ".repeat(100))) - (await sizeOf("o".repeat(100)))).toBe(200);
    expect((await sizeOf("😀")) - (await sizeOf("o"))).toBe(3);
  });

  it("fails an oversized request with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const fake = createFakeExcel(twoSheets(), { requestLimitBytes: 2000 });
    const ctx = fake.createContext();
    const sheet = ctx.workbook.worksheets.getItem(SUMMARY);
    sheet.getRange("A5").values = [["nhỏ"]];
    sheet.getRange("A6:A305").values = Array.from({ length: 300 }, (_, i) => [`dòng ${i}`]);
    const err = await rejection(ctx.sync());
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.state.workbook.sheet(SUMMARY).cell("A5").value).toBe("");
    expect(fake.state.syncs[0].requestBytes).toBeGreaterThan(2000);
  });

  it("fails an oversized response with ResponsePayloadSizeLimitExceeded", async () => {
    const values = Array.from({ length: 200 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `ô ${r}-${c}`),
    );
    const fake = createFakeExcel(
      { sheets: [{ name: "Dữ liệu", values }] },
      { responseLimitBytes: 10_000 },
    );
    const ctx = fake.createContext();
    const all = ctx.workbook.worksheets.getItem("Dữ liệu").getUsedRange().load("values");
    expect((await rejection(ctx.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => all.values).toThrow(/not available/);
    // Reading in row blocks stays under the limit.
    const half = ctx.workbook.worksheets.getItem("Dữ liệu").getRange("A1:J50").load("values");
    await ctx.sync();
    expect(half.values[49][9]).toBe("ô 49-9");
  });
});

describe("null objects", () => {
  it("answers isNullObject only after load and sync", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const missing = ctx.workbook.worksheets.getItemOrNullObject("Không có");
    const present = ctx.workbook.worksheets.getItemOrNullObject("phòng kinh tế");
    expect(() => missing.isNullObject).toThrow(/'isNullObject' is not available/);
    missing.load("name");
    present.load("name");
    expect(() => missing.isNullObject).toThrow(/not available/);
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    expect(present.name).toBe("Phòng Kinh tế");
  });

  it("gives a null used range on an empty sheet and A1 from getUsedRange", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const empty = ctx.workbook.worksheets.getItem("Phòng Kinh tế");
    const orNull = empty.getUsedRangeOrNullObject(true).load("address");
    const plain = empty.getUsedRange().load("address");
    const used = ctx.workbook.worksheets
      .getItem(SUMMARY)
      .getUsedRange(true)
      .load("address, rowCount, columnCount");
    await ctx.sync();
    expect(orNull.isNullObject).toBe(true);
    expect(plain.address).toBe("'Phòng Kinh tế'!A1");
    expect(used.address).toBe("'Tổng hợp'!A1:C3");
    expect([used.rowCount, used.columnCount]).toEqual([3, 3]);
  });

  it("ignores writes to a null object and records them", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    ctx.workbook.worksheets.getItemOrNullObject("Không có").getRange("A1").values = [["x"]];
    await ctx.sync();
    expect(fake.state.ignoredNullObjectOps).toHaveLength(1);
  });
});

describe("typed input: formulas, numbers and text", () => {
  it("stores '=…' as a formula unless the cell was formatted '@' by an earlier operation", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const s = ctx.workbook.worksheets.getItem("Phòng Kinh tế");
    s.getRange("A1").values = [["=SUM(B1:B2)"]];
    s.getRange("A2").numberFormat = [["@"]];
    s.getRange("A2").values = [["=SUM(B1:B2)"]];
    s.getRange("A3").values = [["=SUM(B1:B2)"]];
    s.getRange("A3").numberFormat = [["@"]]; // too late: the formula is already there
    await ctx.sync();
    const sheet = fake.state.workbook.sheet("Phòng Kinh tế");
    expect(sheet.cell("A1")).toMatchObject({ formula: true, formulaText: "=SUM(B1:B2)" });
    expect(sheet.cell("A2")).toMatchObject({
      formula: false,
      value: "=SUM(B1:B2)",
      isTextFormat: true,
    });
    expect(sheet.cell("A3").formula).toBe(true);
  });

  it("turns digit strings, '+'/'-' labels and dates into numbers or formulas unless protected", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const s = ctx.workbook.worksheets.getItem("Phòng Kinh tế");
    s.getRange("B1:B5").numberFormat = "@";
    const inputs = [["01"], ["- Trong đó"], ["6/2024"], ["1,234"], ["'- Lúa"]];
    s.getRange("A1:A5").values = inputs;
    s.getRange("B1:B5").values = inputs;
    await ctx.sync();
    const sheet = fake.state.workbook.sheet("Phòng Kinh tế");
    expect(sheet.values("A1:A5")).toEqual([[1], [0], [45444], [1234], ["- Lúa"]]);
    expect(sheet.cell("A2")).toMatchObject({ formula: true, formulaText: "=- Trong đó" });
    expect(sheet.cell("A3").numberFormat).toBe("mmm-yy");
    expect(sheet.values("B1:B5")).toEqual(inputs);
  });

  it("spreads a 1×1 number format over a range, and refuses other shapes that do not fit", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const s = ctx.workbook.worksheets.getItem("Phòng Kinh tế");
    s.getRange("C1:C3").numberFormat = [["#,##0"]];
    const back = s.getRange("C1:C3").load("numberFormat");
    await ctx.sync();
    expect(back.numberFormat).toEqual([["#,##0"], ["#,##0"], ["#,##0"]]);
    s.getRange("C1:C3").numberFormat = [["0"], ["0"]];
    await expect(ctx.sync()).rejects.toThrow();
  });

  it("applies whole-column and per-cell number formats in the order they were written", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const s = ctx.workbook.worksheets.getItem("Phòng Kinh tế");
    s.getRange("A:A").numberFormat = "@";
    s.getRange("A1").numberFormat = [["0"]];
    s.getRange("A1:A2").values = [["01"], ["01"]];
    const back = s.getRange("A1:A2").load("values, numberFormat");
    await ctx.sync();
    expect(back.values).toEqual([[1], ["01"]]);
    expect(back.numberFormat).toEqual([["0"], ["@"]]);
    // Whole-column formatting does not stretch the used range.
    expect(fake.state.workbook.sheet("Phòng Kinh tế").usedAddress(false)).toBe("A1:A2");
  });

  it("treats null in a written array as 'leave unchanged'", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    ctx.workbook.worksheets.getItem(SUMMARY).getRange("A2:C2").values = [[null, 5, null]];
    await ctx.sync();
    expect(fake.state.workbook.sheet(SUMMARY).values("A2:C2")).toEqual([["Lúa", 5, 120]]);
  });
});

describe("worksheets, ranges and formats", () => {
  it("loads worksheet names through items, and only what was asked", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(/'items' is not available/);
    sheets.load("items/name");
    await ctx.sync();
    expect(sheets.items.map((w) => w.name)).toEqual([SUMMARY, "Phòng Kinh tế"]);
    expect(() => sheets.items[0].position).toThrow(/'position' is not available/);
    // An item keeps pointing at its sheet after a rename.
    sheets.items[1].getRange("A1").values = [["ok"]];
    sheets.items[1].name = "Đổi tên";
    sheets.items[1].getRange("A2").values = [["ok"]];
    await ctx.sync();
    expect(fake.state.workbook.sheet("Đổi tên").values()).toEqual([["ok"], ["ok"]]);
  });

  it("adds, moves, activates and deletes sheets", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const added = ctx.workbook.worksheets.add("Báo cáo");
    added.getRange("A1").values = [["Tiêu đề"]];
    added.position = 0;
    added.activate();
    added.load("position, name");
    await ctx.sync();
    expect(added.position).toBe(0);
    expect(fake.state.workbook.sheetNames()).toEqual(["Báo cáo", SUMMARY, "Phòng Kinh tế"]);
    expect(fake.state.workbook.activeSheetName).toBe("Báo cáo");
    added.delete();
    await ctx.sync();
    expect(fake.state.workbook.hasSheet("Báo cáo")).toBe(false);
    expect(fake.state.workbook.activeSheetName).not.toBeNull();
    added.getRange("A1").load("values");
    expect((await rejection(ctx.sync())).code).toBe("ItemNotFound");
  });

  it("merges keeping the upper-left value, and reads mixed formats as null", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const s = ctx.workbook.worksheets.getItem(SUMMARY);
    s.getRange("A1:C1").merge();
    s.getRange("A2:C3").merge(true);
    s.getRange("A1").format.font.name = "Times New Roman";
    const mixed = s.getRange("A1:B1").load("format/font/name");
    const one = s.getRange("B2:C2").load("format/font/name");
    await ctx.sync();
    const sheet = fake.state.workbook.sheet(SUMMARY);
    expect(sheet.mergedAreas()).toEqual(["A1:C1", "A2:C2", "A3:C3"]);
    expect(sheet.values("A1:C1")).toEqual([["Chỉ tiêu", "", ""]]);
    expect(sheet.cell("B1").mergedArea).toBe("A1:C1");
    expect(mixed.format.font.name).toBeNull();
    expect(one.format.font.name).toBe("Calibri");
  });

  it("navigates with getCell, getOffsetRange and getResizedRange", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const base = ctx.workbook.worksheets.getItem(SUMMARY).getRange("B2");
    const cell = base.getCell(1, 1).load("address");
    const offset = base.getOffsetRange(2, 0).load("address, rowIndex, columnIndex");
    const resized = base.getResizedRange(1, 1).load("address, values");
    await ctx.sync();
    expect(cell.address).toBe("'Tổng hợp'!C3");
    expect(offset.address).toBe("'Tổng hợp'!B4");
    expect([offset.rowIndex, offset.columnIndex]).toEqual([3, 1]);
    expect(resized.values).toEqual([
      [100, 120],
      ["", "#REF!"],
    ]);
    base.getResizedRange(-1, 0).load("address");
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  it("sets widths, wrap, alignment, autofit, selection and suspends calculation", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const s = ctx.workbook.worksheets.getItem(SUMMARY);
    s.getRange("B:C").format.columnWidth = 90;
    s.getRange("A1:C1").format.wrapText = true;
    s.getRange("A1:C1").format.horizontalAlignment = "Center";
    s.getRange("A:A").format.autofitColumns();
    s.getRange("B2").select();
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    const fmt = s.getRange("A1:C1").format.load("wrapText, horizontalAlignment, columnWidth");
    await ctx.sync();
    const sheet = fake.state.workbook.sheet(SUMMARY);
    expect([sheet.widthOf("B"), sheet.widthOf(2)]).toEqual([90, 90]);
    expect(sheet.wasAutofit("A")).toBe(true);
    expect(sheet.widthOf("A")).toBeGreaterThan(30);
    expect(fmt.wrapText).toBe(true);
    expect(fmt.horizontalAlignment).toBe("Center");
    expect(fmt.columnWidth).toBeNull();
    expect(fake.state.workbook.selected).toEqual({ sheet: SUMMARY, address: "B2" });
    expect(fake.state.workbook.calculationSuspensions).toBe(1);
    s.getRange("A1").format.horizontalAlignment = "Middle";
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  it("returns per-cell fonts from getCellProperties after sync", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const props = ctx.workbook.worksheets
      .getItem(SUMMARY)
      .getRange("A1:B1")
      .getCellProperties({ format: { font: { name: true } } });
    expect(() => props.value).toThrow(/has not been loaded yet/);
    await ctx.sync();
    expect(props.value).toEqual([
      [{ format: { font: { name: ".VnTime" } } }, { format: { font: { name: "Calibri" } } }],
    ]);
  });

  it("reports error values, value types and display text", async () => {
    const fake = createFakeExcel(twoSheets());
    const ctx = fake.createContext();
    const r = ctx.workbook.worksheets.getItem(SUMMARY).getRange("B3:C3").load("valueTypes, text");
    const n = ctx.workbook.worksheets.getItem(SUMMARY).getRange("C2").load("text");
    await ctx.sync();
    expect(r.valueTypes).toEqual([["Empty", "Error"]]);
    expect(r.text).toEqual([["", "#REF!"]]);
    expect(n.text).toEqual([["120"]]);
  });
});

describe("Office global", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = createFakeExcel(twoSheets(), { displayLanguage: "vi-VN" });
  });
  afterEach(() => uninstallOfficeGlobals());

  it("installs and removes Excel, Office and OfficeExtension globals", async () => {
    installOfficeGlobals(fake);
    const g = globalThis as unknown as { Excel: FakeExcel["Excel"]; Office: FakeExcel["Office"] };
    const info = await g.Office.onReady();
    expect(info.host).toBe("Excel");
    expect(g.Office.context.displayLanguage).toBe("vi-VN");
    const names = await g.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return ws.items.map((w) => w.name);
    });
    expect(names).toEqual([SUMMARY, "Phòng Kinh tế"]);
    uninstallOfficeGlobals();
    expect("Excel" in globalThis).toBe(false);
  });

  it("keeps settings in memory and persists them on saveAsync", async () => {
    const settings = fake.Office.context.document.settings;
    settings.set("kyBaoCao", { year: 2026 });
    expect(settings.get("kyBaoCao")).toEqual({ year: 2026 });
    expect(fake.state.savedSettings).toEqual({});
    const status = await new Promise<string>((resolve) =>
      settings.saveAsync((r) => resolve(r.status)),
    );
    expect(status).toBe("succeeded");
    expect(fake.state.savedSettings).toEqual({ kyBaoCao: { year: 2026 } });
    settings.remove("kyBaoCao");
    expect(settings.get("kyBaoCao")).toBeNull();
  });

  it("answers requirement sets from the configured list", () => {
    const is = fake.Office.context.requirements.isSetSupported;
    expect(is("ExcelApi", "1.17")).toBe(true);
    expect(is("ExcelApi", "1.18")).toBe(false);
    expect(is("ExcelApi", "1.10")).toBe(true);
    expect(is("WordApi", "1.1")).toBe(false);
    fake.state.requirementSets.ExcelApi = "1.8";
    expect(is("ExcelApi", "1.9")).toBe(false);
  });
});
