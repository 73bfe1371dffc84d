/**
 * The reporting unit of a sheet that has no "Đơn vị báo cáo:" label, as most department files
 * have none. Nghị định 30/2020 puts the issuing body at the top left, the parent body over the
 * issuing one ("UBND XÃ HỢP HÒA" over "PHÒNG KINH TẾ"), a body's name sometimes split over two
 * lines ("ỦY BAN NHÂN DÂN" over "PHƯỜNG VĨNH PHÚC"). A phụ lục attached to a report names its
 * unit in the line under the title: "(Kèm theo Báo cáo số 45/BC-UBND ngày … của UBND xã …)".
 */

import type { SheetGrid } from "../types";
import { a1 } from "../a1";
import { cleanText, foldKey } from "../text/normalize";
import { cellAt, gridWidth, mergeAt, readMerges, TextReader } from "./gridText";

export type UnitSource = "issuing-body" | "attachment-line";

export interface UnitCandidate {
  value: string;
  /** A1 address of the (first) cell the name was read from. */
  cell: string;
  from: UnitSource;
}

/** The issuing-body block sits in the first rows; below them come the title and the table. */
const BLOCK_ROWS = 8;
const MAX_BODY_LENGTH = 90;

// Words a body's name begins with, compared without marks. "xa hoi" is "Xã hội", not a commune.
const BODY_START_RE =
  /^(?:ubnd|hdnd|uy ban|hoi dong nhan dan|phong|van phong|tram|cong an|ban|bch|trung tam|truong|chi cuc|chi nhanh|so|doi|hoi|doan|mat tran|dang uy|hop tac xa|htx|bo phan|thon|to dan pho|khu pho|khu dan cu|bql|ap|xom|lang|xa(?! hoi)|phuong|thi tran|dac khu)(?:\s|$)/;
// The national name and motto at the top right, and lines that are never a body.
const NOT_BODY_RE =
  /^(?:cong hoa xa hoi|doc lap|so\s*[:.\d]|so hieu|so lieu|bieu|bao cao|phu luc|mau|kem theo|\(|ky bao cao|don vi|ngay|v\/v|tong hop|ket qua|tinh hinh|danh muc|chi tieu)/;
// A body's name that is only its kind: the place follows on the next line.
const BARE_HEAD_RE = /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)$/;
const PLACE_RE = /^(?:xa(?! hoi)|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh)\s/;
const ATTACHED_RE = /^\(?\s*kèm theo\s.*?(?:^|\s)của\s+(.+?)\s*\)?\s*$/iu;

interface Line {
  text: string;
  row: number;
  col: number;
}

/** Lines of the top-left block: each cell split at its line breaks, top to bottom. */
function blockLines(grid: SheetGrid, endRow: number, reader: TextReader): Line[] {
  const width = gridWidth(grid);
  const last = Math.min(endRow, BLOCK_ROWS, grid.values.length);
  // Left of the national name when there is one, else the left half of the sheet.
  let limit = Math.max(1, Math.ceil(width / 2));
  for (let r = 0; r < last; r++) {
    for (let c = 1; c < width; c++) {
      if (typeof cellAt(grid, r, c) !== "string") continue;
      if (/^cong hoa xa hoi/.test(foldKey(reader.text(r, c, false)))) limit = Math.min(limit, c);
    }
  }
  const merges = readMerges(grid);
  const lines: Line[] = [];
  for (let r = 0; r < last; r++) {
    for (let c = 0; c < limit; c++) {
      const raw = cellAt(grid, r, c);
      if (typeof raw !== "string") continue;
      // A title merged across the sheet starts at the left too, but is no part of the block.
      const m = mergeAt(merges, r, c);
      if (m && m.right >= limit) break;
      for (const part of reader.convert(raw, r, c, false).split(/\r?\n/)) {
        const text = cleanText(part);
        if (text !== "") lines.push({ text, row: r, col: c });
      }
      break; // the leftmost text of a row is the block's; the rest of the row is not
    }
  }
  return lines;
}

