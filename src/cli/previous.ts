/**
 * `--previous <paths...>`: last year's consolidated workbook as before, and also last year's
 * sheets of former units and a Bảng quy đổi, as files or folders, several allowed. Every path
 * after `--previous` up to the next option belongs to it; the option may also be repeated.
 */
import type { WorkbookRead } from "../core/pipeline";
import type { Issue } from "../core/types";
import { collectXlsxPaths, readWorkbookFiles } from "../io/node";

/** Takes `--previous` and its paths out of the arguments, for util.parseArgs to read the rest. */
export function splitPreviousArgs(args: string[]): { rest: string[]; previous: string[] | null } {
  const rest: string[] = [];
  let previous: string[] | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith("--previous=")) {
      (previous ??= []).push(arg.slice("--previous=".length));
      continue;
    }
    if (arg !== "--previous") {
      rest.push(arg);
      continue;
    }
    previous ??= [];
    const start = previous.length;
    while (i + 1 < args.length && !args[i + 1].startsWith("-")) previous.push(args[++i]);
    // Left for parseArgs, which then says the option needs a value.
    if (previous.length === start) rest.push(arg);
  }
  return { rest, previous };
}

export interface PreviousRead {
  files: WorkbookRead[];
  /** Every .xlsx the paths expand to: none of them is one of this year's departments. */
  paths: string[];
  /** Paths that could not be searched or are not .xlsx. */
  issues: Issue[];
}

export async function readPreviousPaths(paths: string[]): Promise<PreviousRead> {
  const { files, issues } = await collectXlsxPaths(paths);
  const results = await readWorkbookFiles(files);
  return { files: files.map((file, k) => ({ file, ...results[k] })), paths: files, issues };
}
