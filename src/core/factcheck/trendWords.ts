/**
 * Words that judge a change, and how far a change may go before the word no longer fits.
 * The bounds are what a reader of a government report takes the words to mean; they are kept
 * here, apart from the rule, so an office can see and argue with them.
 */
export interface TrendWord {
  pattern: RegExp;
  /** +1 said of a rise, −1 of a fall, 0 of no change. */
  direction: 1 | -1 | 0;
  /** "slight": at most SLIGHT_MAX_PCT; "strong": at least STRONG_MIN_PCT; "flat": at most FLAT_MAX_PCT. */
  degree: "slight" | "strong" | "flat" | "any";
}

/** "tăng nhẹ", "giảm nhẹ": a change of at most this many percent. */
export const SLIGHT_MAX_PCT = 10;
/** "tăng mạnh", "giảm sâu": a change of at least this many percent. */
export const STRONG_MIN_PCT = 3;
/** "ổn định", "tương đương cùng kỳ": a change of at most this many percent. */
export const FLAT_MAX_PCT = 5;

export const TREND_WORDS: TrendWord[] = [
  { pattern: /tăng nhẹ/u, direction: 1, degree: "slight" },
  {
    pattern: /giảm nhẹ(?!\s+(?:thiên tai|rủi ro|hậu quả|thiệt hại))/u,
    direction: -1,
    degree: "slight",
  },
  {
    pattern: /tăng (?:mạnh|cao|đột biến|vượt bậc|nhanh|đáng kể|rất cao)(?![\p{L}])/u,
    direction: 1,
    degree: "strong",
  },
  { pattern: /giảm (?:mạnh|sâu|đáng kể|nhanh)(?![\p{L}])/u, direction: -1, degree: "strong" },
  {
    pattern:
      /(?:giữ (?:được )?ổn định|ổn định so với cùng kỳ|tương đương (?:với )?cùng kỳ|xấp xỉ (?:bằng )?cùng kỳ|không biến động|biến động không đáng kể|không thay đổi so với cùng kỳ)/u,
    direction: 0,
    degree: "flat",
  },
  { pattern: /(?:có xu hướng |tiếp tục )?tăng so với cùng kỳ/u, direction: 1, degree: "any" },
  { pattern: /(?:có xu hướng |tiếp tục )?giảm so với cùng kỳ/u, direction: -1, degree: "any" },
];
