/**
 * formatViNumber groups thousands by slicing and skips cleaning digits it made itself. This
 * takes the digits of what it wrote, groups them and puts the sign back as the regex version
 * it replaced did, and asks for the same text, on every kind of figure and decimals asked
 * (the digits themselves are held to Intl by fastPaths.test.ts and vnNumber.test.ts).
 */
import fc from "fast-check";
import { formatViNumber } from "./vnNumber";

/** The grouping and sign handling as they were, applied to the digits formatViNumber wrote. */
function reference(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const shown = formatViNumber(value, decimals);
  const digits = shown.replace(/^-/, "").replace(/\./g, "");
  const [intPart, frac = ""] = digits.split(",");
  const int = intPart.replace(/\D/g, "") || "0";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = frac ? grouped + "," + frac : grouped;
  const isZero = /^[0.,]*$/.test(body);
  return value < 0 && !isZero ? "-" + body : body;
}

test("grouping and sign are those of the regex version", () => {
  const figure = fc.oneof(
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.double({ min: -1e15, max: 1e15, noNaN: true }),
    fc.constantFrom(0, -0, 999, 1000, -1000, 999999.995, 0.0047, -0.004, 123456789012345),
  );
  fc.assert(
    fc.property(figure, fc.option(fc.integer({ min: 0, max: 6 })), (v, d) => {
      expect(formatViNumber(v, d ?? undefined)).toBe(reference(v, d ?? undefined));
    }),
    { numRuns: 2000 },
  );
});
