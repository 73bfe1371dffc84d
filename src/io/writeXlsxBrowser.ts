/**
 * The page's .xlsx writer (the batch worker's, and the pane's on the calling thread): the same
 * direct OOXML parts as the CLI's writer (xlsx/), zipped by fflate alone, so it runs in a
 * browser. Sheets are taken one at a time and a StreamedSheetPlan's rows are made as they are
 * written: what is held is the style and shared-string tables, one piece of XML, and the
 * compressed file so far — never a sheet's plan whole, nor an object per cell as ExcelJS's
 * in-memory writer (which the page used before) builds.
 *
 * fflate's JavaScript deflate at level 1 is slower than Node's zlib (../writeXlsx.ts), but far
 * faster than ExcelJS's model and render.
 */
import { strToU8, Zip, ZipDeflate } from "fflate";
import type { SheetPlan, StreamedSheetPlan } from "../core/types";
import { DEFAULT_WRITE_DATE, type WriteOptions } from "./cellText";
import { defaultTheme, zipEntryTime } from "./xlsx/packageDefaults";
import { writeWorkbookParts, type PackageSink } from "./xlsx/workbook";

/** Characters of XML gathered before they are encoded and deflated as one piece. */
const PIECE = 1 << 18;
/** Speed over size, as the CLI's writer. */
const LEVEL = 1;

/**
 * The whole file as bytes, the sheets written in the iterable's order. The compressed chunks
 * are joined once at the end.
 */
export function writeXlsxBrowser(
  sheets: Iterable<SheetPlan | StreamedSheetPlan>,
  options: WriteOptions = {},
): Uint8Array {
  const date = options.date ?? DEFAULT_WRITE_DATE;
  const mtime = zipEntryTime(date);
  const chunks: Uint8Array[] = [];
  let length = 0;
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else {
      chunks.push(chunk);
      length += chunk.length;
    }
  });
  const sink: PackageSink = {
    entry(name) {
      const file = new ZipDeflate(name, { level: LEVEL });
      file.mtime = mtime;
      zip.add(file);
      let pending = "";
      return {
        write(xml) {
          pending += xml;
          if (pending.length >= PIECE) {
            file.push(strToU8(pending));
            pending = "";
          }
        },
        end() {
          file.push(strToU8(pending), true);
          pending = "";
        },
      };
    },
  };
  writeWorkbookParts(sheets, sink, { date, theme: defaultTheme() });
  zip.end();
  if (failure) throw failure;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