function isBodyLine(text: string): boolean {
  const f = foldKey(text);
  if (text.length > MAX_BODY_LENGTH || /[:：]/.test(text) || NOT_BODY_RE.test(f)) return false;
  // A body's name holds no year: a line with one is a title or a date.
  if (/(?<!\d)(?:19|20|21)\d{2}(?!\d)/.test(text)) return false;
  return BODY_START_RE.test(f) || BARE_HEAD_RE.test(f);
}

/**
 * The unit named by the issuing-body block: its lowest body (the department under the
 * commune), a bare "ỦY BAN NHÂN DÂN" joined with the place under it. null when the top left
 * holds no body's name.
 */
export function unitFromIssuingBlock(
  grid: SheetGrid,
  endRow: number,
  reader: TextReader,
): UnitCandidate | null {
  const lines = blockLines(grid, endRow, reader);
  let best: { text: string; line: Line } | null = null;
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const f = foldKey(line.text);
    if (/^[-_–—=.…\s]+$/.test(line.text)) continue; // the short rule under the body
    if (!isBodyLine(line.text)) {
      // The block ends at the first line that is no body's name (the number, the title).
      if (started) break;
      continue;
    }
    started = true;
    if (BARE_HEAD_RE.test(f)) {
      const next = lines[i + 1];
      if (next && PLACE_RE.test(foldKey(next.text) + " ")) {
        best = { text: line.text + " " + next.text, line };
        i++;
      } else best = { text: line.text, line };
      continue;
    }
    best = { text: line.text, line };
  }
  if (!best) return null;
  // A bare "ỦY BAN NHÂN DÂN" with no place under it names no one unit.
  if (BARE_HEAD_RE.test(foldKey(best.text))) return null;
  return {
    value: bodyName(best.text),
    cell: a1(best.line.row, best.line.col),
    from: "issuing-body",
  };
}

/** The unit named by a "(Kèm theo Báo cáo số … của UBND xã …)" line above the table. */
export function unitFromAttachmentLine(
  grid: SheetGrid,
  endRow: number,
  reader: TextReader,
): UnitCandidate | null {
  const width = gridWidth(grid);
  const last = Math.min(endRow, grid.values.length);
  for (let r = 0; r < last; r++) {
    for (let c = 0; c < width; c++) {
      if (typeof cellAt(grid, r, c) !== "string") continue;
      const text = reader.text(r, c, false);
      const m = ATTACHED_RE.exec(text);
      if (!m) continue;
      // What follows the body ("ngày 15/6/2026", "về tình hình …") is not its name.
      const name = m[1].replace(/\s+(?:ngày|về|v\/v|năm|tại)\s.*$/iu, "").replace(/[,;.]+$/u, "");
      if (name === "" || name.length > MAX_BODY_LENGTH) continue;
      reader.text(r, c);
      return { value: bodyName(name), cell: a1(r, c), from: "attachment-line" };
    }
  }
  return null;
}

// Abbreviations kept in capitals when a name written in capitals is brought to normal case.
const ABBREVIATIONS = new Set([
  "ubnd",
  "hdnd",
  "bch",
  "bql",
  "htx",
  "mttq",
  "kt-xh",
  "vh-xh",
  "tc-kh",
]);
/** A Vietnamese word always has a vowel: "THCS", "MN", "GD&ĐT" are abbreviations. */
const NO_VOWEL_RE = /^[^aeiouyAEIOUY]+$/u;

function isAbbreviation(word: string): boolean {
  const bare = word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
  return (
    (ABBREVIATIONS.has(foldKey(word)) && word.length <= 5) ||
    (/\p{L}{2}/u.test(word) && NO_VOWEL_RE.test(bare))
  );
}
const LEVEL_WORDS = new Set([
  "xã",
  "phường",
  "huyện",
  "quận",
  "tỉnh",
  "thôn",
  "xóm",
  "ấp",
  "bản",
  "làng",
]);
const LEVEL_PAIRS = new Set([
  "thị trấn",
  "thị xã",
  "thành phố",
  "đặc khu",
  "tổ dân phố",
  "khu phố",
]);

