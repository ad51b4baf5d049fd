import { amountFromWords, amountInWords } from './chinese-format';
import type { Term } from './exchange';
import { formatYuanGrouped, parseYuan } from './money';

/**
 * Clause checks (条款审查) of a settlement agreement before it is signed: what a court would
 * refuse to confirm (`reference.md` §2: 确权, status relations, unclear content) and what makes
 * a term unenforceable or risky. Errors keep the agreement from being marked signed; warnings
 * are advice. Each finding names its rule and the term (第N项). Pure: the caller gives the case.
 */
export const CLAUSE_RULES = {
  ownership_or_validity: '确权表述',
  personal_status: '身份关系',
  unknown_party: '当事人不明',
  unclear_obligation: '义务不明确',
  due_before_signing: '履行期限早于签署',
  license_period: '许可期限颠倒',
  unknown_right: '权利不明',
  agent_without_power: '代理人无特别授权',
  installments_total: '分期合计不符',
  amount_in_words: '大小写金额不符',
  no_default_clause: '缺少违约责任',
} as const;
export type ClauseRule = keyof typeof CLAUSE_RULES;
export type Severity = 'error' | 'warning';

export interface ClauseFinding {
  rule: ClauseRule;
  severity: Severity;
  /** 1-based number of the term (第N项); null for the agreement as a whole. */
  term: number | null;
  message: string;
}

/** What the checks need to know of the case. */
export interface ClauseCheckInput {
  terms: readonly Term[];
  /** Party names, and for each its agents with their authority. */
  parties: readonly { name: string; agents: readonly { name: string; authority: string; specialPowers?: readonly string[] | undefined }[] }[];
  /** How many IP rights the case lists (a licence or assignment points at one by index). */
  rightCount: number;
  /** The signing date, or today's date while the agreement is unsigned. */
  signingOn: string;
  signed: boolean;
  /** Who signed for each party, where an agent did: the agent's name. */
  agentSigners?: readonly string[];
}

