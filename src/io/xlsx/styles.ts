/**
 * CellStyle → a cell format index (xf) of one styles.xml, every distinct look stored once.
 * Browser-safe, no dependencies.
 *
 * It writes what the ExcelJS writers write for the same CellStyle (writeStyles.ts toExcelStyle):
 * the same font, fill, border, alignment and protection, and the same default font 0, so a file
 * from either writer reads back the same, cell by cell.
 */
import type { CellStyle } from "../../core/types";
import { styleKey } from "../writeStyles";
import { xmlAttr, NS_MAIN, XML_HEAD } from "./xml";

/** Excel's default font (ExcelJS's too): what a cell without a font of its own shows. */
const DEFAULT_FONT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
/** Fills 0 and 1 are reserved by the format (none, gray125), whatever a file uses. */
const RESERVED_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const THIN_BORDER =
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
/** The first custom number format id; 0-163 are Excel's built-in ones. */
const FIRST_CUSTOM_FORMAT = 164;

/** An index into a list of XML fragments, each fragment stored once. */
class Pool {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: string[]) {
    for (const xml of initial) this.id(xml);
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

function fontXml(s: CellStyle): string | null {
  if (!s.bold && !s.italic && !s.fontName && !s.fontSize) return null;
  // CT_Font's element order.
  return (
    "<font>" +
    (s.bold ? "<b/>" : "") +
    (s.italic ? "<i/>" : "") +
    (s.fontSize ? `<sz val="${s.fontSize}"/>` : "") +
    (s.fontName ? `<name val="${xmlAttr(s.fontName)}"/>` : "") +
    "</font>"
  );
}

function fillXml(s: CellStyle): string | null {
  if (!s.fill) return null;
  const rgb = s.fill.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(rgb)) return null;
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/></patternFill></fill>`;
}

function alignmentXml(s: CellStyle): string | null {
  let horizontal: string | undefined = s.hAlign;
  // Excel only honours an indent on left/right/distributed alignment.
  if (s.indent && !horizontal) horizontal = "left";
  const vertical = s.vAlign === "middle" ? "center" : s.vAlign;
  if (!horizontal && !vertical && !s.wrap && !s.indent) return null;
  return (
    "<alignment" +
    (horizontal ? ` horizontal="${horizontal}"` : "") +
    (vertical ? ` vertical="${vertical}"` : "") +
    (s.wrap ? ' wrapText="1"' : "") +
    (s.indent ? ` indent="${s.indent}"` : "") +
    "/>"
  );
}

/**
 * Hands out xf indexes. Plans reuse one CellStyle object for many cells, so the object is
 * looked up first; the content key catches equal styles built apart (a fresh object per row).
 */
export class StyleTable {
  private readonly byObject = new WeakMap<CellStyle, number>();
  private readonly byKey = new Map<string, number>();
  private readonly fonts = new Pool([DEFAULT_FONT]);
  private readonly fills = new Pool(RESERVED_FILLS);
  private readonly borders = new Pool([NO_BORDER]);
  private readonly formats = new Map<string, number>();
  /** Cell formats; xf 0 is the default every unstyled cell has. */
  private readonly xfs = new Pool([
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ]);

  /** The xf index of a style (0 for none). */
  id(s: CellStyle | undefined): number {
    if (!s) return 0;
    let id = this.byObject.get(s);
    if (id !== undefined) return id;
    const key = styleKey(s);
    id = this.byKey.get(key);
    if (id === undefined) {
      id = this.xfs.id(this.xfXml(s));
      this.byKey.set(key, id);
    }
    this.byObject.set(s, id);
    return id;
  }

  /** Distinct cell formats handed out, the default included. */
  get size(): number {
    return this.xfs.items.length;
  }

  private formatId(code: string): number {
    if (code === "General") return 0;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  private xfXml(s: CellStyle): string {
    const font = fontXml(s);
    const fill = fillXml(s);
    const alignment = alignmentXml(s);
    const numFmtId = s.numFmt ? this.formatId(s.numFmt) : 0;
    const fontId = font ? this.fonts.id(font) : 0;
    const fillId = fill ? this.fills.id(fill) : 0;
    const borderId = s.border ? this.borders.id(THIN_BORDER) : 0;
    const inner = (alignment ?? "") + (s.unlocked ? '<protection locked="0"/>' : "");
    return (
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (borderId ? ' applyBorder="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "") +
      (s.unlocked ? ' applyProtection="1"' : "") +
      (inner ? `>${inner}</xf>` : "/>")
    );
  }

  /** xl/styles.xml for every style handed out so far. */
  xml(): string {
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`,
    );
    const list = (tag: string, items: string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    return (
      XML_HEAD +
      `<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts.length ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
