/**
 * The sentence that tells the report's reader which listed units have not sent their figures
 * yet: the totals that follow leave them out. Taken from the submission summary the run made,
 * never from the files again.
 */
import type { Summary } from "../consolidate/types";
import { SUBMISSION_SHEET } from "../output/submissionSheet";
import { submissionCounts } from "../units/track";

/**
 * Names beyond this many make the report's opening a list: the sentence counts the rest and
 * points to the sheet that names them all.
 */
export const MAX_NAMED_MISSING = 10;

export function submissionNoteText(summary: Summary): string | null {
  if (!summary.submission) return null;
  const c = submissionCounts(summary.submission);
  if (c.missing.length === 0) return null;
  const head = `Còn ${c.missing.length}/${c.listed} đơn vị chưa gửi số liệu`;
  if (c.missing.length <= MAX_NAMED_MISSING)
    return `${head}: ${c.missing.map((u) => u.name).join(", ")}.`;
  const named = c.missing.slice(0, MAX_NAMED_MISSING).map((u) => u.name);
  return (
    `${head}, gồm ${named.join(", ")} và ${c.missing.length - MAX_NAMED_MISSING} đơn vị khác ` +
    `(danh sách đầy đủ tại trang “${SUBMISSION_SHEET}”).`
  );
}
