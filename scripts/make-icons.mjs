// Draws the app icons (PNG) from code: a blue square with the three bands of the flag. Run
// once when the design changes: `npm exec -- node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BLUE = [0, 0, 145];
const WHITE = [255, 255, 255];
const LIGHT = [245, 245, 254];
const RED = [225, 0, 15];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** `inset` is the share of the side left around the flag (larger for maskable icons). */
function icon(size, inset) {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  const x0 = Math.round(size * inset);
  const x1 = size - x0;
  const y0 = Math.round(size * (inset + 0.06));
  const y1 = size - y0;
  const band = (x1 - x0) / 3;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let color = BLUE;
      if (x >= x0 && x < x1 && y >= y0 && y < y1) {
        const i = Math.floor((x - x0) / band);
        color = i === 0 ? WHITE : i === 1 ? LIGHT : RED;
      }
      raw.set(color, y * (size * 3 + 1) + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A .ico holding one PNG image (valid since Windows Vista), for browsers asking /favicon.ico. */
function ico(png, size) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header[6] = size;
  header[7] = size;
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(24, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, png]);
}

writeFileSync('public/favicon.ico', ico(icon(32, 0.1), 32));
mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', icon(192, 0.2));
writeFileSync('public/icons/icon-512.png', icon(512, 0.2));
writeFileSync('public/icons/maskable-512.png', icon(512, 0.3));
writeFileSync('public/icons/apple-touch-icon.png', icon(180, 0.2));
console.log('icons written to public/icons/ and public/favicon.ico');
