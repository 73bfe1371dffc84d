#!/usr/bin/env node
/*
 * Draws the add-in's icons (a green rounded square with a white "TH") and writes them as PNG
 * files into assets/. Office asks for fixed pixel sizes (16, 32, 64, 80) and rejects
 * manifests whose icons are missing, so the files are generated here rather than drawn by
 * hand, and committed so that a build never depends on running this script.
 *
 * No image library: shapes are rectangles and a rounded square, rasterised with 4x4
 * supersampling for smooth edges, then encoded as RGBA PNG with Node's zlib.
 *
 * Usage: node scripts/make-icons.js [outDir]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Excel's brand green, so the button sits naturally on the Home tab. */
const BACKGROUND = [0x10, 0x7c, 0x41];
const FOREGROUND = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

/** The letters "TH" as rectangles [x0, y0, x1, y1] in a unit square. */
const LETTER_RECTS = [
  // T: top bar and stem
  [0.16, 0.28, 0.5, 0.4],
  [0.27, 0.28, 0.39, 0.74],
  // H: two stems and the crossbar
  [0.54, 0.28, 0.66, 0.74],
  [0.74, 0.28, 0.86, 0.74],
  [0.54, 0.45, 0.86, 0.56],
];

function insideRoundedSquare(x, y, radius) {
  // Distance test against the nearest corner circle; the straight edges are the unit square.
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  const dx = x - cx;
  const dy = y - cy;
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && dx * dx + dy * dy <= radius * radius;
}

function insideLetters(x, y) {
  return LETTER_RECTS.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
}

/** Returns RGBA pixels of the icon at the given size. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shape = 0;
      let letter = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (insideRoundedSquare(x, y, 0.2)) {
            shape++;
            if (insideLetters(x, y)) letter++;
          }
        }
      }
      const o = (py * size + px) * 4;
      const letterShare = shape === 0 ? 0 : letter / shape;
      for (let c = 0; c < 3; c++) {
        pixels[o + c] = Math.round(BACKGROUND[c] * (1 - letterShare) + FOREGROUND[c] * letterShare);
      }
      pixels[o + 3] = Math.round((255 * shape) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG file (8-bit, colour type 6, no filtering). */
function encodePng(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type "None" for every row
    pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const ICONS = [
  ["icon-16.png", 16],
  ["icon-32.png", 32],
  ["icon-64.png", 64],
  ["icon-80.png", 80],
  ["logo-filled.png", 128],
];

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, size] of ICONS) {
    fs.writeFileSync(path.join(outDir, name), encodePng(size, drawIcon(size)));
    console.log(`${name} ${size}x${size}`);
  }
}

if (require.main === module) main();

module.exports = { drawIcon, encodePng, ICONS };
