import type { ExchangeCase, ExchangeParty } from '../../domain/exchange';
import { monetaryTerms } from '../../domain/packet';
import { termLine } from '../../domain/term-wording';
import { caveats, type DocumentKind } from '../kind';
import { para, type Block } from '../model';
import { agreedOn, BLANK, BLANK_DATE, howSigned, partyWithAgents } from '../parts';

/**
 * 赋予强制执行效力公证申请书 (`documents.md`; 公证法 art. 37, `reference.md` §3): the creditors
 * and debtors of the agreement's money debts, the debts as agreed, the debtor's express consent
 * to compulsory enforcement on default, and the request to the notary office.
 */

function sides(c: ExchangeCase): { creditors: ExchangeParty[]; debtors: ExchangeParty[] } {
  const debts = monetaryTerms(c.agreement?.terms ?? []);
  const payers = new Set(debts.flatMap((t) => ('payer' in t ? [t.payer] : [])));
  const payees = new Set(debts.flatMap((t) => ('payee' in t ? [t.payee] : [])));
  return { creditors: c.parties.filter((p) => payees.has(p.name)), debtors: c.parties.filter((p) => payers.has(p.name)) };
}

const blocksOf = (parties: ExchangeParty[], label: string): Block[] => parties.flatMap((p) => partyWithAgents(p, label));
const names = (parties: ExchangeParty[]) => parties.map((p) => p.name).join('、') || BLANK;

export const notarizationApplication: DocumentKind = {
  kind: 'notarization-application',
  title: '赋予强制执行效力公证申请书',
  per: 'case',
  wording: {
    consent: {
      label: '债务人接受强制执行的承诺',
      text: '债务人{债务人}承诺：债务人不履行或者不适当履行上述债务的，愿意直接接受人民法院的强制执行。',
      variables: ['债务人', '债权人', '公证机构', '协议日期'],
    },
    request: {
      label: '申请事项',
      text: '申请人请求{公证机构}对双方于{协议日期}经{组织名称}主持调解达成的调解协议办理公证，并赋予上述债务强制执行效力。',
      variables: ['债务人', '债权人', '公证机构', '协议日期'],
    },
  },
  caveat: (c) =>
    caveats(
      c.agreement ? null : '本案尚无调解协议',
      c.agreement && monetaryTerms(c.agreement.terms).length === 0 ? '协议中没有金钱给付条款，不宜办理赋强公证' : null,
      c.enforcement?.notaryOffice ? null : '未记录公证机构，将留空',
    ),
  build(ctx) {
    const c = ctx.c;
    const { creditors, debtors } = sides(c);
    const debts = monetaryTerms(c.agreement?.terms ?? []);
    const known = creditors.length > 0 && debtors.length > 0;
    const v = {
      债务人: names(debtors),
      债权人: names(creditors),
      公证机构: c.enforcement?.notaryOffice ?? '＿＿＿＿＿＿公证处',
      协议日期: agreedOn(c),
    };
    return [
      { type: 'title', text: '赋予强制执行效力公证申请书' },
      // without a money term between parties the sides are unknown: every party applies, sorted out by hand
      ...(known ? [...blocksOf(creditors, '申请人（债权人）'), ...blocksOf(debtors, '申请人（债务人）')] : blocksOf(c.parties, '申请人')),
      para('债务内容：', { bold: true, indent: false }),
      ...(debts.length > 0
        ? debts.map((t, i) => para(`${i + 1}. ${termLine(t, { parties: c.parties, ipRights: c.ipRights })}`))
        : [para('＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿')]),
      para(ctx.wording('consent', v)),
      para(ctx.wording('request', v)),
      {
        type: 'signatures',
        lines: (known ? [...creditors, ...debtors] : c.parties).map((p) => ({ label: `申请人${p.name}（${howSigned(p)}）` })),
      },
      para(BLANK_DATE, { align: 'right', indent: false }),
    ];
  },
};
