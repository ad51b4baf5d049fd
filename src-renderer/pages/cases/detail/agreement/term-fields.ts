import type { Term } from '../../../../../src-main/domain/exchange';

/**
 * The small form of each term kind (exchange format, “Term”): which fields, in what order, and
 * what control each takes. One description per kind, one renderer for all (`term-form.tsx`).
 */
export type FieldControl =
  /** One of the parties, by name. */
  | 'party'
  /** Several of the parties. */
  | 'parties'
  | 'date'
  /** Yuan in figures, as typed (`30000.00`); the words are shown beside it. */
  | 'money'
  | 'text'
  | 'longText'
  /** Several short texts (acts, platforms, requests). */
  | 'list'
  /** One of the case's IP rights, by its index. */
  | 'right'
  | 'switch'
  | { options: Record<string, string> }
  /** The installment schedule: rows of amount and due date, with their total. */
  | 'schedule';

export interface TermField {
  /** The path in the term (`['term', 'from']` for a licence's first day). */
  name: string[];
  label: string;
  control: FieldControl;
  optional?: true;
}

type Kind = Term['kind'];
const f = (name: string | string[], label: string, control: FieldControl, optional?: true): TermField => ({
  name: Array.isArray(name) ? name : [name],
  label,
  control,
  ...(optional ? { optional } : {}),
});

export const TERM_FIELDS: Record<Kind, TermField[]> = {
  payment: [
    f('payer', '付款人', 'party'),
    f('payee', '收款人', 'party'),
    f('amount', '金额', 'money'),
    f('dueOn', '付款期限', 'date'),
    f('method', '支付方式', { options: { bank_transfer: '银行转账', cash: '现金', other: '其他' } }, true),
    f(['account', 'bank'], '开户行', 'text', true),
    f(['account', 'name'], '户名', 'text', true),
    f(['account', 'number'], '账号', 'text', true),
  ],
  installments: [f('payer', '付款人', 'party'), f('payee', '收款人', 'party'), f('schedule', '分期计划', 'schedule'), f('accelerationOnDefault', '任一期逾期，剩余款项全部到期', 'switch')],
  stop_infringement: [f('obligor', '义务人', 'party'), f('acts', '停止的行为', 'list'), f('from', '起始日期', 'date')],
  destroy_goods: [f('obligor', '义务人', 'party'), f('items', '销毁物品（规格、型号、数量、存放地点）', 'longText'), f('dueOn', '完成期限', 'date'), f('witness', '见证人', 'text', true)],
  take_down_listings: [f('obligor', '义务人', 'party'), f('platforms', '平台', 'list'), f('dueOn', '完成期限', 'date')],
  license: [
    f('licensor', '许可人', 'party'),
    f('licensee', '被许可人', 'party'),
    f('right', '许可的权利', 'right'),
    f('exclusivity', '许可类型', { options: { exclusive: '独占许可', sole: '排他许可', non_exclusive: '普通许可' } }),
    f('scope', '许可范围', 'text'),
    f('territory', '许可地域', 'text'),
    f(['term', 'from'], '许可起始日', 'date'),
    f(['term', 'to'], '许可终止日', 'date'),
    f('royalty', '许可使用费', 'money', true),
    f('recordal', '办理许可合同备案', 'switch'),
  ],
  assignment_registration: [f('assignor', '转让人', 'party'), f('assignee', '受让人', 'party'), f('right', '转让的权利', 'right'), f('dueOn', '登记期限', 'date')],
  withdraw_actions: [f('obligor', '义务人', 'party'), f('actions', '撤回的请求（无效宣告请求、诉讼、投诉等）', 'list'), f('dueOn', '撤回期限', 'date')],
  rename: [f('obligor', '义务人', 'party'), f('what', '变更对象', { options: { trade_name: '企业名称（字号）', domain_name: '域名' } }), f('dueOn', '完成期限', 'date')],
  confidentiality: [f('parties', '保密义务人', 'parties'), f('scope', '保密范围', 'text')],
  apology: [f('obligor', '义务人', 'party'), f('form', '道歉方式', 'text')],
  liquidated_damages: [f('obligor', '义务人', 'party'), f('trigger', '触发情形', 'text'), f('amount', '违约金', 'money')],
  costs: [f('text', '费用负担', 'longText')],
  custom: [f('text', '条款内容', 'longText')],
};

/** A new term of a kind, with what can be guessed: the respondent pays or acts, the applicant receives. */
export function newTerm(kind: Kind, parties: { name: string; role: string }[]): Record<string, unknown> {
  const applicant = parties.find((p) => p.role === 'applicant')?.name;
  const respondent = parties.find((p) => p.role === 'respondent')?.name;
  const guesses: Record<string, unknown> = {
    payer: respondent,
    payee: applicant,
    obligor: respondent,
    licensor: applicant,
    licensee: respondent,
    assignor: respondent,
    assignee: applicant,
    parties: parties.map((p) => p.name),
    schedule: [{}, {}],
    accelerationOnDefault: true,
    recordal: false,
    exclusivity: 'non_exclusive',
    right: 0,
  };
  const term: Record<string, unknown> = { kind };
  for (const field of TERM_FIELDS[kind]) {
    const key = field.name[0] as string;
    if (field.name.length === 1 && guesses[key] !== undefined) term[key] = guesses[key];
  }
  return term;
}
