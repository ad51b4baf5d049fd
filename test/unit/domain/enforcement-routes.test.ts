import { describe, expect, it } from 'vitest';
import { routeGuidance } from '../../../src-main/domain/enforcement-routes';
import { caseSchema, type Term } from '../../../src-main/domain/exchange';
import { sample } from '../../support/samples';

const trademarkTerms = (): Term[] => caseSchema.parse(sample().cases[0]).agreement?.terms ?? []; // acts and money
const pay: Term = { kind: 'payment', payer: '乙', payee: '甲', amount: '30000', dueOn: '2026-12-31' };
const advice = (terms: Term[], over = {}) => Object.fromEntries(routeGuidance({ terms, clean: true, confirmationDaysLeft: 20, ...over }).map((r) => [r.route, r.advice]));

describe('route chooser', () => {
  it('suits judicial confirmation to payments and acts alike, and notarization only to money without acts', () => {
    expect(advice(trademarkTerms())).toEqual({ judicial_confirmation: 'suitable', notarization: 'unsuitable', arbitration: 'conditional' });
    expect(advice([pay, { kind: 'liquidated_damages', obligor: '乙', amount: '5000', trigger: '逾期付款' }])).toEqual({ judicial_confirmation: 'suitable', notarization: 'conditional', arbitration: 'conditional' });
    expect(advice([{ kind: 'apology', obligor: '乙', form: '书面道歉' }])).toMatchObject({ notarization: 'unsuitable' });
  });

  it('says why, naming the debtor’s consent, the acts a notary cannot enforce and the arbitration agreement', () => {
    const [judicial, notary, arbitration] = routeGuidance({ terms: trademarkTerms(), clean: true, confirmationDaysLeft: 20 });
    expect(judicial?.reasons).toEqual(['给付金钱和停止侵权、销毁库存等行为义务均可经裁定确认后申请强制执行；双方须共同申请，不收费']);
    expect(notary?.reasons).toContain('协议含有停止侵权、销毁、下架、许可等行为义务，执行证书不能载明此类义务；这些条款仍需司法确认');
    expect(notary?.reasons).toContain('须债务人书面承诺不履行时愿意接受强制执行，债权债务关系明确、无争议');
    expect(arbitration?.reasons).toEqual(['须先订立书面仲裁协议，写明请求仲裁的意思、仲裁事项和选定的仲裁委员会（仲裁法第十六条）']);
    expect(routeGuidance({ terms: [pay], clean: true, arbitrationCommission: '郑州仲裁委员会' })[2]).toEqual({
      route: 'arbitration',
      advice: 'suitable',
      reasons: ['可依仲裁协议请郑州仲裁委员会按和解或调解结果作出裁决书或调解书'],
    });
  });

  it('rules out confirmation after the 30 days, and every route while the clause check finds errors', () => {
    expect(advice([pay], { confirmationDaysLeft: -1 })).toMatchObject({ judicial_confirmation: 'unsuitable' });
    expect(routeGuidance({ terms: [pay], clean: true, confirmationDaysLeft: -1 })[0]?.reasons).toEqual(['协议生效已超过30日，已不能申请司法确认（民事诉讼法第二百零五条）']);
    expect(advice([pay], { clean: false })).toEqual({ judicial_confirmation: 'unsuitable', notarization: 'unsuitable', arbitration: 'unsuitable' });
  });
});
