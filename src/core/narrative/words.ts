/** Small word helpers for Vietnamese sentences built from names written in tables. */

/** First word written in capitals, like an acronym ("OCOP", "KH", "HĐND"). */
function startsWithAcronym(s: string): boolean {
  const first = s.split(/[\s,.;:/-]/)[0] ?? "";
  return (
    first.length >= 2 &&
    first === first.toLocaleUpperCase("vi") &&
    first !== first.toLocaleLowerCase("vi")
  );
}

/** "Diện tích lúa" → "diện tích lúa" inside a sentence; "OCOP …" stays. */
export function lowerFirst(s: string): string {
  if (!s || startsWithAcronym(s)) return s;
  return s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
}

export function upperFirst(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase("vi") + s.slice(1) : s;
}

/**
 * A plan column title as it reads inside a sentence: "Dự toán tỉnh giao" → "dự toán tỉnh
 * giao", "KH năm 2026" → "kế hoạch năm 2026", "Dự toán HĐND xã giao" keeps "HĐND".
 */
export function planTitleInSentence(title: string): string {
  const t = title.replace(/\s+/g, " ").trim();
  if (!t) return "kế hoạch";
  const expanded = t.replace(/^KH\b\.?/u, "kế hoạch").replace(/^DT\b\.?/u, "dự toán");
  return lowerFirst(expanded);
}

/**
 * A plan kept as written, with its unit when the text is only a number or a range:
 * "Trên 95" with % → "trên 95%", "63,5-64" with tạ/ha → "63,5-64 tạ/ha".
 */
export function planTextWithUnit(text: string, unit: string): string {
  const t = lowerFirst(text.replace(/\s+/g, " ").trim());
  const u = unit.trim();
  if (!u || !/\d\s*$/.test(t)) return t;
  return u === "%" ? t + "%" : `${t} ${u}`;
}

/** The period as it reads inside a sentence: "Quý I/2026" → "quý I/2026". */
export function periodInSentence(label: string): string {
  return lowerFirst(label);
}

/** Tidies spaces left by empty parts ("5  con" → "5 con", "ha ," → "ha,"). */
export function tidySpaces(s: string): string {
  return s
    .replace(/ {2,}/g, " ")
    .replace(/ +([,;.)])/g, "$1")
    .replace(/\( +/g, "(");
}
