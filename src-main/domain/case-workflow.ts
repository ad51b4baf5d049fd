import { AppError } from './errors';
import { CASE_STATUSES, ENFORCEMENT_RESULTS, ENFORCEMENT_ROUTES, TERMINATION_REASONS, type CaseStatus } from './vocabulary';

/**
 * The case state machine (案件流程): which actions a case in each status of `cli.md` allows, what
 * each needs, and where it leads. Pure: the caller supplies the status, the facts of the case
 * (`workflowFacts`) and the action with its inputs; nothing here reads storage or the clock.
 * The order follows `reference.md` §1: 登记 → 受理 | 不予受理 → 指派调解员 → 告知 → 会议×n →
 * 达成协议 | 终止 → [司法确认/公证/仲裁] → 履行 → 回访 → 结案 → 归档.
 */

export const WORKFLOW_ACTIONS = {
  accept: '受理',
  refuse: '不予受理',
  assign_mediator: '指派调解员',
  give_rights_notice: '送达权利义务告知书',
  hold_session: '举行调解会议',
  reach_agreement: '达成协议',
  terminate: '终止调解',
  apply_enforcement: '申请效力确认',
  record_enforcement_result: '记录效力确认结果',
  record_follow_up: '回访',
  close: '结案',
  archive: '归档',
  unarchive: '解除归档',
} as const;
export type WorkflowAction = keyof typeof WORKFLOW_ACTIONS;
export const WORKFLOW_ACTION_KEYS = Object.keys(WORKFLOW_ACTIONS) as WorkflowAction[];

type EnforcementRoute = keyof typeof ENFORCEMENT_ROUTES;
type EnforcementResult = keyof typeof ENFORCEMENT_RESULTS;

/** Routes one can apply for (`none` 不申请 is a decision, not a route). */
export const APPLICABLE_ROUTES = ['judicial_confirmation', 'notarization', 'arbitration'] as const;
/** Results that end a review; `pending` 审查中 does not. */
export const FINAL_ENFORCEMENT_RESULTS = ['confirmed', 'rejected', 'not_accepted', 'withdrawn'] as const;
/** Results after which the agreement stands without enforceability and other routes are open. */
const FAILED_RESULTS: readonly string[] = ['rejected', 'not_accepted', 'withdrawn'];
/** Termination reasons the `terminate` action takes (reaching agreement is `reach_agreement`). */
export const TERMINATE_REASONS = (Object.keys(TERMINATION_REASONS) as (keyof typeof TERMINATION_REASONS)[]).filter((r) => r !== 'agreement_reached');

/** What the machine needs to know about a case besides its status. */
export interface WorkflowFacts {
  /** A lead mediator is assigned (not recorded per se in the exchange form: give it explicitly). */
  mediatorAssigned: boolean;
  /** A recusal request or finding against the assigned mediator awaits its decision (回避). */
  recusalPending: boolean;
  /** Names of parties not yet given the rights notice (权利义务告知书); empty when all have it. */
  partiesWithoutRightsNotice: readonly string[];
  /** All parties have signed the agreement (`agreement.signedOn`). */
  agreementSigned: boolean;
  /** `enforcement.route`; undefined while undecided. */
  enforcementRoute: EnforcementRoute | undefined;
  /** `enforcement.result`; undefined when none is recorded. */
  enforcementResult: EnforcementResult | undefined;
  /** Items of the case file (卷宗) still missing by the completeness check; archiving needs none. */
  caseFileMissing: readonly string[];
}

/** The parts of a case in exchange form (`mediation-case/1`) that the facts are read from. */
export interface WorkflowCaseLike {
  agreement?: { signedOn?: string | undefined } | undefined;
  enforcement?: { route: string; result?: string | undefined } | undefined;
}

/** Facts the exchange form does not record; the service knows them from its own tables. */
export interface UnrecordedFacts {
  mediatorAssigned: boolean;
  partiesWithoutRightsNotice: readonly string[];
  recusalPending?: boolean | undefined;
  caseFileMissing?: readonly string[] | undefined;
}

