/** Mainland mobile numbers, and fixed lines with an area code (optionally an extension). */
const MOBILE = /^1[3-9]\d{9}$/;
const FIXED_LINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export const isValidPhone = (value: string): boolean => MOBILE.test(value) || FIXED_LINE.test(value);
