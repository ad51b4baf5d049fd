import type { Term } from './exchange';

/**
 * Which route makes this agreement enforceable (`reference.md` §2–3), with the reasons: judicial
 * confirmation takes payments and acts alike; enforceable notarization only clear money debts
 * with the debtor's written consent to enforcement, and no duty to act or refrain; arbitration
 * needs a written arbitration agreement naming a commission. Advice for the route chooser: the
 * office and the parties decide.
 */
export type RouteAdvice = 'suitable' | 'conditional' | 'unsuitable';

export interface RouteGuidance {
  route: 'judicial_confirmation' | 'notarization' | 'arbitration';
  advice: RouteAdvice;
  reasons: string[];
}

const MONEY: readonly Term['kind'][] = ['payment', 'installments', 'liquidated_damages'];
// obligations to do or not do something: a notary's enforcement certificate cannot carry them
const ACTS: readonly Term['kind'][] = ['stop_infringement', 'destroy_goods', 'take_down_listings', 'assignment_registration', 'withdraw_actions', 'rename', 'apology', 'license', 'confidentiality'];

export interface RouteFacts {
  terms: readonly Term[];
  /** The agreement is clear of clause-check errors. */
  clean: boolean;
  /** A commission named in an arbitration agreement, when there is one. */
  arbitrationCommission?: string | undefined;
  /** Days left to apply for judicial confirmation; negative when the 30 days have passed. */
  confirmationDaysLeft?: number | undefined;
}

export function routeGuidance(f: RouteFacts): RouteGuidance[] {
  const money = f.terms.filter((t) => MONEY.includes(t.kind));
  const acts = [...new Set(f.terms.filter((t) => ACTS.includes(t.kind)).map((t) => t.kind))];
  const custom = f.terms.some((t) => t.kind === 'custom');
  const unclean = f.clean ? [] : ['条款审查仍有错误，任何途径都应先修改协议'];

  const judicial: string[] = [...unclean];
  if (f.confirmationDaysLeft !== undefined && f.confirmationDaysLeft < 0) judicial.push('协议生效已超过30日，已不能申请司法确认（民事诉讼法第二百零五条）');
  else judicial.push('给付金钱和停止侵权、销毁库存等行为义务均可经裁定确认后申请强制执行；双方须共同申请，不收费');

  const notary: string[] = [...unclean];
  if (money.length === 0) notary.push('协议没有给付金钱的条款，赋强公证只适用于给付货币、物品或有价证券的债务');
  if (acts.length > 0) notary.push('协议含有停止侵权、销毁、下架、许可等行为义务，执行证书不能载明此类义务；这些条款仍需司法确认');
  if (money.length > 0) notary.push('须债务人书面承诺不履行时愿意接受强制执行，债权债务关系明确、无争议');
  if (custom) notary.push('自定义条款须写明给付的金额和期限，公证机构才能出具执行证书');

  const arbitration: string[] = [...unclean];
  arbitration.push(
    f.arbitrationCommission
      ? `可依仲裁协议请${f.arbitrationCommission}按和解或调解结果作出裁决书或调解书`
      : '须先订立书面仲裁协议，写明请求仲裁的意思、仲裁事项和选定的仲裁委员会（仲裁法第十六条）',
  );

  const advice = (blocked: boolean, conditional: boolean): RouteAdvice => (blocked ? 'unsuitable' : conditional ? 'conditional' : 'suitable');
  return [
    { route: 'judicial_confirmation', advice: advice(!f.clean || (f.confirmationDaysLeft ?? 0) < 0, false), reasons: judicial },
    { route: 'notarization', advice: advice(!f.clean || money.length === 0 || acts.length > 0, true), reasons: notary },
    { route: 'arbitration', advice: advice(!f.clean, !f.arbitrationCommission), reasons: arbitration },
  ];
}
