import { readZipDirectory, stampZipTimes, ZipFormatError } from "../../src/io/zipDirectory";
import { simpleWorkbook } from "./build";

describe("readZipDirectory", () => {
  it("lists a workbook's parts with sizes that add up to the declared total", async () => {
    const bytes = await simpleWorkbook();
    const dir = readZipDirectory(bytes);
    const names = dir.entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
        "[Content_Types].xml",
      ]),
    );
    expect(dir.totalUncompressed).toBe(dir.entries.reduce((s, e) => s + e.uncompressedSize, 0));
    // Deflated XML is smaller than the XML: the sizes are the real ones, not swapped.
    expect(dir.totalUncompressed).toBeGreaterThan(bytes.length);
  });

  it("finds the directory when bytes were prefixed to the zip", async () => {
    const bytes = await simpleWorkbook();
    const prefixed = new Uint8Array(bytes.length + 100);
    prefixed.set(bytes, 100);
    const a = readZipDirectory(bytes);
    const b = readZipDirectory(prefixed);
    expect(b.entries.map((e) => e.name)).toEqual(a.entries.map((e) => e.name));
    expect(b.entries.map((e) => e.localHeaderOffset)).toEqual(
      a.entries.map((e) => e.localHeaderOffset + 100),
    );
  });

  it("rejects truncated bytes", async () => {
    const bytes = await simpleWorkbook();
    expect(() => readZipDirectory(bytes.slice(0, bytes.length - 30))).toThrow(ZipFormatError);
    expect(() => readZipDirectory(new Uint8Array(10))).toThrow(ZipFormatError);
  });

  it("stampZipTimes makes entry times equal without breaking the zip", async () => {
    const bytes = await simpleWorkbook();
    stampZipTimes(bytes, new Date(Date.UTC(2026, 4, 15, 10, 30, 0)));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const dates = readZipDirectory(bytes).entries.map((e) => [
      view.getUint16(e.centralHeaderOffset + 14, true),
      view.getUint16(e.localHeaderOffset + 12, true),
    ]);
    const expected = ((2026 - 1980) << 9) | (5 << 5) | 15;
    for (const [central, local] of dates) {
      expect(central).toBe(expected);
      expect(local).toBe(expected);
    }
  });
});
