#!/usr/bin/env node
// Writes the add-in's icons (assets/icon-<size>.png): a green rounded square with three white bars,
// a distribution. Plain zlib, no image library; run again only to change the design.
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { deflateSync } = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x6e, 0x4a];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function pixel(size, x, y) {
  const r = size * 0.18;
  const cx = Math.min(Math.max(x + 0.5, r), size - r);
  const cy = Math.min(Math.max(y + 0.5, r), size - r);
  if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > r) return [0, 0, 0, 0];
  const bars = [0.55, 0.8, 0.4];
  const barWidth = size * 0.16;
  const gap = (size - 3 * barWidth) / 4;
  for (let i = 0; i < 3; i++) {
    const left = gap + i * (barWidth + gap);
    const top = size * (0.85 - (bars[i] ?? 0) * 0.7);
    if (x >= left && x < left + barWidth && y >= top && y < size * 0.85) return [...WHITE, 255];
  }
  return [...GREEN, 255];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) Buffer.from(pixel(size, x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const dir = join(__dirname, '..', 'assets');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(join(dir, `icon-${size}.png`), png(size));
console.log(`Wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to assets/`);
