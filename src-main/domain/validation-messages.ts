import { z } from 'zod';

/**
 * Chinese validation messages for every zod schema, on the main side and in the renderer. Zod's
 * own message for unknown keys repeats the key names, and a key can be anything the caller sent
 * (an ID number, a phone number), so that message is replaced by one that echoes nothing.
 */
export function configureValidationMessages(): void {
  z.config(z.locales.zhCN());
  z.config({
    customError: (issue) => (issue.code === 'unrecognized_keys' ? `含有不支持的字段（${issue.keys.length}个）` : undefined),
  });
}
