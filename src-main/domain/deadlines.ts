import { z } from 'zod';
import { chineseDate, chineseNumeral, renminbi } from './chinese-format';
import { addDays } from './dates';
import type { ExchangeCase } from './exchange';
import { isRestDay, knowsYear, type HolidayCalendar } from './holidays';
import { parseYuan } from './money';
import { CASE_SOURCES, FOLLOW_UP_METHODS, TERM_KINDS, keysOf } from './vocabulary';

/**
 * Legal periods (`reference.md` §7; CPL Art. 85, 民法典 Arts 201–203): the trigger day is not
 * counted; a month ends on the same date of the target month, else on its last day; only the
 * last day of a calendar-day or month period moves off rest days; working-day periods skip rest
 * days throughout.
 */
export const PERIOD_UNITS = { days: '日', months: '个月', working_days: '个工作日' } as const;
export type PeriodUnit = keyof typeof PERIOD_UNITS;

export interface DueDate {
  due: string;
  /** The last day of the period before it moved off rest days; absent when it did not move. */
  shiftedFrom?: string;
  /** One per year the calendar lacks among the days the computation had to judge. */
  warnings: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthsAfter(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

export const missingYearWarning = (year: number): string =>
  `未找到${year}年的法定节假日安排，落在该年的期限只按周末顺延，可能不准；请在“设置”中导入该年的放假安排。`;

export function due(trigger: string, n: number, unit: PeriodUnit, calendar: HolidayCalendar): DueDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`期间应为正整数，收到 ${n}`);
  let end: string;
  let judgedFrom: string;
  if (unit === 'working_days') {
    judgedFrom = addDays(trigger, 1);
    end = trigger;
    for (let left = n; left > 0; ) {
      end = addDays(end, 1);
      if (!isRestDay(end, calendar)) left -= 1;
    }
  } else {
    end = unit === 'days' ? addDays(trigger, n) : monthsAfter(trigger, n);
    judgedFrom = end;
  }
  const raw = end;
  while (isRestDay(end, calendar)) end = addDays(end, 1);
  const warnings: string[] = [];
  for (let y = Number(judgedFrom.slice(0, 4)); y <= Number(end.slice(0, 4)); y += 1) {
    if (!knowsYear(calendar, y)) warnings.push(missingYearWarning(y));
  }
  return { due: end, ...(end === raw ? {} : { shiftedFrom: raw }), warnings };
}

const periodSchema = (label: string) =>
  z.strictObject({
    n: z.number({ error: `${label}应为天数或月数` }).int(`${label}应为整数`).min(1, `${label}至少为1`).max(3650, `${label}不能超过3650`),
    unit: z.enum(keysOf(PERIOD_UNITS), { error: `${label}的单位应为日、月或工作日` }),
  });
export type Period = z.output<ReturnType<typeof periodSchema>>;

/** The organization's periods, edited in settings; each default names its source. */
export const deadlineRulesSchema = z.strictObject({
  courtDelegated: periodSchema('诉前委派调解期限'),
  courtEntrustedOrdinary: periodSchema('诉中委托调解期限（普通程序）'),
  courtEntrustedSimple: periodSchema('诉中委托调解期限（简易程序）'),
  peopleMediation: periodSchema('调解期限'),
  confirmationApplication: periodSchema('申请司法确认期限'),
  followUp: periodSchema('回访期限'),
  // added with arbitration cases: settings saved before then lack them
  arbitrationAcceptance: periodSchema('仲裁受理审查期限').default({ n: 5, unit: 'days' }),
  arbitrationPeriod: periodSchema('仲裁期限').default({ n: 4, unit: 'months' }),
});
export type DeadlineRules = z.output<typeof deadlineRulesSchema>;

export const DEFAULT_DEADLINE_RULES: DeadlineRules = {
  courtDelegated: { n: 30, unit: 'days' }, // 特邀调解规定 Art. 27; 在线调解规则 Art. 24
  courtEntrustedOrdinary: { n: 15, unit: 'days' }, // 特邀调解规定 Art. 27
  courtEntrustedSimple: { n: 7, unit: 'days' }, // 特邀调解规定 Art. 27
  peopleMediation: { n: 1, unit: 'months' }, // 人民调解工作若干规定 (MoJ 2002) Art. 33: normally within one month
  confirmationApplication: { n: 30, unit: 'days' }, // CPL 2023 Art. 205
  // no statutory period: 人民调解法 Art. 31 only charges the committee with supervising performance;
  // a month after the last agreed date gives the parties time to perform and report
  followUp: { n: 30, unit: 'days' },
  arbitrationAcceptance: { n: 5, unit: 'days' }, // 仲裁法 Art. 24; a commission's rules may set their own
  // no statutory period: commissions' rules commonly give four months from composition, extended by the chair
  arbitrationPeriod: { n: 4, unit: 'months' },
};

