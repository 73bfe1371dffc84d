import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import * as os from "os";
import * as path from "path";
// The module object itself (an ES namespace's bindings cannot be spied on).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const zlib = require("zlib") as typeof import("zlib");
import {
  collectXlsxPaths,
  readWorkbookFile,
  readWorkbookFileAhead,
  writeFileAtomic,
} from "../../src/io/node";
import { simpleWorkbook } from "./build";

let dir: string;
let good: Uint8Array;

beforeAll(async () => {
  good = await simpleWorkbook();
});
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-node-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(rel: string, bytes: Uint8Array | string): string {
  const full = path.join(dir, rel);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, bytes);
  return full;
}

describe("collectXlsxPaths", () => {
  it("finds .xlsx files in folders and subfolders, skipping lock files, other files and hidden folders", async () => {
    put("xa-a.xlsx", good);
    put("phuong/xa-b.XLSX", good);
    put("phuong/sau/xa-c.xlsx", good);
    put("~$xa-a.xlsx", "owner");
    put("ghi-chu.txt", "x");
    put(".git/obj.xlsx", good);
    const { files, issues } = await collectXlsxPaths([dir]);
    expect(files.map((f) => path.relative(dir, f).split(path.sep).join("/"))).toEqual([
      "phuong/sau/xa-c.xlsx",
      "phuong/xa-b.XLSX",
      "xa-a.xlsx",
    ]);
    expect(issues).toEqual([]);
  });

  it("reports an old .xls met in a folder instead of silently leaving it out", async () => {
    put("xa-a.xlsx", good);
    const xls = put("xa-cu.xls", "old");
    const { files, issues } = await collectXlsxPaths([dir]);
    expect(files).toHaveLength(1);
    expect(issues).toEqual([
      expect.objectContaining({ file: xls, rule: "file-xls-in-folder", severity: "warning" }),
    ]);
  });

  it("keeps explicitly named files whatever their extension, once each, and reports missing paths", async () => {
    const a = put("a.xlsx", good);
    const csv = put("b.csv", "x,y");
    const missing = path.join(dir, "khong-co.xlsx");
    const { files, issues } = await collectXlsxPaths([a, csv, missing, dir, a]);
    expect(files).toEqual([a, csv]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: missing,
      sheet: null,
      cell: null,
      severity: "error",
      rule: "file-not-found",
    });
    expect(issues[0].message).toContain(missing);
  });

  it("survives a symlink loop", async () => {
    put("sub/a.xlsx", good);
    try {
      symlinkSync(dir, path.join(dir, "sub", "loop"), "dir");
    } catch {
      return; // platform without symlinks for this user: nothing to test
    }
    const { files } = await collectXlsxPaths([dir]);
    expect(files).toHaveLength(1);
  });
});

describe("readWorkbookFile", () => {
  it("reads a workbook from disk, naming it by the path given", async () => {
    const f = put("xa-a.xlsx", good);
    const { grids, issues } = await readWorkbookFile(f);
    expect(issues).toEqual([]);
    expect(grids[0].file).toBe(f);
    expect(grids[0].values[1][3]).toBe(1820);
  });

  it("refuses a file over the size limit", async () => {
    const f = put("lon.xlsx", good);
    const { grids, issues } = await readWorkbookFile(f, { maxFileBytes: 1024 });
    expect(grids).toEqual([]);
    expect(issues.map((i) => i.rule)).toEqual(["file-too-large"]);
  });

  it("gives issues, not throws, for a missing file, a folder, or an empty file", async () => {
    const missing = await readWorkbookFile(path.join(dir, "khong.xlsx"));
    expect(missing.issues.map((i) => i.rule)).toEqual(["file-not-found"]);
    const folder = await readWorkbookFile(dir);
    expect(folder.issues.map((i) => i.rule)).toEqual(["file-unreadable"]);
    const empty = await readWorkbookFile(put("rong.xlsx", ""));
    expect(empty.issues.map((i) => i.rule)).toEqual(["file-empty"]);
  });
});

