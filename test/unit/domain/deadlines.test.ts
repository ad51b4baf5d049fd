import dayjs from 'dayjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src-main/domain/dates';
import {
  DEFAULT_DEADLINE_RULES,
  caseDeadlines,
  deadlineRulesSchema,
  clockLevel,
  due,
  extensionRefusal,
  missingYearWarning,
  type PeriodUnit,
} from '../../../src-main/domain/deadlines';
import { caseSchema, type ExchangeCaseInput } from '../../../src-main/domain/exchange';
import { builtInHolidayCalendar, isRestDay } from '../../../src-main/domain/holidays';
import { sample } from '../../support/samples';

const calendar = builtInHolidayCalendar();

// holiday dates below are those of the package's 2025/2026 data (see holidays.test.ts)
describe('due: calendar days (trigger day not counted; only the last day moves)', () => {
  it.each([
    ['2026-03-02', 1, '2026-03-03', 'the day after the trigger'],
    ['2026-01-17', 30, '2026-02-24', 'Spring Festival 2026 (2-15…2-23) → first working day after'],
    ['2024-12-30', 30, '2025-02-05', 'Spring Festival 2025 (1-28…2-4)'],
    ['2026-09-02', 30, '2026-10-08', 'National Day 2026 (10-1…10-7)'],
    ['2025-09-01', 30, '2025-10-09', 'National Day 2025 (10-1…10-8)'],
    ['2026-04-01', 30, '2026-05-06', 'Labour Day 2026 (5-1…5-5)'],
    ['2025-04-02', 30, '2025-05-06', 'Labour Day 2025 (5-1…5-5)'],
    ['2026-01-15', 30, '2026-02-14', 'Saturday made a working day (调休) stays'],
    ['2026-09-10', 30, '2026-10-10', 'Saturday made a working day stays'],
    ['2025-08-29', 30, '2025-09-28', 'Sunday made a working day stays'],
    ['2026-02-12', 30, '2026-03-16', 'ordinary Saturday → Monday'],
    ['2026-03-10', 30, '2026-04-09', 'sample 1: confirmation deadline'],
  ])('%s + %i days → %s (%s)', (trigger, n, expected) => {
    expect(due(trigger, n, 'days', calendar)).toMatchObject({ due: expected, warnings: [] });
  });

  it('says where a moved period really ended', () => {
    expect(due('2026-09-02', 30, 'days', calendar)).toEqual({ due: '2026-10-08', shiftedFrom: '2026-10-02', warnings: [] });
    expect(due('2026-03-02', 1, 'days', calendar)).toEqual({ due: '2026-03-03', warnings: [] });
  });
});

describe('due: months (same date in the target month, else its last day)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28', 'Feb 28 2026 is a Saturday made a working day: stays'],
    ['2025-01-31', 1, '2025-02-28', 'Friday'],
    ['2024-01-31', 1, '2024-02-29', 'leap year'],
    ['2026-03-31', 1, '2026-04-30', '30-day month'],
    ['2026-05-12', 1, '2026-06-12', 'sample 2: people’s mediation'],
    ['2026-01-15', 1, '2026-02-24', 'lands in the Spring Festival'],
    ['2025-08-31', 1, '2025-09-30', 'Tuesday before National Day'],
    ['2025-10-31', 12, '2026-11-02', 'a year: Oct 31 2026 is a Saturday → Monday'],
  ])('%s + %i months → %s (%s)', (trigger, n, expected) => {
    expect(due(trigger, n, 'months', calendar)).toMatchObject({ due: expected, warnings: [] });
  });
});

describe('due: working days (rest days skipped throughout)', () => {
  it.each([
    ['2026-03-02', 3, '2026-03-05', 'Mon + 3 → Thu'],
    ['2026-03-05', 3, '2026-03-10', 'over a weekend'],
    ['2026-09-29', 3, '2026-10-09', '9-30, then 10-8 and 10-9 after National Day'],
    ['2026-02-12', 3, '2026-02-24', '2-13, the make-up Saturday 2-14, then 2-24'],
    ['2026-09-18', 1, '2026-09-20', 'the make-up Sunday 9-20 counts'],
  ])('%s + %i working days → %s (%s)', (trigger, n, expected) => {
    expect(due(trigger, n, 'working_days', calendar)).toEqual({ due: expected, warnings: [] });
  });
});

