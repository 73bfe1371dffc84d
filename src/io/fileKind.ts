/**
 * Tells what a file really is from its bytes, whatever its name says: planners receive renamed
 * CSVs, old .xls files, password-protected workbooks and Word files saved as ".xlsx".
 */

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  if (bytes.length < CFB_MAGIC.length) return false;
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = hay.length - needle.length;
  outer: for (let i = hay.indexOf(first); i !== -1 && i <= last; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ENCRYPTION_INFO = utf16le("EncryptionInfo");
const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");
const WORKBOOK_STREAM = utf16le("Workbook");
const BOOK_STREAM = utf16le("Book");

/**
 * What an OLE compound file holds. Its directory stores stream names in UTF-16LE, so a byte
 * search finds them without parsing the sector chains (cheap, and good enough to tell apart
 * the two things planners actually send: an encrypted .xlsx and an old .xls).
 */
export function compoundFileKind(bytes: Uint8Array): "encrypted-ooxml" | "xls" | "other" {
  if (contains(bytes, ENCRYPTION_INFO) || contains(bytes, ENCRYPTED_PACKAGE))
    return "encrypted-ooxml";
  if (contains(bytes, WORKBOOK_STREAM) || contains(bytes, BOOK_STREAM)) return "xls";
  return "other";
}

/** Kind of a zip that is not an .xlsx workbook, judged from its entry names. */
export function zipPackageKind(
  names: string[],
): "xlsb" | "xlsx" | "docx" | "pptx" | "ods" | "other" {
  const set = new Set(names.map((n) => n.replace(/^\//, "")));
  if (set.has("xl/workbook.xml")) return "xlsx";
  if (set.has("xl/workbook.bin")) return "xlsb";
  if (set.has("word/document.xml")) return "docx";
  if (set.has("ppt/presentation.xml")) return "pptx";
  if (set.has("content.xml") && set.has("mimetype")) return "ods";
  return "other";
}
