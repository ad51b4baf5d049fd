/**
 * Patterns of personal data that must never appear in error messages or logs:
 * resident ID numbers (GB 11643) and mainland mobile numbers.
 */
export const RESIDENT_ID_PATTERN = /\d{17}[\dXx]/g;
export const MOBILE_PATTERN = /1[3-9]\d{9}/g;

export const containsPii = (text: string): boolean =>
  new RegExp(RESIDENT_ID_PATTERN.source).test(text) || new RegExp(MOBILE_PATTERN.source).test(text);

/** Replaces every ID-number and mobile-number shaped run with a mask of the same length. */
export function redactPii(text: string): string {
  return text
    .replace(RESIDENT_ID_PATTERN, (m) => '*'.repeat(m.length))
    .replace(MOBILE_PATTERN, (m) => '*'.repeat(m.length));
}
