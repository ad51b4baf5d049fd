import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitrationRecordSchema, reliedAgreementFindings, reliedAgreementSchema, tribunalText } from '../../../src-main/domain/arbitration';

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
