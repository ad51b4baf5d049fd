import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { storedPath } from '../../../src-main/services/file-store';
import { SAMPLE_ORGANIZATION, sample, setUpSampleOrganization } from '../../support/samples';
import { fixedClock, openTestApp, operatorContext, tempDir } from '../../support/temp';

/** A registration as the form submits it, from the first sample case. */
function registration(overrides: Record<string, unknown> = {}) {
  const c = sample().cases[1];
  const intake = {
    category: c.category,
    ipRights: c.ipRights,
    source: c.source,
    receivedOn: '2026-11-20',
    subject: c.subject,
    requests: c.requests,
    claimAmount: c.claimAmount,
    parties: c.parties,
    ...overrides,
  };
  return { case: intake, documents: [] as unknown[] };
}

let app: AppInstance;
let call: (name: string, input: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
beforeEach(async () => {
  app = await openTestApp(tempDir(), fixedClock('2026-11-24T10:00:00+08:00'));
  await setUpSampleOrganization(app);
  call = (name, input) => app.registry.invoke(operatorContext(app), name, input);
  return () => app.close();
});

describe('registration, acceptance and refusal', () => {
  it('registers a case unnumbered, then accepts it under the next number', async () => {
    const reg = await call('cases.register', registration());
    expect(reg).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const id = reg.data.id;
    const registered = (await call('cases.get', { id })).data;
    expect(registered).toMatchObject({ status: 'registered', track: 'complex' });
    expect(registered.exchange.caseNumber).toBeUndefined();
    expect(await call('cases.accept', { id, acceptedOn: '2026-11-21' })).toEqual({ ok: true, data: { caseNumber: '（2026）豫郑知调字第0001号' } });
    const detail = (await call('cases.get', { id })).data;
    expect(detail).toMatchObject({ status: 'accepted', exchange: { caseNumber: '（2026）豫郑知调字第0001号', acceptedOn: '2026-11-21' } });
    expect((await call('cases.list', { query: '0001' })).data.total).toBe(1); // the new number is searchable
    expect(await call('cases.accept', { id, acceptedOn: '2026-11-21' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining('已受理') } });
    const history = (await call('cases.history', { id })).data;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['cases.accept', 'cases.register']);
  });

  it('names each bad field of the registration under case.…', async () => {
    const bad = registration({ receivedOn: '2026-02-30' });
    bad.case.parties[0].idNumber = '410105197804120312';
    bad.case.parties[1].uscc = '91410300MA47UH5P7N';
    const r = await call('cases.register', bad);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          'case.receivedOn': '登记日期不是有效日期（格式 YYYY-MM-DD）',
          'case.parties.0.idNumber': '身份证号码校验位错误',
          'case.parties.1.uscc': '统一社会信用代码校验位错误',
        },
      },
    });
    expect((await call('cases.list', {})).data.total).toBe(0);
  });

  it('refuses acceptance dated before registration or after today, and records a refusal with its reason', async () => {
    const { id } = (await call('cases.register', registration())).data;
    expect(await call('cases.accept', { id, acceptedOn: '2026-11-19' })).toMatchObject({ ok: false, error: { fields: { acceptedOn: '受理日期不能早于登记日期' } } });
    expect(await call('cases.accept', { id, acceptedOn: '2026-11-25' })).toMatchObject({ ok: false, error: { fields: { acceptedOn: '受理日期不能晚于今天' } } });
    expect(await call('cases.refuse', { id, refusedOn: '2026-11-22', reason: '该纠纷已由人民法院受理。' })).toEqual({ ok: true, data: null });
    expect((await call('cases.get', { id })).data).toMatchObject({ status: 'refused', exchange: { refusal: { on: '2026-11-22', reason: '该纠纷已由人民法院受理。' } } });
    expect(await call('cases.accept', { id, acceptedOn: '2026-11-23' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  });

  it('overrides the derived track only with a note, and keeps it', async () => {
    const { id } = (await call('cases.register', registration())).data;
    expect((await call('cases.get', { id })).data.trackReason).toContain('普通程序');
    expect(await call('cases.overrideTrack', { id, track: 'simple', note: '' })).toMatchObject({ ok: false, error: { fields: { note: '请说明调整的理由' } } });
    await call('cases.overrideTrack', { id, track: 'simple', note: '双方已基本达成一致，适用简易程序' });
    expect((await call('cases.get', { id })).data).toMatchObject({ track: 'simple', trackOverrideNote: '双方已基本达成一致，适用简易程序' });
  });
});

describe('numbering', () => {
  it('stays gapless and unique when many accept at once, in one process and across two', async () => {
    const other = await openTestApp(app.paths.dataDir, fixedClock('2026-11-24T10:00:00+08:00'));
    const callOther = (name: string, input: unknown) => other.registry.invoke(operatorContext(other), name, input);
    const ids: string[] = [];
    for (let i = 0; i < 24; i += 1) ids.push((await call('cases.register', registration())).data.id);
    const results = await Promise.all(ids.map((id, i) => (i % 2 === 0 ? call : callOther)('cases.accept', { id, acceptedOn: '2026-11-22' })));
    await other.close();
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = results.map((r) => (r as { data: { caseNumber: string } }).data.caseNumber).sort();
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => `（2026）豫郑知调字第${String(i + 1).padStart(4, '0')}号`));
  });

  it('never reuses a number and starts again at 0001 in a new year', async () => {
    const a = (await call('cases.register', registration())).data.id;
    await call('cases.accept', { id: a, acceptedOn: '2026-11-22' });
    const imported = sample();
    imported.cases = [imported.cases[0]];
    imported.cases[0].caseNumber = '（2026）豫郑知调字第0002号';
    await call('cases.import', { content: JSON.stringify(imported) });
    const b = (await call('cases.register', registration())).data.id;
    expect((await call('cases.accept', { id: b, acceptedOn: '2026-11-23' })).data.caseNumber).toBe('（2026）豫郑知调字第0003号');
    const old = (await call('cases.register', registration({ receivedOn: '2025-12-30' }))).data.id;
    expect((await call('cases.accept', { id: old, acceptedOn: '2025-12-31' })).data.caseNumber).toBe('（2025）豫郑知调字第0001号');
  });
});

