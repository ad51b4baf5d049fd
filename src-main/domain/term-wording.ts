import { amountFiguresAndWords, chineseDate, chineseNumeral } from './chinese-format';
import type { Term } from './exchange';
import { parseYuan } from './money';
import { IP_RIGHT_KINDS } from './vocabulary';

/**
 * How each kind of term reads in the agreement (`documents.md`, “Term wording”): one numbered
 * paragraph, plus, for installments, the schedule as a table and the acceleration sentence. The
 * same wording shows on the 协议 tab, so what the mediator reads is what the parties sign.
 */
export interface TermWordingContext {
  parties: readonly { name: string; role: string }[];
  ipRights: readonly { kind: keyof typeof IP_RIGHT_KINDS; title: string; number?: string | undefined }[];
}

export interface TermWording {
  text: string;
  /** Installments: 期数 / 金额 / 付款期限 rows, the last one the total. */
  schedule?: string[][];
  /** Installments: the acceleration sentence, after the table. */
  after?: string;
}

const FILL = '＿＿＿＿';
const EXCLUSIVITY: Record<string, string> = { exclusive: '独占', sole: '排他', non_exclusive: '普通' };
const NUMBER_LABEL: Partial<Record<keyof typeof IP_RIGHT_KINDS, string>> = {
  invention_patent: '专利号',
  utility_model: '专利号',
  design_patent: '专利号',
  trademark: '注册号',
  plant_variety: '品种权号',
  copyright: '登记号',
  software_copyright: '登记号',
  ic_layout: '登记号',
};
/** Patents and layout designs are 实施 (worked); the other rights are 使用 (used). */
const WORKED = new Set(['invention_patent', 'utility_model', 'design_patent', 'ic_layout', 'plant_variety']);

const date = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? chineseDate(d) : FILL);
const fen = (amount: string): number | undefined => {
  const p = parseYuan(amount);
  return p.ok ? p.fen : undefined;
};
const amount = (a: string) => {
  const f = fen(a);
  return f === undefined ? `人民币${FILL}元` : amountFiguresAndWords(f);
};
/** A text the mediator typed, as one sentence: trailing punctuation replaced by 。 */
const sentence = (s: string) => `${s.trim().replace(/[。；;，,.\s]+$/u, '')}。`;
const clause = (s: string) => s.trim().replace(/[。；;，,.\s]+$/u, '');
const list = (items: readonly string[]) => items.map((i) => i.trim()).filter(Boolean).join('、') || FILL;

/** `发明专利“一种种子包衣剂”（专利号：ZL…）` */
function rightName(ctx: TermWordingContext, index: number): string {
  const r = ctx.ipRights[index];
  if (!r) return `${FILL}（权利）`;
  const number = r.number ? `${NUMBER_LABEL[r.kind] ?? '编号'}：${r.number}` : '';
  // a title that quotes itself (`“嵩岳”文字及图形商标`) is not quoted again: the kind follows it
  if (r.title.includes('“')) return `${r.title}（${[IP_RIGHT_KINDS[r.kind], number].filter(Boolean).join('，')}）`;
  return `${IP_RIGHT_KINDS[r.kind]}“${r.title}”${number ? `（${number}）` : ''}`;
}

/** The parties on the other side of `name` (for apologies and penalties owed “to the other side”). */
function otherSide(ctx: TermWordingContext, name: string): string {
  const role = ctx.parties.find((p) => p.name === name)?.role;
  const others = ctx.parties.filter((p) => p.name !== name && p.role !== role && p.role !== 'third_party');
  return others.length > 0 ? others.map((p) => p.name).join('、') : '对方当事人';
}

function paymentMethod(term: Extract<Term, { kind: 'payment' }>): string {
  if (term.method === 'cash') return '，以现金方式支付';
  if (term.method !== 'bank_transfer') return '';
  const a = term.account;
  const account = a ? `（开户行：${a.bank}；户名：${a.name}；账号：${a.number}）` : '';
  return `，以银行转账方式支付至${term.payee}指定账户${account}`;
}

