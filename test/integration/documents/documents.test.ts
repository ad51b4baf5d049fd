import crypto from 'node:crypto';
import fs from 'node:fs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { UNNUMBERED_CAVEAT } from '../../../src-main/documents/kind';
import { residentIdCheckChar } from '../../../src-main/domain/identity';
import { containsPii } from '../../../src-main/domain/pii';
import { storedPath } from '../../../src-main/services/file-store';
import { WITHOUT_OFFICE_NUMBER, wordText } from '../../support/documents';
import { SAMPLE_ORGANIZATION, sample, setUpSampleOrganization } from '../../support/samples';
import { fixedClock, openTestApp, operatorContext, tempDir } from '../../support/temp';

/** Documents and their wording through the API registry, as the window and the host call them. */
type Call = (name: string, input: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TRADEMARK = '（2026）豫郑知调字第0003号';
const KEY = { kind: 'acceptance-notice', key: 'bring' };
const PATENT = '（2026）豫郑知调字第0001号';

const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
const decode = (base64: string) => Buffer.from(base64, 'base64');
const documentXmlText = async (base64: string) => wordText((await (await JSZip.loadAsync(decode(base64))).file('word/document.xml')?.async('string')) ?? '');

async function startApp(): Promise<{ app: AppInstance; call: Call; ids: Record<string, string> }> {
  const app = await openTestApp(tempDir(), fixedClock('2026-11-24T10:00:00+08:00'));
  await setUpSampleOrganization(app);
  const call: Call = (name, input) => app.registry.invoke(operatorContext(app), name, input);
  const imported = await call('cases.import', { content: JSON.stringify(sample()) });
  expect(imported.ok, JSON.stringify(imported)).toBe(true);
  const rows: { id: string; caseNumber: string }[] = (await call('cases.list', {})).data.rows;
  return { app, call, ids: Object.fromEntries(rows.map((r) => [r.caseNumber, r.id])) };
}

let app: AppInstance;
let call: Call;
let ids: Record<string, string>;
beforeEach(async () => {
  ({ app, call, ids } = await startApp());
  return () => app.close();
});

const auditRows = (action: string) => app.store.reader.all<{ entity: string; entity_id: string; after: string }>('SELECT entity, entity_id, after FROM audit_log WHERE action = ? ORDER BY seq', [action]);

describe('generating documents', () => {
  it('registers each generation as the next version, keeps the bytes under their SHA-256, and audits each write', async () => {
    const caseId = ids[TRADEMARK] as string;
    const first = await call('documents.generate', { caseId, kind: 'acceptance-notice' });
    expect(first).toMatchObject({ ok: true, data: { version: 1, fileName: `${TRADEMARK}-受理通知书.docx` } });
    const bytes = decode(first.data.dataBase64);
    expect(first.data.sha256).toBe(sha256(bytes));
    const stored = storedPath(operatorContext(app), first.data.sha256);
    expect(fs.readFileSync(stored).equals(bytes)).toBe(true);
    expect(fs.statSync(stored).mode & 0o222).toBe(0); // read-only on disk

    const second = await call('documents.generate', { caseId, kind: 'acceptance-notice' });
    expect(second.data).toMatchObject({ version: 2, sha256: first.data.sha256 }); // same case, same day: the same bytes
    expect(second.data.id).not.toBe(first.data.id);

    // one copy for one party is a series of its own
    const copy = await call('documents.generate', { caseId, kind: 'acceptance-notice', target: { party: 1 } });
    expect(copy.data).toMatchObject({ version: 1, fileName: `${TRADEMARK}-受理通知书-管城回族区惠民便利超市.docx` });
    expect(copy.data.sha256).not.toBe(first.data.sha256);
    expect(await documentXmlText(copy.data.dataBase64)).not.toContain('河南嵩岳食品有限公司：');

    const audits = await auditRows('documents.generate');
    expect(audits.map((a) => [a.entity, a.entity_id, JSON.parse(a.after)])).toEqual([
      ['case', caseId, { kind: 'acceptance-notice', version: 1, sha256: first.data.sha256 }],
      ['case', caseId, { kind: 'acceptance-notice', version: 2, sha256: first.data.sha256 }],
      ['case', caseId, { kind: 'acceptance-notice', version: 1, sha256: copy.data.sha256 }],
    ]);

    const listed = (await call('documents.list', { caseId })).data;
    expect(listed.map((d: { version: number; targetLabel: string }) => [d.targetLabel, d.version])).toEqual([
      ['管城回族区惠民便利超市', 1],
      ['', 2],
      ['', 1],
    ]);
    expect(listed[1]).toEqual({
      id: second.data.id,
      caseId,
      caseNumber: TRADEMARK,
      kind: 'acceptance-notice',
      title: '受理通知书',
      targetLabel: '',
      version: 2,
      fileName: `${TRADEMARK}-受理通知书.docx`,
      sha256: first.data.sha256,
      size: bytes.length,
      createdAt: '2026-11-24T10:00:00.000+08:00',
      createdBy: '本机操作员',
      signedScanSha256: null,
      signedAt: null,
      deliveries: [],
    });
    expect((await call('documents.list', { caseId: ids[PATENT] })).data).toEqual([]);
    expect((await call('documents.list', {})).data).toHaveLength(3);
    expect((await call('documents.list', { limit: 1 })).data).toHaveLength(1);

    const download = await call('documents.download', { id: second.data.id });
    expect(download).toEqual({ ok: true, data: { fileName: `${TRADEMARK}-受理通知书.docx`, dataBase64: first.data.dataBase64 } });
  });

  // titles printed otherwise than the kind is named: the cover's spaced 卷宗, a commission's papers under its name
  const PRINTED_TITLES: Record<string, string> = {
    'file-cover': '卷　宗',
    'award-on-settlement': '裁决书',
    'arbitration-mediation-statement': '调解书',
    'arbitration-acceptance-notice': '受理通知书',
    'arbitration-refusal-notice': '不予受理通知书',
  };
  it('makes each kind for a real case, with the case’s text in the Word file', async () => {
    const caseId = ids[PATENT] as string;
    const options = (await call('documents.options', { caseId })).data;
    // a mediation office is not offered a commission's own papers (its notices, the tribunal's)
    expect(options.map((o: { kind: string }) => o.kind)).toHaveLength(21);
    expect(options.map((o: { kind: string }) => o.kind)).not.toContain('tribunal-notice');
    expect(options.find((o: { kind: string }) => o.kind === 'power-of-attorney')).toEqual({
      kind: 'power-of-attorney',
      title: '授权委托书',
      per: 'agent',
      caveat: null,
      copies: [{ party: 1, agent: 0, label: '洛阳丰禾农业机械有限公司-高红' }],
    });
    expect(options.find((o: { kind: string }) => o.kind === 'rights-notice').copies).toEqual([
      { party: 0, label: '李卫东' },
      { party: 1, label: '洛阳丰禾农业机械有限公司' },
    ]);
    for (const o of options) {
      const r = await call('documents.generate', { caseId, kind: o.kind });
      expect(r.ok, `${o.kind}: ${JSON.stringify(r.error)}`).toBe(true);
      const text = (await documentXmlText(r.data.dataBase64)).join('\n');
      expect(text, o.kind).toContain(PRINTED_TITLES[o.kind] ?? o.title);
      // papers without the office's number carry the party's name instead (a typical case, anonymized)
      expect(text, o.kind).toContain(o.kind === 'typical-case' ? '李某' : WITHOUT_OFFICE_NUMBER.has(o.kind) ? '李卫东' : PATENT);
    }
    // the index now knows the rights notice was made
    const index = await call('documents.preview', { caseId, kind: 'file-index' });
    expect(index.data.html).toMatch(/当事人权利义务告知书<\/td><td><\/td><td><\/td>/);
  });

  it('refuses a stored file that no longer matches its hash, and records it', async () => {
    const made = await call('documents.generate', { caseId: ids[TRADEMARK], kind: 'file-cover' });
    const file = storedPath(operatorContext(app), made.data.sha256);
    fs.chmodSync(file, 0o644);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    expect(await call('documents.download', { id: made.data.id })).toMatchObject({ ok: false, error: { code: 'FILE_DAMAGED', message: expect.stringContaining('文件已损坏或被改动') } });
    expect(await auditRows('files.integrityFailure')).toEqual([expect.objectContaining({ entity: 'file', entity_id: made.data.sha256 })]);
    // generating again restores the good content under the same hash
    const again = await call('documents.generate', { caseId: ids[TRADEMARK], kind: 'file-cover' });
    expect(again.data.sha256).toBe(made.data.sha256);
    expect((await call('documents.download', { id: made.data.id })).ok).toBe(true);
  });

  it('links the scan of the signed paper copy by its hash', async () => {
    const made = await call('documents.generate', { caseId: ids[TRADEMARK], kind: 'rights-notice', target: { party: 0 } });
    const scan = Buffer.from('%PDF-1.4\n% signed copy of the rights notice\n%%EOF\n');
    const stored = await call('files.store', { mime: 'application/pdf', dataBase64: scan.toString('base64') });
    expect(stored.data.sha256).toBe(sha256(scan));
    expect(await call('documents.attachSignedScan', { id: made.data.id, sha256: stored.data.sha256 })).toEqual({ ok: true, data: null });
    const [row] = (await call('documents.list', { caseId: ids[TRADEMARK] })).data;
    expect(row).toMatchObject({ id: made.data.id, signedScanSha256: stored.data.sha256, signedAt: '2026-11-24T10:00:00.000+08:00' });
    expect((await auditRows('documents.attachSignedScan')).map((a) => JSON.parse(a.after))).toEqual([
      { kind: 'rights-notice', version: 1, document: made.data.sha256, scan: stored.data.sha256 },
    ]);
    expect((await call('files.read', { sha256: stored.data.sha256 })).data.dataBase64).toBe(scan.toString('base64'));

    const notUploaded = await call('documents.attachSignedScan', { id: made.data.id, sha256: sha256(Buffer.from('never stored')) });
    expect(notUploaded).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { sha256: '文件未上传' } } });
    expect(await call('documents.attachSignedScan', { id: crypto.randomUUID(), sha256: stored.data.sha256 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('documents.attachSignedScan', { id: made.data.id, sha256: 'ABC' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { sha256: '文件标识无效' } } });
  });

  it('answers NOT_FOUND in Chinese for an unknown kind, case, copy or document, and writes nothing', async () => {
    const caseId = ids[TRADEMARK] as string;
    for (const method of ['documents.generate', 'documents.preview']) {
      const r = await call(method, { caseId, kind: 'contract' });
      expect(r, method).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有名为 contract 的文书，请用“documents”查看可用的文书。' } });
    }
    expect(await call('documents.generate', { caseId: crypto.randomUUID(), kind: 'file-cover' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('未找到该案件') } });
    expect(await call('documents.generate', { caseId, kind: 'rights-notice', target: { party: 5 } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '所选的当事人或代理人不在本案中。' } });
    expect(await call('documents.generate', { caseId, kind: 'power-of-attorney', target: { party: 0, agent: 3 } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('documents.download', { id: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '未找到该文书。' } });
    expect(await call('documents.generate', { caseId: 'x', kind: 'file-cover' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { caseId: '案件标识无效' } } });
    expect((await call('documents.list', {})).data).toEqual([]);
    expect(await auditRows('documents.generate')).toEqual([]);
  });

  it('lets viewers preview and download but not generate', async () => {
    const made = await call('documents.generate', { caseId: ids[TRADEMARK], kind: 'file-cover' });
    const viewer = (name: string, input: unknown) => app.registry.invoke(app.contextFor({ id: 'v', name: '查阅人', roles: ['viewer'] }), name, input);
    expect((await viewer('documents.preview', { caseId: ids[TRADEMARK], kind: 'file-cover' })).ok).toBe(true);
    expect((await viewer('documents.download', { id: made.data.id })).ok).toBe(true);
    expect(await viewer('documents.generate', { caseId: ids[TRADEMARK], kind: 'file-cover' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await viewer('wording.save', { kind: 'file-cover', key: 'retention', text: '永久' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the preview', () => {
  it('is the HTML of the same document, with the file name and the caveat of what is missing', async () => {
    const preview = await call('documents.preview', { caseId: ids[TRADEMARK], kind: 'refusal-notice', target: { party: 0 } });
    expect(preview.data).toMatchObject({ title: '不予受理通知书', fileName: `${TRADEMARK}-不予受理通知书-河南嵩岳食品有限公司.docx`, caveat: '案件未作不予受理决定，理由将留空' });
    expect(preview.data.html).toMatch(/^<article class="doc-page" data-kind="refusal-notice">/);
    expect(preview.data.html).toContain('<p class="doc-number">（2026）豫郑知调字第0003号</p>');
    expect(preview.data.html).not.toContain('管城回族区惠民便利超市：');

    const c = sample().cases[1];
    const intake = { category: c.category, ipRights: c.ipRights, source: c.source, receivedOn: '2026-11-20', subject: c.subject, requests: c.requests, claimAmount: c.claimAmount, parties: c.parties };
    const registered = await call('cases.register', { case: intake, documents: [] });
    expect(registered.ok, JSON.stringify(registered.error)).toBe(true);
    const id = registered.data.id;
    expect((await call('documents.preview', { caseId: id, kind: 'acceptance-notice' })).data.caveat).toBe(`案件尚未受理，受理日期将留空；${UNNUMBERED_CAVEAT}`);
    await call('cases.refuse', { id, refusedOn: '2026-11-22', reason: '该纠纷已由人民法院受理。' });
    const refusal = (await call('documents.preview', { caseId: id, kind: 'refusal-notice' })).data;
    expect(refusal.caveat).toBe(UNNUMBERED_CAVEAT);
    expect(refusal.fileName).toBe('2026-11-20登记-不予受理通知书.docx');
    expect(refusal.html).toContain('经审查，因该纠纷已由人民法院受理，本会决定不予受理。');
    expect(refusal.html).toContain('<p>2026年11月22日</p>');
    expect(refusal.html).toContain(`<p>${SAMPLE_ORGANIZATION.name}</p>`);
  });
});

describe('wording', () => {
  it('saves the organization’s wording as versions, uses it in the preview and the Word file, and resets it to the default', async () => {
    const entries = (await call('wording.list', {})).data;
    const entry = entries.find((e: { kind: string; key: string }) => e.kind === KEY.kind && e.key === KEY.key);
    expect(entry).toMatchObject({ title: '受理通知书', label: '需要准备的材料', customized: false, version: 0, variables: expect.arrayContaining(['组织名称', '案号', '今天']) });
    expect(entry.variables).not.toContain('不予受理理由');
    expect(entry.text).toBe(entry.defaultText);
    expect(new Set(entries.map((e: { kind: string }) => e.kind)).size).toBe(17); // a commission's own papers are not offered here; the file index, the follow-up record, the materials list and the service receipt have no wording

    expect(await call('wording.save', { ...KEY, text: '  请携带{组织名称}要求的材料（{案号}）。 ' })).toEqual({ ok: true, data: { version: 1 } });
    const custom = `请携带${SAMPLE_ORGANIZATION.name}要求的材料（${TRADEMARK}）。`;
    const caseId = ids[TRADEMARK] as string;
    expect((await call('documents.preview', { caseId, kind: KEY.kind })).data.html).toContain(custom);
    const made = await call('documents.generate', { caseId, kind: KEY.kind });
    expect(await documentXmlText(made.data.dataBase64)).toContain(custom);
    expect((await call('wording.list', {})).data.find((e: { key: string }) => e.key === KEY.key)).toMatchObject({ text: '请携带{组织名称}要求的材料（{案号}）。', customized: true, version: 1 });

    expect((await call('wording.save', { ...KEY, text: '第二稿。' })).data).toEqual({ version: 2 });
    expect((await call('wording.reset', KEY)).data).toEqual({ version: 3 });
    expect((await call('wording.history', KEY)).data).toEqual([
      { version: 3, text: null, savedAt: '2026-11-24T10:00:00.000+08:00', savedBy: expect.any(String) },
      { version: 2, text: '第二稿。', savedAt: expect.any(String), savedBy: expect.any(String) },
      { version: 1, text: '请携带{组织名称}要求的材料（{案号}）。', savedAt: expect.any(String), savedBy: expect.any(String) },
    ]);
    const reset = (await call('wording.list', {})).data.find((e: { key: string }) => e.key === KEY.key);
    expect(reset).toMatchObject({ customized: false, version: 3, text: entry.defaultText });
    const html = (await call('documents.preview', { caseId, kind: KEY.kind })).data.html;
    expect(html).not.toContain('第二稿');
    expect(html).toContain('请在调解会议时携带身份证明');
    expect((await auditRows('wording.save')).map((a) => a.entity_id)).toEqual(['acceptance-notice/bring', 'acceptance-notice/bring']);
    expect((await auditRows('wording.reset')).map((a) => [a.entity_id, JSON.parse(a.after)])).toEqual([['acceptance-notice/bring', { version: 3 }]]);
    // the version generated with the old wording is unchanged
    expect((await call('documents.download', { id: made.data.id })).data.dataBase64).toBe(made.data.dataBase64);
  });

  it('refuses empty, over-long or unknown wording, naming the field, and saves nothing', async () => {
    expect(await call('wording.save', { ...KEY, text: '请带上{不存在的变量}和{案号}。' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { text: '不认识的变量：{不存在的变量}' } },
    });
    // a kind's own variables are allowed only where that paragraph can use them
    expect(await call('wording.save', { kind: 'acceptance-notice', key: 'body', text: '{来件}{当事人}' })).toMatchObject({ ok: true });
    expect(await call('wording.save', { kind: 'file-cover', key: 'retention', text: '{来件}' })).toMatchObject({ ok: false, error: { fields: { text: '不认识的变量：{来件}' } } });
    expect(await call('wording.save', { ...KEY, text: '   ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { text: '段落内容不能为空' } } });
    expect(await call('wording.save', { ...KEY, text: '字'.repeat(3001) })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { text: '不能超过3000个字' } } });
    expect(await call('wording.save', { kind: 'acceptance-notice', key: 'nope', text: '文字' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '文书“受理通知书”没有名为 nope 的段落。' } });
    expect(await call('wording.save', { kind: 'contract', key: 'terms', text: '文字' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有名为 contract 的文书。' } });
    expect(await call('wording.reset', { kind: 'acceptance-notice', key: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await call('wording.history', KEY)).data).toEqual([]);
    expect((await call('wording.history', { kind: 'acceptance-notice', key: 'body' })).data).toHaveLength(1);
  });

  it('carries the wording to another office as a pack, applied all or nothing', async () => {
    await call('wording.save', { ...KEY, text: '请携带材料。' });
    await call('wording.save', { kind: 'file-cover', key: 'retention', text: '永久' });
    await call('wording.save', { kind: 'file-cover', key: 'retention', text: '长期' }); // back to the default text, still the office's own
    const pack = (await call('wording.exportPack', {})).data;
    expect(pack).toEqual({
      format: 'mediation-desk-wording/1',
      exportedAt: '2026-11-24T10:00:00.000+08:00',
      exportedBy: SAMPLE_ORGANIZATION.name,
      kinds: { 'acceptance-notice': { bring: '请携带材料。' }, 'file-cover': { retention: '长期' } },
    });

    const other = await startApp();
    try {
      const bad = { ...pack, kinds: { ...pack.kinds, 'rights-notice': { nature: '{组织名称}是{组织性质}。' } } };
      const refused = await other.call('wording.importPack', { pack: bad });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'kinds.rights-notice.nature': '不认识的变量：{组织性质}' } } });
      const unknown = await other.call('wording.importPack', { pack: { ...pack, kinds: { ...pack.kinds, contract: { terms: '文字' } } } });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'kinds.contract': '不认识的文书' } } });
      expect(await other.call('wording.importPack', { pack: { ...pack, format: 'other/1' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect((await other.call('wording.list', {})).data.filter((e: { customized: boolean }) => e.customized)).toEqual([]);
      expect(await other.app.store.reader.all("SELECT action FROM audit_log WHERE action LIKE 'wording.%'")).toEqual([]);

      expect(await other.call('wording.importPack', { pack })).toEqual({ ok: true, data: { changed: 1 } }); // 长期 is the default there
      expect((await other.call('wording.list', {})).data.filter((e: { customized: boolean }) => e.customized).map((e: { kind: string; key: string; text: string }) => [e.kind, e.key, e.text])).toEqual([
        ['acceptance-notice', 'bring', '请携带材料。'],
      ]);
      expect((await other.call('documents.preview', { caseId: other.ids[TRADEMARK], kind: 'acceptance-notice' })).data.html).toContain('请携带材料。');
      expect(await other.call('wording.importPack', { pack })).toEqual({ ok: true, data: { changed: 0 } });
      expect((await other.app.store.reader.all<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'wording.%' ORDER BY seq")).map((r) => r.action)).toEqual(['wording.save', 'wording.import']);
    } finally {
      await other.app.close();
    }
  });
});

describe('errors (reliability #35)', () => {
  const residentId = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }).map((d) => d.join('')).map((b) => b + residentIdCheckChar(b));
  const mobile = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((d) => `13${d.join('')}`);
  const pii = fc.oneof(residentId, mobile);

  it('never echo personal data typed where a kind, a paragraph or a variable goes', async () => {
    const caseId = ids[TRADEMARK] as string;
    await fc.assert(
      fc.asyncProperty(pii, fc.constantFrom('preview', 'save-kind', 'save-key', 'save-variable', 'reset', 'pack-kind', 'pack-key', 'pack-variable'), async (value, where) => {
        const pack = (kinds: unknown) => ({ pack: { format: 'mediation-desk-wording/1', kinds } });
        const [method, input] = {
          preview: ['documents.preview', { caseId, kind: value }],
          'save-kind': ['wording.save', { kind: value, key: 'bring', text: '文字' }],
          'save-key': ['wording.save', { kind: 'acceptance-notice', key: value, text: '文字' }],
          'save-variable': ['wording.save', { ...KEY, text: `请致电{${value}}。` }],
          reset: ['wording.reset', { kind: 'acceptance-notice', key: value }],
          'pack-kind': ['wording.importPack', pack({ [value]: { bring: '文字' } })],
          'pack-key': ['wording.importPack', pack({ 'acceptance-notice': { [value]: '文字' } })],
          'pack-variable': ['wording.importPack', pack({ 'acceptance-notice': { bring: `{${value}}` } })],
        }[where] as [string, unknown];
        const r = await call(method, input);
        expect(r.ok).toBe(false);
        expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
        expect(containsPii(JSON.stringify(r.error)), JSON.stringify(r.error)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