function capitalise(word: string): string {
  const lower = word.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/**
 * A body's name as offices write it in running text: "PHÒNG KINH TẾ" → "Phòng Kinh tế",
 * "ỦY BAN NHÂN DÂN PHƯỜNG VĨNH PHÚC" → "UBND phường Vĩnh Phúc", "TRẠM Y TẾ XÃ HỢP HÒA" →
 * "Trạm Y tế xã Hợp Hòa", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" → "Sở Nông nghiệp và Môi trường". A
 * name already in normal case is kept as written.
 */
export function bodyName(text: string): string {
  let s = cleanText(text)
    .replace(/^(?:ỦY|UỶ) BAN NHÂN DÂN(?=\s|$)/u, "UBND")
    .replace(/^HỘI ĐỒNG NHÂN DÂN(?=\s|$)/u, "HĐND");
  if (s !== s.toLocaleUpperCase("vi")) return s.replace(/^(?:Ủy|Uỷ) ban nhân dân(?=\s)/u, "UBND");
  s = s.replace(/\s*-\s*/g, " - ");
  const words = s.split(" ");
  const out: string[] = [];
  // "name": the words after a place's kind are its proper name, each capitalised.
  let mode: "first" | "afterHead" | "plain" | "name" = "first";
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.toLocaleLowerCase("vi");
    const pair = i + 1 < words.length ? lower + " " + words[i + 1].toLocaleLowerCase("vi") : "";
    if (isAbbreviation(w)) {
      out.push(w);
      // "Trường THCS Hợp Hòa": after a school's level comes the school's own name.
      if (mode === "afterHead" && !ABBREVIATIONS.has(foldKey(w))) mode = "name";
      else if (mode === "first" || mode === "afterHead") mode = "plain";
      continue;
    }
    if (w === "-") {
      out.push(w);
      if (mode !== "name") mode = "afterHead";
      continue;
    }
    const nextIsHoi = i + 1 < words.length && foldKey(words[i + 1]) === "hoi";
    if (mode !== "first" && mode !== "name" && LEVEL_PAIRS.has(pair)) {
      out.push(lower, words[i + 1].toLocaleLowerCase("vi"));
      i++;
      mode = "name";
      continue;
    }
    if (mode !== "first" && mode !== "name" && LEVEL_WORDS.has(lower) && !nextIsHoi) {
      out.push(lower);
      mode = "name";
      continue;
    }
    if (mode === "first") {
      out.push(capitalise(w));
      // "Phòng Kinh tế", "Trạm Y tế", "Ban Chỉ huy": the word after the kind is capitalised;
      // a village's or a commune's own name is a place ("Thôn Đông", "Xã Hợp Hòa").
      mode = LEVEL_WORDS.has(lower) ? "name" : "afterHead";
      continue;
    }
    if (mode === "afterHead") {
      // "Văn phòng", "Trung tâm", "Công an": two-word kinds keep their second word low.
      const twoWordKind = /^(?:phòng|tâm|an|chức)$/.test(lower) && out.length === 1;
      out.push(twoWordKind ? lower : capitalise(w));
      if (!twoWordKind) mode = "plain";
      continue;
    }
    // "Sở Nông nghiệp và Môi trường", "Phòng Kinh tế, Hạ tầng và Đô thị": each field a body
    // works in is capitalised, as the word after its kind is.
    const prev = out[out.length - 1] ?? "";
    const newField = mode === "plain" && (prev === "và" || prev.endsWith(","));
    out.push(mode === "name" || newField ? capitalise(w) : lower);
  }
  return out.join(" ");
}
