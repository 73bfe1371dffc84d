/**
 * The sentence that tells the report's reader which listed units have not sent their figures
 * yet: the totals that follow leave them out. Taken from the submission summary the run made,
 * never from the files again.
 */
import type { Summary } from "../consolidate/types";
import { submissionCounts } from "../units/track";

export function submissionNoteText(summary: Summary): string | null {
  if (!summary.submission) return null;
  const c = submissionCounts(summary.submission);
  if (c.missing.length === 0) return null;
  return (
    `Còn ${c.missing.length}/${c.listed} đơn vị chưa gửi số liệu: ` +
    `${c.missing.map((u) => u.name).join(", ")}.`
  );
}
