/**
 * The mapping shipped in src/core/boundaries/data is the official one: rebuilt from
 * ../shared/data/dvhcvn-20250701/merges.json it is byte for byte the committed module, and
 * decoded it gives back every province, commune, former unit and merge type of the source.
 */
import * as fs from "fs";
import * as path from "path";
import { decodeMapping } from "../../src/core/boundaries";
import { mapping20250701 } from "../../src/core/boundaries/data/mapping20250701";
import { encodeMapping, mappingModule, type MergesJson } from "../../scripts/boundaries/encode";

const ROOT = path.join(__dirname, "..", "..");
const SOURCE_DIR = path.join(ROOT, "..", "shared", "data", "dvhcvn-20250701");
const MODULE = path.join(ROOT, "src", "core", "boundaries", "data", "mapping20250701.ts");

const haveSource = fs.existsSync(path.join(SOURCE_DIR, "merges.json"));
if (!haveSource && process.env.CI) throw new Error(`CI needs ${SOURCE_DIR}/merges.json`);
const describeWithSource = haveSource ? describe : describe.skip;

describeWithSource("the shipped mapping and merges.json agree", () => {
  const source = (): MergesJson =>
    JSON.parse(fs.readFileSync(path.join(SOURCE_DIR, "merges.json"), "utf8")) as MergesJson;

  test("rebuilding from merges.json gives the committed module", () => {
    const licence = fs.readFileSync(path.join(SOURCE_DIR, "LICENSE"), "utf8");
    expect(fs.readFileSync(MODULE, "utf8")).toBe(mappingModule(encodeMapping(source()), licence));
  });

  test("decoding gives back every unit and merge of the source", () => {
    const decoded = decodeMapping(mapping20250701());
    const expected = source().data.map((p) => ({
      code: p.level1_id,
      name: p.name,
      formers: p.merges.map((m) => ({ code: m.old_id, name: m.name, type: m.type })),
      communes: p.level2s.map((c) => ({
        code: c.level2_id,
        name: c.name,
        formers: c.merges.map((m) => ({ code: m.old_id, name: m.name, type: m.type })),
      })),
    }));
    const got = decoded.provinces.map((p) => ({
      code: p.code,
      name: p.name,
      formers: p.formers,
      communes: p.communes.map((c) => ({ code: c.code, name: c.name, formers: c.formers })),
    }));
    expect(got).toEqual(expected);
    expect(decoded.provinces).toHaveLength(34);
    expect(decoded.provinces.reduce((n, p) => n + p.communes.length, 0)).toBe(3321);
    const formerCodes = new Set(
      decoded.provinces.flatMap((p) => p.communes.flatMap((c) => c.formers.map((f) => f.code))),
    );
    expect(formerCodes.size).toBe(10052);
  });
});

test("the module carries the source's MIT notice", () => {
  const text = fs.readFileSync(MODULE, "utf8");
  expect(text.startsWith("/*! @license")).toBe(true);
  expect(text).toContain("Copyright (c) 2025 dvhcvn");
  expect(text).toContain("The above copyright notice and this permission notice shall be included");
});
