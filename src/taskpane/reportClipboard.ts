/**
 * The drafted report for the clipboard, where Office blocks downloads: rich text laid out as
 * the .docx is (Nghị định 30 header block, body, Nơi nhận beside the signature) so a paste into
 * Word keeps it, plus the same as plain text; and the copying itself, with what the host allows.
 */
import { blockText, reportLines } from "../core/narrative/plainText";
import type { Report } from "../core/narrative/types";

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const FONT = "font-family:'Times New Roman',serif;font-size:14pt";

export function reportHtml(report: Report): string {
  const h = report.header;
  const cell = "text-align:center;vertical-align:top;padding:0 6pt";
  const lines = (parts: string[]) => parts.filter((p) => p !== "").join("<br>");
  const head = `<table style="width:100%;border-collapse:collapse;${FONT}"><tr><td style="${cell};width:40%">${lines(
    [h.parentBody ? esc(h.parentBody) : "", `<b>${esc(h.issuingBody)}</b>`, esc(h.numberLine)],
  )}</td><td style="${cell}">${lines([
    `<b>${esc(h.nationalTitle)}</b>`,
    `<b>${esc(h.motto)}</b>`,
    `<i>${esc(h.placeDate)}</i>`,
  ])}</td></tr></table>`;
  const body = report.body
    .map((block) =>
      block.kind === "heading"
        ? `<p style="${FONT};font-weight:bold">${esc(blockText(block))}</p>`
        : `<p style="${FONT};text-align:justify;text-indent:1cm">${esc(blockText(block))}</p>`,
    )
    .join("");
  const foot = `<table style="width:100%;border-collapse:collapse;${FONT}"><tr><td style="vertical-align:top;font-size:12pt;width:50%"><b><i>Nơi nhận:</i></b><br>${report.recipients
    .map(esc)
    .join("<br>")}</td><td style="${cell}">${lines([
    ...report.signature.titles.map((t) => `<b>${esc(t)}</b>`),
    "<br><br><br>",
    report.signature.name ? `<b>${esc(report.signature.name)}</b>` : "",
  ])}</td></tr></table>`;
  return `${head}<p style="${FONT};text-align:center;font-weight:bold">${esc(report.title)}<br>${esc(
    report.subject,
  )}</p>${body}${foot}`;
}

export function reportPlainText(report: Report): string {
  return reportLines(report).join("\n");
}

export type CopyOutcome = "rich" | "plain" | "unavailable";

/** The clipboard API the page has; tests give their own. */
export interface ClipboardLike {
  write?(items: ClipboardItem[]): Promise<void>;
  writeText?(text: string): Promise<void>;
}

export async function copyReport(
  report: Report,
  clipboard: ClipboardLike | undefined = globalThis.navigator?.clipboard,
): Promise<CopyOutcome> {
  const plain = reportPlainText(report);
  if (clipboard?.write && typeof ClipboardItem !== "undefined") {
    try {
      await clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([reportHtml(report)], { type: "text/html" }),
          "text/plain": new Blob([plain], { type: "text/plain" }),
        }),
      ]);
      return "rich";
    } catch {
      // Some webviews refuse rich text but take plain text.
    }
  }
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(plain);
      return "plain";
    } catch {
      // Clipboard blocked by the host's policy: the text view is the way left.
    }
  }
  return "unavailable";
}

/** Plain text to the clipboard (the reminder to the units), with what the host allows. */
export async function copyPlainText(
  text: string,
  clipboard: ClipboardLike | undefined = globalThis.navigator?.clipboard,
): Promise<Exclude<CopyOutcome, "rich">> {
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return "plain";
    } catch {
      // Blocked by the host's policy: the caller selects the text for Ctrl+C.
    }
  }
  return "unavailable";
}
