/** Reading a source's place: its sheet's file and name, and its own cell. */
import type { Source } from "./types";

/** The source's file, sheet and cell, as cellPlace and issueOf take a place. */
export function sourcePlace(s: Source): { file: string; sheet: string; cell: string } {
  return { file: s.from.file, sheet: s.from.sheet, cell: s.cell };
}
