/** The planner's Danh sách đơn vị and tracking what came in against it (issue 14). */
export * from "./types";
export { UNIT_LIST_TITLES, fieldOfTitle, findUnitListHeader } from "./columns";
export type { UnitField, UnitListHeader } from "./columns";
export { UNIT_LIST_SHEET, readUnitList, readUnitListWorkbook, unitListGrid } from "./readUnitList";
export type { UnitListRead } from "./readUnitList";
export { codeKey, indexListedUnits, matchListedUnit, nameKey } from "./match";
export type { ListedMatch, UnitIndex } from "./match";
export { localIsoDate, submissionCounts, trackSubmissions, withErrors } from "./track";
export type { SetAside, SubmissionCounts, Tracking } from "./track";
export { findProvince, provinceUnits, unitTypeOf } from "./province";
export { trackingIssues, viDate } from "./issues";
export {
  DATE_SOURCE_LABEL,
  STATUS_LABEL,
  countsLine,
  deadlineLine,
  fileAndSheet,
  shownDate,
} from "./say";
