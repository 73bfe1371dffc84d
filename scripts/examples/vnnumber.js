// @ts-check
"use strict";
/**
 * Reads a number typed as text the Vietnamese way ("2.715", "2.715,40", "0,47", "-3").
 * Deliberately strict and independent of src/: the examples' generator and expected.js use it
 * to decide, on their own, which text cells are numbers and which are malformed.
 * Dots group thousands in threes; a comma is the decimal mark. Anything else → null.
 * @param {string} text
 * @returns {number | null}
 */
function parseVnNumber(text) {
  const s = text.trim();
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(s)) return null;
  return Number(s.replace(/\./g, "").replace(",", "."));
}

module.exports = { parseVnNumber };