const isKey = <T extends object>(o: T, k: unknown): k is keyof T & string => typeof k === 'string' && Object.hasOwn(o, k);

/** Builds the facts from a case in exchange form plus what that form does not record. */
export function workflowFacts(c: WorkflowCaseLike, extra: UnrecordedFacts & Partial<WorkflowFacts>): WorkflowFacts {
  const route = c.enforcement?.route;
  const result = c.enforcement?.result;
  return {
    agreementSigned: Boolean(c.agreement?.signedOn),
    enforcementRoute: isKey(ENFORCEMENT_ROUTES, route) ? route : undefined,
    enforcementResult: isKey(ENFORCEMENT_RESULTS, result) ? result : undefined,
    ...extra,
    recusalPending: extra.recusalPending ?? false,
    caseFileMissing: extra.caseFileMissing ?? [],
  };
}

/** For actions that depend on the case's status alone (accept, refuse, assign, terminate, follow up). */
export const STATUS_ONLY_FACTS: WorkflowFacts = workflowFacts({}, { mediatorAssigned: false, partiesWithoutRightsNotice: [] });

/** An action with the inputs it is taken with (from the dialog, or supplied by the service). */
export interface WorkflowCommand {
  action: WorkflowAction;
  /** accept: the number the case is accepted under (allocated by the service). */
  caseNumber?: string | undefined;
  /** refuse: the refusal reason (free text); terminate: a code of the termination reasons. */
  reason?: string | undefined;
  /** apply_enforcement: one of `APPLICABLE_ROUTES`. */
  route?: string | undefined;
  /** record_enforcement_result: one of `FINAL_ENFORCEMENT_RESULTS`. */
  result?: string | undefined;
}
export type WorkflowInput = 'caseNumber' | 'reason' | 'route' | 'result';

interface Rule {
  from: readonly CaseStatus[];
  to: (from: CaseStatus, cmd: WorkflowCommand) => CaseStatus;
  /** The inputs the action is taken with, each with its Chinese name. */
  inputs?: Partial<Record<WorkflowInput, string>>;
  requiresAdmin?: true;
  /** A status-specific explanation where the generic "only from …" would not say why. */
  forbidden?: (status: CaseStatus) => string | undefined;
  /** What the facts lack for this action from `status`; empty when nothing. */
  blockers?: (f: WorkflowFacts, status: CaseStatus) => string[];
  /** What is wrong with the inputs; undefined when they will do. */
  checkInput?: (cmd: WorkflowCommand) => string | undefined;
}

