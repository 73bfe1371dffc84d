/**
 * The paragraphs of a .docx, in order, as plain text: unzip word/document.xml with fflate and
 * take every w:p (also those in tables and text boxes, in document order). Deleted text of
 * tracked changes and field codes are not what the reader sees, so they are left out; tabs and
 * line breaks inside a paragraph become spaces. Browser-safe: no Node API.
 */
import { strFromU8, unzipSync } from "fflate";
import type { DraftParagraph } from "../core/factcheck";
import { readZipDirectory, ZipFormatError } from "./zipDirectory";

const DOCUMENT_PART = "word/document.xml";
/** A report's text is a few hundred kB; more than this is not a draft to read whole. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export class DocxReadError extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}

/** The visible text of one paragraph's XML. */
function paragraphText(xml: string): string {
  let out = "";
  const re = /<w:(t|tab|br|cr|delText|instrText)\b([^>]*?)(\/)?>(?:([\s\S]*?)<\/w:\1>)?/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [, tag, , , body] = m;
    if (tag === "t") out += decodeXml(body ?? "");
    else if (tag === "tab" || tag === "br" || tag === "cr") out += " ";
  }
  return out;
}

/** Every w:p of the document part, outermost first where a text box nests one in another. */
export function documentParagraphs(xml: string): string[] {
  const out: string[] = [];
  const re = /<w:p\b[^>]*?(\/)?>|<\/w:p>/g;
  const open: number[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0] === "</w:p>") {
      const start = open.pop();
      if (start !== undefined && open.length === 0)
        out.push(paragraphText(xml.slice(start, m.index)));
    } else if (m[1]) {
      if (open.length === 0) out.push("");
    } else {
      open.push(m.index + m[0].length);
    }
  }
  return out;
}

/** The draft's paragraphs, numbered as Word counts them (empty ones included). */
export function readDocxParagraphs(bytes: Uint8Array, fileName: string): DraftParagraph[] {
  let entry;
  try {
    entry = readZipDirectory(bytes).entries.find((e) => e.name === DOCUMENT_PART);
  } catch (e) {
    if (e instanceof ZipFormatError || e instanceof RangeError) {
      throw new DocxReadError(
        `Tệp “${fileName}” không phải là tệp Word .docx đọc được (không phải tệp nén Office Open XML).`,
      );
    }
    throw e;
  }
  if (!entry) {
    throw new DocxReadError(
      `Tệp “${fileName}” không có phần văn bản (${DOCUMENT_PART}): không phải tệp Word .docx.`,
    );
  }
  if (entry.uncompressedSize > MAX_DOCUMENT_BYTES) {
    throw new DocxReadError(
      `Phần văn bản của tệp “${fileName}” quá lớn để đọc (${Math.round(entry.uncompressedSize / 1048576)} MB).`,
    );
  }
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT_PART });
    const part = files[DOCUMENT_PART];
    if (!part) throw new Error("missing part");
    xml = strFromU8(part);
  } catch {
    throw new DocxReadError(
      `Không giải nén được phần văn bản của tệp “${fileName}”: tệp bị hỏng hoặc có mật khẩu.`,
    );
  }
  return documentParagraphs(xml).map((text, i) => ({ ref: i + 1, text }));
}
