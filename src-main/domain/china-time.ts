/**
 * Legal dates are `YYYY-MM-DD` in China time and timestamps are ISO strings with the +08:00
 * offset. China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;

const shifted = (d: Date) => new Date(d.getTime() + OFFSET_MS).toISOString();

/** `2026-11-24T17:36:05.123+08:00` */
export const chinaTimestamp = (d: Date): string => `${shifted(d).slice(0, 23)}+08:00`;

/** `2026-11-24` — the calendar day in China at that instant. */
export const chinaDate = (d: Date): string => shifted(d).slice(0, 10);

export const chinaYear = (d: Date): number => Number(shifted(d).slice(0, 4));
