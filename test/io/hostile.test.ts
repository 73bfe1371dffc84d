import fc from "fast-check";
import { Document, Packer, Paragraph } from "docx";
import { readWorkbook } from "../../src/io";
import type { Issue } from "../../src/core/types";
import { compoundFile, findSignature, pseudoRandomBytes, simpleWorkbook } from "./build";

const SIG_CENTRAL = 0x02014b50;

function expectOneFileError(issues: Issue[], file: string, rule: string): void {
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ file, sheet: null, cell: null, severity: "error", rule });
  // The planner must know which file to fix.
  expect(issues[0].message).toContain(file);
}

describe("readWorkbook: hostile or wrong files give one issue, never a throw", () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await simpleWorkbook();
  });

  it("0-byte file → file-empty", async () => {
    const r = await readWorkbook(new Uint8Array(0), "rong.xlsx");
    expect(r.grids).toEqual([]);
    expectOneFileError(r.issues, "rong.xlsx", "file-empty");
  });

  it("random bytes → file-not-xlsx", async () => {
    const r = await readWorkbook(pseudoRandomBytes(4096, 42), "ngau-nhien.xlsx");
    expectOneFileError(r.issues, "ngau-nhien.xlsx", "file-not-xlsx");
  });

  it("a CSV renamed to .xlsx → file-not-xlsx, telling to save as .xlsx", async () => {
    const csv = new TextEncoder().encode("STT,Chỉ tiêu,ĐVT,Thực hiện\n1,Diện tích lúa,ha,1820\n");
    const r = await readWorkbook(csv, "bieu.xlsx");
    expectOneFileError(r.issues, "bieu.xlsx", "file-not-xlsx");
    expect(r.issues[0].message).toMatch(/\.xlsx/);
  });

  it("a Word document renamed to .xlsx → file-not-xlsx naming Word", async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph("Báo cáo 6 tháng")] }] });
    const docx = new Uint8Array(await Packer.toBuffer(doc));
    const r = await readWorkbook(docx, "bao-cao.xlsx");
    expectOneFileError(r.issues, "bao-cao.xlsx", "file-not-xlsx");
    expect(r.issues[0].message).toContain("Word");
  });

  it("a half-copied xlsx → file-corrupt", async () => {
    const r = await readWorkbook(good.slice(0, Math.floor(good.length / 2)), "dang-do.xlsx");
    expectOneFileError(r.issues, "dang-do.xlsx", "file-corrupt");
  });

  it("an xlsx missing only its last bytes → file-corrupt", async () => {
    const r = await readWorkbook(good.slice(0, good.length - 10), "thieu.xlsx");
    expectOneFileError(r.issues, "thieu.xlsx", "file-corrupt");
  });

  it("damaged compressed data inside a valid directory → file-corrupt", async () => {
    const bytes = good.slice();
    // Overwrite the middle of the file (the deflated parts) but keep the directory at the end.
    const cd = findSignature(bytes, SIG_CENTRAL)[0];
    for (let i = 60; i < cd - 10; i += 7) bytes[i] ^= 0x5a;
    const r = await readWorkbook(bytes, "hong.xlsx");
    expect(r.grids).toEqual([]);
    expectOneFileError(r.issues, "hong.xlsx", "file-corrupt");
  });

  it("an encrypted (password-protected) xlsx → file-password-protected", async () => {
    const cfb = compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);
    const r = await readWorkbook(cfb, "mat-khau.xlsx");
    expectOneFileError(r.issues, "mat-khau.xlsx", "file-password-protected");
    expect(r.issues[0].message).toMatch(/mật khẩu/);
  });

  it("an old .xls (compound file with a Workbook stream) → file-xls-legacy asking for .xlsx", async () => {
    const cfb = compoundFile(["Workbook", "\u0005SummaryInformation"]);
    const r = await readWorkbook(cfb, "cu.xls");
    expectOneFileError(r.issues, "cu.xls", "file-xls-legacy");
    expect(r.issues[0].message).toMatch(/\.xlsx/);
  });

  it("a directory that claims a huge inflated size → file-zip-bomb, before inflating", async () => {
    const bytes = good.slice();
    const view = new DataView(bytes.buffer);
    const cd = findSignature(bytes, SIG_CENTRAL);
    expect(cd.length).toBeGreaterThan(0);
    view.setUint32(cd[0] + 24, 0xf0000000, true); // ~4 GB uncompressed for the first entry
    const r = await readWorkbook(bytes, "bom.xlsx");
    expectOneFileError(r.issues, "bom.xlsx", "file-zip-bomb");
  });

  it("the inflation limit adds up all entries", async () => {
    const r = await readWorkbook(good, "f.xlsx", { maxInflatedBytes: 1000 });
    expectOneFileError(r.issues, "f.xlsx", "file-zip-bomb");
  });

  it("a file over the size limit → file-too-large", async () => {
    const r = await readWorkbook(good, "lon.xlsx", { maxFileBytes: 100 });
    expectOneFileError(r.issues, "lon.xlsx", "file-too-large");
  });

  it("in a batch, the good files are still read", async () => {
    const batch: Array<[string, Uint8Array]> = [
      ["a.xlsx", good],
      ["rong.xlsx", new Uint8Array(0)],
      ["b.xlsx", good],
      ["ngau-nhien.xlsx", pseudoRandomBytes(1000, 7)],
      ["dang-do.xlsx", good.slice(0, 500)],
    ];
    const results = await Promise.all(batch.map(([name, bytes]) => readWorkbook(bytes, name)));
    expect(results.map((r) => r.grids.length)).toEqual([1, 0, 1, 0, 0]);
    expect(results[2].grids[0].values[1][3]).toBe(1820);
    expect(results.map((r) => r.issues.map((i) => i.rule))).toEqual([
      [],
      ["file-empty"],
      [],
      ["file-not-xlsx"],
      ["file-corrupt"],
    ]);
  });

  it("arbitrary bytes never throw and always say something", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 2000 }), async (bytes) => {
        const r = await readWorkbook(bytes, "x.xlsx");
        expect(r.grids.length + r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("a real workbook with random bytes flipped never throws", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          const bytes = good.slice();
          for (const [at, x] of flips) bytes[at] ^= x;
          const r = await readWorkbook(bytes, "x.xlsx");
          expect(r.grids.length + r.issues.length).toBeGreaterThan(0);
          for (const issue of r.issues) expect(issue.file).toBe("x.xlsx");
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("readWorkbook: a workbook with no readable worksheet", () => {
  it("→ one file-no-sheets error instead of silence", async () => {
    const good = await simpleWorkbook();
    const bytes = good.slice();
    // Rename the sheet part in both zip headers so ExcelJS no longer recognises it as a sheet.
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    const renamed = new TextEncoder().encode("xl/worksheets/sheetX.xml");
    let found = 0;
    for (let i = 0; i + name.length <= bytes.length; i++) {
      if (name.every((b, j) => bytes[i + j] === b)) {
        bytes.set(renamed, i);
        found++;
      }
    }
    expect(found).toBeGreaterThanOrEqual(2);
    const r = await readWorkbook(bytes, "k.xlsx");
    expect(r.grids).toEqual([]);
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([["file-no-sheets", "error"]]);
  });
});
