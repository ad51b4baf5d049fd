import type { FormInstance, FormRule } from 'antd';
import type { z } from 'zod';
import { ApiError } from './api';

/**
 * An antd rule that runs the same zod schema the API validates with, so the message beside a
 * field as the user types is the one the server would give.
 */
export const zodRule = (schema: z.ZodType): FormRule => ({
  validator: async (_rule, value: unknown) => {
    const result = schema.safeParse(value === null ? undefined : value);
    if (!result.success) throw new Error(result.error.issues[0]?.message ?? '输入有误');
  },
});

const toNamePath = (key: string) => key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Marks the fields an API error names; returns false when the error named none of them.
 * `strip` removes the input's wrapper from the paths (`mediator.phone` → `phone`).
 */
export function showFieldErrors(form: FormInstance, error: unknown, strip = ''): boolean {
  if (!(error instanceof ApiError)) return false;
  const entries = Object.entries(error.fields)
    .filter(([key]) => key !== '$' && key.startsWith(strip))
    .map(([key, message]) => [key.slice(strip.length), message] as const);
  if (entries.length === 0) return false;
  form.setFields(entries.map(([key, message]) => ({ name: toNamePath(key), errors: [message] })));
  return true;
}
