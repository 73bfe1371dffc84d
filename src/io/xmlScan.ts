/**
 * The string scanning the lean .xlsx reader (./fastRead) and the sheet precheck
 * (./sheetPrecheck) read XML parts with: entity decoding as a SAX parser does it, attributes,
 * sections. Anything a string scanner could misread throws Unsupported, and the caller falls
 * back to ExcelJS.
 */
/** Thrown inside the reader to give up and let ExcelJS read the file. */
export class Unsupported extends Error {}

export function unsupported(why: string): never {
  throw new Unsupported(why);
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Character data as a SAX parser gives it: line ends normalised, entities decoded. */
export function decodeText(s: string): string {
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (!s.includes("&")) return s;
  return s.replace(/&([^;&]*);?/g, (all, name: string) => {
    if (!all.endsWith(";")) unsupported("bare ampersand");
    const named = NAMED[name];
    if (named !== undefined) return named;
    let code = NaN;
    if (/^#x[0-9a-fA-F]+$/.test(name)) code = parseInt(name.slice(2), 16);
    else if (/^#[0-9]+$/.test(name)) code = parseInt(name.slice(1), 10);
    if (!(code >= 0 && code <= 0x10ffff)) unsupported("unknown entity");
    return String.fromCodePoint(code);
  });
}

/** Attribute values are also whitespace-normalised by XML parsers (tab, newline → space). */
export function decodeAttr(s: string): string {
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (/[\t\n]/.test(s)) s = s.replace(/[\t\n]/g, " ");
  return decodeText(s);
}

/** ExcelJS's utils.xmlDecode, which it applies on top of the parser for some values. */
export function xmlDecodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** Excel's `_xHHHH_` escapes, decoded where ExcelJS decodes them (text of `<t>` in strings). */
export function decodeEscapes(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}

const attrRegexCache = new Map<string, RegExp>();

/** The raw (undecoded) value of attribute `name` in a start tag's attribute text. */
function rawAttr(attrs: string, name: string): string | undefined {
  let re = attrRegexCache.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(/:/g, "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrRegexCache.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

export function attr(attrs: string, name: string): string | undefined {
  // The common shape (` name="value"`, double quotes, single spaces) without a regex.
  if (!attrs.includes("'") && !/[\t\n\r]|\s=|=\s/.test(attrs)) {
    const at = attrs.indexOf(` ${name}="`);
    if (at < 0) return attrs.startsWith(`${name}="`) ? attr(` ${attrs}`, name) : undefined;
    const start = at + name.length + 3;
    const raw = attrs.slice(start, attrs.indexOf('"', start));
    return raw.includes("&") ? decodeAttr(raw) : raw;
  }
  const raw = rawAttr(attrs, name);
  return raw === undefined ? undefined : decodeAttr(raw);
}

/** The inner text of the first `<tag>` … `</tag>` section (undefined if absent, "" if empty). */
export function section(xml: string, tag: string): string | undefined {
  const open = new RegExp(`<${tag}(?=[\\s>/])[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  if (open[1] === "/") return "";
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${tag}>`, start);
  if (end < 0) unsupported(`unclosed ${tag}`);
  return xml.slice(start, end);
}

/** `<t>` text inside a string item: "" for `<t/>`, undefined when there is no `<t>`. */
export function tText(xml: string): string | undefined {
  const m = /<t(?=[\s>/])[^>]*?(\/?)>/.exec(xml);
  if (!m) return undefined;
  if (m[1] === "/") return "";
  const start = m.index + m[0].length;
  const end = xml.indexOf("</t>", start);
  if (end < 0) unsupported("unclosed t");
  return decodeText(xml.slice(start, end));
}
