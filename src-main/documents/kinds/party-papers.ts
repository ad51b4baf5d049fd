import { CASE_CATEGORIES } from '../../domain/categories';
import { SPECIAL_POWERS } from '../../domain/vocabulary';
import type { ExchangeAgent } from '../../domain/exchange';
import { agentAt, numberCaveat, partyAt, type DocumentKind } from '../kind';
import { para, paras } from '../model';
import { agentParagraph, BLANK, howSigned, partyParagraphs } from '../parts';

/** 授权委托书 (one per agent) and 送达地址确认书 (one per party). */

/** A form to fill in by hand, for a party that has not named its agent yet. */
const BLANK_AGENT: ExchangeAgent = { name: BLANK, kind: 'other', authority: 'general' };

export const powerOfAttorney: DocumentKind = {
  kind: 'power-of-attorney',
  title: '授权委托书',
  per: 'agent',
  wording: {
    matter: {
      label: '委托事项',
      text: '委托人因与{对方当事人}之间的{纠纷类别}一案，委托上列受托人在{组织名称}主持的调解活动及相关司法确认程序中担任委托代理人。',
      variables: ['对方当事人'],
    },
    term: { label: '委托期限', text: '委托期限：自本委托书签署之日起至本案调解及司法确认程序终结之日止。' },
  },
  caveat: (c) => (c.parties.some((p) => p.agents.length > 0) ? null : '当事人均未委托代理人，将生成空白委托书'),
  build(ctx, target) {
    const p = partyAt(ctx.c, target);
    const a = target.agent === undefined ? BLANK_AGENT : agentAt(ctx.c, target);
    const other = ctx.c.parties.filter((x) => x.role !== p.role).map((x) => x.name).join('、');
    const v = { 对方当事人: other, 纠纷类别: CASE_CATEGORIES[ctx.c.category] };
    const powers = (a.specialPowers ?? []).map((s) => SPECIAL_POWERS[s]);
    return [
      { type: 'title', text: '授权委托书' },
      ...partyParagraphs(p, '委托人'),
      agentParagraph(a, '受托人'),
      ...(a.idNumber ? [para(`受托人公民身份号码：${a.idNumber}${a.phone ? `，联系电话：${a.phone}` : ''}。`)] : a.phone ? [para(`受托人联系电话：${a.phone}。`)] : []),
      para(ctx.wording('matter', v)),
      para(
        a.authority === 'special'
          ? `代理权限：特别授权，即${powers.join('、')}。`
          : '代理权限：一般授权。受托人有权代为陈述事实、提交证据、参加调解，但无权代为承认、放弃、变更请求，进行和解，签署调解协议或者申请司法确认。',
      ),
      para(ctx.wording('term', v)),
      { type: 'signatures', lines: [{ label: `委托人（${howSigned(p)}）`, withDate: true }, { label: '受托人（签名）', withDate: true }] },
    ];
  },
};

export const serviceAddress: DocumentKind = {
  kind: 'service-address',
  title: '送达地址确认书',
  per: 'party',
  wording: {
    notice: {
      label: '告知事项',
      text: '一、当事人应当如实提供确切的送达地址，送达地址发生变更的，应当及时书面告知调解组织或者人民法院；未及时告知的，按原地址送达，视为依法送达。\n二、本确认书确认的送达地址，适用于调解、司法确认及其后的执行程序。\n三、因提供的送达地址不准确、拒不提供送达地址、送达地址变更未及时告知或者本人及指定的代收人拒绝签收，导致法律文书未能被实际接收的，文书退回之日视为送达之日。\n四、同意电子送达的，以电子送达信息到达受送达人特定系统的日期为送达日期。',
    },
    confirmation: { label: '确认语', text: '本人（单位）已阅读上述告知事项，确认以上送达地址真实、准确。' },
  },
  caveat: numberCaveat,
  build(ctx, target) {
    const p = partyAt(ctx.c, target);
    const s = p.serviceAddress;
    return [
      { type: 'title', text: '送达地址确认书' },
      {
        type: 'fields',
        rows: [
          { label: '案号', value: ctx.caseNumber },
          { label: '受送达人', value: p.name },
          { label: '送达地址', value: s?.address ?? p.address ?? '' },
          { label: '收件人', value: s?.recipient ?? '' },
          { label: '联系电话', value: s?.phone ?? p.phone ?? '' },
          { label: '电子邮箱', value: s?.email ?? '' },
          { label: '同意电子送达', value: s ? (s.acceptsElectronicService ? '同意' : '不同意') : '同意　　　不同意' },
        ],
      },
      ...paras(ctx.wording('notice')),
      para(ctx.wording('confirmation')),
      { type: 'signatures', lines: [{ label: `受送达人（${howSigned(p)}）`, withDate: true }] },
    ];
  },
};
