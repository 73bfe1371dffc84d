import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbook } from "../../src/io";
import { convertWithLibreOffice, libreOfficeAvailable } from "../helpers/libreoffice";
import { simpleWorkbook } from "./build";

// Real files in the formats planners actually receive by mistake, made by LibreOffice.
describe("readWorkbook on real non-xlsx spreadsheets", () => {
  const available = libreOfficeAvailable();
  if (!available) {
    console.warn("LibreOffice (soffice) not found on PATH: skipping real .xls/.ods inputs.");
  }
  const maybe = available ? it : it.skip;
  let dir: string;
  let source: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-fmt-"));
    source = path.join(dir, "bieu.xlsx");
    writeFileSync(source, await simpleWorkbook());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  maybe(
    "an Excel 97–2003 .xls → file-xls-legacy",
    async () => {
      const xls = await convertWithLibreOffice(source, "xls", path.join(dir, "xls"));
      const r = await readWorkbook(readFileSync(xls), "bieu.xls");
      expect(r.grids).toEqual([]);
      expect(r.issues.map((i) => [i.rule, i.severity, i.sheet])).toEqual([
        ["file-xls-legacy", "error", null],
      ]);
    },
    120_000,
  );

  maybe(
    "an OpenDocument spreadsheet renamed .xlsx → file-not-xlsx",
    async () => {
      const ods = await convertWithLibreOffice(source, "ods", path.join(dir, "ods"));
      const r = await readWorkbook(readFileSync(ods), "bieu.xlsx");
      expect(r.issues.map((i) => i.rule)).toEqual(["file-not-xlsx"]);
      expect(r.issues[0].message).toContain("OpenDocument");
    },
    120_000,
  );
});
