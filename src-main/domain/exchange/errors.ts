import type { z } from 'zod';
import { redactPii } from '../pii';

/**
 * JSON paths the way the spec writes them — `cases[2].parties[0].idNumber` — and one Chinese
 * line per problem: `cases[2].parties[0].idNumber：身份证号码校验位错误`.
 */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out;
}

export function exchangeProblems(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: jsonPath([...issue.path, key]), message: '不支持的字段（请检查拼写）' }));
    }
    return [{ path: jsonPath(issue.path), message: issue.message }];
  }).map((p) => ({ path: redactPii(p.path), message: p.message }));
}

export const describeProblem = (p: { path: string; message: string }) => (p.path ? `${p.path}：${p.message}` : p.message);
