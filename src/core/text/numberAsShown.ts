/**
 * A number cell read as text, as the cell shows it. Codes are often typed as numbers in a cell
 * formatted "00" or "0000": the planner sees 01 or 0105, and so does the catalog beside them;
 * read as their plain digits (1, 105) they would match no code and print wrongly in the outputs.
 * Only zero-padded whole-number formats are applied: any other format gives the plain digits.
 */
export function numberAsShown(value: number, format: string | null | undefined): string {
  if (format && Number.isInteger(value) && value >= 0) {
    // The first section is the one for positive numbers ("00;-00" included).
    const positive = format.split(";")[0];
    if (/^0{2,}$/.test(positive)) return String(value).padStart(positive.length, "0");
  }
  return String(value);
}
