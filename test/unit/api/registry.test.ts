import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { API_METHOD_NAMES } from '../../../src-main/api/channels';
import { defineMethod } from '../../../src-main/api/contract';
import { Registry, appMethods } from '../../../src-main/api/registry';
import { AppError } from '../../../src-main/domain/errors';
import { containsPii } from '../../../src-main/domain/pii';
import type { ServiceContext } from '../../../src-main/services/context';

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const ctx = (roles: ServiceContext['user']['roles'] = ['admin']) => ({ user: { id: 'u', name: 'U', roles }, log }) as unknown as ServiceContext;

const registry = new Registry([
  defineMethod({
    name: 'demo.echo',
    summary: '回显',
    input: z.strictObject({ text: z.string().min(2, '文本至少2个字') }),
    output: z.object({ text: z.string() }),
    roles: ['admin', 'clerk'],
    handler: async (_ctx, input) => ({ text: input.text }),
  }),
  defineMethod({
    name: 'demo.refuse',
    summary: '拒绝',
    input: z.strictObject({}),
    output: z.null(),
    roles: ['admin'],
    handler: async () => {
      throw new AppError('NOT_FOUND');
    },
  }),
  defineMethod({
    name: 'demo.crash',
    summary: '崩溃',
    input: z.strictObject({}),
    output: z.null(),
    roles: ['admin'],
    handler: async () => {
      throw new Error('disk exploded at /home/user/13812345678/secret.ts:12');
    },
  }),
  defineMethod({
    name: 'demo.lies',
    summary: '输出不符',
    input: z.strictObject({}),
    output: z.object({ n: z.number() }),
    roles: ['admin'],
    handler: async () => ({ n: 'not a number' }) as unknown as { n: number },
  }),
]);

describe('registry envelope', () => {
  it('returns data for a valid call', async () => {
    expect(await registry.invoke(ctx(), 'demo.echo', { text: '你好' })).toEqual({ ok: true, data: { text: '你好' } });
  });

  it('names each invalid field in Chinese, and unknown keys too', async () => {
    const result = await registry.invoke(ctx(), 'demo.echo', { text: 'x', extra: 1 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('文本至少2个字'), fields: { text: '文本至少2个字', $: expect.stringMatching(/[\u4e00-\u9fff]/) } },
    });
  });

  it('checks roles before anything else runs', async () => {
    expect(await registry.invoke(ctx(['viewer']), 'demo.echo', { text: '你好' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await registry.invoke(ctx(['clerk']), 'demo.refuse', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('passes application errors through and hides internal ones behind a log reference', async () => {
    expect(await registry.invoke(ctx(), 'demo.refuse', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '未找到对应的记录，可能已被删除。' } });
    const crash = await registry.invoke(ctx(), 'demo.crash', {});
    expect(crash.ok).toBe(false);
    if (crash.ok) return;
    expect(crash.error.code).toBe('INTERNAL');
    expect(crash.error.message).toContain(crash.error.ref);
    expect(crash.error.message).not.toMatch(/disk exploded|secret\.ts/);
    expect(containsPii(JSON.stringify(crash))).toBe(false);
    expect(log.error).toHaveBeenCalledWith('api.internal-error', expect.objectContaining({ ref: crash.error.ref, method: 'demo.crash' }));
  });

  it('treats output that breaks its contract as an internal error', async () => {
    expect(await registry.invoke(ctx(), 'demo.lies', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('answers unknown methods, including prototype names, with UNKNOWN_METHOD', async () => {
    for (const name of ['nope', 'constructor', '__proto__', 'toString']) {
      expect(await registry.invoke(ctx(), name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('refuses two methods with one name', () => {
    const m = appMethods[0];
    expect(() => new Registry([m, m])).toThrow(/defined twice/);
  });
});

describe('the preload allowlist', () => {
  it('is exactly the registry’s method names', () => {
    expect([...API_METHOD_NAMES].sort()).toEqual(new Registry(appMethods).names());
  });
});
