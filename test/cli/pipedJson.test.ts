/**
 * `tonghop … --json` read through a pipe by a slow consumer (a script, `jq`, a CI step): the
 * document arrives whole whatever its size. Runs the built CLI as the installed bin runs it.
 */
import { execFileSync, spawn } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "../..");

/** A commune's thống kê form with many village rows, every figure typed as text. */
async function bigCommuneForm(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 02-TK");
  ws.addRow(["Đơn vị báo cáo:", "UBND xã Hợp Thịnh"]);
  ws.addRow(["Kỳ báo cáo:", "6 tháng đầu năm 2026"]);
  ws.addRow([]);
  ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện cùng kỳ năm trước", "Thực hiện kỳ báo cáo"]);
  for (let i = 1; i <= 700; i++) {
    ws.addRow([i, `Số hộ sử dụng điện lưới tại cụm dân cư số ${i}`, "hộ", "1.200", "1.215"]);
  }
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Reads a child's stdout a little at a time, with pauses, as a busy consumer does. */
function runSlowReader(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin/tonghop.js"), ...args], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    const chunks: Buffer[] = [];
    let code: number | null = null;
    let ended = false;
    let exited = false;
    const done = () => {
      if (ended && exited) resolve({ code, stdout: Buffer.concat(chunks).toString("utf8") });
    };
    const out = child.stdout;
    out.pause();
    const pull = () => {
      const chunk = out.read(4096) as Buffer | null;
      if (chunk) chunks.push(chunk);
      if (!ended) setTimeout(pull, chunk ? 5 : 40);
    };
    out.on("end", () => {
      ended = true;
      done();
    });
    // A readable in paused mode emits "end" only once read() has drained it.
    out.on("readable", () => undefined);
    setTimeout(pull, 500);
    child.on("error", reject);
    child.on("exit", (c) => {
      code = c;
      exited = true;
      done();
    });
  });
}

describe("piped --json from the built CLI", () => {
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, "dist/cli/main.js"))) {
      execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
    }
  });

  it("delivers the whole validate document, well above 64 KiB, to a slow reader", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tonghop-pipe-"));
    const file = path.join(dir, "XaHopThinh_Bieu02.xlsx");
    await bigCommuneForm(file);
    const r = await runSlowReader(["validate", file, "--json"]);
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(256 * 1024);
    const doc = JSON.parse(r.stdout) as { issues: Array<{ rule: string }>; sheets: unknown[] };
    // Two text figures on each of the 700 rows, every one reported.
    expect(doc.issues.filter((i) => i.rule === "number-as-text")).toHaveLength(1400);
    expect(doc.sheets).toHaveLength(1);
    expect(r.code).toBe(0);
  }, 60_000);
});
