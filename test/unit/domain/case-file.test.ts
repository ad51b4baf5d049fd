import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_KIND_KEYS, compileCaseFile, exchangeCaseFileFacts, type CaseFileFacts } from '../../../src-main/domain/case-file';
import { caseSchema } from '../../../src-main/domain/exchange';
import { sample } from '../../support/samples';

/** A mediated case with nothing on file beyond the registration. */
const BARE: CaseFileFacts = {
  refused: false,
  partiesWithoutRightsNotice: ['甲公司', '乙'],
  partyIdentityPapers: false,
  hasAgents: false,
  recordedSessions: 0,
  agreement: false,
  followUps: 0,
  judicialConfirmation: false,
  outcomeExplained: false,
  attachments: [],
  pages: new Map(),
};

const required = (f: CaseFileFacts) =>
  compileCaseFile(f)
    .items.filter((i) => i.required)
    .map((i) => i.no);

describe('the case file (卷宗) and its 13-item index', () => {
  it('lists the items in the circulating order, each required or as needed', () => {
    const { items } = compileCaseFile(BARE);
    expect(items.map((i) => `${i.no}${i.name}`)).toEqual([
      '1调解申请书、受理登记表',
      '2当事人权利义务告知书',
      '3当事人身份证明材料',
      '4授权委托书',
      '5调查记录',
      '6证据材料',
      '7调解笔录',
      '8调解协议书',
      '9履行凭证',
      '10回访记录',
      '11司法确认材料',
      '12案件情况说明',
      '13卷宗封底',
    ]);
    expect(required(BARE)).toEqual([1, 2, 3, 7, 13]);
  });

  it('requires what the case’s course calls for: a power of attorney with agents, the agreement once reached, the confirmation papers once applied for', () => {
    expect(required({ ...BARE, hasAgents: true, agreement: true, judicialConfirmation: true })).toEqual([1, 2, 3, 4, 7, 8, 11, 13]);
    // a refused case never had a notice given or a session held
    expect(required({ ...BARE, refused: true })).toEqual([1, 3, 13]);
  });

  it('names what is missing, and finds it in the records, attachments or counted papers', () => {
    expect(compileCaseFile(BARE).missing).toEqual(['当事人权利义务告知书', '当事人身份证明材料', '调解笔录']);
    const file = compileCaseFile({
      ...BARE,
      partiesWithoutRightsNotice: [],
      recordedSessions: 2,
      attachments: [{ kind: 'identity', pages: 2 }],
      pages: new Map([[6, 12]]),
    });
    expect(file.missing).toEqual([]);
    expect(file.items.map((i) => i.sources.join('、'))).toEqual(['登记信息', '告知记录', '附件1份', '', '', '纸质材料', '2次调解笔录', '', '', '', '', '', '随卷生成']);
  });

  it('numbers pages through the volume once every earlier item is counted, and totals them', () => {
    const counted = compileCaseFile({ ...BARE, partiesWithoutRightsNotice: [], recordedSessions: 1, pages: new Map([[1, 2], [2, 1], [3, 1], [7, 3], [13, 1]]) });
    expect(counted.items.filter((i) => i.present).map((i) => i.pageRange)).toEqual(['1-2', '3', '4', '5-7', '8']);
    expect(counted.totalPages).toBe(8);
    const gap = compileCaseFile({ ...BARE, partiesWithoutRightsNotice: [], pages: new Map([[1, 2], [13, 1]]) });
    expect(gap.items.map((i) => i.pageRange)).toEqual(['1-2', null, null, null, null, null, null, null, null, null, null, null, null]);
    expect(gap.totalPages).toBeNull();
  });

  it('reads the facts of the sample cases from their exchange form', () => {
    const cases = (sample().cases as unknown[]).map((raw) => caseSchema.parse(raw));
    for (const c of cases) {
      const f = exchangeCaseFileFacts(c, false);
      expect(f.recordedSessions).toBe(c.sessions.length);
      expect(f.agreement).toBe(Boolean(c.agreement?.signedOn));
      expect(f.partiesWithoutRightsNotice.length === 0).toBe(c.sessions.some((s) => s.notices.includes('rights')));
    }
  });

  it('keeps its promises for any facts: missing = required and absent; page ranges run on without gaps or overlaps', () => {
    const facts = fc.record({
      refused: fc.boolean(),
      partiesWithoutRightsNotice: fc.array(fc.constantFrom('甲', '乙'), { maxLength: 2 }),
      partyIdentityPapers: fc.boolean(),
      hasAgents: fc.boolean(),
      recordedSessions: fc.nat(5),
      agreement: fc.boolean(),
      followUps: fc.nat(3),
      judicialConfirmation: fc.boolean(),
      outcomeExplained: fc.boolean(),
      attachments: fc.array(fc.record({ kind: fc.constantFrom(...ATTACHMENT_KIND_KEYS), pages: fc.integer({ min: 1, max: 50 }) }), { maxLength: 8 }),
      pages: fc.array(fc.tuple(fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 30 })), { maxLength: 13 }).map((e) => new Map(e)),
    });
    fc.assert(
      fc.property(facts, (f) => {
        const file = compileCaseFile(f);
        expect(file.items).toHaveLength(13);
        expect(file.missing).toEqual(file.items.filter((i) => i.required && !i.present).map((i) => i.name));
        let next = 1;
        for (const item of file.items.filter((i) => i.pageRange !== null)) {
          const [first, last = first] = (item.pageRange ?? '').split('-').map(Number);
          expect(first).toBe(next);
          expect((last ?? 0) - (first ?? 0) + 1).toBe(item.pages);
          next = (last ?? 0) + 1;
        }
        if (file.totalPages !== null) expect(file.totalPages).toBe(file.items.reduce((n, i) => n + (i.present ? (i.pages ?? 0) : 0), 0));
      }),
    );
  });
});
