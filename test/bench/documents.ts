import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer } from 'docx';
import { silentLogger } from '../../src-main/app/logger';
import { LOCAL_OPERATOR, openApp } from '../../src-main/app/open-app';
import type { AppResources } from '../../src-main/app/resources';
import { DOCUMENT_KINDS } from '../../src-main/documents/catalog';
import { toDocx } from '../../src-main/documents/to-docx';
import { generateDocument, planDocument } from '../../src-main/services/documents';
import { compare, type Comparison } from './measure';

const RUNS = 50;
const SAMPLES = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'samples', 'henan-ip-cases.json');

/** What every timing is set beside: the `docx` packer writing an empty document. */
const emptyDocx = () => Packer.toBuffer(new Document({ sections: [{ children: [] }] }));

/**
 * Each kind built for a sample case (model + .docx in memory), and a ten-document set generated
 * the way the 文书 tab does it — composed, packed, stored by hash and registered as a version.
 */
export async function benchDocuments(resources: AppResources): Promise<Comparison[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-bench-docs-'));
  const app = await openApp({ dataDir: dir, migrationsFolder: resources.migrationsFolder, version: resources.version, logger: silentLogger });
  const ctx = app.contextFor(LOCAL_OPERATOR);
  const must = async (name: string, input: unknown) => {
    const r = await app.registry.invoke(ctx, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.data;
  };
  await must('setup.complete', {
    organization: { name: '郑州市知识产权纠纷人民调解委员会', kind: 'people_mediation', region: '豫郑', caseNumberPattern: '（{year}）豫郑知调字第{seq:4}号' },
  });
  await must('cases.import', { content: fs.readFileSync(SAMPLES, 'utf8'), onConflict: 'fail' });
  const { rows } = (await must('cases.list', { sort: 'receivedOn', order: 'asc' })) as { rows: { id: string }[] };
  const [first, second] = rows.map((r) => r.id) as [string, string];

  const out: Comparison[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const build = async () => toDocx((await planDocument(ctx, first, kind.kind)).model, { author: '基准', at: new Date() });
    await build(); // warm
    out.push(await compare(`${kind.title} (${kind.kind})`, RUNS, build, emptyDocx));
  }
  // ten documents: every kind of the first case, and the two first papers of the second
  const set = [...DOCUMENT_KINDS.map((k) => [first, k.kind] as const), [second, 'mediation-application'] as const, [second, 'acceptance-notice'] as const];
  const generateSet = async () => {
    for (const [caseId, kind] of set) await generateDocument(ctx, caseId, kind);
  };
  const emptySet = async () => {
    for (let i = 0; i < set.length; i += 1) await emptyDocx();
  };
  await generateSet(); // warm
  out.push(await compare('ten-document set, generated, stored and registered', 20, generateSet, emptySet));
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}
