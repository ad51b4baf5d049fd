import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_OPERATOR, type AppInstance } from '../../src-main/app/open-app';
import { ROOT } from './source-scan';

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
