#!/usr/bin/env node
// Draws the toolbar icons (a speech bubble with a check mark) into public/icons/icon-<size>.png.
// The PNGs are committed; run this again only when the design changes: `node scripts/make-icons.mjs`.
// No image library: shapes are signed-distance tests, anti-aliased by supersampling, and the PNG
// is written by hand (IHDR + one zlib-compressed IDAT + IEND) so the script has no dependencies.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLING = 4;
const BUBBLE_COLOUR = [0x1f, 0x6f, 0x5c]; // deep teal: reads as "OK" without being a traffic-light green
const CHECK_COLOUR = [0xff, 0xff, 0xff];

const outputDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

// Shapes live in a unit square [0, 1] x [0, 1] so one drawing serves every size.
function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  const nearestX = Math.min(Math.max(x, left + radius), right - radius);
  const nearestY = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - nearestX) ** 2 + (y - nearestY) ** 2 <= radius ** 2;
}

function insideTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  const hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
  const hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(hasNegative && hasPositive);
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insideBubble(x, y) {
  return (
    insideRoundedRect(x, y, 0.04, 0.06, 0.96, 0.76, 0.18) || insideTriangle(x, y, [0.2, 0.6], [0.46, 0.7], [0.16, 0.96])
  );
}

function insideCheck(x, y, size) {
  // Thicker strokes at small sizes so the mark survives 16 px.
  const halfWidth = size <= 16 ? 0.085 : size <= 32 ? 0.07 : 0.06;
  const elbow = [0.42, 0.56];
  return (
    distanceToSegment(x, y, [0.25, 0.4], elbow) <= halfWidth ||
    distanceToSegment(x, y, elbow, [0.75, 0.22]) <= halfWidth
  );
}

function renderRgba(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      let bubbleHits = 0;
      let checkHits = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const x = (column + (sx + 0.5) / SUPERSAMPLING) / size;
          const y = (row + (sy + 0.5) / SUPERSAMPLING) / size;
          if (!insideBubble(x, y)) continue;
          bubbleHits++;
          if (insideCheck(x, y, size)) checkHits++;
        }
      }
      const offset = (row * size + column) * 4;
      const checkShare = bubbleHits === 0 ? 0 : checkHits / bubbleHits;
      for (let channel = 0; channel < 3; channel++) {
        const bubble = BUBBLE_COLOUR[channel] ?? 0;
        const check = CHECK_COLOUR[channel] ?? 0;
        pixels[offset + channel] = Math.round(bubble + (check - bubble) * checkShare);
      }
      pixels[offset + 3] = Math.round((255 * bubbleHits) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = new Uint32Array(256).map((_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // bytes 10-12: compression, filter and interlace methods, all 0
  const rowLength = size * 4;
  const scanlines = Buffer.alloc((rowLength + 1) * size);
  for (let row = 0; row < size; row++) {
    scanlines[row * (rowLength + 1)] = 0; // filter type: none
    rgba.copy(scanlines, row * (rowLength + 1) + 1, row * rowLength, (row + 1) * rowLength);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outputDirectory, { recursive: true });
for (const size of SIZES) {
  const file = join(outputDirectory, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, renderRgba(size)));
  console.log(`wrote ${file}`);
}
