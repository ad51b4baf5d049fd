import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPOINTERS, arbitrationRecordSchema, reliedAgreementFindings, reliedAgreementSchema, tribunalInputSchema, tribunalText, type Appointer } from '../../../src-main/domain/arbitration';

const CLAUSE = { form: 'clause', source: '《专利实施许可合同》第十二条', signedOn: '2025-03-01', namedCommission: '郑州仲裁委员会' } as const;

describe('the arbitration agreement relied on', () => {
  it('is clean when it names this commission, however the name is spaced or bracketed', () => {
    const a = reliedAgreementSchema.parse(CLAUSE);
    expect(reliedAgreementFindings(a, '郑州仲裁委员会')).toEqual([]);
    expect(reliedAgreementFindings({ ...a, namedCommission: '郑州 仲裁委员会' }, '郑州仲裁委员会')).toEqual([]);
    expect(reliedAgreementFindings({ ...a, namedCommission: '（郑州）仲裁委员会' }, '郑州仲裁委员会')).toEqual([]);
  });

  it('is flagged when it names no commission (void unless supplemented, art. 18), or another one', () => {
    const none = reliedAgreementSchema.parse({ ...CLAUSE, namedCommission: '  ' });
    expect(none.namedCommission).toBeUndefined();
    expect(reliedAgreementFindings(none, '郑州仲裁委员会')).toEqual([
      '仲裁协议未约定仲裁委员会：当事人可以补充协议；达不成补充协议的，仲裁协议无效（仲裁法第十八条），不能据以受理',
    ]);
    expect(reliedAgreementFindings({ ...none, namedCommission: '洛阳仲裁委员会' }, '郑州仲裁委员会')).toEqual([
      '仲裁协议约定的是“洛阳仲裁委员会”，不是郑州仲裁委员会：本会据此没有管辖依据，请核对，或请当事人向约定的仲裁委员会申请',
    ]);
  });

  it('names the field in Chinese when it is wrong', () => {
    const r = reliedAgreementSchema.safeParse({ form: 'oral', source: '', signedOn: '2025-02-30' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => `${i.path.join('.')}：${i.message}`)).toEqual([
      'form：仲裁协议的形式不是可选值之一',
      'source：仲裁协议的出处不能为空',
      'signedOn：仲裁协议的签订日期不是有效日期（格式 YYYY-MM-DD）',
    ]);
    expect(arbitrationRecordSchema.safeParse({ agreement: CLAUSE, handling: [{ item: '鉴定费', fee: -1 }] }).error?.issues[0]?.message).toBe('金额不能为负');
  });

  it('finds another commission exactly when the names differ in more than spaces and brackets', () => {
    const name = fc.stringMatching(/^[\u4e00-\u9fa5]{2,8}仲裁委员会$/);
    fc.assert(
      fc.property(name, name, (mine, named) => {
        const findings = reliedAgreementFindings(reliedAgreementSchema.parse({ ...CLAUSE, namedCommission: named }), mine);
        expect(findings.length === 0).toBe(mine === named);
      }),
    );
  });
});

describe('the tribunal as the papers name it', () => {
  it('puts the presiding arbitrator first', () => {
    expect(tribunalText([{ name: '王建国', role: 'member' }, { name: '陈思远', role: 'presiding' }, { name: '刘敏', role: 'member' }])).toBe('首席仲裁员陈思远、仲裁员王建国、仲裁员刘敏');
    expect(tribunalText([{ name: '陈思远', role: 'sole' }])).toBe('独任仲裁员陈思远');
  });
});

describe('composing a tribunal (仲裁法第三十条、第三十一条)', () => {
  const [A, B, C] = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
  const three = (presiding: Appointer, first: Appointer, second: Appointer) => ({
    form: 'three',
    composedOn: '2026-05-28',
    seats: [
      { arbitratorId: A, role: 'presiding', appointedBy: presiding },
      { arbitratorId: B, role: 'member', appointedBy: first },
      { arbitratorId: C, role: 'member', appointedBy: second },
    ],
  });
  const problems = (input: unknown) => tribunalInputSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}：${i.message}`) ?? [];

  it('takes a sole arbitrator chosen together or by the chair, and three with one chosen by each side', () => {
    expect(problems({ form: 'sole', composedOn: '2026-05-28', seats: [{ arbitratorId: A, role: 'sole', appointedBy: 'parties' }] })).toEqual([]);
    expect(problems(three('chair', 'claimant', 'respondent'))).toEqual([]);
    expect(problems(three('parties', 'chair', 'respondent'))).toEqual([]);
  });

  it('refuses seats the law does not have, naming the seat', () => {
    expect(problems({ form: 'sole', composedOn: '2026-05-28', seats: [{ arbitratorId: A, role: 'sole', appointedBy: 'claimant' }] })).toEqual([
      'seats.0.appointedBy：独任仲裁员由双方当事人共同选定或者共同委托仲裁委员会主任指定',
    ]);
    expect(problems({ ...three('chair', 'claimant', 'respondent'), form: 'sole' })).toEqual(['seats：独任仲裁庭由一名独任仲裁员组成']);
    expect(problems(three('claimant', 'claimant', 'respondent'))).toEqual([
      'seats.0.appointedBy：首席仲裁员由双方当事人共同选定或者共同委托仲裁委员会主任指定',
      'seats.1.appointedBy：申请人只能选定一名仲裁员',
    ]);
    const twice = three('chair', 'claimant', 'respondent');
    twice.seats[2] = { ...twice.seats[2], arbitratorId: B } as (typeof twice.seats)[number];
    expect(problems(twice)).toEqual(['seats.2.arbitratorId：同一名仲裁员不能占两个席位']);
  });

  it('accepts a tribunal of three exactly when the presiding seat is filled together and each side fills at most one other', () => {
    const who = fc.constantFrom(...(Object.keys(APPOINTERS) as Appointer[]));
    fc.assert(
      fc.property(who, who, who, (p, m1, m2) => {
        const lawful = ['parties', 'chair'].includes(p) && m1 !== 'parties' && m2 !== 'parties' && !(m1 === m2 && m1 !== 'chair');
        expect(problems(three(p, m1, m2)).length === 0).toBe(lawful);
      }),
    );
  });
});
