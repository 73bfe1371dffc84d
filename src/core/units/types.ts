/**
 * The planner's Danh sách đơn vị and what came in against it (issue 14: who sent, on time or
 * late, who did not, which of a unit's several sheets counts). Plain data, shared by the
 * status command, the "Tình hình nộp biểu" sheet and the report's opening paragraph.
 */

/** One row of the Danh sách đơn vị. Only the name is required. */
export interface ListedUnit {
  /** Mã đơn vị as written ("08869"); null when the row has none. */
  code: string | null;
  name: string;
  /** Loại: "Xã", "Phường", "Phòng" …; null when blank. */
  type: string | null;
  contact: string | null;
  phone: string | null;
  /** Hạn nộp of this unit, ISO yyyy-mm-dd; null = the run's deadline applies. */
  deadline: string | null;
  /** A1 address of its Tên đơn vị cell, to point at the row. */
  cell: string;
}

export interface UnitList {
  file: string;
  sheet: string;
  units: ListedUnit[];
}

/** One indicator sheet that came in, as tracking needs it. */
export interface SubmittedSheet {
  file: string;
  sheet: string;
  /** Đơn vị báo cáo as written; null when the sheet names none. */
  unitName: string | null;
  /** Mã đơn vị as written; null when none. */
  unitCode: string | null;
  /** Where the sheet names its unit (A1), to point at when the name fits several units. */
  unitCell?: string;
  /** Ngày lập, ISO yyyy-mm-dd, when the sheet has a readable one. */
  madeOn: string | null;
  /** The file's modification time (ms since 1970); null when the host cannot tell. */
  modified: number | null;
  /**
   * The indicators it reports (code, else the name's key). An older file of the unit is set
   * aside only where it reports what the newer one does; one holding other indicators (a
   * second field's biểu sent on another day) is the unit's report too. Absent = all overlap.
   */
  indicators?: readonly string[];
}

/** Where a submission's date came from: the sheet's Ngày lập, or the file's modification time. */
export type DateSource = "ngay-lap" | "mtime";

export type SubmissionStatus = "on-time" | "late" | "missing";

export interface SubmissionFile {
  file: string;
  sheet: string;
  /** ISO yyyy-mm-dd, or null when neither a Ngày lập nor a file time is known. */
  date: string | null;
  dateSource: DateSource | null;
  /** A sheet of the unit's newest file, consolidated; sheets of its other files are set aside. */
  used: boolean;
  /** Error-level validation issues of this sheet. */
  errors: number;
}

export interface UnitSubmission {
  unit: ListedUnit;
  status: SubmissionStatus;
  /** The deadline judged against (the unit's own Hạn nộp, else the run's); null = none. */
  deadline: string | null;
  /** Its sheets, the used one first, then the set-aside ones newest first. */
  files: SubmissionFile[];
}

export interface UnlistedSubmission {
  file: string;
  /** null for a file that could not be read at all. */
  sheet: string | null;
  /** Đơn vị báo cáo as written; null when unknown. */
  unit: string | null;
  date: string | null;
  dateSource: DateSource | null;
  errors: number;
  /** Why it is not matched: no listed unit fits, or several do (the list needs codes). */
  reason: "not-listed" | "ambiguous" | "unreadable";
}

export interface SubmissionSummary {
  listFile: string;
  listSheet: string;
  /** The run's deadline (--deadline), ISO; null when none. */
  deadline: string | null;
  units: UnitSubmission[];
  unlisted: UnlistedSubmission[];
}
