/**
 * Numbers written the Vietnamese way: "." groups thousands, "," marks decimals
 * ("2.715,40" = 2715.4). Departments type figures into text cells as often as into number
 * cells, so the core must read them back exactly, and must refuse anything that is not
 * clearly ONE number rather than guess (a wrong guess becomes a wrong provincial total).
 *
 * Decisions for ambiguous input (documented here because callers report them as errors):
 * - "1.5", "0.47", "12.5": a dot followed by anything other than exactly three digits is not a
 *   Vietnamese thousands group, and reading it as an English decimal would be a guess → null.
 * - "1.500" is 1500: by Vietnamese rules a dot before exactly three digits is a group.
 * - "1,234" is 1,234 (one point two three four): by Vietnamese rules the comma is the decimal mark.
 * - "1,234.56" (English style, comma then dot) → null: a dot may never follow the decimal comma.
 * - ",5" and "5," → null (no digit on one side of the mark).
 * - The first group of a grouped number cannot start with 0 ("0.123", "01.234" → null), since no
 *   one writes a grouped number that way; plain digit runs may ("007" → 7).
 * - Grouping is by dots or by spaces (space, NBSP, narrow NBSP), never both in one number.
 * - One sign at most: leading "+" or "-" (also the Unicode minus "−"), or accounting brackets
 *   "(1.234)" meaning -1234. A percent sign may end the number ("12,5%" → 12.5; the value is the
 *   number as written, not divided by 100).
 */

export interface ParsedViNumber {
  value: number;
  /** Digits written after the decimal comma (0 when none): "2.715,40" → 2. */
  decimals: number;
  /** The text ended with a percent sign. */
  percent: boolean;
}

// Grouped by dots, grouped by spaces (any of space, NBSP, narrow NBSP, figure space), or plain.
const INTEGER_FORMS = [
  /^[1-9]\d{0,2}(?:\.\d{3})+$/,
  /^[1-9]\d{0,2}(?:[ \u00A0\u202F\u2007]\d{3})+$/,
  /^\d+$/,
];

/**
 * Reads one number written the Vietnamese way, telling how many decimals were written and
 * whether it carried a percent sign. null when the text is not exactly one number.
 */
export function parseViNumberDetailed(text: string): ParsedViNumber | null {
  if (typeof text !== "string") return null;
  // Trim ordinary and exotic white space at the ends, but keep inner spaces as they are:
  // they may be thousands groups, and "1  820" (two spaces) is not a group.
  let s = text.normalize("NFC").replace(/^[\s\u00A0\u200B\uFEFF]+|[\s\u00A0\u200B\uFEFF]+$/g, "");
  if (s === "") return null;

  let percent = false;
  const takePercent = (): void => {
    const m = /^(.*?)[\s\u00A0\u202F]?%$/s.exec(s);
    if (m && !percent) {
      percent = true;
      s = m[1];
    }
  };
  takePercent();

  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1);
    if (!percent) takePercent();
  }
  const sign = s.charAt(0);
  if (sign === "+" || sign === "-" || sign === "\u2212") {
    if (negative) return null; // "(-5)" says negative twice: not a clear number
    negative = sign !== "+";
    s = s.slice(1);
  }

  const comma = s.indexOf(",");
  const intPart = comma < 0 ? s : s.slice(0, comma);
  const fracPart = comma < 0 ? "" : s.slice(comma + 1);
  if (comma >= 0 && !/^\d+$/.test(fracPart)) return null;
  if (!INTEGER_FORMS.some((re) => re.test(intPart))) return null;

  const digits = intPart.replace(/[.\s\u00A0\u202F\u2007]/g, "");
  const value = Number(digits + (fracPart ? "." + fracPart : ""));
  if (!Number.isFinite(value)) return null;
  return {
    value: negative && value !== 0 ? -value : 0 + value,
    decimals: fracPart.length,
    percent,
  };
}

/**
 * Reads one number written the Vietnamese way ("2.715,40" → 2715.4, "1 820" → 1820,
 * "12,5%" → 12.5, "(1.234)" → -1234). null when the text is not exactly one number
 * ("2.7150.000", "1.2.3", "12,5,0", "12 ha", "1.5"); see the module comment for the rules.
 */
export function parseViNumber(text: string): number | null {
  const r = parseViNumberDetailed(text);
  return r ? r.value : null;
}

// Largest decimals Intl accepts everywhere in ES2022 engines.
const MAX_DECIMALS = 20;

/**
 * How many decimals a figure needs when nobody said: at most 2, trailing zeros dropped
 * (1820 → 0, 2715.4 → 1, 3.25 → 2, 12345.678 → 2). A non-zero figure that would round to 0
 * at 2 decimals gets just enough to show two significant digits (0.0047 → 4), capped at 6,
 * so a tiny but real value never prints as "0".
 */
export function autoDecimals(value: number): number {
  // A whole number has no decimals to show at any rounding (Intl gives "1820.00" → 0).
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const a = Math.abs(value);
  if (a < 0.005) {
    const firstSignificant = Math.floor(-Math.log10(a)) + 1; // 0.0047 → 3
    return trimDecimals(a, Math.min(6, firstSignificant + 1));
  }
  return trimDecimals(a, 2);
}

/** Decimals of `a` rounded to `max` decimals, trailing zeros dropped. */
function trimDecimals(a: number, max: number): number {
  const fixed = roundedDigits(a, max);
  const frac = fixed.split(".")[1] ?? "";
  return frac.replace(/0+$/, "").length;
}

