/*
 * The committed icons must be what scripts/make-icons.js draws, so a change to the drawing is
 * never shipped half-way, and they must show the intended picture: a green square with
 * white letters on a transparent background (Office puts them on light and dark ribbons).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

interface IconScript {
  drawIcon(size: number): Buffer;
  encodePng(size: number, pixels: Buffer): Buffer;
  ICONS: Array<[string, number]>;
}

const ROOT = path.resolve(__dirname, "..");
const icons = jest.requireActual<IconScript>(path.join(ROOT, "scripts", "make-icons.js"));

/** Decodes the unfiltered RGBA PNGs the script writes (filter byte 0 on every row). */
function decode(file: Buffer): { size: number; pixels: Buffer } {
  const size = file.readUInt32BE(16);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < file.length;) {
    const length = file.readUInt32BE(offset);
    if (file.toString("ascii", offset + 4, offset + 8) === "IDAT") {
      idat.push(file.subarray(offset + 8, offset + 8 + length));
    }
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    expect(raw[y * (size * 4 + 1)]).toBe(0);
    raw.copy(pixels, y * size * 4, y * (size * 4 + 1) + 1, (y + 1) * (size * 4 + 1));
  }
  return { size, pixels };
}

function pixel(pixels: Buffer, size: number, x: number, y: number): number[] {
  const o = (y * size + x) * 4;
  return [pixels[o], pixels[o + 1], pixels[o + 2], pixels[o + 3]];
}

describe("assets icons", () => {
  it.each(icons.ICONS)("%s is exactly what scripts/make-icons.js draws", (name, size) => {
    // Pixels, not bytes: another zlib may compress the same picture differently.
    const committed = decode(fs.readFileSync(path.join(ROOT, "assets", name)));
    expect(committed.size).toBe(size);
    expect(committed.pixels.equals(icons.drawIcon(size))).toBe(true);
  });

  it.each(icons.ICONS)("%s is a green rounded square with white letters", (name) => {
    const { size, pixels } = decode(fs.readFileSync(path.join(ROOT, "assets", name)));
    // Corners are transparent (rounded), so the icon sits cleanly on any ribbon colour.
    expect(pixel(pixels, size, 0, 0)[3]).toBe(0);
    expect(pixel(pixels, size, size - 1, size - 1)[3]).toBe(0);
    // Just inside the left edge, halfway down: opaque brand green.
    expect(pixel(pixels, size, Math.floor(size * 0.08), Math.floor(size / 2))).toEqual([
      0x10, 0x7c, 0x41, 255,
    ]);
    // Some opaque pixels are (near) white: the letters are there at every size.
    let white = 0;
    for (let i = 0; i < size * size; i++) {
      if (pixels[i * 4] > 200 && pixels[i * 4 + 1] > 200 && pixels[i * 4 + 3] === 255) white++;
    }
    expect(white).toBeGreaterThan(size * size * 0.05);
  });
});
