import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { importCasesFile } from '../../../src-main/services/case-import';
import { exportCases } from '../../../src-main/services/case-export';
import { logicalDump } from '../../support/dump';
import { sample, setUpSampleOrganization } from '../../support/samples';
import { fixedClock, openTestApp, operatorContext } from '../../support/temp';

async function setUp(): Promise<AppInstance> {
  const app = await openTestApp(undefined, fixedClock('2026-11-24T10:00:00+08:00'));
  await setUpSampleOrganization(app);
  return app;
}

type Doc = ReturnType<typeof sample>;

let app: AppInstance;
beforeEach(async () => {
  app = await setUp();
  return () => app.close();
});

describe('importing mediation-case/1', () => {
  it('imports the samples, keeping the explicit number and numbering the others around it', async () => {
    const result = await importCasesFile(operatorContext(app), sample(), 'fail');
    expect(result).toEqual({ created: ['（2026）豫郑知调字第0003号', '（2026）豫郑知调字第0001号', '（2026）豫郑知调字第0002号'], skipped: [], replaced: [] });
    const more = sample();
    more.cases = [more.cases[2]];
    expect((await importCasesFile(operatorContext(app), more, 'fail')).created).toEqual(['（2026）豫郑知调字第0004号']);
  });

  it('adds mediators the roster lacks, once each', async () => {
    await importCasesFile(operatorContext(app), sample(), 'fail');
    const roster = await app.registry.invoke(operatorContext(app), 'mediators.list', {});
    expect(roster).toMatchObject({ ok: true, data: [{ name: '陈静', mediatorNo: 'ZZ-IP-007' }, { name: '杨帆', mediatorNo: 'ZZ-IP-012' }] });
  });

  it('export, then import into a fresh folder, reproduces the same cases', async () => {
    await importCasesFile(operatorContext(app), sample(), 'fail');
    const first = await exportCases(operatorContext(app), { all: true });
    const other = await setUp();
    await importCasesFile(operatorContext(other), JSON.parse(JSON.stringify(first)), 'fail');
    const second = await exportCases(operatorContext(other), { all: true });
    await other.close();
    expect(second.cases).toEqual(first.cases);
    // and the export says what the sample said, plus the id, number and track the app gave it
    const original = sample().cases[0];
    const { id, caseNumber, track, ...rest } = first.cases.find((c) => c.caseNumber === '（2026）豫郑知调字第0003号') ?? {};
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(caseNumber).toBe(original.caseNumber);
    expect(track).toBe('simple');
    delete original.caseNumber;
    expect(rest).toEqual(original);
  });

  it.each<[string, (d: Doc) => void, string]>([
    ['a wrong ID check character', (d) => (d.cases[1].parties[0].idNumber = '410105197804120312'), 'cases[1].parties[0].idNumber'],
    ['a gender mismatch', (d) => (d.cases[2].parties[1].gender = 'male'), 'cases[2].parties[1].gender'],
    ['a bad credit code', (d) => (d.cases[1].parties[1].uscc = '91410300MA47UH5P7N'), 'cases[1].parties[1].uscc'],
    ['a three-decimal amount', (d) => (d.cases[1].agreement.terms[0].schedule[2].amount = '60000.001'), 'cases[1].agreement.terms[0].schedule[2].amount'],
    ['an unknown key', (d) => (d.cases[2].subjcet = 'x'), 'cases[2].subjcet'],
  ])('refuses a file with %s whole, naming the path, and changes nothing', async (_what, change, path) => {
    await importCasesFile(operatorContext(app), { format: 'mediation-case/1', cases: [sample().cases[0]] }, 'fail');
    const before = await logicalDump(app.paths.database);
    const doc = sample();
    doc.cases[0].caseNumber = '（2026）豫郑知调字第0099号';
    change(doc);
    const failure = await importCasesFile(operatorContext(app), doc, 'fail').catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining(`${path}：`), fields: { [path]: expect.stringMatching(/[\u4e00-\u9fff]/) } });
    expect(await logicalDump(app.paths.database)).toEqual(before);
  });

  it('reports a conflict by default, and can skip or replace', async () => {
    await importCasesFile(operatorContext(app), sample(), 'fail');
    const before = await logicalDump(app.paths.database);
    await expect(importCasesFile(operatorContext(app), sample(), 'fail')).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('cases[0]') });
    expect(await logicalDump(app.paths.database)).toEqual(before);

    expect(await importCasesFile(operatorContext(app), sample(), 'skip')).toMatchObject({
      created: ['（2026）豫郑知调字第0004号', '（2026）豫郑知调字第0005号'],
      skipped: ['（2026）豫郑知调字第0003号'],
    });

    const exported = await exportCases(operatorContext(app), { caseNumbers: ['（2026）豫郑知调字第0003号'] });
    const changed = JSON.parse(JSON.stringify(exported));
    changed.cases[0].subject = '更正后的纠纷简要情况';
    expect(await importCasesFile(operatorContext(app), changed, 'replace')).toEqual({ created: [], skipped: [], replaced: ['（2026）豫郑知调字第0003号'] });
    const after = await exportCases(operatorContext(app), { caseNumbers: ['（2026）豫郑知调字第0003号'] });
    expect(after.cases[0]).toMatchObject({ id: exported.cases[0]?.id, subject: '更正后的纠纷简要情况' });
  });

  it('refuses a file that names the same case twice', async () => {
    const doc = sample();
    doc.cases.push(doc.cases[0]);
    await expect(importCasesFile(operatorContext(app), doc, 'fail')).rejects.toMatchObject({ message: 'cases[3].caseNumber：与 cases[0] 重复' });
  });

  it('records one audit row per imported case and per mediator it added', async () => {
    await importCasesFile(operatorContext(app), sample(), 'fail');
    const rows = await app.store.reader.all<{ entity: string }>("SELECT entity FROM audit_log WHERE action = 'cases.import'");
    expect(rows.filter((r) => r.entity === 'case')).toHaveLength(3);
    expect(rows.filter((r) => r.entity === 'mediator')).toHaveLength(2);
  });
});
