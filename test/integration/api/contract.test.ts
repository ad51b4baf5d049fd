import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody, Envelope } from '../../../src-main/api/contract';
import type { AppInstance } from '../../../src-main/app/open-app';
import { auditLog } from '../../../src-main/db/schema';
import { startHost, type Host } from '../../../src-main/host/server';
import { verifyAuditChain } from '../../../src-main/services/audit-log';
import { SCHEMA_VERSION, openTestApp, operatorContext, resources, sampleOrganization } from '../../support/temp';

/** Envelopes as the tests read them: data of any shape, so assertions can reach into it. */
type Loose = { ok: boolean; data?: any; error?: ApiErrorBody }; // eslint-disable-line @typescript-eslint/no-explicit-any
type Call = (name: string, input?: unknown) => Promise<Loose>;

interface Transport {
  open(app: AppInstance): Promise<{ call: Call; close(): Promise<void> }>;
}

const direct: Transport = {
  open: async (app) => ({ call: (name, input) => app.registry.invoke(operatorContext(app), name, input), close: async () => undefined }),
};

const overHttp: Transport = {
  open: async (app) => {
    const host: Host = await startHost({ registry: app.registry, context: () => operatorContext(app), rendererDir: resources.rendererDir });
    return {
      call: async (name, input) => {
        const res = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Envelope<unknown>;
      },
      close: () => host.close(),
    };
  },
};

const mediatorA = { name: '陈静', mediatorNo: 'ZZ-IP-007', phone: '13912345678', specialties: ['trademark_infringement'], relations: [{ name: '河南中原律师事务所', kind: 'employment' }] };
const mediatorB = { name: '刘洋', mediatorNo: 'ZZ-IP-008' };

