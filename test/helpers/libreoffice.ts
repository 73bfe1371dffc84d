/**
 * LibreOffice as an independent reader in tests: if soffice opens a file we wrote and shows
 * the values we meant, the file is sound beyond what ExcelJS (which wrote it) would notice.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";

function findOnPath(names: string[]): string | null {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const exts = process.platform === "win32" ? [".exe", ".com", ""] : [""];
  for (const name of names) {
    for (const dir of dirs) {
      for (const ext of exts) {
        const full = path.join(dir, name + ext);
        try {
          if (existsSync(full) && statSync(full).isFile()) return full;
        } catch {
          // unreadable PATH entry: try the next
        }
      }
    }
  }
  return null;
}

let cached: string | null | undefined;

/** Path of the soffice/libreoffice binary, or null. */
export function libreOfficeBinary(): string | null {
  if (cached === undefined) cached = findOnPath(["soffice", "libreoffice"]);
  return cached;
}

export function libreOfficeAvailable(): boolean {
  return libreOfficeBinary() !== null;
}

export interface ConvertOptions {
  /** For CSV: the 1-based sheet to export (LibreOffice ≥ 7.2). Default 1. */
  sheet?: number;
  timeoutMs?: number;
}

/**
 * Converts with `soffice --headless --convert-to`, each call with its own fresh profile so that
 * parallel jest workers do not fight over one user installation. Resolves with the output path.
 */
export function convertWithLibreOffice(
  inputPath: string,
  format: "csv" | "pdf" | "xlsx" | "xls" | "ods",
  outDir: string,
  options: ConvertOptions = {},
): Promise<string> {
  const bin = libreOfficeBinary();
  if (!bin) return Promise.reject(new Error("LibreOffice (soffice) not found on PATH"));
  const profile = mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  // CSV filter: comma, double quote, UTF-8 (76), first line 1, …, last token = sheet number.
  const target =
    format === "csv"
      ? `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${options.sheet ?? 1}`
      : format === "xlsx"
        ? "xlsx:Calc MS Excel 2007 XML"
        : format === "xls"
          ? "xls:MS Excel 97"
          : format;
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--nologo",
    "--convert-to",
    target,
    "--outdir",
    outDir,
    inputPath,
  ];
  const expected = path.join(
    outDir,
    path.basename(inputPath).replace(/\.[^.]*$/, "") + "." + format,
  );
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: options.timeoutMs ?? 120_000 }, (error, stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      if (error) {
        reject(new Error(`soffice failed: ${error.message}\n${stdout}\n${stderr}`));
        return;
      }
      if (existsSync(expected)) {
        resolve(expected);
        return;
      }
      // Some versions name a single exported sheet "<base>-<Sheet>.csv".
      const stem = path.basename(expected, "." + format);
      const alt = readdirSync(outDir).find((f) => f.startsWith(stem) && f.endsWith("." + format));
      if (alt) resolve(path.join(outDir, alt));
      else
        reject(new Error(`soffice produced no ${format} for ${inputPath}\n${stdout}\n${stderr}`));
    });
  });
}

/** RFC 4180 CSV (quotes, doubled quotes, commas and line breaks inside quotes) → rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // BOM
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
