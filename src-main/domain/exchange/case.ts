import { z } from 'zod';
import { CASE_CATEGORY_KEYS } from '../categories';
import { CASE_SOURCE_KEYS, IP_RIGHT_KINDS, MEDIATOR_ROLES, REFERRED_SOURCES, TERMINATION_REASONS, TRACKS, keysOf } from '../vocabulary';
import { agreementSchema, enforcementSchema, followUpSchema, sessionSchema } from './agreement';
import { partySchema } from './party';
import { legalDate, money, oneOf, text, timestamp } from './primitives';

/** A whole case and the file envelope of `mediation-case/1` (`../shared/spec/case-exchange.md`). */
export const EXCHANGE_FORMAT = 'mediation-case/1';

export const ipRightSchema = z.strictObject({
  kind: oneOf(keysOf(IP_RIGHT_KINDS), '权利类型'),
  number: text('权利编号', 60).optional(),
  title: text('权利名称', 200),
  holder: text('权利人', 100).optional(),
  classes: z.array(text('类别', 10)).optional(),
});

/** What registration records of a dispute; shared by the exchange format and the intake form. */
const intakeShape = {
  category: oneOf(CASE_CATEGORY_KEYS, '纠纷类别'),
  ipRights: z.array(ipRightSchema).default([]),
  source: oneOf(CASE_SOURCE_KEYS, '案件来源'),
  referral: z.strictObject({ body: text('移送机关', 100), referenceNumber: text('移送文号', 60).optional(), referredOn: legalDate('移送日期').optional() }).optional(),
  receivedOn: legalDate('登记日期'),
  subject: text('纠纷简要情况', 2000),
  requests: z.array(text('请求事项', 1000)).default([]),
  claimAmount: money('标的额').optional(),
  parties: z.array(partySchema, { error: '当事人应为列表' }),
};

type Issue = (path: (string | number)[], message: string) => void;

function checkIntake(c: { parties: { role: string }[]; source: (typeof CASE_SOURCE_KEYS)[number]; referral?: unknown }, issue: Issue): void {
  if (!c.parties.some((p) => p.role === 'applicant')) issue(['parties'], '至少需要一名申请人');
  if (!c.parties.some((p) => p.role === 'respondent')) issue(['parties'], '至少需要一名被申请人');
  if (REFERRED_SOURCES.includes(c.source) && !c.referral) issue(['referral'], '委派、委托或移送的案件须填写移送机关');
}

/** A dispute as the registration form submits it. */
export const intakeSchema = z.strictObject(intakeShape).superRefine((c, ctx) => checkIntake(c, (path, message) => ctx.addIssue({ code: 'custom', path, message })));
export type IntakeCase = z.output<typeof intakeSchema>;
export type IntakeCaseInput = z.input<typeof intakeSchema>;

export const caseSchema = z
  .strictObject({
    id: z.uuid({ error: '案件标识应为UUID' }).optional(),
    caseNumber: text('案号', 60).optional(),
    ...intakeShape,
    acceptedOn: legalDate('受理日期').optional(),
    refusal: z.strictObject({ on: legalDate('不予受理日期'), reason: text('不予受理理由', 1000) }).optional(),
    track: oneOf(keysOf(TRACKS), '繁简分流').optional(),
    mediators: z
      .array(z.strictObject({ name: text('调解员姓名', 30), role: oneOf(keysOf(MEDIATOR_ROLES), '调解员角色'), mediatorNo: text('调解员编号', 30).optional() }))
      .default([]),
    sessions: z.array(sessionSchema).default([]),
    agreement: agreementSchema.optional(),
    enforcement: enforcementSchema.optional(),
    followUps: z.array(followUpSchema).default([]),
    termination: z.strictObject({ on: legalDate('终止日期'), reason: oneOf(keysOf(TERMINATION_REASONS), '终止原因'), note: text('说明', 2000).optional() }).optional(),
    closedOn: legalDate('结案日期').optional(),
  })
  .superRefine((c, ctx) => {
    const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path, message });
    checkIntake(c, issue);
    if (c.acceptedOn && c.acceptedOn < c.receivedOn) issue(['acceptedOn'], '受理日期不能早于登记日期');
    if (c.acceptedOn && c.refusal) issue(['refusal'], '已受理的案件不能同时不予受理');
    if (c.mediators.filter((m) => m.role === 'lead').length > 1) issue(['mediators'], '只能有一名主持调解员');
    c.agreement?.terms.forEach((term, i) => {
      if ((term.kind === 'license' || term.kind === 'assignment_registration') && term.right >= c.ipRights.length) {
        issue(['agreement', 'terms', i, 'right'], '所指权利不在本案权利列表中');
      }
    });
  });

export type ExchangeCase = z.output<typeof caseSchema>;
export type ExchangeCaseInput = z.input<typeof caseSchema>;

export const exchangeFileSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT, { error: `不是本程序的交换文件（format 应为 ${EXCHANGE_FORMAT}）` }),
  exportedAt: timestamp('导出时间').optional(),
  exportedBy: text('导出单位', 100).optional(),
  cases: z.array(caseSchema, { error: '缺少案件列表 cases' }),
});
export type ExchangeFile = z.output<typeof exchangeFileSchema>;