// Making an Intl.NumberFormat costs far more than using one, and a report formats thousands
// of figures: one formatter per (locale, decimals), made on first use.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: "en-US" | "vi-VN", decimals: number): Intl.NumberFormat {
  const key = locale + decimals;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      useGrouping: false,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, f);
  }
  return f;
}

/** Decimal-correct rounding to text ("1.005" at 2 → "1.01"), via Intl, in plain en digits. */
function roundedDigits(a: number, decimals: number): string {
  const fast = roundShortest(a, decimals);
  if (fast) return decimals > 0 ? fast.int + "." + fast.frac : fast.int;
  return formatter("en-US", decimals).format(a);
}

/**
 * Intl's rounding without Intl, which is slow and runs for every figure of every message:
 * Intl rounds the shortest decimal that reads back as the double (what String gives, so
 * 1.005 is "1.005" and rounds to 1.01), half away from zero. Done here on String's digits for
 * a non-negative `a`; null when String uses an exponent (below 1e-6, from 1e21), left to Intl.
 */
function roundShortest(a: number, decimals: number): { int: string; frac: string } | null {
  const s = String(a);
  if (s.includes("e")) return null;
  const dot = s.indexOf(".");
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? "" : s.slice(dot + 1);
  if (frac.length <= decimals) return { int, frac: frac + "0".repeat(decimals - frac.length) };
  const kept = int + frac.slice(0, decimals);
  if (frac.charCodeAt(decimals) < 53 /* "5" */) {
    return { int, frac: frac.slice(0, decimals) };
  }
  // Round up: add one to the last kept digit, carrying through the nines.
  let i = kept.length - 1;
  while (i >= 0 && kept.charCodeAt(i) === 57 /* "9" */) i--;
  const bumped =
    (i < 0 ? "1" : kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1)) +
    "0".repeat(kept.length - 1 - i);
  return {
    int: bumped.slice(0, bumped.length - decimals),
    frac: bumped.slice(bumped.length - decimals),
  };
}

/**
 * Formats a figure the Vietnamese way: "1.820", "2.715,40", "-1.820". With `decimals` the
 * decimals are fixed; without, {@link autoDecimals} decides. Grouping is always applied, also
 * to four-digit numbers (some ICU builds leave "1820" ungrouped for vi-VN), and only plain "."
 * and "," are used, never NBSP, so the text reads back with {@link parseViNumber}.
 */
export function formatViNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const d =
    decimals === undefined
      ? autoDecimals(value)
      : Math.max(0, Math.min(MAX_DECIMALS, Math.floor(decimals)));
  // Decimal-correct rounding as Intl does it (roundShortest, Intl itself as the fallback); the
  // separators are then put in by hand so the result never depends on the host's ICU data.
  let int = "";
  let frac = "";
  // Digits only when they come from String (below); Intl's parts are cleaned of anything else.
  let digitsOnly = true;
  if (Number.isSafeInteger(value)) {
    // Most figures are whole: nothing to round, and String gives exactly Intl's digits
    // (formatToParts is the slow part of formatting thousands of figures in messages).
    int = String(Math.abs(value));
    frac = "0".repeat(d);
  } else {
    const fast = roundShortest(Math.abs(value), d);
    if (fast) {
      int = fast.int;
      frac = fast.frac;
    }
  }
  if (int === "") {
    digitsOnly = false;
    const parts = formatter("vi-VN", d).formatToParts(Math.abs(value));
    for (const p of parts) {
      if (p.type === "integer") int += p.value;
      else if (p.type === "fraction") frac += p.value;
    }
  }
  if (!digitsOnly) int = int.replace(NON_DIGITS_RE, "");
  if (int === "") int = "0";
  const grouped = groupThousands(int);
  const body = frac ? grouped + "," + frac : grouped;
  // No "-0" / "-0,00" when the value rounds to zero.
  const isZero = ONLY_ZEROS_RE.test(body);
  return value < 0 && !isZero ? "-" + body : body;
}

// Every figure of every message is formatted here (thousands of them for a province's batch):
// the patterns are made once, and the grouping is done by slicing rather than by a lookahead
// regex over the digits.
const NON_DIGITS_RE = /\D/g;
const ONLY_ZEROS_RE = /^[0.,]*$/;

/** "2715400" → "2.715.400", as int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") gives, for digits only. */
function groupThousands(int: string): string {
  const n = int.length;
  if (n <= 3) return int;
  const head = n % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < n; i += 3) out += "." + int.slice(i, i + 3);
  return out;
}

/**
 * Formats a percentage already in percent units: 0.47 → "0,47%", 108.5 → "108,5%",
 * 100 → "100%", 3.25 → "3,25%". Default decimals: below 1% (and not 0) two fixed decimals,
 * because small shares are read to the hundredth (0.5 → "0,50%"); otherwise up to two, trailing
 * zeros dropped ({@link autoDecimals}).
 */
export function formatViPercent(pct: number, decimals?: number): string {
  if (!Number.isFinite(pct)) return String(pct);
  let d = decimals;
  if (d === undefined) {
    d = autoDecimals(pct);
    if (pct !== 0 && Math.abs(pct) < 1) d = Math.max(2, d);
  }
  return formatViNumber(pct, d) + "%";
}
