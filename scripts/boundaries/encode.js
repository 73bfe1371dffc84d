// @ts-check
"use strict";
/**
 * The compact text form of the 1/7/2025 mapping that TongHop ships (src/core/boundaries/data).
 * One line per new unit; the decoder is src/core/boundaries/mapping.ts. Kept small because the
 * web bundle carries it: type words become one letter, codes have a fixed width so no
 * separator is needed after them, and a former unit split between several new units is named
 * only the first time it appears in its province.
 *
 *   =<code><type><name>|<former>;<former>…     a province (level 1, 2-digit code)
 *   <code><type><name>|<former>;<former>…      a commune or ward under it (level 2, 5 digits)
 *   former = [*]<code>[<type><name>]           * = partial; name left out when repeated
 *
 * A code ends where its type letter begins. Former level-2 codes have 5 digits, except the few
 * island districts that had no communes (Huyện Côn Đảo, 755), which keep their 3-digit code.
 */

/** Type words, longest first so "Thành phố" is not read as something shorter. */
const TYPE_WORDS = [
  ["P", "Thành phố "],
  ["T", "Tỉnh "],
  ["t", "Thị trấn "],
  ["p", "Phường "],
  ["x", "Xã "],
  ["d", "Đặc khu "],
  ["h", "Huyện "],
];

/** @param {string} name */
function compactName(name) {
  for (const [letter, word] of TYPE_WORDS) {
    if (name.startsWith(word) && name.length > word.length) return letter + name.slice(word.length);
  }
  return "_" + name;
}

/**
 * @param {{ old_id: string; name: string; type: string }[]} merges
 * @param {Set<string>} named codes already named in this province
 */
function formers(merges, named) {
  return merges
    .map((m) => {
      if (!/^\d+$/.test(m.old_id)) throw new Error(`Mã cũ không hợp lệ: ${m.old_id}`);
      if (m.type !== "full" && m.type !== "partial")
        throw new Error(`Loại sáp nhập không rõ “${m.type}” (${m.old_id})`);
      const mark = m.type === "partial" ? "*" : "";
      if (named.has(m.old_id)) return mark + m.old_id;
      named.add(m.old_id);
      return mark + m.old_id + compactName(m.name);
    })
    .join(";");
}

const CODE = { 1: /^\d{2}$/, 2: /^\d{5}$/, former2: /^(\d{3}|\d{5})$/ };

/**
 * @param {{ data: Array<{ level1_id: string; name: string; merges: any[]; level2s: Array<{ level2_id: string; name: string; merges: any[] }> }> }} source
 * @returns {string}
 */
function encodeMapping(source) {
  const lines = [];
  for (const p of source.data) {
    if (!CODE[1].test(p.level1_id)) throw new Error(`Mã tỉnh không hợp lệ: ${p.level1_id}`);
    lines.push("=" + p.level1_id + compactName(p.name) + "|" + formers(p.merges, new Set()));
    const named = new Set();
    for (const c of p.level2s) {
      if (!CODE[2].test(c.level2_id)) throw new Error(`Mã xã không hợp lệ: ${c.level2_id}`);
      for (const m of c.merges)
        if (!CODE.former2.test(m.old_id)) throw new Error(`Mã xã cũ không hợp lệ: ${m.old_id}`);
      lines.push(c.level2_id + compactName(c.name) + "|" + formers(c.merges, named));
    }
  }
  return lines.join("\n");
}

/** The TypeScript module holding the text, with the source's MIT notice that must travel with it. */
function mappingModule(text, licence) {
  const notice = licence
    .trim()
    .split("\n")
    .map((l) => (" * " + l).trimEnd())
    .join("\n");
  return `/*! @license
 * Derived from the 1/7/2025 administrative-unit mapping of dvhcvn/20250701 (mapping/merges.json),
 * rebuilt by \`node scripts/build-boundaries.js\` from ../shared/data/dvhcvn-20250701/merges.json.
 * Its licence:
 *
${notice}
 */
// Generated: do not edit. The format is described in scripts/boundaries/encode.js.
// A function, not a constant: webpack inlines a constant export and drops the notice above,
// which must reach the bundle's licence file.
export function mapping20250701(): string {
  return ${JSON.stringify(text)};
}
`;
}

module.exports = { encodeMapping, mappingModule, TYPE_WORDS };
