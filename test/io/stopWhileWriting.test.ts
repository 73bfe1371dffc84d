/**
 * A planner who stops the program (Ctrl+C) while a large workbook is being written keeps the
 * file they had and finds no temporary file beside it: a child process is stopped mid-write.
 */
import { execFileSync, spawn } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { writeFileAtomic } from "../../src/io/node";

const ROOT = path.resolve(__dirname, "../..");

beforeAll(() => {
  if (!existsSync(path.join(ROOT, "dist/io/node.js")))
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
});

it("removes the temporary file and leaves the old output when stopped mid-write", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-stop-"));
  const target = path.join(dir, "TongHop.xlsx");
  writeFileSync(target, "bản cũ");
  // A producer that writes one chunk and then waits, as a 600-unit workbook's write does.
  const script = `
    const { writeFileAtomic } = require(${JSON.stringify(path.join(ROOT, "dist/io/node.js"))});
    writeFileAtomic(${JSON.stringify(target)}, async (write) => {
      await write(Buffer.from("PK một phần"));
      process.stdout.write("writing\\n");
      await new Promise(() => setInterval(() => undefined, 1000));
    });`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("writing") && resolve());
    child.on("exit", () => reject(new Error("the writer ended before writing")));
  });
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
  const ended = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_code, signal) => resolve(signal)),
  );
  child.kill("SIGINT");
  // Ended by the signal, as Ctrl+C ends any program, not with a made-up exit code.
  expect(await ended).toBe("SIGINT");
  expect(readdirSync(dir)).toEqual(["TongHop.xlsx"]);
  expect(readFileSync(target, "utf8")).toBe("bản cũ");
});

it("listens for a stop only while it writes", async () => {
  const target = path.join(mkdtempSync(path.join(os.tmpdir(), "tonghop-stop-")), "a.xlsx");
  const before = process.listenerCount("SIGINT");
  let during = -1;
  await writeFileAtomic(target, async (write) => {
    during = process.listenerCount("SIGINT");
    await write(new Uint8Array([1]));
  });
  expect(during).toBe(before + 1);
  expect(process.listenerCount("SIGINT")).toBe(before);
  await expect(
    writeFileAtomic(target, async () => {
      throw new Error("hỏng");
    }),
  ).rejects.toThrow("hỏng");
  expect(process.listenerCount("SIGINT")).toBe(before);
});
