import crypto from 'node:crypto';

/**
 * New record ids: UUID version 7 (RFC 9562) — a millisecond timestamp, then random bits. They
 * are still UUIDs, so records from several offices merge, but they sort by creation time, so
 * rows and their indexes grow at the end instead of at random places (imports are far faster).
 * Within one millisecond a counter in the random part keeps them increasing.
 */
let lastMs = 0;
let counter = 0;

export function newId(now: number = Date.now()): string {
  if (now <= lastMs) {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
  } else {
    lastMs = now;
    counter = 0;
  }
  const bytes = crypto.randomBytes(16);
  let ms = lastMs;
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = ms & 0xff;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (counter >> 8); // version 7 + high bits of the counter
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f); // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
