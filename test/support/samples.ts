import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_OPERATOR, type AppInstance } from '../../src-main/app/open-app';
import type { Clock } from '../../src-main/services/context';
import { ROOT } from './source-scan';
import { beforeEach } from 'vitest';
import { fixedClock, openTestApp, tempDir } from './temp';

/** The shared sample cases (`../shared/samples`), read fresh for every use so tests can change them. */
export const SAMPLES_DIR = path.join(ROOT, '..', 'shared', 'samples');

export function sample(name = 'henan-ip-cases.json'): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, name), 'utf8'));
}

export const SAMPLE_ORGANIZATION = {
  name: '示例知识产权纠纷人民调解委员会',
  kind: 'people_mediation' as const,
  region: '豫',
  caseNumberPattern: '（{year}）豫郑知调字第{seq:4}号',
};

/** Completes first-run setup through the API, as the setup screen does. */
export async function setUpSampleOrganization(app: AppInstance): Promise<void> {
  const r = await app.registry.invoke(app.contextFor(LOCAL_OPERATOR), 'setup.complete', { organization: SAMPLE_ORGANIZATION, mediators: [] });
  if (!r.ok) throw new Error(r.error.message);
}

/** An app on a fresh data folder with the sample organization and the sample cases imported. */
export interface SampleCasesApp {
  app: AppInstance;
  /** Calls a method as the local operator. */
  call: (name: string, input: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The id of the sample case in each status (enforcement, performing, terminated). */
  ids: Record<string, string>;
}

export async function openSampleCases(dataDir: string, clock: Clock): Promise<SampleCasesApp> {
  const app = await openTestApp(dataDir, clock);
  await setUpSampleOrganization(app);
  const call = (name: string, input: unknown) => app.registry.invoke(app.contextFor(LOCAL_OPERATOR), name, input);
  await call('cases.import', { content: fs.readFileSync(path.join(SAMPLES_DIR, 'henan-ip-cases.json'), 'utf8'), onConflict: 'fail' });
  const ids: Record<string, string> = {};
  for (const r of ((await call('cases.list', {})) as { data: { rows: { id: string; status: string }[] } }).data.rows) ids[r.status] = r.id;
  return { app, call, ids };
}

/** Registers a new case with the dispute and parties of sample case `index`, received 2026-11-20; accepted the next day unless `accept` is false. */
export async function registerSampleCopy(call: SampleCasesApp['call'], index: number, accept = true): Promise<string> {
  const c = sample().cases[index];
  const reg = await call('cases.register', {
    case: { category: c.category, ipRights: c.ipRights, source: 'party_application', receivedOn: '2026-11-20', subject: c.subject, requests: c.requests, parties: c.parties },
    documents: [],
  });
  if (!reg.ok) throw new Error(reg.error.message);
  if (accept) {
    const accepted = await call('cases.accept', { id: reg.data.id, acceptedOn: '2026-11-21' });
    if (!accepted.ok) throw new Error(accepted.error.message);
  }
  return reg.data.id as string;
}

/**
 * A fresh app with the sample cases before each test of the file, closed after it. `call` and
 * `ids` stay the same objects across tests (so they can be destructured once); `app()` is the
 * current test's app.
 */
export function sampleCasesPerTest(at = '2026-11-24T10:00:00+08:00'): { call: SampleCasesApp['call']; ids: SampleCasesApp['ids']; app: () => AppInstance } {
  let current: SampleCasesApp | undefined;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    current = await openSampleCases(tempDir(), fixedClock(at));
    for (const key of Object.keys(ids)) delete ids[key];
    Object.assign(ids, current.ids);
    const opened = current.app;
    return () => opened.close();
  });
  const now = () => {
    if (!current) throw new Error('sampleCasesPerTest: used outside a test');
    return current;
  };
  return { call: (name, input) => now().call(name, input), ids, app: () => now().app };
}
