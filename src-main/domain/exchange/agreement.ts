import { z } from 'zod';
import { ENFORCEMENT_RESULTS, ENFORCEMENT_ROUTES, FOLLOW_UP_METHODS, PERFORMANCE, SESSION_NOTICES, SESSION_MODES, SESSION_OUTCOMES, keysOf } from '../vocabulary';
import { legalDate, money, names, oneOf, positiveMoney, text, timestamp } from './primitives';

/** Sessions, the agreement and its terms, enforcement and follow-ups of `mediation-case/1`. */

export const sessionSchema = z.strictObject({
  startsAt: timestamp('开始时间'),
  endsAt: timestamp('结束时间').optional(),
  place: text('地点', 100),
  mode: oneOf(keysOf(SESSION_MODES), '调解方式'),
  mediators: names('调解员'),
  attendees: names('到场人员'),
  recorder: text('记录人', 50).optional(),
  notices: z.array(oneOf(keysOf(SESSION_NOTICES), '告知事项')),
  statements: z.array(z.strictObject({ speaker: text('陈述人', 50), text: text('陈述内容', 5000) })),
  outcome: oneOf(keysOf(SESSION_OUTCOMES), '会议结果'),
  note: text('备注', 2000).optional(),
});

const partyName = (label: string) => text(label, 100);
const dueOn = legalDate('履行期限');

/** One object per clause; `kind` chooses the wording (exchange format, "Term"). */
export const termSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('payment'),
      payer: partyName('付款人'),
      payee: partyName('收款人'),
      amount: positiveMoney('金额'),
      dueOn,
      method: oneOf(['bank_transfer', 'cash', 'other'], '支付方式').optional(),
      account: z.strictObject({ bank: text('开户行', 100), name: text('户名', 100), number: text('账号', 40) }).optional(),
    }),
    z.strictObject({
      kind: z.literal('installments'),
      payer: partyName('付款人'),
      payee: partyName('收款人'),
      schedule: z.array(z.strictObject({ amount: positiveMoney('每期金额'), dueOn }), { error: '分期计划应为列表' }).min(1, '分期计划至少一期'),
      accelerationOnDefault: z.boolean({ error: '请说明逾期是否加速到期' }),
    }),
    z.strictObject({ kind: z.literal('stop_infringement'), obligor: partyName('义务人'), acts: names('停止的行为').min(1, '请列明停止的行为'), from: legalDate('起始日期') }),
    z.strictObject({ kind: z.literal('destroy_goods'), obligor: partyName('义务人'), items: text('销毁物品', 1000), dueOn, witness: text('见证人', 100).optional() }),
    z.strictObject({ kind: z.literal('take_down_listings'), obligor: partyName('义务人'), platforms: names('平台').min(1, '请列明平台'), dueOn }),
    z.strictObject({
      kind: z.literal('license'),
      licensor: partyName('许可人'),
      licensee: partyName('被许可人'),
      right: z.number({ error: '许可的权利应为权利列表中的序号' }).int('许可的权利应为权利列表中的序号').min(0, '许可的权利应为权利列表中的序号'),
      scope: text('许可范围', 500),
      territory: text('许可地域', 200),
      term: z.strictObject({ from: legalDate('许可起始日'), to: legalDate('许可终止日') }),
      exclusivity: oneOf(['exclusive', 'sole', 'non_exclusive'], '许可类型'),
      royalty: money('许可使用费').optional(),
      recordal: z.boolean({ error: '请说明是否办理备案' }),
    }),
    z.strictObject({ kind: z.literal('assignment_registration'), assignor: partyName('转让人'), assignee: partyName('受让人'), right: z.number().int().min(0), dueOn }),
    z.strictObject({ kind: z.literal('withdraw_actions'), obligor: partyName('义务人'), actions: names('撤回的请求').min(1, '请列明撤回的请求'), dueOn }),
    z.strictObject({ kind: z.literal('rename'), obligor: partyName('义务人'), what: oneOf(['trade_name', 'domain_name'], '变更对象'), dueOn }),
    z.strictObject({ kind: z.literal('confidentiality'), parties: names('保密义务人').min(1, '请列明保密义务人'), scope: text('保密范围', 500) }),
    z.strictObject({ kind: z.literal('apology'), obligor: partyName('义务人'), form: text('道歉方式', 500) }),
    z.strictObject({ kind: z.literal('liquidated_damages'), obligor: partyName('义务人'), amount: positiveMoney('违约金'), trigger: text('触发情形', 500) }),
    z.strictObject({ kind: z.literal('costs'), text: text('费用负担', 1000) }),
    z.strictObject({ kind: z.literal('custom'), text: text('条款内容', 2000) }),
  ],
  { error: (issue) => (issue.input === undefined ? '缺少条款类型' : '条款类型不是可选值之一') },
);
export type Term = z.output<typeof termSchema>;
export type ExchangeFollowUp = z.output<typeof followUpSchema>;

export const agreementSchema = z.strictObject({
  number: text('协议编号', 60).optional(),
  facts: text('纠纷事实', 5000).optional(),
  terms: z.array(termSchema, { error: '协议条款应为列表' }).min(1, '协议至少包含一项条款'),
  signedOn: legalDate('签署日期').optional(),
  effectiveOn: legalDate('生效日期').optional(),
  copies: z.number({ error: '份数应为整数' }).int('份数应为整数').min(1, '份数至少为1').max(20, '份数不超过20').optional(),
});

export const enforcementSchema = z.strictObject({
  route: oneOf(keysOf(ENFORCEMENT_ROUTES), '效力确认途径'),
  court: text('法院', 100).optional(),
  appliedOn: legalDate('申请日期').optional(),
  acceptedOn: legalDate('受理日期').optional(),
  caseNumber: text('法院案号', 60).optional(),
  rulingNumber: text('裁定书编号', 60).optional(),
  ruledOn: legalDate('裁定日期').optional(),
  result: oneOf(keysOf(ENFORCEMENT_RESULTS), '审查结果').optional(),
  reason: text('理由', 1000).optional(),
  notaryOffice: text('公证机构', 100).optional(),
  arbitrationCommission: text('仲裁委员会', 100).optional(),
});

export const followUpSchema = z.strictObject({
  on: legalDate('回访日期'),
  method: oneOf(keysOf(FOLLOW_UP_METHODS), '回访方式'),
  performance: oneOf(keysOf(PERFORMANCE), '履行情况'),
  satisfaction: z.number({ error: '满意度应为1到5的整数' }).int('满意度应为1到5的整数').min(1, '满意度应为1到5的整数').max(5, '满意度应为1到5的整数').optional(),
  lawsuit: text('诉讼情况', 1000).optional(),
  note: text('备注', 2000).optional(),
});
