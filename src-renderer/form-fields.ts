import dayjs, { type Dayjs } from 'dayjs';

/**
 * DatePicker inside a Form that keeps `YYYY-MM-DD` strings in the form's values — the format
 * of the API and the exchange file — so values survive drafts and need no conversion on submit.
 */
export const dateItem = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined),
};

/** TimePicker keeping `HH:mm` strings in the form's values, like dateItem does for dates. */
export const timeItem = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(`2000-01-01T${value}`) : undefined }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format('HH:mm') : undefined),
};

export const todayString = () => dayjs().format('YYYY-MM-DD');

/** Drops empty strings, nulls and empty objects, so optional fields left blank are simply absent. */
export function pruneEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(pruneEmpty).filter((v) => v !== undefined) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const pruned = pruneEmpty(v);
      if (pruned === undefined) continue;
      if (pruned && typeof pruned === 'object' && !Array.isArray(pruned) && Object.keys(pruned).length === 0) continue;
      out[k] = pruned;
    }
    return out as T;
  }
  if (value === '' || value === null) return undefined as T;
  return typeof value === 'string' ? (value.trim() === '' ? (undefined as T) : value) : value;
}
