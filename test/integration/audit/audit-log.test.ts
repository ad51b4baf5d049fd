import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR } from '../../../src-main/app/open-app';
import { verifyAuditChain } from '../../../src-main/services/audit-log';
import { sampleCasesPerTest } from '../../support/samples';

/**
 * The audit viewer and the chain's check (reliability #26–27), on the three samples: rows filtered
 * and paged, personal numbers masked, the rows exported (and the export itself recorded), and any
 * change, removal or reordering of recorded rows found by the check.
 */
const { app, call } = sampleCasesPerTest();

const sqlCount = async (where = '1 = 1', params: unknown[] = []) => (await app().store.reader.get<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE ${where}`, params))?.n;

describe('the audit viewer', () => {
  it('lists the rows newest first, filtered by period, person, action and kind of record, a page at a time', async () => {
    await call('mediators.create', { name: '赵敏', mediatorNo: 'ZZ-09', phone: '13912345678', relations: [] });
    for (const [i, name] of ['钱进', '孙悦', '李响', '周全', '吴越'].entries()) await call('mediators.create', { name, mediatorNo: `ZZ-1${i}`, relations: [] });
    const all = await call('audit.list', {});
    expect(all.ok, JSON.stringify(all.error)).toBe(true);
    expect(all.data.total).toBe(await sqlCount());
    expect(all.data.rows.map((r: { seq: number }) => r.seq)).toEqual([...all.data.rows.map((r: { seq: number }) => r.seq)].sort((a, b) => b - a));

    const created = (await call('audit.list', { action: 'mediators.create' })).data;
    expect(created.total).toBe(await sqlCount("action = 'mediators.create'"));
    const zhao = created.rows.find((r: { after: string }) => r.after.includes('赵敏'));
    expect(zhao).toMatchObject({ actionLabel: '新增调解员', entityLabel: '调解员', actorName: LOCAL_OPERATOR.name, outcome: 'ok' });
    // the phone number is masked wherever a row is shown
    expect(zhao.after).not.toContain('13912345678');
    expect(zhao.after).toContain('*'.repeat(11));

    expect((await call('audit.list', { entity: 'case' })).data.total).toBe(await sqlCount("entity = 'case'"));
    expect((await call('audit.list', { actor: '本机' })).data.total).toBe(await sqlCount('actor_name LIKE ?', ['%本机%']));
    // % and _ in the filter are the characters themselves, not wildcards
    expect((await call('audit.list', { actor: '_' })).data.total).toBe(0);
    expect((await call('audit.list', { actor: '%' })).data.total).toBe(0);
    expect((await call('audit.list', { from: '2026-11-24', to: '2026-11-24' })).data.total).toBe(await sqlCount());
    expect((await call('audit.list', { from: '2026-11-25' })).data.total).toBe(0);
    expect(await call('audit.list', { from: '2026-11-25', to: '2026-11-01' })).toMatchObject({ ok: false, error: { fields: { to: '截止日期不能早于起始日期' } } });

    const second = (await call('audit.list', { page: 2, pageSize: 10 })).data;
    expect(second.rows[0].seq).toBe(all.data.rows[10].seq);

    const facets = (await call('audit.facets', {})).data;
    expect(facets.actions).toContainEqual({ value: 'mediators.create', label: '新增调解员' });
    expect(facets.entities).toContainEqual({ value: 'case', label: '案件' });
    expect(facets.actors).toContain(LOCAL_OPERATOR.name);
  });

  it('exports the filtered rows as a workbook, and records the export', async () => {
    const cases = await sqlCount("entity = 'case'");
    const r = await call('audit.export', { entity: 'case' });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.data.fileName).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(r.data.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('审计日志');
    expect(sheet?.rowCount).toBe((cases ?? 0) + 1);
    expect(sheet?.getRow(1).values).toEqual([undefined, '序号', '时间', '操作人', '操作', '操作代码', '对象', '对象标识', '结果', '操作前', '操作后']);
    expect(await sqlCount("action = 'audit.export'")).toBe(1);
  });

  it('is refused to roles that may not read it', async () => {
    const asMediator = await app().registry.invoke(app().contextFor({ id: 'm', name: '调解员甲', roles: ['mediator', 'clerk'] }), 'audit.list', {});
    expect(asMediator).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const asAuditor = await app().registry.invoke(app().contextFor({ id: 'a', name: '审计员', roles: ['auditor'] }), 'audit.verify', {});
    expect(asAuditor).toMatchObject({ ok: true, data: { ok: true } });
  });
});

describe('the chain check', () => {
  it('finds any change, removal or reordering of recorded rows', async () => {
    const ctx = app().contextFor(LOCAL_OPERATOR);
    const w = (sql: string, params: unknown[] = []) => app().store.exclusive((c) => c.run(sql, params));
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: true });
    const rows = await app().store.reader.all<Record<string, unknown>>('SELECT * FROM audit_log ORDER BY seq');
    const n = rows.length;
    // tampering as someone with the file would: the append-only triggers dropped first
    await app().store.exclusive((c) => c.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;'));
    const pristine = async () => {
      await w('DELETE FROM audit_log');
      for (const r of rows) await w(`INSERT INTO audit_log (${Object.keys(r).join(', ')}) VALUES (${Object.keys(r).map(() => '?').join(', ')})`, Object.values(r));
    };
    const field = fc.constantFrom('at', 'actor_name', 'action', 'entity', 'entity_id', 'outcome', 'after', 'prev_hash', 'hash');
    const tamper = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), seq: fc.integer({ min: 1, max: n }), field, value: fc.string({ minLength: 1, maxLength: 8 }) }),
      // removing the newest row leaves a shorter, intact chain: a removal is looked for below it
      fc.record({ kind: fc.constant('remove' as const), seq: fc.integer({ min: 1, max: n - 1 }) }),
      fc.record({ kind: fc.constant('swap' as const), a: fc.integer({ min: 1, max: n }), b: fc.integer({ min: 1, max: n }) }).filter((s) => s.a !== s.b),
    );
    await fc.assert(
      fc.asyncProperty(tamper, async (t) => {
        await pristine();
        if (t.kind === 'edit') {
          const before = rows[t.seq - 1]?.[t.field];
          fc.pre(before !== t.value);
          await w(`UPDATE audit_log SET ${t.field} = ? WHERE seq = ?`, [t.value, t.seq]);
        } else if (t.kind === 'remove') {
          await w('DELETE FROM audit_log WHERE seq = ?', [t.seq]);
        } else {
          // two rows trade places: their contents swapped, each keeping the other's number
          await w('UPDATE audit_log SET seq = -1 WHERE seq = ?', [t.a]);
          await w('UPDATE audit_log SET seq = ? WHERE seq = ?', [t.a, t.b]);
          await w('UPDATE audit_log SET seq = ? WHERE seq = -1', [t.b]);
        }
        expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false });
      }),
      { numRuns: 60 },
    );
    await pristine();
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, rows: n });
  });
});