/** Stable codes of `cli deadlines` with their Chinese names. */
export const DEADLINE_KINDS = {
  mediation_period: '调解期限',
  confirmation_application: '申请司法确认',
  installment: '分期履行',
  performance: '履行期限',
  follow_up: '回访',
  court_material: '补充材料',
  arbitration_acceptance: '受理审查',
  arbitration_period: '仲裁期限',
} as const;
export type DeadlineKind = keyof typeof DEADLINE_KINDS;

export interface Deadline {
  kind: DeadlineKind;
  due: string;
  basis: string;
}

export interface CaseDeadlines {
  deadlines: Deadline[];
  warnings: string[];
}

const periodText = (p: Period) => `${chineseNumeral(p.n)}${PERIOD_UNITS[p.unit]}`;
const yuan = (amount: string) => {
  const parsed = parseYuan(amount);
  return parsed.ok ? renminbi(parsed.fen) : `人民币${amount}元`;
};

function mediationPeriod(c: ExchangeCase, rules: DeadlineRules): { period: Period; label: string } {
  if (c.source === 'court_delegated') return { period: rules.courtDelegated, label: CASE_SOURCES.court_delegated };
  // the court's procedure is not recorded; the case's own triage track stands in for it
  if (c.source === 'court_entrusted') {
    return c.track === 'simple'
      ? { period: rules.courtEntrustedSimple, label: `${CASE_SOURCES.court_entrusted}（简易程序）` }
      : { period: rules.courtEntrustedOrdinary, label: `${CASE_SOURCES.court_entrusted}（普通程序）` };
  }
  return { period: rules.peopleMediation, label: CASE_SOURCES[c.source] };
}

/** An extension of the mediation period the parties agreed to (委派、委托调解经当事人同意可以延长). */
export interface MediationExtension {
  n: number;
  unit: 'days' | 'months';
  agreedOn: string;
}

/** A follow-up visit planned for a date (回访安排), while it is still to be made. */
export interface PlannedFollowUp {
  dueOn: string;
  method: string;
  visitor?: string | null | undefined;
}

/** Material the court (or notary office) asked to be added to the application, while not yet supplied. */
export interface OpenMaterialRequest {
  dueOn: string;
  what: string;
}

/** What the office recorded beyond the exchange form: extensions, planned follow-ups, open requests for material, whether it is an arbitration. */
export interface RecordedDeadlineFacts {
  /** A commission's arbitration case — its clocks are the arbitration's, not a mediation's — with the day its tribunal was composed. */
  arbitration?: { composedOn?: string | undefined; ended?: boolean };
  extensions?: readonly MediationExtension[];
  followUpPlans?: readonly PlannedFollowUp[];
  materialRequests?: readonly OpenMaterialRequest[];
}

/** A court's request for material as a deadline: not supplied in time, the application may be treated as withdrawn. */
export const materialDeadline = (r: OpenMaterialRequest): Deadline => ({ kind: 'court_material', due: r.dueOn, basis: `补充${r.what}；逾期未补充的，可能按撤回申请处理` });

/** How a planned follow-up reads in a list of deadlines. */
export function plannedFollowUpBasis(plan: PlannedFollowUp): string {
  const method = FOLLOW_UP_METHODS[plan.method as keyof typeof FOLLOW_UP_METHODS] ?? '';
  return `已安排${method}回访${plan.visitor ? `（回访人：${plan.visitor}）` : ''}`;
}

/**
 * Why an extension agreed on `agreedOn` cannot run on from `currentDue` (the period as extended so
 * far); undefined when it can. Consent must come while the period runs: once it has expired the
 * mediation ends (调解期限届满未同意延长), and a new mediation needs a new application.
 */
export function extensionRefusal(currentDue: string, agreedOn: string): string | undefined {
  return agreedOn > currentDue ? `调解期限已于${chineseDate(currentDue)}届满，期满后不能再延长；请终止调解，或经当事人重新申请后另行调解` : undefined;
}

/** The same for an arbitration: the chair approves an extension while the period runs. */
export function arbitrationExtensionRefusal(currentDue: string, approvedOn: string): string | undefined {
  return approvedOn > currentDue ? `仲裁期限已于${chineseDate(currentDue)}届满，延长须在期限届满前经仲裁委员会主任批准` : undefined;
}

/** How an extension reads after the period it extends: agreed by the parties (mediation) or approved by the chair (arbitration). */
const AGREED_BY_PARTIES = (e: MediationExtension) => `经当事人同意延长${periodText(e)}（${chineseDate(e.agreedOn)}同意）`;
const APPROVED_BY_CHAIR = (e: MediationExtension) => `经仲裁委员会主任批准延长${periodText(e)}（${chineseDate(e.agreedOn)}批准）`;

/** A period's due date, extended in turn by each consent or approval, with how it was counted. */
function extendedPeriod(first: DueDate, extensions: readonly MediationExtension[], calendar: HolidayCalendar, said: (e: MediationExtension) => string) {
  let current = first;
  const notes: string[] = [];
  for (const ext of [...extensions].sort((a, b) => (a.agreedOn < b.agreedOn ? -1 : 1))) {
    current = due(current.due, ext.n, ext.unit, calendar);
    notes.push(`；${said(ext)}，至${chineseDate(current.due)}`);
  }
  return { result: current, notes: notes.join('') };
}

