/** Counts and sizes as Vietnamese messages write them. */

/** 100000 → "100.000" (Vietnamese digit grouping). */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Bytes as "50 MB" / "512 KB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${groupDigits(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${groupDigits(n / 1024)} KB`;
  return `${groupDigits(n)} byte`;
}