const q = (s: CaseStatus) => `“${CASE_STATUSES[s] ?? s}”`;
const oneOfList = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`);
const stay = (from: CaseStatus) => from;
const blank = (s: string | undefined) => !s || s.trim() === '';

const TERMINATE_REASON_LIST = oneOfList(TERMINATE_REASONS.map((r) => `“${TERMINATION_REASONS[r]}”`));
const ROUTE_LIST = oneOfList(APPLICABLE_ROUTES.map((r) => ENFORCEMENT_ROUTES[r]));
const RESULT_LIST = oneOfList(FINAL_ENFORCEMENT_RESULTS.map((r) => `“${ENFORCEMENT_RESULTS[r]}”`));

const needsMediator = (f: WorkflowFacts, doing: string): string[] => [
  ...(f.mediatorAssigned ? [] : [`尚未指派主持调解员，不能${doing}`]),
  ...(f.recusalPending ? [`调解员的回避事项尚未决定，不能${doing}`] : []),
];

const AGREED: readonly CaseStatus[] = ['agreed', 'enforcement', 'performing'];

const RULES: Record<WorkflowAction, Rule> = {
  accept: {
    from: ['registered'],
    to: () => 'accepted',
    inputs: { caseNumber: '案号' },
    checkInput: (c) => (blank(c.caseNumber) ? '受理须编定案号：请先按案号规则分配案号' : undefined),
  },
  refuse: {
    from: ['registered'],
    to: () => 'refused',
    inputs: { reason: '不予受理理由' },
    checkInput: (c) => (blank(c.reason) ? '不予受理须写明理由，并告知当事人其他解决途径' : undefined),
  },
  assign_mediator: { from: ['accepted', 'mediating'], to: stay },
  give_rights_notice: {
    from: ['accepted', 'mediating'],
    to: stay,
    // the notice names the mediator so that the parties can ask for recusal (特邀调解规定第十四条)
    blockers: (f) => (f.mediatorAssigned ? [] : ['尚未指派主持调解员，权利义务告知书须告知调解员身份及回避权利，请先指派调解员']),
  },
  hold_session: {
    from: ['accepted', 'mediating'],
    to: () => 'mediating',
    blockers: (f) => [
      ...needsMediator(f, '开始调解会议'),
      ...(f.partiesWithoutRightsNotice.length > 0
        ? [`尚未向全部当事人送达权利义务告知书（${f.partiesWithoutRightsNotice.join('、')}），不能开始调解会议`]
        : []),
    ],
  },
  reach_agreement: {
    from: ['mediating'],
    to: () => 'agreed',
    blockers: (f) => (f.agreementSigned ? [] : ['调解协议尚未经全部当事人签名、盖章或按指印，不能记为达成协议（人民调解法第二十九条）']),
  },
  terminate: {
    from: ['accepted', 'mediating'],
    to: () => 'terminated',
    inputs: { reason: '终止原因' },
    forbidden: (s) =>
      AGREED.includes(s)
        ? `本案当前为${q(s)}，已达成调解协议，不能再终止调解；协议未履行的，可督促履行，或由当事人就调解协议向人民法院起诉（人民调解法第三十二条）。`
        : s === 'registered'
          ? `本案当前为${q(s)}，尚未受理，无须终止调解；不予受理的，请选择“不予受理”。`
          : undefined,
    checkInput: (c) =>
      c.reason === 'agreement_reached'
        ? '“达成调解协议”不是终止调解的原因：已签署协议的，请选择“达成协议”'
        : isKey(TERMINATION_REASONS, c.reason)
          ? undefined
          : `终止调解须选择终止原因：${TERMINATE_REASON_LIST}`,
  },
  apply_enforcement: {
    from: ['agreed', 'performing'],
    to: () => 'enforcement',
    inputs: { route: '效力确认途径' },
    blockers: (f, s) => [
      ...(f.agreementSigned ? [] : ['调解协议尚未签署，不能申请效力确认']),
      ...(s === 'performing' && f.enforcementResult === 'confirmed'
        ? [`本案调解协议的效力已经确认（${ENFORCEMENT_ROUTES[f.enforcementRoute ?? 'judicial_confirmation']}），无须再次申请`]
        : []),
    ],
    checkInput: (c) =>
      c.route === 'none'
        ? '“不申请”不是效力确认途径；决定不申请的，记录在效力确认信息中即可'
        : (APPLICABLE_ROUTES as readonly string[]).includes(c.route ?? '')
          ? undefined
          : `申请效力确认须选择途径：${ROUTE_LIST}`,
  },
  record_enforcement_result: {
    from: ['enforcement'],
    to: (_s, c) => (c.result === 'confirmed' ? 'performing' : 'agreed'),
    inputs: { result: '审查结果' },
    blockers: (f) =>
      f.enforcementRoute && f.enforcementRoute !== 'none' ? [] : ['本案没有记录效力确认申请（司法确认、赋强公证或仲裁），无从记录结果'],
    checkInput: (c) =>
      c.result === 'pending'
        ? '“审查中”不是审查结果；有结果后再记录'
        : (FINAL_ENFORCEMENT_RESULTS as readonly string[]).includes(c.result ?? '')
          ? undefined
          : `请选择审查结果：${RESULT_LIST}`,
  },
  // a follow-up during review does not end it: the case stays at 效力确认中 (as deriveStatus has it)
  record_follow_up: { from: ['agreed', 'enforcement', 'performing'], to: (s) => (s === 'enforcement' ? 'enforcement' : 'performing') },
  close: {
    from: ['refused', 'terminated', 'agreed', 'performing'],
    to: () => 'closed',
    blockers: (f, s) =>
      s === 'agreed' && f.enforcementRoute !== 'none' && !FAILED_RESULTS.includes(f.enforcementResult ?? '')
        ? ['尚未决定是否申请效力确认（协议生效之日起30日内可申请司法确认）：请记录“不申请”，或申请司法确认、赋强公证或仲裁']
        : [],
  },
  archive: {
    from: ['closed'],
    to: () => 'archived',
    blockers: (f) => (f.caseFileMissing.length > 0 ? [`卷宗尚不完整，缺少：${f.caseFileMissing.join('、')}，不能归档`] : []),
  },
  unarchive: { from: ['archived'], to: () => 'closed', requiresAdmin: true },
};

/** Why `status` forbids `action` outright, whatever the facts; undefined when it does not. */
function statusRefusal(status: CaseStatus, action: WorkflowAction): string | undefined {
  const rule = RULES[action];
  if (rule.from.includes(status)) return undefined;
  if (status === 'archived') return `本案当前为${q(status)}，案卷只读；须由管理员解除归档后才能${WORKFLOW_ACTIONS[action]}。`;
  return (
    rule.forbidden?.(status) ??
    `只有处于${oneOfList(rule.from.map(q))}状态的案件可以${WORKFLOW_ACTIONS[action]}，本案当前为${q(status)}。`
  );
}

const sentence = (parts: string[]) => `${parts.join('；')}。`;

export interface ActionOption {
  action: WorkflowAction;
  label: string;
  allowed: boolean;
  /** Why not, in Chinese; present exactly when not allowed. */
  reason?: string;
  /** What the action is taken with: the dialog asks for these (or the service supplies them). */
  inputs: { name: WorkflowInput; label: string }[];
  /** Only an administrator may take it (the API's roles enforce this). */
  requiresAdmin: boolean;
}

/** Every action with whether the case may take it now, for the case page's next possible actions. */
export function availableActions(status: CaseStatus, facts: WorkflowFacts): ActionOption[] {
  return WORKFLOW_ACTION_KEYS.map((action) => {
    const rule = RULES[action];
    const refusal = statusRefusal(status, action);
    const blockers = refusal ? [] : (rule.blockers?.(facts, status) ?? []);
    const reason = refusal ?? (blockers.length > 0 ? sentence(blockers) : undefined);
    return {
      action,
      label: WORKFLOW_ACTIONS[action],
      allowed: reason === undefined,
      ...(reason === undefined ? {} : { reason }),
      inputs: Object.entries(rule.inputs ?? {}).map(([name, label]) => ({ name: name as WorkflowInput, label })),
      requiresAdmin: rule.requiresAdmin ?? false,
    };
  });
}

export type TransitionResult = { ok: true; to: CaseStatus } | { ok: false; reason: string };

/**
 * Where `action` takes a case in `status` with these facts, or why it may not: first the status,
 * then the facts (every one that is missing), then the inputs. A refusal changes nothing.
 */
export function transition(status: CaseStatus, action: WorkflowAction | WorkflowCommand, facts: WorkflowFacts): TransitionResult {
  const cmd: WorkflowCommand = typeof action === 'string' ? { action } : action;
  if (!isKey(RULES, cmd.action)) return { ok: false, reason: '未知的案件操作。' };
  const rule = RULES[cmd.action];
  const refusal = statusRefusal(status, cmd.action);
  if (refusal) return { ok: false, reason: refusal };
  const blockers = rule.blockers?.(facts, status) ?? [];
  if (blockers.length > 0) return { ok: false, reason: sentence(blockers) };
  const bad = rule.checkInput?.(cmd);
  if (bad) return { ok: false, reason: sentence([bad]) };
  return { ok: true, to: rule.to(status, cmd) };
}

/** `transition` for services: the new status, or AppError('INVALID_TRANSITION') with the reason. */
export function assertTransition(status: CaseStatus, action: WorkflowAction | WorkflowCommand, facts: WorkflowFacts): CaseStatus {
  const r = transition(status, action, facts);
  if (!r.ok) throw new AppError('INVALID_TRANSITION', r.reason);
  return r.to;
}
