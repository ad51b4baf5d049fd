import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../src-main/app/open-app';
import { importCasesFile } from '../../../src-main/services/case-import';
import { caseListQuerySchema, listCases, type CaseListQuery } from '../../../src-main/services/case-query';
import { listMediators } from '../../../src-main/services/mediators';
import { sample, setUpSampleOrganization } from '../../support/samples';
import { openTestApp, operatorContext } from '../../support/temp';

let app: AppInstance;
beforeAll(async () => {
  app = await openTestApp();
  await setUpSampleOrganization(app);
  await importCasesFile(operatorContext(app), sample(), 'fail');
});
afterAll(() => app.close());

const list = (q: Partial<CaseListQuery>) => listCases(operatorContext(app), caseListQuerySchema.parse(q));
const numbersFor = async (q: Partial<CaseListQuery>) => (await list(q)).rows.map((r) => r.caseNumber?.slice(-5, -1)).sort();

describe('case search', () => {
  it.each([
    ['李卫东', ['0001']], // a three-character name
    ['郭芳', ['0002']], // a two-character name
    ['郭', ['0002']], // one character
    ['嵩岳食品有限', ['0003']], // a six-character firm fragment
    ['有限公司', ['0001', '0002', '0003']],
    ['孙立', ['0003']], // an agent
    ['赵建国', ['0003']], // a legal representative
    ['ZL202220123456.7', ['0001']], // an IP right number
    ['2023SR0456789', ['0002']],
    ['0003', ['0003']], // a fragment of the case number
    ['（2026）豫郑知调字第0002号', ['0002']],
    ['商标', ['0003']], // two characters of the subject
    ['秸秆还田机', ['0001']],
    ['hnsy', ['0003']], // pinyin initials: 河南嵩岳
    ['HNSY', ['0003']],
    ['lwd', ['0001']], // 李卫东
    ['gf', ['0002']], // 郭芳, two letters
    ['不存在的当事人', []],
  ])('%s finds %j', async (query, expected) => {
    expect(await numbersFor({ query })).toEqual(expected);
  });

  it('treats quotes and FTS operators in a query as text', async () => {
    expect(await numbersFor({ query: '"郭芳" OR *' })).toEqual([]);
    expect(await numbersFor({ query: 'NEAR(' })).toEqual([]);
  });
});

describe('case list', () => {
  it('is newest first and names both sides and the mediators', async () => {
    const { total, rows } = await list({});
    expect(total).toBe(3);
    expect(rows.map((r) => r.receivedOn)).toEqual(['2026-08-04', '2026-05-11', '2026-03-03']);
    expect(rows[1]).toMatchObject({ applicants: ['李卫东'], respondents: ['洛阳丰禾农业机械有限公司'], mediators: ['陈静', '杨帆'], status: 'performing', track: 'complex', claimAmountFen: 50_000_000 });
  });

  it('filters by status, category, source, mediator and dates, and sorts', async () => {
    expect(await numbersFor({ statuses: ['terminated'] })).toEqual(['0002']);
    expect(await numbersFor({ statuses: ['enforcement', 'performing'] })).toEqual(['0001', '0003']);
    expect(await numbersFor({ categories: ['software'] })).toEqual(['0002']);
    expect(await numbersFor({ sources: ['court_delegated'] })).toEqual(['0003']);
    expect(await numbersFor({ receivedFrom: '2026-05-01', receivedTo: '2026-06-30' })).toEqual(['0001']);
    expect(await numbersFor({ acceptedFrom: '2026-08-01' })).toEqual(['0002']);
    const yang = (await listMediators(operatorContext(app))).find((m) => m.name === '杨帆');
    expect(await numbersFor({ mediatorId: yang?.id })).toEqual(['0001', '0002']);
    const byAmount = await list({ sort: 'claimAmount', order: 'asc' });
    expect(byAmount.rows.map((r) => r.claimAmountFen)).toEqual([10_000_000, 20_000_000, 50_000_000]);
    expect(await numbersFor({ query: '有限公司', statuses: ['terminated'] })).toEqual(['0002']);
  });

  it('pages', async () => {
    const first = await list({ limit: 2 });
    const second = await list({ limit: 2, offset: 2 });
    expect(first.total).toBe(3);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toHaveLength(3);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(3);
  });
});
