/**
 * The Hạn nộp the planner types in the pane, read as `--deadline` is: dd/mm/yyyy and a real
 * date, nothing else (a typo must not silently move who counts as late).
 */
import { parseViDate } from "../../core/parse/metadata";

/** ISO yyyy-mm-dd; null when left empty; undefined when it is not a dd/mm/yyyy date. */
export function deadlineFromInput(text: string): string | null | undefined {
  const s = text.trim();
  if (s === "") return null;
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(s)) return undefined;
  return parseViDate(s) ?? undefined;
}
