/**
 * The drafted report as a Word document, laid out per Nghị định 30/2020/NĐ-CP (Phụ lục I):
 * A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; header block as a
 * borderless two-column table; body justified with a first-line indent and 6 pt between
 * paragraphs; page numbers centred at the top from page 2; "Nơi nhận" and the signature as a
 * borderless two-column table; the summary table as a Word table in a landscape appendix.
 *
 * Browser-safe: Packer.toArrayBuffer works in Node and in the standalone page alike.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { Block, Report, Run } from "../core/narrative/types";

const FONT = "Times New Roman";
/** Sizes in half-points, as Word stores them. */
const BODY = 28; // 14 pt
const SMALL = 26; // 13 pt
const TABLE = 22; // 11 pt
const RECIPIENTS = 22; // 11 pt, per NĐ 30
const SPACING_AFTER = 120; // 6 pt in twentieths of a point
const LINE_1_15 = 276; // 1.15 lines in 240ths
/** Millimetres to twips, rounded up so a margin is never a hair short of what NĐ 30 asks. */
const mm = (x: number): number => Math.ceil((x * 1440) / 25.4);
const FIRST_LINE_INDENT = mm(10);

const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
};
/** A4 as Word writes it (11906 × 16838 twips). */
const A4 = { width: 11906, height: 16838 };
/** Text width of a portrait page: 210 − 30 − 15 mm. */
const PORTRAIT_TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** Text width of the landscape appendix: 297 − 20 − 20 mm. */
const LANDSCAPE_TEXT_WIDTH = A4.height - 2 * mm(20);

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

interface Line {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  spaceAfter?: number;
}

function line(l: Line): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: l.spaceAfter ?? 0 },
    children: [
      new TextRun({
        text: l.text,
        bold: l.bold,
        italics: l.italic,
        font: FONT,
        size: l.size ?? SMALL,
      }),
    ],
  });
}

/** An empty paragraph carrying the rule only (used under text whose width the rule must not follow). */
function rule(indent: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 120 },
    indent: { left: indent, right: indent },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", font: FONT, size: 4 })],
  });
}

function cell(
  children: Paragraph[],
  width: number,
  extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {},
): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph("")],
    width: { size: width, type: WidthType.DXA },
    ...extra,
  });
}

function borderless(
  left: Paragraph[],
  right: Paragraph[],
  leftWidth: number,
  total: number,
): Table {
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [leftWidth, total - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(left, leftWidth, { borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } }),
          cell(right, total - leftWidth, {
            borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
          }),
        ],
      }),
    ],
  });
}

function headerBlock(report: Report): Table {
  const h = report.header;
  const leftWidth = Math.round(PORTRAIT_TEXT_WIDTH * 0.44);
  const left: Paragraph[] = [];
  if (h.parentBody) left.push(line({ text: h.parentBody, size: 24 }));
  left.push(line({ text: h.issuingBody, bold: true, size: 24 }));
  left.push(rule(Math.round(leftWidth * 0.3)));
  left.push(line({ text: h.numberLine }));
  const rightWidth = PORTRAIT_TEXT_WIDTH - leftWidth;
  const right: Paragraph[] = [
    line({ text: h.nationalTitle, bold: true, size: 24 }),
    line({ text: h.motto, bold: true, size: BODY }),
    rule(Math.round(rightWidth * 0.2)),
    line({ text: h.placeDate, italic: true, size: BODY }),
  ];
  return borderless(left, right, leftWidth, PORTRAIT_TEXT_WIDTH);
}

function textRuns(runs: Run[], italicAll = false): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        font: FONT,
        size: BODY,
        bold: r.kind === "text" ? r.bold : undefined,
        italics: italicAll || (r.kind === "text" ? r.italic : undefined),
      }),
  );
}

function bodyParagraph(block: Block): Paragraph {
  if (block.kind === "heading") {
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { before: 120, after: SPACING_AFTER, line: LINE_1_15, lineRule: LineRuleType.AUTO },
      indent: { firstLine: FIRST_LINE_INDENT },
      keepNext: true,
      children: [
        new TextRun({ text: `${block.number} ${block.text}`, bold: true, font: FONT, size: BODY }),
      ],
    });
  }
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: SPACING_AFTER, line: LINE_1_15, lineRule: LineRuleType.AUTO },
    indent: { firstLine: FIRST_LINE_INDENT },
    children: textRuns(block.runs, block.placeholder),
  });
}