describe('duplicate warning', () => {
  it('links an earlier case with the same parties over the same right, inside the window', async () => {
    const first = (await call('cases.register', registration())).data.id;
    const c = registration().case;
    const probe = { receivedOn: '2026-11-23', parties: c.parties.map((p: any) => ({ role: p.role, name: p.name, idNumber: p.idNumber, uscc: p.uscc })), ipRights: c.ipRights.map((r: any) => ({ number: r.number, title: r.title })) }; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect((await call('cases.findDuplicates', probe)).data).toEqual([{ id: first, caseNumber: null, receivedOn: '2026-11-20', status: 'registered' }]);
    expect((await call('cases.findDuplicates', { ...probe, excludeId: first })).data).toEqual([]);
    expect((await call('cases.findDuplicates', { ...probe, ipRights: [{ number: 'ZL201910000000.1', title: '另一项专利' }] })).data).toEqual([]);
    await call('settings.updateIntake', { ...(await call('settings.getIntake', {})).data, duplicateWindowDays: 2 });
    expect((await call('cases.findDuplicates', { ...probe, receivedOn: '2026-11-24' })).data).toEqual([]);
  });
});

describe('identity papers in the file store', () => {
  it('stores a scan by its SHA-256, attaches it to the party, and refuses a tampered copy', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const stored = await call('files.store', { mime: 'image/png', dataBase64: png.toString('base64') });
    expect(stored).toMatchObject({ ok: true, data: { size: png.length, mime: 'image/png', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const reg = registration();
    reg.documents = [{ partyIndex: 0, sha256: stored.data.sha256, name: '李卫东身份证.png' }];
    const { id } = (await call('cases.register', reg)).data;
    expect((await call('cases.get', { id })).data.partyRecords[0].documents).toEqual([{ sha256: stored.data.sha256, name: '李卫东身份证.png', addedAt: expect.any(String) }]);
    expect((await call('files.read', { sha256: stored.data.sha256 })).data.dataBase64).toBe(png.toString('base64'));

    const file = storedPath(operatorContext(app), stored.data.sha256);
    expect(fs.statSync(file).mode & 0o222).toBe(0); // read-only on disk
    fs.chmodSync(file, 0o644);
    const bytes = fs.readFileSync(file);
    bytes[3] = (bytes[3] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    expect(await call('files.read', { sha256: stored.data.sha256 })).toMatchObject({ ok: false, error: { code: 'FILE_DAMAGED' } });
    expect(await app.store.reader.all("SELECT action FROM audit_log WHERE action = 'files.integrityFailure'")).toHaveLength(1);
  });

  it('refuses files of other types and unknown hashes', async () => {
    expect(await call('files.store', { mime: 'text/html', dataBase64: Buffer.from('<b>').toString('base64') })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const reg = registration();
    reg.documents = [{ partyIndex: 0, sha256: 'a'.repeat(64), name: 'x.png' }];
    expect(await call('cases.register', reg)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('尚未上传') } });
    expect((await call('cases.list', {})).data.total).toBe(0);
  });
});

describe('drafts', () => {
  it('keeps an unfinished registration until it is cleared', async () => {
    expect((await call('drafts.get', { kind: 'case-registration' })).data).toBeNull();
    await call('drafts.save', { kind: 'case-registration', content: '{"step":2}' });
    expect((await call('drafts.get', { kind: 'case-registration' })).data).toMatchObject({ content: '{"step":2}' });
    await call('drafts.clear', { kind: 'case-registration' });
    expect((await call('drafts.get', { kind: 'case-registration' })).data).toBeNull();
  });
});

describe('import through the API, as the import screen does', () => {
  it('previews with conflicts, imports, and rejects bad JSON in Chinese', async () => {
    const content = JSON.stringify(sample());
    const preview = await call('cases.previewImport', { content });
    expect(preview.data.map((r: { caseNumber: string | null; conflict: string | null }) => [r.caseNumber, r.conflict])).toEqual([
      ['（2026）豫郑知调字第0003号', null],
      [null, null],
      [null, null],
    ]);
    expect((await call('cases.import', { content })).data.created).toHaveLength(3);
    expect((await call('cases.previewImport', { content })).data[0].conflict).toBe('（2026）豫郑知调字第0003号');
    expect(await call('cases.import', { content: '{"format":' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('不是有效的 JSON') } });
    const exported = await call('cases.export', { all: true });
    expect(exported.data.count).toBe(3);
    expect(JSON.parse(exported.data.content).exportedBy).toBe(SAMPLE_ORGANIZATION.name);
  });
});