describe.each([
  ['the registry directly', direct],
  ['the HTTP host', overHttp],
])('API contract over %s', (_name, transport) => {
  let app: AppInstance;
  let call: Call;
  let close: () => Promise<void>;
  const auditCount = async () => (await app.store.db.select().from(auditLog)).length;

  beforeEach(async () => {
    app = await openTestApp();
    ({ call, close } = await transport.open(app));
  });
  afterEach(async () => {
    await close();
    await app.close();
  });

  it('reports that setup is pending and refuses organization reads until it is done', async () => {
    expect(await call('setup.status')).toEqual({ ok: true, data: { initialized: false, organization: null } });
    expect(await call('organization.get')).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED', message: expect.stringContaining('初始设置') } });
  });

  it('names every bad setup field in Chinese and writes nothing', async () => {
    const result = await call('setup.complete', {
      organization: { name: 'x', kind: 'court', region: '', caseNumberPattern: '第{seq:4}号' },
      mediators: [{ name: '陈', mediatorNo: '', phone: '12345' }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          'organization.name': '组织名称至少2个字',
          'organization.kind': '请选择组织类型',
          'organization.region': expect.stringContaining('地区简称'),
          'organization.caseNumberPattern': expect.stringContaining('{year}'),
          'mediators.0.name': '调解员姓名至少2个字',
          'mediators.0.mediatorNo': '请填写调解员编号',
          'mediators.0.phone': expect.stringContaining('手机号'),
        },
      },
    });
    expect(await auditCount()).toBe(0);
    expect((await call('setup.status')).data.initialized).toBe(false);
  });

  it('completes setup once, with one audit row per record in an intact chain', async () => {
    const done = await call('setup.complete', { organization: sampleOrganization, mediators: [mediatorA, mediatorB] });
    expect(done).toMatchObject({ ok: true, data: { organization: { name: sampleOrganization.name }, mediators: [{ name: '陈静' }, { name: '刘洋' }] } });
    expect(await call('setup.status')).toEqual({ ok: true, data: { initialized: true, organization: { name: sampleOrganization.name, kind: 'people_mediation', region: '豫郑' } } });
    expect(await auditCount()).toBe(3);
    expect(await verifyAuditChain(operatorContext(app))).toEqual({ ok: true, rows: 3 });

    expect(await call('setup.complete', { organization: sampleOrganization, mediators: [] })).toMatchObject({ ok: false, error: { code: 'SETUP_ALREADY_DONE' } });
    expect(await auditCount()).toBe(3);
  });

  it('refuses two roster entries with one number and rolls the whole setup back', async () => {
    const result = await call('setup.complete', { organization: sampleOrganization, mediators: [mediatorA, { ...mediatorB, mediatorNo: 'ZZ-IP-007' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'DUPLICATE_MEDIATOR_NO', fields: { 'mediators.1.mediatorNo': expect.any(String) } } });
    expect((await call('setup.status')).data.initialized).toBe(false);
    expect(await auditCount()).toBe(0);
  });

  it('updates the organization, recording before and after', async () => {
    await call('setup.complete', { organization: sampleOrganization, mediators: [] });
    const updated = await call('organization.update', { ...sampleOrganization, defaultCourt: '郑州市中级人民法院', phone: '0371-65551234' });
    expect(updated).toMatchObject({ ok: true, data: { defaultCourt: '郑州市中级人民法院', phone: '0371-65551234' } });
    const rows = await app.store.db.select().from(auditLog);
    expect(rows.at(-1)).toMatchObject({
      action: 'organization.update',
      entity: 'organization',
      before: expect.objectContaining({ defaultCourt: null }),
      after: expect.objectContaining({ defaultCourt: '郑州市中级人民法院' }),
    });
    expect(await call('organization.update', { ...sampleOrganization, caseNumberPattern: '{year}-{seq:2}-{seq:3}' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { caseNumberPattern: expect.any(String) } },
    });
  });

  it('keeps the roster: create, refuse a taken number, update, deactivate', async () => {
    await call('setup.complete', { organization: sampleOrganization, mediators: [mediatorA] });
    const created = await call('mediators.create', mediatorB);
    expect(created).toMatchObject({ ok: true, data: { name: '刘洋', active: true, relations: [] } });
    expect(await call('mediators.create', { ...mediatorB, name: '赵敏' })).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_MEDIATOR_NO', fields: { mediatorNo: expect.any(String) } },
    });
    const id = created.data.id as string;
    const updated = await call('mediators.update', { id, mediator: { ...mediatorB, phone: '0371-60001234', relations: [{ name: '刘军', kind: 'close_relative', idNumber: '11010519491231002X' }] } });
    expect(updated).toMatchObject({ ok: true, data: { phone: '0371-60001234', relations: [{ name: '刘军', idNumber: '11010519491231002X' }] } });
    expect(await call('mediators.update', { id, mediator: { ...mediatorB, relations: [{ name: '刘军', kind: 'close_relative', idNumber: '110105194912310021' }] } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'mediator.relations.0.idNumber': '身份证号码校验位错误' } },
    });
    expect(await call('mediators.setActive', { id, active: false })).toMatchObject({ ok: true, data: { active: false } });
    expect((await call('mediators.list', {})).data.map((m: { name: string }) => m.name)).toEqual(['陈静']);
    expect((await call('mediators.list', { includeInactive: true })).data).toHaveLength(2);
    expect(await call('mediators.setActive', { id: '00000000-0000-4000-8000-000000000000', active: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await verifyAuditChain(operatorContext(app))).toEqual({ ok: true, rows: 5 });
  });

  it('remembers the interface language', async () => {
    expect(await call('preferences.get')).toEqual({ ok: true, data: { language: 'zh-CN' } });
    expect(await call('preferences.update', { language: 'en-US' })).toEqual({ ok: true, data: { language: 'en-US' } });
    expect(await call('preferences.get')).toEqual({ ok: true, data: { language: 'en-US' } });
    expect(await call('preferences.update', { language: 'fr-FR' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { language: '不支持的界面语言' } } });
  });

  it('describes the installation and checks the database', async () => {
    expect(await call('system.about')).toMatchObject({ ok: true, data: { version: resources.version, dataDir: app.paths.dataDir, schemaVersion: SCHEMA_VERSION } });
    expect(await call('system.checkIntegrity')).toEqual({ ok: true, data: { ok: true, problems: [] } });
  });

  it('answers an unknown method with a Chinese error', async () => {
    expect(await call('cases.teleport', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD', message: expect.stringMatching(/[\u4e00-\u9fff]/) } });
  });
});
