import { CASE_CATEGORIES } from '../../domain/categories';
import { caveats, type DocumentKind } from '../kind';
import { para } from '../model';
import { allPartyParagraphs, BLANK, BLANK_DATE, caseTitle, howSigned, partiesInOrder } from '../parts';

/**
 * 仲裁协议书 (`documents.md`; 仲裁法 arts. 16–18), for parties who choose to make their mediated
 * agreement enforceable through arbitration: the parties, the matters submitted, the commission
 * they chose by name (an agreement naming none is void), its rules, and their signatures.
 */
const VARIABLES = ['仲裁委员会', '争议事项'] as const;

export const arbitrationAgreement: DocumentKind = {
  kind: 'arbitration-agreement',
  title: '仲裁协议书',
  per: 'case',
  wording: {
    submission: {
      label: '提交仲裁的意思表示',
      text: '双方自愿将因{争议事项}及双方经{组织名称}主持调解达成的调解协议的履行所发生的争议，提交{仲裁委员会}仲裁，仲裁裁决是终局的，对双方均有约束力。',
      variables: VARIABLES,
    },
    rules: { label: '仲裁规则', text: '仲裁适用{仲裁委员会}申请仲裁时现行有效的仲裁规则。', variables: VARIABLES },
    effect: { label: '生效', text: '本协议自双方签名或者盖章之日起生效。本协议一式三份，双方各执一份，交{仲裁委员会}一份。', variables: VARIABLES },
  },
  caveat: (c) => caveats(c.enforcement?.arbitrationCommission ? null : '未选定仲裁委员会：没有约定仲裁委员会的仲裁协议无效（仲裁法第十八条），名称将留空'),
  build(ctx) {
    const c = ctx.c;
    const v = { 仲裁委员会: c.enforcement?.arbitrationCommission ?? `${BLANK}仲裁委员会`, 争议事项: `${caseTitle(c)}之间的${CASE_CATEGORIES[c.category]}` };
    return [
      { type: 'title', text: '仲裁协议书' },
      ...allPartyParagraphs(c),
      para(ctx.wording('submission', v)),
      para(ctx.wording('rules', v)),
      para(ctx.wording('effect', v)),
      { type: 'signatures', lines: partiesInOrder(c).map((p) => ({ label: `${p.name}（${howSigned(p, true)}）` })) },
      para(BLANK_DATE, { align: 'right', indent: false }),
    ];
  },
};