// determining who owns a right, or whether it is valid, is for the courts and the IP offices:
// “归…所有”, “…属于…”, “确认…有效/无效”, “专利权无效” — but not “无效宣告请求”, which is withdrawn, not decided
const OWNERSHIP = [
  /归[^，。；,;]{1,30}所有/u,
  /(专利|商标|著作权|版权|作品|软件|商业秘密|技术|品种|布图设计|域名|字号)[^，。；,;]{0,12}(属于|归属于?|的权利人为|的所有人为)/u,
  /确认[^，。；,;]{0,30}(有效|无效|归属|所有权|权属)/u,
  /(专利权?|商标(专用)?权?|著作权|版权|植物新品种权|布图设计专有权|权利)(自始)?(应当?|予以)?(宣告)?(无效|有效)(?!宣告)/u,
];
// “30,000元（大写：叁万元整）”: the figures and the words must state the same amount
const FIGURES_AND_WORDS = /([\d,]+(?:\.\d{1,2})?)\s*元\s*[（(]\s*大写[:：]?\s*([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+)\s*[）)]/gu;
const STATUS = /(离婚|解除婚姻|婚姻关系|收养关系|解除收养|亲子关系|父母子女关系|监护关系|监护人)/u;
const PAYS = /(支付|赔偿|给付|补偿|退还)/u;
const AMOUNT = /(\d|[零〇一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]).{0,3}(元|万元)/u;
const OBLIGES = /(应当?|须|必须|负责|保证|承诺)/u;
const WHEN = /(\d{4}年|\d{1,2}月\d{1,2}日|\d+\s*(日|天|个?工作日|个月)[内以之]|前|之内|以内|立即|当场|即日|签署之日|生效之日)/u;

/** The free-text fields of a term, where wording can slip into a determination. */
function textsOf(t: Term): string[] {
  switch (t.kind) {
    case 'custom':
    case 'costs':
      return [t.text];
    case 'license':
      return [t.scope];
    case 'destroy_goods':
      return [t.items];
    case 'apology':
      return [t.form];
    case 'liquidated_damages':
      return [t.trigger];
    case 'confidentiality':
      return [t.scope];
    default:
      return [];
  }
}

/** The party names a term binds or benefits. */
function partiesOf(t: Term): string[] {
  switch (t.kind) {
    case 'payment':
    case 'installments':
      return [t.payer, t.payee];
    case 'license':
      return [t.licensor, t.licensee];
    case 'assignment_registration':
      return [t.assignor, t.assignee];
    case 'confidentiality':
      return [...t.parties];
    case 'costs':
    case 'custom':
      return [];
    default:
      return [t.obligor];
  }
}

function dueDatesOf(t: Term): string[] {
  if (t.kind === 'installments') return t.schedule.map((s) => s.dueOn);
  if (t.kind === 'stop_infringement') return [];
  return 'dueOn' in t ? [t.dueOn] : [];
}

const fen = (amount: string): number => {
  const p = parseYuan(amount);
  return p.ok ? p.fen : 0;
};
const yuan = (f: number) => `${formatYuanGrouped(f)}元`;

/** Every finding on the agreement, in the order of its terms; empty when it is clean. */
export function checkClauses(input: ClauseCheckInput): ClauseFinding[] {
  const findings: ClauseFinding[] = [];
  const add = (rule: ClauseRule, severity: Severity, term: number | null, message: string) => findings.push({ rule, severity, term, message });
  const names = new Set(input.parties.map((p) => p.name));

  input.terms.forEach((t, i) => {
    const n = i + 1;
    const where = `第${n}项`;
    for (const text of textsOf(t)) {
      const hit = OWNERSHIP.map((re) => re.exec(text)?.[0]).find(Boolean);
      if (hit) add('ownership_or_validity', 'error', n, `${where}“${hit}”是对权利归属或效力的确认，人民法院不予确认此类协议；请改写为义务条款（如办理转让登记、撤回请求、许可使用）`);
      for (const [, figures, words] of text.matchAll(FIGURES_AND_WORDS)) {
        const stated = fen((figures ?? '').replace(/,/g, ''));
        if (amountFromWords(words ?? '') !== stated) add('amount_in_words', 'error', n, `${where}的金额${figures}元与大写“${words}”不符（应为${amountInWords(stated)}）`);
      }
      const status = STATUS.exec(text)?.[0];
      if (status) add('personal_status', 'error', n, `${where}涉及“${status}”等身份关系，不属于可以司法确认的调解协议内容`);
    }
    for (const name of partiesOf(t)) {
      if (!names.has(name)) add('unknown_party', 'error', n, `${where}中的“${name}”不是本案当事人；请使用当事人的全称`);
    }
    if (t.kind === 'custom' && OBLIGES.test(t.text) && ![...names].some((p) => t.text.includes(p)) && !/(申请人|被申请人|甲方|乙方|双方|各方)/u.test(t.text)) {
      add('unclear_obligation', 'error', n, `${where}没有写明由哪一方履行义务`);
    }
    if (t.kind === 'custom' && PAYS.test(t.text) && !AMOUNT.test(t.text)) add('unclear_obligation', 'error', n, `${where}约定了给付，但没有写明金额`);
    if (t.kind === 'custom' && (OBLIGES.test(t.text) || PAYS.test(t.text)) && !WHEN.test(t.text)) add('unclear_obligation', 'error', n, `${where}没有写明履行期限`);
    for (const due of dueDatesOf(t)) {
      if (due < input.signingOn) {
        add('due_before_signing', 'error', n, input.signed ? `${where}的履行期限${due}早于协议签署日期${input.signingOn}` : `${where}的履行期限${due}已过，请改为签署之后的日期`);
        break;
      }
    }
    if (t.kind === 'license' && t.term.to < t.term.from) add('license_period', 'error', n, `${where}的许可终止日${t.term.to}早于起始日${t.term.from}`);
    if ((t.kind === 'license' || t.kind === 'assignment_registration') && t.right >= input.rightCount) {
      add('unknown_right', 'error', n, `${where}所指的权利（第${t.right + 1}项）不在本案的争议权利中`);
    }
  });

  for (const p of input.parties) {
    for (const a of p.agents) {
      if (!input.agentSigners?.includes(a.name)) continue;
      if (a.authority !== 'special' || !a.specialPowers?.includes('sign_agreement')) {
        add('agent_without_power', 'error', null, `${p.name}的委托代理人${a.name}没有“代为签署调解协议”的特别授权，不能代为签署；请补充特别授权委托书，或由当事人本人签署`);
      }
    }
  }

  const paying = input.terms.map((t, i) => ({ t, n: i + 1 })).filter(({ t }) => t.kind === 'payment' || t.kind === 'installments');
  for (const { t, n } of paying) {
    if (t.kind !== 'installments') continue;
    const total = t.schedule.reduce((s, x) => s + fen(x.amount), 0);
    // a stated total elsewhere (“共计…元” in a custom term) must match the schedule
    for (const other of input.terms) {
      if (other.kind !== 'custom') continue;
      const stated = /(共计|合计|总计|总额)[^0-9]{0,8}([\d,]+(\.\d{1,2})?)\s*元/u.exec(other.text)?.[2];
      if (stated && fen(stated.replace(/,/g, '')) !== total) {
        add('installments_total', 'warning', n, `第${n}项各期合计${yuan(total)}，与协议所写总额${stated}元不符`);
      }
    }
    if ([...t.schedule].some((s, k, all) => k > 0 && s.dueOn < (all[k - 1]?.dueOn ?? ''))) add('installments_total', 'warning', n, `第${n}项的各期履行日期没有按先后排列`);
  }
  const hasDefault = input.terms.some((t) => t.kind === 'liquidated_damages' || (t.kind === 'installments' && t.accelerationOnDefault));
  if (paying.length > 0 && !hasDefault) {
    add('no_default_clause', 'warning', paying[0]?.n ?? null, '约定了给付但没有违约责任（违约金或逾期未付则剩余款项全部到期）；未按期履行时，申请执行之外缺少约束');
  }
  return findings;
}

export const hasErrors = (findings: readonly ClauseFinding[]) => findings.some((f) => f.severity === 'error');