/** Every deadline of a case in exchange form, soonest first, with the calendar's warnings. */
export function caseDeadlines(c: ExchangeCase, rules: DeadlineRules, calendar: HolidayCalendar, recorded: RecordedDeadlineFacts = {}): CaseDeadlines {
  const deadlines: Deadline[] = [];
  const warnings = new Set<string>();
  const counted = (kind: DeadlineKind, trigger: string, period: Period, basis: string, extensions: readonly MediationExtension[] = [], said = AGREED_BY_PARTIES) => {
    const first = due(trigger, period.n, period.unit, calendar);
    const { result, notes } = extendedPeriod(first, extensions, calendar, said);
    [first, result].forEach((r) => r.warnings.forEach((w) => warnings.add(w)));
    const shift = first.shiftedFrom ? `；届满日${chineseDate(first.shiftedFrom)}为法定休假日，顺延至${chineseDate(first.due)}` : '';
    deadlines.push({ kind, due: result.due, basis: `${basis}起${periodText(period)}${shift}${notes}` });
  };

  if (recorded.arbitration && !c.acceptedOn && !c.refusal) {
    counted('arbitration_acceptance', c.receivedOn, rules.arbitrationAcceptance, `收到仲裁申请书之日（${chineseDate(c.receivedOn)}）`);
  }
  const composedOn = recorded.arbitration?.composedOn;
  if (composedOn && !c.agreement?.signedOn && !recorded.arbitration?.ended) {
    // an arbitration's recorded extensions are the chair's approvals of a longer arbitration period
    counted('arbitration_period', composedOn, rules.arbitrationPeriod, `仲裁庭组成之日（${chineseDate(composedOn)}）`, recorded.extensions, APPROVED_BY_CHAIR);
  }
  if (c.acceptedOn && !recorded.arbitration) {
    const { period, label } = mediationPeriod(c, rules);
    counted('mediation_period', c.acceptedOn, period, `${label}，受理之日（${chineseDate(c.acceptedOn)}）`, recorded.extensions);
  }

  const agreement = c.agreement;
  const effectiveOn = agreement?.effectiveOn ?? agreement?.signedOn;
  if (agreement && effectiveOn) {
    // an award or a mediation statement is enforceable by itself: no court confirms it
    if (!recorded.arbitration) counted('confirmation_application', effectiveOn, rules.confirmationApplication, `调解协议生效之日（${chineseDate(effectiveOn)}）`);

    // agreed dates are fixed days, not periods, so they stand as written
    agreement.terms.forEach((term, i) => {
      const item = `调解协议第${i + 1}项（${TERM_KINDS[term.kind]}）`;
      if (term.kind === 'installments') {
        term.schedule.forEach((s, k) => deadlines.push({ kind: 'installment', due: s.dueOn, basis: `${item}第${chineseNumeral(k + 1)}期，${yuan(s.amount)}` }));
      } else if ('dueOn' in term) {
        deadlines.push({ kind: 'performance', due: term.dueOn, basis: `${item}${term.kind === 'payment' ? `，${yuan(term.amount)}` : ''}` });
      }
    });

    const lastAgreed = deadlines
      .filter((d) => d.kind === 'installment' || d.kind === 'performance')
      .map((d) => d.due)
      .sort()
      .at(-1);
    const followUpFrom = lastAgreed ?? effectiveOn;
    const plans = recorded.followUpPlans ?? [];
    // a follow-up the office planned for a date replaces the one counted from the agreement
    for (const plan of plans) deadlines.push({ kind: 'follow_up', due: plan.dueOn, basis: plannedFollowUpBasis(plan) });
    if (plans.length === 0 && !c.followUps.some((f) => f.on >= followUpFrom)) {
      const from = lastAgreed ? `最后约定履行日（${chineseDate(lastAgreed)}）` : `调解协议生效之日（${chineseDate(effectiveOn)}）`;
      counted('follow_up', followUpFrom, rules.followUp, from);
    }
  }

  for (const r of recorded.materialRequests ?? []) deadlines.push(materialDeadline(r));

  deadlines.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return { deadlines, warnings: [...warnings] };
}

/** How pressing a running clock is: warnings at 7, 3 and 1 days left (and once it has run out). */
export type ClockLevel = 'running' | 'soon' | 'urgent' | 'critical' | 'expired';

export function clockLevel(daysLeft: number): ClockLevel {
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= 1) return 'critical';
  if (daysLeft <= 3) return 'urgent';
  if (daysLeft <= 7) return 'soon';
  return 'running';
}

/**
 * The clock a case's header shows while it runs, the first of its status's that the case has: an
 * arbitration's acceptance, then its period; the mediation period in mediation; the confirmation application once agreed.
 */
export const RUNNING_CLOCKS: Partial<Record<string, readonly DeadlineKind[]>> = {
  registered: ['arbitration_acceptance'],
  accepted: ['arbitration_period', 'mediation_period'],
  mediating: ['arbitration_period', 'mediation_period'],
  agreed: ['confirmation_application'],
};
