/**
 * Abbreviations of document types in a document's number ("Số: 12/QĐ-UBND").
 *
 * Sources:
 * - Administrative documents and copies: Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục
 *   III "Viết tắt tên loại văn bản và bản sao" (the 29 types of Điều 7; Công văn and Thư công
 *   have no abbreviation, a công văn's number carries the issuing body: "45/UBND-VP").
 * - Legal documents (văn bản quy phạm pháp luật), whose number also carries the year
 *   ("30/2020/NĐ-CP", "02/2021/TT-BNV"): the abbreviations used in their numbers under the Luật
 *   Ban hành văn bản quy phạm pháp luật and Nghị định 34/2016/NĐ-CP (not part of Phụ lục III,
 *   listed so a correct legal reference is not taken for a misspelt administrative one); a
 *   law's or a Quốc hội resolution's number carries only the body ("59/2020/QH14").
 */

export interface DocumentType {
  code: string;
  /** The type's name as written before "số" ("Quyết định số …"), lower case. */
  name: string;
}

export const ADMINISTRATIVE_TYPES: readonly DocumentType[] = [
  { code: "NQ", name: "nghị quyết" },
  { code: "QĐ", name: "quyết định" },
  { code: "CT", name: "chỉ thị" },
  { code: "QC", name: "quy chế" },
  { code: "QyĐ", name: "quy định" },
  { code: "TC", name: "thông cáo" },
  { code: "TB", name: "thông báo" },
  { code: "HD", name: "hướng dẫn" },
  { code: "CTr", name: "chương trình" },
  { code: "KH", name: "kế hoạch" },
  { code: "PA", name: "phương án" },
  { code: "ĐA", name: "đề án" },
  { code: "DA", name: "dự án" },
  { code: "BC", name: "báo cáo" },
  { code: "BB", name: "biên bản" },
  { code: "TTr", name: "tờ trình" },
  { code: "HĐ", name: "hợp đồng" },
  { code: "CĐ", name: "công điện" },
  { code: "BGN", name: "bản ghi nhớ" },
  { code: "BTT", name: "bản thỏa thuận" },
  { code: "GUQ", name: "giấy ủy quyền" },
  { code: "GM", name: "giấy mời" },
  { code: "GGT", name: "giấy giới thiệu" },
  { code: "GNP", name: "giấy nghỉ phép" },
  { code: "PG", name: "phiếu gửi" },
  { code: "PC", name: "phiếu chuyển" },
  { code: "PB", name: "phiếu báo" },
];

/** Bản sao y, bản trích sao, bản sao lục (Phụ lục III). */
export const COPY_CODES: readonly string[] = ["SY", "TrS", "SL"];

export const LEGAL_TYPES: readonly DocumentType[] = [
  { code: "NĐ", name: "nghị định" },
  { code: "TT", name: "thông tư" },
  { code: "TTLT", name: "thông tư liên tịch" },
  { code: "NQ", name: "nghị quyết" },
  { code: "NQLT", name: "nghị quyết liên tịch" },
  { code: "QĐ", name: "quyết định" },
  { code: "L", name: "lệnh" },
];

/** Types whose number has no type code: the body stands where the code would. */
export const TYPES_WITHOUT_CODE: readonly string[] = [
  "công văn",
  "thư công",
  "luật",
  "pháp lệnh",
  "văn bản",
];
