/**
 * The Danh sách đơn vị on the command line: reading the planner's list file (`--units`),
 * `--deadline`, the status table on stderr, and `tonghop units --province` (a starter list
 * from the 1/7/2025 mapping).
 */
import { promises as fs } from "fs";
import { parseArgs } from "util";
import { loadBoundaryMap } from "../core/boundaries";
import { parseViDate } from "../core/parse/metadata";
import { unitListWorkbookPlan } from "../core/output/unitListSheet";
import {
  DATE_SOURCE_LABEL,
  STATUS_LABEL,
  countsLine,
  deadlineLine,
  fileAndSheet,
  findProvince,
  provinceUnits,
  readUnitListWorkbook,
  shownDate,
  type SubmissionSummary,
  type UnitList,
} from "../core/units";
import { readWorkbookFile } from "../io/node";
import { writeXlsx } from "../io/writeXlsx";

/** Could not run: main prints it with the usage and exits 2. */
export class UnitsUsageError extends Error {}

/** The list file read and checked; what cannot be read is refused with file, sheet and cell. */
export async function readUnitsFile(file: string): Promise<UnitList> {
  const list = readUnitListWorkbook(file, await readWorkbookFile(file));
  if (list.kind === "refused") throw new UnitsUsageError(list.message);
  return list.list;
}

/** "--deadline 15/07/2026" → ISO; anything else is refused. */
export function parseDeadline(text: string | undefined): string | null {
  if (text === undefined) return null;
  const iso = parseViDate(text);
  if (!iso) {
    throw new UnitsUsageError(
      `--deadline cần một ngày dạng dd/mm/yyyy (ví dụ 15/07/2026), nhận được “${text}”.`,
    );
  }
  return iso;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

/** The status as a planner reads it in a terminal: one line per listed unit, then the rest. */
export function statusTable(summary: SubmissionSummary): string {
  const head = ["STT", "Mã", "Đơn vị", "Tình trạng", "Ngày", "Nguồn ngày", "Lỗi", "Tệp dùng"];
  const body = summary.units.map((u, i) => {
    const used = u.files.find((f) => f.used);
    return [
      String(i + 1),
      u.unit.code ?? "",
      u.unit.name,
      STATUS_LABEL[u.status],
      shownDate(used?.date ?? null),
      used?.dateSource ? DATE_SOURCE_LABEL[used.dateSource] : "",
      used ? String(used.errors) : "",
      used ? fileAndSheet(used) : "",
    ];
  });
  const widths = head.map((h, k) =>
    k === head.length - 1 ? 0 : Math.max(h.length, ...body.map((r) => r[k].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, k) => pad(c, widths[k]))
      .join("  ")
      .trimEnd();
  const lines = [
    `Tình hình nộp biểu — danh sách ${fileAndSheet({ file: summary.listFile, sheet: summary.listSheet })}`,
    deadlineLine(summary),
    "",
    line(head),
  ];
  summary.units.forEach((u, i) => {
    lines.push(line(body[i]));
    for (const f of u.files.filter((x) => !x.used)) {
      lines.push(
        `${" ".repeat(widths[0] + 2)}không dùng: ${fileAndSheet(f)}` +
          (f.date ? ` (${shownDate(f.date)})` : "") +
          `, ${f.errors} lỗi — đã có bản mới hơn`,
      );
    }
  });
  if (summary.unlisted.length > 0) {
    lines.push("", `Tệp của đơn vị không có trong danh sách (${summary.unlisted.length}):`);
    for (const u of summary.unlisted) {
      const who =
        u.reason === "unreadable"
          ? "không đọc được tệp"
          : u.reason === "ambiguous"
            ? `${u.unit ?? ""} (tên ứng với nhiều đơn vị trong danh sách; cần ghi Mã đơn vị)`
            : (u.unit ?? "(không ghi đơn vị báo cáo)");
      lines.push(
        `  - ${fileAndSheet(u)}: ${who}` +
          (u.date ? `, ${shownDate(u.date)}` : "") +
          `, ${u.errors} lỗi`,
      );
    }
  }
  lines.push("", countsLine(summary));
  return lines.join("\n") + "\n";
}

/** `tonghop units --province "Tỉnh …" --out FILE.xlsx`. */
export async function cmdUnits(
  args: string[],
  io: { stderr: (s: string) => void },
  checkOutput: (out: string | undefined) => Promise<string>,
  writeOutput: (target: string, display: string, bytes: Uint8Array) => Promise<void>,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { province: { type: "string" }, out: { type: "string" } },
  });
  if (positionals.length > 0)
    throw new UnitsUsageError(`Lệnh units không nhận tệp đầu vào (nhận được “${positionals[0]}”).`);
  if (!values.province)
    throw new UnitsUsageError(`Thiếu --province "Tỉnh …": cần tên tỉnh, thành phố.`);
  const map = await loadBoundaryMap();
  const province = findProvince(map, values.province);
  if (!province) {
    throw new UnitsUsageError(
      `Không có tỉnh, thành phố “${values.province}” trong phương án sắp xếp từ 01/7/2025. ` +
        `Các tên dùng được: ${map.provinces.map((p) => p.name).join(", ")}.`,
    );
  }
  const out = await checkOutput(values.out);
  // A list once written is the planner's to edit (contacts, deadlines): never replaced.
  if (
    await fs.stat(out).then(
      () => true,
      () => false,
    )
  )
    throw new UnitsUsageError(
      `Tệp “${values.out}” đã có (có thể là danh sách đã sửa); TongHop không ghi đè. Hãy chọn tên khác hoặc xóa tệp cũ.`,
    );
  const units = provinceUnits(province);
  const note =
    `${province.name}: ${units.length} đơn vị hành chính cấp xã theo phương án sắp xếp từ ngày 01/7/2025 ` +
    `(dữ liệu dvhcvn/20250701, giấy phép MIT). Chỉ cột “Tên đơn vị” là bắt buộc; ` +
    `điền Người liên hệ, Điện thoại và Hạn nộp (dd/mm/yyyy) nếu cần, thêm hoặc bớt dòng tùy ý.`;
  await writeOutput(out, values.out!, writeXlsx(unitListWorkbookPlan(units, note)));
  io.stderr(`Đã tạo danh sách ${units.length} đơn vị của ${province.name}: ${values.out}\n`);
  return 0;
}
