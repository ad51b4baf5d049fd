import { describe, expect, it } from 'vitest';
import { sampleCasesPerTest } from '../../support/samples';

/**
 * The typical-case editor's store: a draft drawn from the case and anonymized, saved once edited —
 * never while it still names anyone — and printed by the `typical-case` document. The trademark
 * sample: accepted, one session, an agreement signed.
 */
const { app, call } = sampleCasesPerTest();
const TRADEMARK = '（2026）豫郑知调字第0003号';
const NAMES = ['河南嵩岳食品有限公司', '管城回族区惠民便利超市', '王建华', '孙立', '陈静'];

const trademark = async (): Promise<string> => (await call('cases.list', {})).data.rows.find((r: { caseNumber: string }) => r.caseNumber === TRADEMARK).id;

const htmlText = (html: string) => html.replace(/<[^>]+>/g, '\n').replace(/&[a-z]+;/g, ' ');

describe('the typical-case write-up', () => {
  it('starts from the case, anonymized, with amounts rounded when asked, until one is saved', async () => {
    const caseId = await trademark();
    const got = await call('typicalCases.get', { caseId });
    expect(got.ok, JSON.stringify(got.error)).toBe(true);
    expect(got.data.saved).toBeNull();
    const w = got.data.writeUp;
    expect(w.title).toBe('河南某食品有限公司与管城回族区某便利超市商标侵权纠纷调解案');
    expect(w.facts).toContain('“嵩岳”');
    expect(w.result).toContain('经调解，双方于');
    expect(w.significance).toContain('商标侵权纠纷');
    expect(w.roundAmounts).toBe(false);
    for (const name of NAMES) expect(Object.values(w).join('\n')).not.toContain(name);

    const rounded = (await call('typicalCases.draft', { caseId, roundAmounts: true })).data;
    expect(rounded.roundAmounts).toBe(true);
    expect(rounded.result).toMatch(/\d+(\.\d)?万元/);
    expect(rounded.result).not.toMatch(/\d{1,3},\d{3}\.\d{2}元/);
    expect(w.result).toMatch(/\d{1,3},\d{3}\.\d{2}元/);
  });

  it('saves an edited write-up with an audit row, and the document prints it', async () => {
    const caseId = await trademark();
    const draft = (await call('typicalCases.get', { caseId })).data.writeUp;
    const writeUp = { ...draft, title: '  便利超市销售侵权食品调解案 ', significance: '本案表明，小微经营者侵权纠纷通过调解可以快速化解。\n调解员释法明理，促成当事人当场履行。' };
    const saved = await call('typicalCases.save', { caseId, writeUp });
    expect(saved, JSON.stringify(saved.error)).toEqual({ ok: true, data: null });

    const got = (await call('typicalCases.get', { caseId })).data;
    expect(got.writeUp).toEqual({ ...writeUp, title: '便利超市销售侵权食品调解案' });
    expect(got.saved).toEqual({ at: expect.stringMatching(/^2026-/), by: expect.any(String) });
    expect(await app().store.reader.all('SELECT action, after FROM audit_log WHERE action = ?', ['typicalCases.save'])).toEqual([
      { action: 'typicalCases.save', after: expect.stringContaining('便利超市销售侵权食品调解案') },
    ]);

    const preview = htmlText((await call('documents.preview', { caseId, kind: 'typical-case' })).data.html);
    expect(preview).toContain('便利超市销售侵权食品调解案');
    expect(preview).toContain('本案表明，小微经营者侵权纠纷通过调解可以快速化解。');
    expect(preview).toContain('调解员释法明理，促成当事人当场履行。');
    for (const name of NAMES) expect(preview).not.toContain(name);

    // saved again: the newest text is the one kept
    expect((await call('typicalCases.save', { caseId, writeUp: { ...writeUp, title: '第二稿' } })).ok).toBe(true);
    expect((await call('typicalCases.get', { caseId })).data.writeUp.title).toBe('第二稿');
    expect(await app().store.reader.all('SELECT count(*) AS n FROM typical_cases')).toEqual([{ n: 1 }]);
  });

  it('refuses, naming the parts, a write-up that still names someone or carries personal data, and keeps nothing of it', async () => {
    const caseId = await trademark();
    const draft = (await call('typicalCases.get', { caseId })).data.writeUp;
    const r = await call('typicalCases.save', { caseId, writeUp: { ...draft, facts: `${draft.facts}管城回族区惠民便利超市经营者王建华到场。`, process: `${draft.process}联系电话13598012345。` } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(Object.keys(r.error.fields).sort()).toEqual(['writeUp.facts', 'writeUp.process']);
    expect(r.error.fields['writeUp.facts']).toMatch(/^基本案情中仍有当事人、代理人或调解员的真实姓名或名称/);
    expect(r.error.fields['writeUp.process']).toMatch(/^调解过程中仍有身份证号码.*个人信息/);
    // the message never repeats what was typed
    expect(JSON.stringify(r.error)).not.toMatch(/王建华|13598012345/);

    const empty = await call('typicalCases.save', { caseId, writeUp: { ...draft, significance: '  ' } });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'writeUp.significance': '典型意义不能为空' } } });
    expect(await app().store.reader.all('SELECT count(*) AS n FROM typical_cases')).toEqual([{ n: 0 }]);
    expect((await call('typicalCases.get', { caseId })).data.saved).toBeNull();
  });
});
