/**
 * What every direct OOXML writer ships beside the parts it writes (../writeXlsx.ts for Node,
 * ../writeXlsxBrowser.ts for the page's worker): the zip entries' time and the default theme.
 * Browser-safe: the theme is a plain string module of ExcelJS's, which webpack bundles on its
 * own without ExcelJS.
 */

/**
 * The time zip entries carry for a write date. Zip entries carry local time: the same clock
 * reading as the date's UTC, as stampZipTimes gives the ExcelJS writers, so a file's times do
 * not depend on the machine's time zone.
 */
export function zipEntryTime(date: Date): Date {
  return new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
}

/** ExcelJS's default theme, which the default font's colour and scheme refer to. */
export function defaultTheme(): string {
  // A plain string module; requiring it does not load ExcelJS itself (nor bundle it).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("exceljs/lib/xlsx/xml/theme1.js") as string;
}
