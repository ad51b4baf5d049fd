import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../../../src-main/domain/case-status';
import { highlightRanges, planSearch, searchDocument, spaced } from '../../../src-main/domain/search';
import { DEFAULT_TRIAGE_RULES, deriveTrack } from '../../../src-main/domain/triage';

const base = { sessions: [], followUps: [] };

describe('status of an arriving case', () => {
  it.each([
    [{ ...base }, 'registered'],
    [{ ...base, acceptedOn: '2026-01-02' }, 'accepted'],
    [{ ...base, refusal: { on: '2026-01-02', reason: 'x' } }, 'refused'],
    [{ ...base, acceptedOn: 'd', sessions: [{}] }, 'mediating'],
    [{ ...base, sessions: [{}], agreement: { signedOn: '2026-03-10' } }, 'agreed'],
    [{ ...base, agreement: { signedOn: 'd' }, enforcement: { route: 'judicial_confirmation', result: 'pending' } }, 'enforcement'],
    [{ ...base, agreement: { signedOn: 'd' }, enforcement: { route: 'judicial_confirmation' } }, 'enforcement'],
    [{ ...base, agreement: { signedOn: 'd' }, enforcement: { route: 'judicial_confirmation', result: 'confirmed' } }, 'performing'],
    [{ ...base, agreement: { signedOn: 'd' }, enforcement: { route: 'judicial_confirmation', result: 'rejected' } }, 'agreed'],
    [{ ...base, agreement: { signedOn: 'd' }, enforcement: { route: 'none' }, followUps: [{}] }, 'performing'],
    [{ ...base, sessions: [{}], termination: { reason: 'positions_apart' } }, 'terminated'],
    [{ ...base, agreement: { signedOn: 'd' }, termination: { reason: 'agreement_reached' } }, 'agreed'],
    [{ ...base, closedOn: '2026-12-01', termination: { reason: 'withdrawn' } }, 'closed'],
  ])('%j → %s', (facts, status) => {
    expect(deriveStatus(facts)).toBe(status);
  });
});

describe('triage (繁简分流)', () => {
  it('is simple when no rule applies, with the reason', () => {
    expect(deriveTrack({ category: 'trademark_infringement', claimAmountFen: 10_000_000, partyCount: 2 }, DEFAULT_TRIAGE_RULES)).toEqual({
      track: 'simple',
      reason: expect.stringContaining('简易程序'),
    });
  });

  it('is complex for a large claim, many parties or a complex category, naming each reason', () => {
    const r = deriveTrack({ category: 'patent_infringement', claimAmountFen: 50_000_000, partyCount: 3 }, DEFAULT_TRIAGE_RULES);
    expect(r.track).toBe('complex');
    expect(r.reason).toBe('普通程序：标的额达到500,000.00元；当事人3方（3方以上）；专利侵权纠纷属于复杂类别');
  });

  it('follows the organization’s own rules', () => {
    const rules = { complexFromAmountFen: 1, complexFromPartyCount: 10, complexCategories: [] };
    expect(deriveTrack({ category: 'patent_infringement', claimAmountFen: null, partyCount: 2 }, rules).track).toBe('simple');
    expect(deriveTrack({ category: 'other_civil', claimAmountFen: 1, partyCount: 2 }, rules).track).toBe('complex');
  });
});

describe('search planning', () => {
  it('sends one and two characters to the per-character index, longer queries to trigrams', () => {
    expect(planSearch('郭芳')).toEqual({ index: 'chars', match: '"郭 芳"' });
    expect(planSearch(' 郭 ')).toEqual({ index: 'chars', match: '"郭"' });
    expect(planSearch('李卫东')).toEqual({ index: 'trigram', match: '"李卫东"' });
    expect(planSearch('hnsy')).toEqual({ index: 'trigram', match: '"hnsy"' });
    expect(planSearch('a"b')).toEqual({ index: 'trigram', match: '"a""b"' });
    expect(planSearch('   ')).toBeNull();
  });

  it('indexes numbers, names, rights, subject and pinyin initials', () => {
    const doc = searchDocument({
      caseNumber: '（2026）豫郑知调字第0003号',
      subject: '商标侵权',
      parties: [{ name: '河南嵩岳食品有限公司', kind: 'legal', representativeName: '赵建国' }, { name: '单田芳', kind: 'natural' }],
      agents: [{ name: '孙立', firm: '河南中原律师事务所' }],
      ipRights: [{ number: '第23456781号', title: '“嵩岳”文字商标' }],
    });
    expect(doc.initials).toBe('hnsyspyxgs stf sl');
    expect(doc.names).toContain('河南中原律师事务所');
    expect(doc.rights).toContain('第23456781号');
    expect(spaced('郭 芳')).toBe('郭 芳');
  });
});

describe('highlighting search hits', () => {
  it('marks literal matches, ignoring case', () => {
    expect(highlightRanges('郭芳 诉 郭芳芳', '郭芳')).toEqual([
      [0, 2],
      [5, 7],
    ]);
    expect(highlightRanges('ZL202220123456.7', 'zl2022')).toEqual([[0, 6]]);
  });

  it('marks the characters whose pinyin initials spell a query of letters', () => {
    expect(highlightRanges('河南嵩岳食品有限公司', 'hnsy')).toEqual([[0, 4]]);
    expect(highlightRanges('河南嵩岳食品有限公司', 'yxgs')).toEqual([[6, 10]]);
    expect(highlightRanges('河南嵩岳食品有限公司', 'xyz')).toEqual([]);
  });

  it('keeps string offsets right around characters outside the BMP', () => {
    expect(highlightRanges('𠀋河南', 'hn')).toEqual([[2, 4]]);
  });
});