describe("readWorkbookFileAhead", () => {
  it("gives what readWorkbookFile gives, for the examples and for files that are not right", async () => {
    const examples = (await collectXlsxPaths([path.join(__dirname, "../../examples")])).files;
    // A zip whose sheet's deflate stream is damaged half way: the ahead inflate fails, and
    // the reader must still word it as a read one by one does.
    const damaged = Buffer.from(good);
    damaged.fill(0x55, Math.floor(damaged.length / 3), Math.floor(damaged.length / 3) + 200);
    const files = [
      ...examples,
      put("xa-a.xlsx", good),
      put("hong.xlsx", damaged),
      put("cat-cut.xlsx", Buffer.from(good).subarray(0, good.length - 40)),
      put("rong.xlsx", ""),
      put("khong-phai.xlsx", "đây là văn bản, không phải bảng tính"),
      path.join(dir, "khong-co.xlsx"),
      dir,
    ];
    // Several started at once, as the CLI reads ahead: each must stay its own.
    const started = files.map((f) => readWorkbookFileAhead(f));
    for (let i = 0; i < files.length; i++) {
      const { result, modified } = await started[i].read();
      expect(result).toEqual(await readWorkbookFile(files[i]));
      if (result.grids.length > 0) expect(modified).toBe(statSync(files[i]).mtimeMs);
    }
    expect(examples.length).toBeGreaterThan(8);
  }, 60_000);

  it("inflates a sound file's parts ahead, on the thread pool, not when its grids are made", async () => {
    const f = put("xa-a.xlsx", good);
    const reading = readWorkbookFileAhead(f);
    const sync = jest.spyOn(zlib, "inflateRawSync");
    try {
      const { result } = await reading.read();
      expect(result.grids[0].values[1][3]).toBe(1820);
      expect(sync).not.toHaveBeenCalled();
    } finally {
      sync.mockRestore();
    }
  });

  it("refuses a file over the size limit without loading it", async () => {
    const f = put("lon.xlsx", good);
    const { result, modified } = await readWorkbookFileAhead(f, { maxFileBytes: 1024 }).read();
    expect(result.issues.map((i) => i.rule)).toEqual(["file-too-large"]);
    expect(modified).toBeNull();
  });
});

describe("writeFileAtomic", () => {
  it("writes a new file and replaces an existing one, leaving no temporary files", async () => {
    const target = path.join(dir, "tong-hop.xlsx");
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    await writeFileAtomic(target, good);
    expect(Buffer.from(readFileSync(target)).equals(Buffer.from(good))).toBe(true);
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
  });

  it("throws a Vietnamese error when the folder does not exist, creating nothing", async () => {
    const target = path.join(dir, "khong-co", "out.xlsx");
    await expect(writeFileAtomic(target, good)).rejects.toThrow(/Không ghi được tệp/);
    expect(existsSync(path.dirname(target))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("written chunk by chunk, a producer that fails half way leaves the old file whole", async () => {
    const target = path.join(dir, "tong-hop.xlsx");
    await writeFileAtomic(target, good);
    await expect(
      writeFileAtomic(target, async (write) => {
        await write(new Uint8Array([1, 2, 3]));
        throw new Error("hỏng giữa chừng");
      }),
    ).rejects.toThrow(/^hỏng giữa chừng$/);
    expect(Buffer.from(readFileSync(target)).equals(Buffer.from(good))).toBe(true);
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
    await writeFileAtomic(target, async (write) => {
      await write(new Uint8Array([4, 5]));
      await write(new Uint8Array([6]));
    });
    expect([...readFileSync(target)]).toEqual([4, 5, 6]);
  });

  it("does not touch a folder standing where the file should go", async () => {
    const target = path.join(dir, "out.xlsx");
    mkdirSync(target);
    writeFileSync(path.join(target, "giu.txt"), "giữ nguyên");
    await expect(writeFileAtomic(target, good)).rejects.toThrow(/Không ghi được tệp/);
    expect(readFileSync(path.join(target, "giu.txt"), "utf8")).toBe("giữ nguyên");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });
});