function installments(term: Extract<Term, { kind: 'installments' }>): TermWording {
  const amounts = term.schedule.map((s) => fen(s.amount));
  const total = amounts.every((a) => a !== undefined) ? amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0) : undefined;
  const rows = term.schedule.map((s, i) => [`第${chineseNumeral(i + 1)}期`, amount(s.amount), `${date(s.dueOn)}前`]);
  return {
    text: `${term.payer}分${chineseNumeral(term.schedule.length)}期向${term.payee}支付${total === undefined ? `人民币${FILL}元` : amountFiguresAndWords(total)}，具体如下：`,
    schedule: [...rows, ['合计', total === undefined ? FILL : amountFiguresAndWords(total), '']],
    ...(term.accelerationOnDefault
      ? { after: `${term.payer}任何一期未按期足额支付的，${term.payee}有权要求${term.payer}就全部未付款项一次性立即支付。` }
      : {}),
  };
}

function license(term: Extract<Term, { kind: 'license' }>, ctx: TermWordingContext): string {
  const right = ctx.ipRights[term.right];
  const verb = right && WORKED.has(right.kind) ? '实施' : '使用';
  const royalty = term.royalty && fen(term.royalty) ? `${term.licensee}应向${term.licensor}支付许可使用费${amount(term.royalty)}。` : '本许可不收取许可使用费。';
  const recordal = term.recordal ? '双方应自本协议生效之日起三个月内依法办理许可合同备案手续。' : '';
  return (
    `${term.licensor}许可${term.licensee}以${EXCLUSIVITY[term.exclusivity] ?? FILL}许可方式${verb}${rightName(ctx, term.right)}，` +
    `许可范围：${clause(term.scope)}；许可地域：${clause(term.territory)}；许可期限自${date(term.term.from)}起至${date(term.term.to)}止。${royalty}${recordal}`
  );
}

export function termWording(term: Term, ctx: TermWordingContext): TermWording {
  switch (term.kind) {
    case 'payment':
      return { text: `${term.payer}于${date(term.dueOn)}前向${term.payee}支付${amount(term.amount)}${paymentMethod(term)}。` };
    case 'installments':
      return installments(term);
    case 'stop_infringement':
      return { text: `${term.obligor}自${date(term.from)}起停止${list(term.acts)}的行为。` };
    case 'destroy_goods':
      return { text: `${term.obligor}于${date(term.dueOn)}前销毁${clause(term.items)}${term.witness ? `，销毁时由${term.witness}到场见证` : ''}。` };
    case 'take_down_listings':
      return { text: `${term.obligor}于${date(term.dueOn)}前删除其在${list(term.platforms)}上发布的涉案商品链接及相关信息。` };
    case 'license':
      return { text: license(term, ctx) };
    case 'assignment_registration':
      // an obligation to register the transfer — never a statement of who owns the right (确权)
      return { text: `${term.assignor}于${date(term.dueOn)}前配合${term.assignee}向有关部门办理${rightName(ctx, term.right)}的转让登记手续。` };
    case 'withdraw_actions':
      return { text: `${term.obligor}于${date(term.dueOn)}前撤回${list(term.actions)}。` };
    case 'rename':
      return {
        text:
          term.what === 'trade_name'
            ? `${term.obligor}于${date(term.dueOn)}前向登记机关申请变更企业名称，变更后的企业名称中不再使用涉案字号。`
            : `${term.obligor}于${date(term.dueOn)}前停止使用涉案域名，并办理注销手续。`,
      };
    case 'confidentiality':
      return { text: `${list(term.parties)}对${clause(term.scope)}负有保密义务，未经对方书面同意，不得向任何第三方披露。` };
    case 'apology':
      return { text: `${term.obligor}以${clause(term.form)}的方式向${otherSide(ctx, term.obligor)}赔礼道歉。` };
    case 'liquidated_damages':
      return { text: `${clause(term.trigger)}，${term.obligor}应向${otherSide(ctx, term.obligor)}支付违约金${amount(term.amount)}。` };
    case 'costs':
    case 'custom':
      return { text: sentence(term.text) };
  }
}

/** The term as one line of plain text (the schedule folded in), for lists and summaries. */
export function termLine(term: Term, ctx: TermWordingContext): string {
  const w = termWording(term, ctx);
  const schedule = w.schedule
    ?.slice(0, -1)
    .map((r) => `${r[0]}${r[2]}${r[1]}`)
    .join('；');
  return [w.text, schedule && `${schedule}。`, w.after].filter(Boolean).join('');
}
