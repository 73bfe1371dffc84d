/** Reading indicator sheets (biểu chỉ tiêu) from grids: periods, plans, metadata, header, rows. */
export * from "./period";
export * from "./plan";
export * from "./metadata";
export * from "./header";
export * from "./rows";
export * from "./parseSheet";
export {
  TextReader,
  cellAt,
  numFmtAt,
  fontAt,
  gridWidth,
  isBlank,
  readMerges,
  mergeAt,
} from "./gridText";
export type { Merge } from "./gridText";
