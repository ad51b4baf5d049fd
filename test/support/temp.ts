import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { silentLogger } from '../../src-main/app/logger';
import { LOCAL_OPERATOR, openApp, type AppInstance } from '../../src-main/app/open-app';
import { appResources } from '../../src-main/app/resources';
import { loadMigrations } from '../../src-main/db/migrate';
import type { Clock } from '../../src-main/services/context';
import { ROOT } from './source-scan';

export const resources = appResources(ROOT);
/** The schema version a fully migrated database reports: one per migration. */
export const SCHEMA_VERSION = loadMigrations(resources.migrationsFolder).length;

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder removed after the test file. */
export function tempDir(prefix = 'md-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export const fixedClock = (iso = '2026-03-04T09:30:00+08:00'): Clock => ({ now: () => new Date(iso) });

export async function openTestApp(dataDir = tempDir(), clock?: Clock): Promise<AppInstance> {
  return openApp({
    dataDir,
    migrationsFolder: resources.migrationsFolder,
    version: resources.version,
    logger: silentLogger,
    ...(clock ? { clock } : {}),
  });
}

export const operatorContext = (app: AppInstance) => app.contextFor(LOCAL_OPERATOR);

export const sampleOrganization = {
  name: '郑州市知识产权纠纷人民调解委员会',
  kind: 'people_mediation' as const,
  region: '豫郑',
  caseNumberPattern: '（{year}）豫郑知调字第{seq:4}号',
};
