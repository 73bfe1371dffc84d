/**
 * flat() relies on what V8 does (a string converted to a number is flattened in place), so it
 * is held by measuring: the built module, optimised by a long warm-up as a province's batch
 * optimises it, must leave 50 000 messages built piece by piece as small as flat strings.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { buildCliIfMissing, ROOT } from "../../../test/helpers/cli";

const PROBE = "dist/core/text/flat.js";

/** Heap (bytes) holding 50 000 twelve-piece messages, each passed through `how` first. */
function heldBy(how: "flat" | "rope"): number {
  const script = `
    const { flat } = require(${JSON.stringify(path.join(ROOT, PROBE))});
    const pass = ${how === "flat" ? "flat" : "(s) => s"};
    const message = (i) => {
      let s = "Ô ";
      for (let k = 0; k < 11; k++) s += "mảnh " + k + " của " + i + "; ";
      return s;
    };
    // Warm-up: optimised, as it is by the time a large batch's messages are made.
    for (let i = 0; i < 200000; i++) pass(message(i));
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = [];
    for (let i = 0; i < 50000; i++) kept.push(pass(message(i)));
    gc();
    console.log(process.memoryUsage().heapUsed - before, kept.length);
  `;
  const r = spawnSync(process.execPath, ["--expose-gc", "-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout.trim().split(" ")[0]);
}

describe("flat", () => {
  beforeAll(() => buildCliIfMissing(PROBE), 120_000);

  it("returns the same text", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { flat } = require(path.join(ROOT, PROBE)) as { flat: (s: string) => string };
    const s = "Ô " + "E" + 12 + " của “Đàn bò”";
    expect(flat(s)).toBe("Ô E12 của “Đàn bò”");
  });

  it("leaves optimised code's messages flat: far less heap than the ropes they were", () => {
    const rope = heldBy("rope");
    const flattened = heldBy("flat");
    expect(flattened).toBeLessThan(rope * 0.6);
  }, 60_000);
});
