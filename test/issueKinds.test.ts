/**
 * One list of issue kinds (src/core/issueKinds.ts) beside the rule registries (validation's,
 * the draft checker's): every issue id the sources write must be in one of them, once.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";
import { FACT_RULES } from "../src/core/factcheck/registry";
import { ISSUE_KINDS } from "../src/core/issueKinds";
import { ALL_RULES } from "../src/core/validate/registry";

const SRC = path.resolve(__dirname, "../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * Issue ids as the sources write them: `rule: "…"`, and the literals of the families every
 * non-rule kind belongs to (passed to fileIssue, issue(), bad() …). The validation rules'
 * own files are the registry's.
 */
function idsWritten(): Map<string, string> {
  const found = new Map<string, string>();
  const family =
    /"((?:file|catalog|sheet|previous|boundary|share|template|tonghop|ratio|non)-[a-z0-9-]+)"/g;
  // Not issue ids: a worker message tag, a Web Worker's name, a kind of grid, a form's id.
  const notIds = new Set([
    "tonghop-read-worker",
    "tonghop-batch",
    "tonghop-output",
    "tonghop-bieu-chi-tieu",
  ]);
  for (const file of sources(SRC)) {
    if (file.includes(`${path.sep}validate${path.sep}rules${path.sep}`)) continue;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\brule: "([^"]+)"/g)) found.set(m[1], file);
    for (const m of text.matchAll(family)) if (!notIds.has(m[1])) found.set(m[1], file);
  }
  return found;
}

describe("issue kinds", () => {
  it("lists every id once, none of them a validation rule's", () => {
    const ids = ISSUE_KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rules = new Set(ALL_RULES.map((r) => r.id));
    expect(ids.filter((id) => rules.has(id))).toEqual([]);
  });

  it("holds every issue id written in src (add a new one to src/core/issueKinds.ts)", () => {
    // The draft checker's rules are listed in their own registry (src/core/factcheck).
    const listed = new Set([...ISSUE_KINDS, ...ALL_RULES, ...FACT_RULES].map((k) => k.id));
    const unlisted = [...idsWritten()]
      .filter(([id]) => !listed.has(id))
      .map(([id, file]) => `${id} (${path.relative(SRC, file)})`);
    expect(unlisted).toEqual([]);
  });

  it("lists no kind the sources never write", () => {
    const written = idsWritten();
    expect(ISSUE_KINDS.map((k) => k.id).filter((id) => !written.has(id))).toEqual([]);
  });
});