function signatureBlock(report: Report): Table {
  const leftWidth = Math.round(PORTRAIT_TEXT_WIDTH * 0.45);
  const left: Paragraph[] = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [
        new TextRun({ text: "Nơi nhận:", bold: true, italics: true, font: FONT, size: 24 }),
      ],
    }),
    ...report.recipients.map(
      (r) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children: [new TextRun({ text: r, font: FONT, size: RECIPIENTS })],
        }),
    ),
  ];
  const right: Paragraph[] = report.signature.titles.map((t) =>
    line({ text: t, bold: true, size: BODY }),
  );
  // Room for the signature and seal.
  for (let i = 0; i < 4; i++) right.push(line({ text: "", size: BODY }));
  right.push(line({ text: report.signature.name, bold: true, size: BODY }));
  return borderless(left, right, leftWidth, PORTRAIT_TEXT_WIDTH);
}

function summaryTable(report: Report): Table {
  const t = report.table;
  const n = t.columns.length;
  // STT narrow, Chỉ tiêu wide, ĐVT narrow, Ghi chú medium, figures share the rest.
  const fixed = [700, 3600, 1100];
  const noteWidth = 1600;
  const rest = LANDSCAPE_TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0) - noteWidth;
  const figureCols = Math.max(1, n - 4);
  const widths = [
    ...fixed,
    ...Array.from({ length: figureCols }, () => Math.floor(rest / figureCols)),
    noteWidth,
  ].slice(0, n);
  const para = (
    text: string,
    opts: {
      bold?: boolean;
      italic?: boolean;
      align: (typeof AlignmentType)[keyof typeof AlignmentType];
    },
  ) =>
    new Paragraph({
      alignment: opts.align,
      spacing: { before: 20, after: 20 },
      children: [
        new TextRun({ text, bold: opts.bold, italics: opts.italic, font: FONT, size: TABLE }),
      ],
    });
  const borders = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) =>
      cell([para(c, { bold: true, align: AlignmentType.CENTER })], widths[i], {
        borders,
        verticalAlign: VerticalAlignTable.CENTER,
      }),
    ),
  });
  const body = t.rows.map((r) =>
    r.level === 0
      ? // A field's row: its numeral, then its name across the whole table.
        new TableRow({
          cantSplit: true,
          children: [
            cell([para(r.cells[0], { bold: true, align: AlignmentType.CENTER })], widths[0], {
              borders,
            }),
            cell(
              [
                para(r.cells.slice(1).filter(Boolean).join(" "), {
                  bold: true,
                  align: AlignmentType.LEFT,
                }),
              ],
              LANDSCAPE_TEXT_WIDTH - widths[0],
              {
                borders,
                columnSpan: n - 1,
              },
            ),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: r.cells.map((c, i) =>
            cell(
              [
                para(c, {
                  italic: r.level === 2,
                  align:
                    i === 0 || i === 2
                      ? AlignmentType.CENTER
                      : i === 1 || i === n - 1
                        ? AlignmentType.LEFT
                        : AlignmentType.RIGHT,
                }),
              ],
              widths[i],
              { borders, verticalAlign: VerticalAlignTable.CENTER },
            ),
          ),
        }),
  );
  return new Table({
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [head, ...body],
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SMALL })],
      }),
    ],
  });
}

/** The report as the bytes of a .docx file. */
export async function reportDocx(report: Report): Promise<Uint8Array> {
  const main: ISectionOptions = {
    properties: {
      titlePage: true,
      page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN },
    },
    headers: {
      // NĐ 30: no number on the first page; from page 2, centred at the top.
      first: new Header({ children: [new Paragraph("")] }),
      default: pageNumberHeader(),
    },
    children: [
      headerBlock(report),
      new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
      line({ text: report.title, bold: true, size: BODY }),
      line({ text: report.subject, bold: true, size: BODY }),
      rule(Math.round(PORTRAIT_TEXT_WIDTH * 0.35)),
      ...report.body.map(bodyParagraph),
      new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
      signatureBlock(report),
    ],
  };
  const appendix: ISectionOptions = {
    properties: {
      page: {
        size: { ...A4, orientation: PageOrientation.LANDSCAPE },
        margin: { ...MARGIN, left: mm(20), right: mm(20) },
      },
    },
    headers: { default: pageNumberHeader() },
    children: [
      line({ text: "PHỤ LỤC", bold: true, size: BODY }),
      line({ text: report.table.title, bold: true, size: BODY }),
      line({ text: report.table.caption, italic: true, size: BODY, spaceAfter: 200 }),
      summaryTable(report),
    ],
  };
  const doc = new Document({
    creator: report.header.issuingBody,
    title: `${report.title} ${report.subject}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: report.table.rows.length > 0 ? [main, appendix] : [main],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buffer);
}