describe('due: years the calendar lacks', () => {
  it('warns for each missing year the period touches, counting weekends only', () => {
    expect(due('2099-03-02', 30, 'days', calendar)).toEqual({ due: '2099-04-01', warnings: [missingYearWarning(2099)] });
    expect(due('2099-12-20', 30, 'working_days', calendar).warnings).toEqual([missingYearWarning(2099), missingYearWarning(2100)]);
    expect(missingYearWarning(2099)).toContain('未找到2099年的法定节假日安排');
  });

  it('does not warn for a known year behind the trigger', () => {
    expect(due('2026-12-01', 3, 'days', calendar).warnings).toEqual([]);
  });

  it('refuses a period that is not a positive whole number', () => {
    expect(() => due('2026-03-02', 0, 'days', calendar)).toThrow('期间应为正整数');
    expect(() => due('2026-03-02', 1.5, 'months', calendar)).toThrow('期间应为正整数');
  });
});

describe('due: properties', () => {
  const span = daysBetween('2003-01-01', '2027-12-31'); // known years and some on either side
  const trigger = fc.integer({ min: 0, max: span }).map((i) => addDays('2003-01-01', i));
  const n = fc.integer({ min: 1, max: 400 });
  const unit = fc.constantFrom<PeriodUnit>('days', 'months', 'working_days');
  // an independent reading of the raw last day: dayjs clamps months to the month's end too
  const rawEnd = (t: string, k: number, u: 'days' | 'months') => dayjs(t).add(k, u === 'days' ? 'day' : 'month').format('YYYY-MM-DD');

  it('the due date is never a rest day, and never before the trigger plus the period', () => {
    fc.assert(
      fc.property(trigger, n, unit, (t, k, u) => {
        const d = due(t, k, u, calendar).due;
        expect(isRestDay(d, calendar)).toBe(false);
        expect(d >= (u === 'working_days' ? addDays(t, k) : rawEnd(t, k, u))).toBe(true);
      }),
    );
  });

  it('calendar-day and month periods end on the first working day on or after the raw last day', () => {
    fc.assert(
      fc.property(trigger, n, fc.constantFrom<'days' | 'months'>('days', 'months'), (t, k, u) => {
        const raw = rawEnd(t, k, u);
        const d = due(t, k, u, calendar).due;
        for (let x = raw; x < d; x = addDays(x, 1)) expect(isRestDay(x, calendar)).toBe(true);
      }),
    );
  });

  it('a working-day period holds exactly n working days after the trigger', () => {
    fc.assert(
      fc.property(trigger, fc.integer({ min: 1, max: 60 }), (t, k) => {
        const d = due(t, k, 'working_days', calendar).due;
        let working = 0;
        for (let x = addDays(t, 1); x <= d; x = addDays(x, 1)) if (!isRestDay(x, calendar)) working += 1;
        expect(working).toBe(k);
      }),
    );
  });
});

/** Sample case 1 (court-delegated, agreement effective 2026-03-10) with changes. */
const withChanges = (changes: Partial<ExchangeCaseInput>) => caseSchema.parse({ ...sample().cases[0], ...changes });

