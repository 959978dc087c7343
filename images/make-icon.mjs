// Draws the extension icon (a checked JSON page on a blue tile) as a 128x128 PNG, using only
// Node's zlib: each pixel averages 4x4 samples of a few distance-field shapes.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const TILE = [15, 76, 129];
const PAGE = [255, 255, 255];
const TEXT_LINE = [120, 160, 200];
const BRACE = [15, 76, 129];
const BADGE = [46, 160, 67];
const CHECK = [255, 255, 255];

function roundedRect(x, y, left, top, right, bottom, radius) {
  const dx = Math.max(left + radius - x, 0, x - (right - radius));
  const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
  return Math.hypot(dx, dy) - radius;
}

function segment(x, y, [ax, ay], [bx, by], width) {
  const length = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) - width / 2;
}

function polyline(x, y, points, width) {
  let distance = Infinity;
  for (let index = 1; index < points.length; index++) {
    distance = Math.min(distance, segment(x, y, points[index - 1], points[index], width));
  }
  return distance;
}

/** The shapes from back to front: each is a colour and a signed distance (inside below 0). */
const LAYERS = [
  [TILE, (x, y) => roundedRect(x, y, 0, 0, SIZE, SIZE, 24)],
  [PAGE, (x, y) => roundedRect(x, y, 22, 16, 88, 108, 8)],
  [
    BRACE,
    (x, y) =>
      polyline(
        x,
        y,
        [
          [42, 30],
          [36, 32],
          [36, 50],
          [31, 54],
          [36, 58],
          [36, 76],
          [42, 78],
        ],
        5,
      ),
  ],
  [
    BRACE,
    (x, y) =>
      polyline(
        x,
        y,
        [
          [68, 30],
          [74, 32],
          [74, 50],
          [79, 54],
          [74, 58],
          [74, 76],
          [68, 78],
        ],
        5,
      ),
  ],
  [TEXT_LINE, (x, y) => segment(x, y, [46, 44], [64, 44], 5)],
  [TEXT_LINE, (x, y) => segment(x, y, [46, 54], [60, 54], 5)],
  [TEXT_LINE, (x, y) => segment(x, y, [46, 64], [64, 64], 5)],
  [BADGE, (x, y) => Math.hypot(x - 92, y - 92) - 26],
  [
    CHECK,
    (x, y) =>
      polyline(
        x,
        y,
        [
          [79, 92],
          [88, 101],
          [105, 82],
        ],
        7,
      ),
  ],
];

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      const inside = LAYERS.filter(([, distance]) => distance(x, y) <= 0);
      if (inside.length > 0) {
        const [color] = inside[inside.length - 1];
        sum[0] += color[0];
        sum[1] += color[1];
        sum[2] += color[2];
        sum[3] += 255;
      }
    }
  }
  const count = SAMPLES * SAMPLES;
  const alpha = sum[3] / count;
  const unpremultiply = (channel) =>
    alpha === 0 ? 0 : Math.round(channel / count / (alpha / 255));
  return [unpremultiply(sum[0]), unpremultiply(sum[1]), unpremultiply(sum[2]), Math.round(alpha)];
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) {
      crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(data.length, 0);
  header.write(type, 4, 'latin1');
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(Buffer.concat([header.subarray(4), data])), 0);
  return Buffer.concat([header, data, checksum]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = [0];
  for (let x = 0; x < SIZE; x++) {
    row.push(...pixel(x, y));
  }
  rows.push(Buffer.from(row));
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8);

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
