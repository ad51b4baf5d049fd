import { chineseDate, chineseNumeral } from '../../domain/chinese-format';
import type { ExchangeCase } from '../../domain/exchange';
import { PARTY_ROLES } from '../../domain/vocabulary';
import { caveats, numberCaveat, type DocumentKind } from '../kind';
import { para } from '../model';
import { allPartyParagraphs, howSigned, partiesInOrder, termBlocks } from '../parts';

/**
 * 调解协议书 (`documents.md`, “agreement”; 人民调解法 arts. 28–29): the parties, the facts, the
 * terms numbered 一、二、三… each in its kind's wording, the fixed clauses, and a signature line for
 * every party, every agent who may sign, the mediators and the recorder, then the seal.
 */
const PAYING = new Set(['payment', 'installments', 'liquidated_damages']);
const UNDATED = '　　年　　月　　日';

/** Agents with the special power to sign an agreement sign beside their principal. */
function signatureLines(c: ExchangeCase): { label: string; withDate?: boolean }[] {
  const parties = partiesInOrder(c).flatMap((p) => [
    { label: `${PARTY_ROLES[p.role]}${p.name}（${howSigned(p, true)}）` },
    ...p.agents.filter((a) => a.authority === 'special' && a.specialPowers?.includes('sign_agreement')).map((a) => ({ label: `委托代理人${a.name}（签名）` })),
  ]);
  const recorder = c.sessions.map((s) => s.recorder).find(Boolean);
  const mediators = c.mediators.length > 0 ? c.mediators.map((m) => ({ label: `调解员${m.name}（签名）` })) : [{ label: '调解员（签名）' }];
  return [...parties, ...mediators, ...(recorder ? [{ label: `记录人${recorder}（签名）` }] : [])];
}

export const agreementDocument: DocumentKind = {
  kind: 'agreement',
  title: '调解协议书',
  per: 'case',
  served: true,
  wording: {
    opening: { label: '协议引言', text: '经{组织名称}主持调解，双方当事人自愿达成如下协议：' },
    performance: { label: '履行方式', text: '各方当事人应当按照本协议约定的时间、地点和方式全面、及时履行各自的义务。' },
    default: {
      label: '违约后果（有付款条款时）',
      text: '一方当事人不履行或者不完全履行本协议的，对方当事人可以就履行本协议向人民法院提起诉讼；本协议经人民法院司法确认的，可以向人民法院申请强制执行。',
    },
    effect: { label: '生效条款', text: '本协议自各方当事人签名、盖章或者捺印，调解员签名并加盖调解组织印章之日起生效。' },
    confirmation: {
      label: '共同申请司法确认（选择司法确认途径时）',
      text: '双方当事人同意自本协议生效之日起三十日内共同向有管辖权的人民法院申请司法确认。',
    },
    copies: { label: '份数', text: '本协议一式{份数}份，当事人各执一份，调解组织留存一份，具有同等法律效力。', variables: ['份数'] },
  },
  caveat: (c) =>
    caveats(
      c.agreement ? null : '本案尚未起草调解协议，将只印出当事人和固定条款',
      c.agreement && !c.agreement.facts ? '协议未写纠纷事实，该部分将留空' : null,
      c.mediators.length === 0 ? '尚未指派调解员，调解员签名处将不具名' : null,
      numberCaveat(c),
    ),
  build(ctx) {
    const c = ctx.c;
    const a = c.agreement;
    const terms = a?.terms ?? [];
    const copies = a?.copies ?? c.parties.length + 1;
    const confirming = c.enforcement?.route === 'judicial_confirmation';
    return [
      { type: 'title', text: '调解协议书' },
      { type: 'number', text: a?.number ?? ctx.caseNumber },
      ...allPartyParagraphs(c),
      para('纠纷主要事实、争议事项：', { bold: true }),
      para(a?.facts ?? '＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿'),
      para(ctx.wording('opening'), { bold: true }),
      ...termBlocks(c),
      para(ctx.wording('performance')),
      ...(terms.some((t) => PAYING.has(t.kind)) ? [para(ctx.wording('default'))] : []),
      para(ctx.wording('effect')),
      ...(confirming ? [para(ctx.wording('confirmation'))] : []),
      para(ctx.wording('copies', { 份数: chineseNumeral(copies) })),
      { type: 'signatures', lines: signatureLines(c) },
      { type: 'seal', organization: ctx.organization.name, date: a?.signedOn ? chineseDate(a.signedOn) : UNDATED },
    ];
  },
};
