import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/roles';
import { exportBundle } from '../../services/bundle-export';
import { importBundle, previewBundle } from '../../services/bundle-import';
import type { ServiceContext } from '../../services/context';
import { newId } from '../../services/ids';
import { defineMethod } from '../contract';

/** 交换包 from the screens: a case's bundle saved, and a bundle chosen on the import page previewed and imported. */
const bundleBytes = z.string().min(1, '请选择交换包文件').max(32 * 1024 * 1024, '交换包过大，请用命令行 bundle import 导入');
const conflict = z.enum(['fail', 'skip', 'replace']);

/** The uploaded bytes as a file in the data folder's staging, removed afterwards. */
async function withUpload<T>(ctx: ServiceContext, dataBase64: string, fn: (file: string) => Promise<T>): Promise<T> {
  const folder = path.join(ctx.paths.dataDir, 'staging');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `upload-${newId()}.zip`);
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'), { flag: 'wx' });
  try {
    return await fn(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

export const bundleMethods = [
  defineMethod({
    name: 'bundles.export',
    summary: '导出交换包',
    input: z.strictObject({ caseNumbers: z.array(z.string().min(1)).min(1, '请选择要打包的案件').max(1000) }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
    roles: STAFF_ROLES,
    handler: async (ctx, input) => {
      const { bytes } = await exportBundle(ctx, input.caseNumbers);
      const name = input.caseNumbers.length === 1 ? input.caseNumbers[0] : `${input.caseNumbers[0]}等${input.caseNumbers.length}件`;
      return { fileName: `交换包-${name}.zip`, dataBase64: Buffer.from(bytes).toString('base64') };
    },
  }),
  defineMethod({
    name: 'bundles.preview',
    summary: '预览交换包',
    input: z.strictObject({ dataBase64: bundleBytes }),
    output: z.object({
      from: z.string(),
      createdAt: z.string(),
      files: z.number(),
      cases: z.array(z.object({ index: z.number(), caseNumber: z.string().nullable(), category: z.string(), receivedOn: z.string(), applicants: z.array(z.string()), respondents: z.array(z.string()), conflict: z.string().nullable() })),
    }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => withUpload(ctx, input.dataBase64, (file) => previewBundle(ctx, file)),
  }),
  defineMethod({
    name: 'bundles.import',
    summary: '导入交换包',
    input: z.strictObject({ dataBase64: bundleBytes, onConflict: conflict.default('fail') }),
    output: z.object({ created: z.array(z.string()), skipped: z.array(z.string()), replaced: z.array(z.string()), files: z.number(), from: z.string() }),
    roles: STAFF_ROLES,
    handler: (ctx, input) => withUpload(ctx, input.dataBase64, (file) => importBundle(ctx, file, input.onConflict)),
  }),
];