describe('caseDeadlines', () => {
  it('lists every deadline of sample case 1, soonest first', () => {
    expect(caseDeadlines(withChanges({}), DEFAULT_DEADLINE_RULES, calendar)).toEqual({
      deadlines: [
        { kind: 'performance', due: '2026-03-17', basis: '调解协议第2项（销毁库存）' },
        { kind: 'performance', due: '2026-03-31', basis: '调解协议第3项（支付），人民币30,000.00元' },
        { kind: 'mediation_period', due: '2026-04-03', basis: '诉前委派，受理之日（2026年3月4日）起三十日' },
        { kind: 'confirmation_application', due: '2026-04-09', basis: '调解协议生效之日（2026年3月10日）起三十日' },
        { kind: 'follow_up', due: '2026-04-30', basis: '最后约定履行日（2026年3月31日）起三十日' },
      ],
      warnings: [],
    });
  });

  const kindDue = (changes: Partial<ExchangeCaseInput>, kind: string) =>
    caseDeadlines(withChanges(changes), DEFAULT_DEADLINE_RULES, calendar).deadlines.find((d) => d.kind === kind);

  it.each([
    [{ source: 'court_entrusted', track: 'simple', acceptedOn: '2026-09-28' }, '2026-10-08', '诉中委托（简易程序），受理之日（2026年9月28日）起七日；届满日2026年10月5日为法定休假日，顺延至2026年10月8日'],
    [{ source: 'court_entrusted', track: 'complex', acceptedOn: '2026-03-04' }, '2026-03-19', '诉中委托（普通程序），受理之日（2026年3月4日）起十五日'],
    [{ source: 'party_application', referral: undefined, acceptedOn: '2026-03-31' }, '2026-04-30', '当事人申请，受理之日（2026年3月31日）起一个月'],
    [{ source: 'on_initiative', referral: undefined, acceptedOn: '2026-04-01' }, '2026-05-06', '主动调解，受理之日（2026年4月1日）起一个月；届满日2026年5月1日为法定休假日，顺延至2026年5月6日'],
  ] as const)('mediation period for %j', (changes, expected, basis) => {
    expect(kindDue(changes, 'mediation_period')).toEqual({ kind: 'mediation_period', due: expected, basis });
  });

  it('has no mediation period before acceptance', () => {
    expect(kindDue({ acceptedOn: undefined }, 'mediation_period')).toBeUndefined();
  });

  it('counts the confirmation deadline from the effective date, else the signing date, and moves it off National Day', () => {
    const agreement = (dates: object) => ({ ...sample().cases[0].agreement, signedOn: undefined, effectiveOn: undefined, ...dates });
    expect(kindDue({ agreement: agreement({ signedOn: '2026-09-01', effectiveOn: '2026-09-02' }) }, 'confirmation_application')).toEqual({
      kind: 'confirmation_application',
      due: '2026-10-08',
      basis: '调解协议生效之日（2026年9月2日）起三十日；届满日2026年10月2日为法定休假日，顺延至2026年10月8日',
    });
    expect(kindDue({ agreement: agreement({ signedOn: '2026-09-02' }) }, 'confirmation_application')?.due).toBe('2026-10-08');
    const unsigned = caseDeadlines(withChanges({ agreement: agreement({}) }), DEFAULT_DEADLINE_RULES, calendar);
    expect(unsigned.deadlines.map((d) => d.kind)).toEqual(['mediation_period']);
  });

  it('gives each installment its agreed date, and follows up after the last one', () => {
    const c = caseSchema.parse(sample().cases[1]);
    const r = caseDeadlines(c, DEFAULT_DEADLINE_RULES, calendar);
    expect(r.deadlines.filter((d) => d.kind === 'installment')).toEqual([
      { kind: 'installment', due: '2026-06-30', basis: '调解协议第1项（分期支付）第一期，人民币120,000.00元' },
      { kind: 'installment', due: '2026-09-30', basis: '调解协议第1项（分期支付）第二期，人民币120,000.00元' },
      { kind: 'installment', due: '2026-12-31', basis: '调解协议第1项（分期支付）第三期，人民币60,000.00元' },
    ]);
    // 2026-12-31 + 30 = 2027-01-30, a Saturday; how 2027 rests depends on data the package may lack
    expect(r.deadlines.at(-1)).toMatchObject({ kind: 'follow_up', basis: expect.stringContaining('最后约定履行日（2026年12月31日）起三十日') });
  });

  it('drops the follow-up once one is recorded on or after the last agreed date', () => {
    const followUps = [{ on: '2026-04-01', method: 'phone', performance: 'full' }] as const;
    expect(kindDue({ followUps: [...followUps] }, 'follow_up')).toBeUndefined();
    expect(kindDue({ followUps: [{ ...followUps[0], on: '2026-03-20' }] }, 'follow_up')?.due).toBe('2026-04-30');
  });

  it('gives a commission’s case the acceptance of its application, not a mediation’s clocks', () => {
    const arbitration = (changes: Partial<ExchangeCaseInput>) => caseDeadlines(withChanges(changes), DEFAULT_DEADLINE_RULES, calendar, { arbitration: {} }).deadlines;
    // received on Monday 2026-09-28: five days end on 10-03, in the National Day break, so 10-08
    expect(arbitration({ receivedOn: '2026-09-28', acceptedOn: undefined, agreement: undefined, followUps: [] })).toEqual([
      { kind: 'arbitration_acceptance', due: '2026-10-08', basis: '收到仲裁申请书之日（2026年9月28日）起五日；届满日2026年10月3日为法定休假日，顺延至2026年10月8日' },
    ]);
    expect(arbitration({ receivedOn: '2026-03-02', acceptedOn: undefined, agreement: undefined, followUps: [] })[0]?.due).toBe('2026-03-09'); // 03-07 is a Saturday
    // accepted or refused, the question is answered; an award needs no confirmation, and there is no mediation period
    expect(arbitration({}).map((d) => d.kind)).toEqual(['performance', 'performance', 'follow_up']);
    expect(arbitration({ acceptedOn: undefined, refusal: { on: '2026-03-05', reason: '不属于仲裁范围' }, agreement: undefined, followUps: [] })).toEqual([]);
    // a mediation office's case never has it
    expect(kindDue({ acceptedOn: undefined }, 'arbitration_acceptance')).toBeUndefined();
    // once the tribunal is composed, the arbitration runs four months from that day, until it is settled
    const composed = (changes: Partial<ExchangeCaseInput>) => caseDeadlines(withChanges(changes), DEFAULT_DEADLINE_RULES, calendar, { arbitration: { composedOn: '2026-03-10' } }).deadlines;
    expect(composed({ agreement: undefined, followUps: [] })).toEqual([{ kind: 'arbitration_period', due: '2026-07-10', basis: '仲裁庭组成之日（2026年3月10日）起四个月' }]);
    expect(composed({}).map((d) => d.kind)).not.toContain('arbitration_period');
    // the chair's approvals extend it, and say so
    const extended = caseDeadlines(withChanges({ agreement: undefined, followUps: [] }), DEFAULT_DEADLINE_RULES, calendar, {
      arbitration: { composedOn: '2026-03-10' },
      extensions: [{ n: 2, unit: 'months', agreedOn: '2026-07-01' }],
    }).deadlines;
    expect(extended).toEqual([
      { kind: 'arbitration_period', due: '2026-09-10', basis: '仲裁庭组成之日（2026年3月10日）起四个月；经仲裁委员会主任批准延长二个月（2026年7月1日批准），至2026年9月10日' },
    ]);
    expect(composed({ agreement: undefined, followUps: [] }).length).toBe(1);
  });

  it('reads settings saved before arbitration cases came with the commission’s default acceptance period', () => {
    const { arbitrationAcceptance: _added, ...before } = DEFAULT_DEADLINE_RULES;
    expect(deadlineRulesSchema.parse(before).arbitrationAcceptance).toEqual({ n: 5, unit: 'days' });
  });

  it('uses the organization’s rules', () => {
    const rules = deadlineRulesSchema.parse({ ...DEFAULT_DEADLINE_RULES, courtDelegated: { n: 60, unit: 'days' }, confirmationApplication: { n: 20, unit: 'working_days' } });
    const r = caseDeadlines(withChanges({}), rules, calendar);
    expect(r.deadlines.find((d) => d.kind === 'mediation_period')?.due).toBe('2026-05-06'); // 2026-05-03 is in the Labour Day break
    // 3-11…4-3 hold 18 working days; Qingming (4-4…4-6) is skipped; 4-7 and 4-8 make 20
    expect(r.deadlines.find((d) => d.kind === 'confirmation_application')).toMatchObject({ due: '2026-04-08', basis: '调解协议生效之日（2026年3月10日）起二十个工作日' });
  });

  it('refuses malformed rules in Chinese', () => {
    const r = deadlineRulesSchema.safeParse({ ...DEFAULT_DEADLINE_RULES, followUp: { n: 0, unit: 'weeks' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(['回访期限至少为1', '回访期限的单位应为日、月或工作日']);
  });

  it('warns once per missing year', () => {
    const dates = { receivedOn: '2099-03-01', acceptedOn: '2099-03-02' };
    const agreement = { ...sample().cases[0].agreement, signedOn: '2099-03-10', effectiveOn: '2099-03-10', terms: [{ kind: 'costs', text: '各自承担' }] };
    const r = caseDeadlines(withChanges({ ...dates, agreement }), DEFAULT_DEADLINE_RULES, calendar);
    expect(r.deadlines.map((d) => d.kind)).toEqual(['mediation_period', 'confirmation_application', 'follow_up']);
    expect(r.warnings).toEqual([missingYearWarning(2099)]);
  });
});

describe('caseDeadlines: extensions by consent and planned follow-ups', () => {
  const delegated = withChanges({}); // court-delegated, accepted 2026-03-04: thirty days, due 2026-04-03
  const mediation = (extensions: { n: number; unit: 'days' | 'months'; agreedOn: string }[]) =>
    caseDeadlines(delegated, DEFAULT_DEADLINE_RULES, calendar, { extensions }).deadlines.find((d) => d.kind === 'mediation_period');

  it.each([
    [[{ n: 15, unit: 'days', agreedOn: '2026-03-30' }], '2026-04-20', '；经当事人同意延长十五日（2026年3月30日同意），至2026年4月20日', 'counted on from 2026-04-03; 04-18 is a Saturday → Monday'],
    [[{ n: 30, unit: 'days', agreedOn: '2026-04-01' }], '2026-05-06', '至2026年5月6日', 'lands in Labour Day 2026 → first working day'],
    [
      [
        { n: 1, unit: 'months', agreedOn: '2026-04-20' },
        { n: 10, unit: 'days', agreedOn: '2026-04-01' },
      ],
      '2026-05-13',
      '延长十日（2026年4月1日同意），至2026年4月13日；经当事人同意延长一个月（2026年4月20日同意），至2026年5月13日',
      'in the order agreed, each from the last',
    ],
  ] as const)('extends %j to %s (%s)', (extensions, expected, basisPart, _why) => {
    const d = mediation([...extensions]);
    expect(d?.basis).toContain(basisPart);
    expect(d?.due).toBe(expected);
  });

  it('refuses an extension agreed after the period ran out', () => {
    expect(extensionRefusal('2026-04-03', '2026-04-03')).toBeUndefined();
    expect(extensionRefusal('2026-04-03', '2026-04-04')).toBe('调解期限已于2026年4月3日届满，期满后不能再延长；请终止调解，或经当事人重新申请后另行调解');
  });

  it('never ends an extended period earlier than the plain one, nor on a rest day', () => {
    const extension = fc.record({ n: fc.integer({ min: 1, max: 90 }), unit: fc.constantFrom<'days' | 'months'>('days', 'months'), agreedOn: fc.constant('2026-03-20') });
    const plain = mediation([])?.due ?? '';
    fc.assert(
      fc.property(fc.array(extension, { minLength: 1, maxLength: 3 }), (extensions) => {
        const d = mediation(extensions)?.due ?? '';
        expect(d > plain).toBe(true);
        expect(isRestDay(d, calendar)).toBe(false);
      }),
    );
  });

  it('puts a planned follow-up in place of the counted one', () => {
    const planned = caseDeadlines(delegated, DEFAULT_DEADLINE_RULES, calendar, { followUpPlans: [{ dueOn: '2026-04-15', method: 'visit', visitor: '王磊' }] });
    expect(planned.deadlines.filter((d) => d.kind === 'follow_up')).toEqual([{ kind: 'follow_up', due: '2026-04-15', basis: '已安排上门回访（回访人：王磊）' }]);
  });
});

describe('running clocks', () => {
  it.each([
    [-1, 'expired'],
    [0, 'critical'],
    [1, 'critical'],
    [2, 'urgent'],
    [3, 'urgent'],
    [4, 'soon'],
    [7, 'soon'],
    [8, 'running'],
    [30, 'running'],
  ] as const)('%d days left → %s (warnings at 7, 3 and 1 days)', (days, level) => {
    expect(clockLevel(days)).toBe(level);
  });
});
