/**
 * A planner who stops the program (Ctrl+C) while a large workbook is being written keeps the
 * file they had and finds no temporary file beside it: a child process is stopped mid-write.
 */
import { spawn } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { writeFileAtomic } from "../../src/io/node";

const ROOT = path.resolve(__dirname, "../..");

/**
 * Starts a child that writes `target` through writeFileAtomic, one chunk and then waiting (as a
 * 600-unit workbook's write does), after running `before`; stops it with SIGINT mid-write.
 */
async function stopMidWrite(
  target: string,
  before = "",
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  const script = `
    ${before}
    const { writeFileAtomic } = require(${JSON.stringify(path.join(ROOT, "dist/io/node.js"))});
    writeFileAtomic(${JSON.stringify(target)}, async (write) => {
      await write(Buffer.from("PK một phần"));
      process.stdout.write("writing\\n");
      await new Promise(() => setInterval(() => undefined, 1000));
    });`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes("writing")) resolve();
    });
    child.on("exit", () => reject(new Error("the writer ended before writing")));
  });
  expect(readdirSync(path.dirname(target)).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  child.kill("SIGINT");
  const end = await ended;
  return { ...end, stdout };
}

function withOldOutput(): { dir: string; target: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tonghop-stop-"));
  const target = path.join(dir, "TongHop.xlsx");
  writeFileSync(target, "bản cũ");
  return { dir, target };
}

it("removes the temporary file and leaves the old output when stopped mid-write", async () => {
  const { dir, target } = withOldOutput();
  const end = await stopMidWrite(target);
  // Ended by the signal, as Ctrl+C ends any program, not with a made-up exit code.
  expect(end.signal).toBe("SIGINT");
  expect(readdirSync(dir)).toEqual(["TongHop.xlsx"]);
  expect(readFileSync(target, "utf8")).toBe("bản cũ");
});

it("on Windows, ends with the status a shell gives a stopped program, not 1", async () => {
  // Windows raises no signal at a process: kill() there would end it with status 1, which
  // a batch script reads as "done, with errors".
  const { dir, target } = withOldOutput();
  const end = await stopMidWrite(
    target,
    'Object.defineProperty(process, "platform", { value: "win32" });',
  );
  expect(end).toMatchObject({ code: 130, signal: null });
  expect(readdirSync(dir)).toEqual(["TongHop.xlsx"]);
});

it("leaves the ending to the program's own handler when it has one", async () => {
  const { dir, target } = withOldOutput();
  const end = await stopMidWrite(
    target,
    'process.on("SIGINT", () => { process.stdout.write("own handler\\n"); process.exit(7); });',
  );
  expect(end.code).toBe(7);
  expect(end.stdout).toContain("own handler");
  expect(readdirSync(dir)).toEqual(["TongHop.xlsx"]);
});

it("lets a program that finishes its work on a stop finish the write", async () => {
  const { dir, target } = withOldOutput();
  const script = `
    let stopping = false;
    process.on("SIGINT", () => { stopping = true; });
    const { writeFileAtomic } = require(${JSON.stringify(path.join(ROOT, "dist/io/node.js"))});
    writeFileAtomic(${JSON.stringify(target)}, async (write) => {
      await write(Buffer.from("bản "));
      process.stdout.write("writing\\n");
      while (!stopping) await new Promise((r) => setTimeout(r, 10));
      await write(Buffer.from("mới"));
    }).then(() => { process.stdout.write("done\\n"); process.exit(0); },
            (e) => { process.stdout.write("failed " + e.message + "\\n"); process.exit(3); });`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  const ended = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve) =>
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes("writing")) resolve();
    }),
  );
  child.kill("SIGINT");
  expect([await ended, stdout]).toEqual([0, "writing\ndone\n"]);
  expect(readdirSync(dir)).toEqual(["TongHop.xlsx"]);
  expect(readFileSync(target, "utf8")).toBe("bản mới");
});

it("listens for a stop only while it writes", async () => {
  const target = path.join(mkdtempSync(path.join(os.tmpdir(), "tonghop-stop-")), "a.xlsx");
  const before = process.listenerCount("SIGINT");
  const beforeExit = process.listenerCount("exit");
  let during = -1;
  await writeFileAtomic(target, async (write) => {
    during = process.listenerCount("SIGINT");
    await write(new Uint8Array([1]));
  });
  expect(during).toBe(before + 1);
  expect(process.listenerCount("SIGINT")).toBe(before);
  expect(process.listenerCount("exit")).toBe(beforeExit);
  await expect(
    writeFileAtomic(target, async () => {
      throw new Error("hỏng");
    }),
  ).rejects.toThrow("hỏng");
  expect(process.listenerCount("SIGINT")).toBe(before);
});
