import { amountFiguresAndWords } from '../../domain/chinese-format';
import { parseYuan } from '../../domain/money';
import type { DocumentKind } from '../kind';
import { para, type Block } from '../model';
import { allPartyParagraphs, partiesInOrder, partySignatures } from '../parts';

/** 调解申请书: the applicant asks the organization to mediate (`documents.md`). */
export const mediationApplication: DocumentKind = {
  kind: 'mediation-application',
  title: '调解申请书',
  per: 'case',
  wording: {
    declaration: {
      label: '自愿申请声明',
      text: '申请人已知悉{组织名称}的性质、调解工作的原则以及当事人在调解活动中享有的权利和承担的义务，自愿申请调解，并保证所陈述的事实真实。',
    },
  },
  caveat: () => null,
  build(ctx) {
    const c = ctx.c;
    const parties = partiesInOrder(c);
    const claim = c.claimAmount ? parseYuan(c.claimAmount) : undefined;
    const attachments = c.parties.flatMap((p, i) => (ctx.partyDocuments[i] ?? []).map((d) => `${p.name}：${d.name}`));
    const blocks: Block[] = [
      { type: 'title', text: '调解申请书' },
      ...allPartyParagraphs(c),
      { type: 'heading', level: 1, text: '请求事项' },
      ...(c.requests.length ? c.requests.map((r, i) => para(`${i + 1}. ${r}`)) : [para('请求依法调解。')]),
      ...(claim?.ok ? [para(`以上请求涉及金额共计${amountFiguresAndWords(claim.fen)}。`)] : []),
      { type: 'heading', level: 1, text: '事实和理由' },
      para(c.subject),
      ...c.ipRights.map((r) => para(`涉案权利：${[r.number, r.title].filter(Boolean).join(' ')}${r.holder ? `，权利人${r.holder}` : ''}。`)),
      para(ctx.wording('declaration')),
      para('此致', { indent: true }),
      para(ctx.organization.name, { indent: false }),
      partySignatures(parties.filter((p) => p.role === 'applicant')),
    ];
    if (attachments.length) {
      blocks.push(para('附：身份证明材料', { indent: true }), ...attachments.map((a, i) => para(`${i + 1}. ${a}`)));
    }
    return blocks;
  },
};
