/**
 * A WorkbookPlan → the parts of an .xlsx package, each produced as text in pieces. Browser-safe,
 * no dependencies: the zip and its compression are the host's (../writeXlsx.ts for Node).
 * Sheets are taken one at a time and each is written out before the next is asked for, so a
 * caller may build them lazily.
 */
import type { SheetPlan, StreamedSheetPlan } from "../../core/types";
import { safeSheetName } from "../cellText";
import { printTitles, SharedStrings, sheetXmlPieces } from "./sheetXml";
import { StyleTable } from "./styles";
import { NS_MAIN, NS_REL, xmlAttr, xmlText, XML_HEAD } from "./xml";

/** Text out; the sink decides when to encode and compress. */
export type Emit = (xml: string) => void;

/** A zip entry being written: text in, in order; end() once. */
export interface EntryWriter {
  write: Emit;
  end(): void;
}

export interface PackageSink {
  entry(name: string): EntryWriter;
}

/** A piece of one part's text; the parts come one after another, each ending with `last`. */
export interface PartPiece {
  /** The part's path in the package, e.g. "xl/worksheets/sheet2.xml". */
  part: string;
  xml: string;
  last: boolean;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

interface WrittenSheet {
  name: string;
  state: SheetPlan["state"];
  titles: string | null;
}

/** Writes every part into entries the sink hands out (see workbookPieces). */
export function writeWorkbookParts(
  sheets: Iterable<SheetPlan | StreamedSheetPlan>,
  sink: PackageSink,
  options: { date: Date; theme: string },
): void {
  let entry: EntryWriter | null = null;
  for (const piece of workbookPieces(sheets, options)) {
    entry ??= sink.entry(piece.part);
    entry.write(piece.xml);
    if (piece.last) {
      entry.end();
      entry = null;
    }
  }
}

/** A part written whole, as its one piece. */
function whole(part: string, xml: string): PartPiece {
  return { part, xml, last: true };
}

/** A part written in pieces; an empty part still gets its one (last) piece. */
function* inPieces(part: string, pieces: Iterable<string>): Generator<PartPiece> {
  let held: string | null = null;
  for (const xml of pieces) {
    if (held !== null) yield { part, xml: held, last: false };
    held = xml;
  }
  yield { part, xml: held ?? "", last: true };
}

/**
 * Every part, in pieces, in order. `theme` is the theme XML to ship (the default font refers
 * to its colours and fonts), `date` the document's creation date.
 */
export function* workbookPieces(
  sheets: Iterable<SheetPlan | StreamedSheetPlan>,
  options: { date: Date; theme: string },
): Generator<PartPiece> {
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const taken = new Set<string>();
  const written: WrittenSheet[] = [];
  for (const plan of sheets) {
    const name = safeSheetName(plan.name, taken);
    yield* inPieces(
      `xl/worksheets/sheet${written.length + 1}.xml`,
      sheetXmlPieces(plan, styles, strings),
    );
    written.push({ name, state: plan.state, titles: printTitles(plan, name) });
  }

  yield* inPieces("xl/sharedStrings.xml", strings.pieces());
  yield whole("xl/styles.xml", styles.xml());
  yield whole("xl/theme/theme1.xml", options.theme);

  const sheetRel = (i: number) => `rId${i + 4}`;
  yield whole(
    "xl/workbook.xml",
    XML_HEAD +
      `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/>` +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="24000"/></bookViews><sheets>' +
      written
        .map(
          (s, i) =>
            `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}"` +
            (s.state && s.state !== "visible" ? ` state="${s.state}"` : "") +
            ` r:id="${sheetRel(i)}"/>`,
        )
        .join("") +
      "</sheets>" +
      (written.some((s) => s.titles)
        ? "<definedNames>" +
          written
            .map((s, i) =>
              s.titles
                ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(s.titles)}</definedName>`
                : "",
            )
            .join("") +
          "</definedNames>"
        : "") +
      '<calcPr calcId="171027"/></workbook>',
  );
  yield whole(
    "xl/_rels/workbook.xml.rels",
    XML_HEAD +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      written
        .map(
          (_, i) =>
            `<Relationship Id="${sheetRel(i)}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("") +
      "</Relationships>",
  );
  yield whole(
    "[Content_Types].xml",
    XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
      written
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      `<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
      "</Types>",
  );
  yield whole(
    "_rels/.rels",
    XML_HEAD +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
      "</Relationships>",
  );
  // W3CDTF without milliseconds, as Excel writes it.
  const when = options.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  yield whole(
    "docProps/core.xml",
    XML_HEAD +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      "<dc:creator>TongHop</dc:creator><cp:lastModifiedBy>TongHop</cp:lastModifiedBy>" +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
      "</cp:coreProperties>",
  );
  yield whole(
    "docProps/app.xml",
    XML_HEAD +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      "<Application>TongHop</Application></Properties>",
  );
}
