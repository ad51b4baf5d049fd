import { keysOf } from './vocabulary';

/**
 * The case file (卷宗) and its index (卷内目录): the 13 items in the order the Ministry of
 * Justice's formats circulate (`reference.md` §4), which of them this case needs, which are
 * there, and how many pages each takes. Pure: the service gathers the facts.
 */

/** What an attachment is filed as: every item of the index that can hold papers (not the back cover). */
export const ATTACHMENT_KINDS = {
  application: '调解申请书、受理登记表',
  rights_notice: '当事人权利义务告知书',
  identity: '当事人身份证明材料',
  power_of_attorney: '授权委托书',
  investigation: '调查记录',
  evidence: '证据材料',
  session_record: '调解笔录',
  agreement: '调解协议书',
  performance_receipt: '履行凭证',
  follow_up: '回访记录',
  confirmation: '司法确认材料',
  case_note: '案件情况说明',
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;
export const ATTACHMENT_KIND_KEYS = keysOf(ATTACHMENT_KINDS);

/** Retention periods in practice (no national rule: the office chooses, `reference.md` §1). */
export const RETENTION_PERIODS = { permanent: '永久', long: '长期', short: '短期' } as const;
export type RetentionPeriod = keyof typeof RETENTION_PERIODS;
export const RETENTION_PERIOD_KEYS = keysOf(RETENTION_PERIODS);

/** What the case's records say about each item; the service reads them from its tables. */
export interface CaseFileFacts {
  /** The case was refused (不予受理): no notice, sessions or agreement belong in its file. */
  refused: boolean;
  /** Parties not yet given the rights notice; empty when every party has it. */
  partiesWithoutRightsNotice: readonly string[];
  /** Identity papers were scanned with the parties at registration. */
  partyIdentityPapers: boolean;
  hasAgents: boolean;
  /** Sessions with their record written (调解笔录). */
  recordedSessions: number;
  /** An agreement was reached (it must be in the file) and is recorded. */
  agreement: boolean;
  followUps: number;
  /** A judicial confirmation was applied for. */
  judicialConfirmation: boolean;
  /** The refusal or termination is recorded with its reason (the case note's content). */
  outcomeExplained: boolean;
  attachments: readonly { kind: AttachmentKind; pages: number }[];
  /** Pages the clerk counted for an item (≥ 1, by item number): the papers are on file, and the count replaces the sum of attachments. */
  pages: ReadonlyMap<number, number>;
}

type Need = 'required' | 'as_needed';
interface ItemRule {
  kind: AttachmentKind | 'back_cover';
  name: string;
  need: (f: CaseFileFacts) => Need;
  /** Where the case's own records provide the item (besides attachments), in words; empty when they do not. */
  records: (f: CaseFileFacts) => string[];
}

const unlessRefused = (f: CaseFileFacts): Need => (f.refused ? 'as_needed' : 'required');
const none = () => [];

const RULES: ItemRule[] = [
  { kind: 'application', name: ATTACHMENT_KINDS.application, need: () => 'required', records: () => ['登记信息'] },
  {
    kind: 'rights_notice',
    name: ATTACHMENT_KINDS.rights_notice,
    need: unlessRefused,
    records: (f) => (!f.refused && f.partiesWithoutRightsNotice.length === 0 ? ['告知记录'] : []),
  },
  { kind: 'identity', name: ATTACHMENT_KINDS.identity, need: () => 'required', records: (f) => (f.partyIdentityPapers ? ['当事人证件扫描件'] : []) },
  { kind: 'power_of_attorney', name: ATTACHMENT_KINDS.power_of_attorney, need: (f) => (f.hasAgents ? 'required' : 'as_needed'), records: none },
  { kind: 'investigation', name: ATTACHMENT_KINDS.investigation, need: () => 'as_needed', records: none },
  { kind: 'evidence', name: ATTACHMENT_KINDS.evidence, need: () => 'as_needed', records: none },
  {
    kind: 'session_record',
    name: ATTACHMENT_KINDS.session_record,
    need: unlessRefused,
    records: (f) => (f.recordedSessions > 0 ? [`${f.recordedSessions}次调解笔录`] : []),
  },
  {
    kind: 'agreement',
    name: ATTACHMENT_KINDS.agreement,
    need: (f) => (f.agreement ? 'required' : 'as_needed'),
    records: (f) => (f.agreement ? ['调解协议'] : []),
  },
  { kind: 'performance_receipt', name: ATTACHMENT_KINDS.performance_receipt, need: () => 'as_needed', records: none },
  { kind: 'follow_up', name: ATTACHMENT_KINDS.follow_up, need: () => 'as_needed', records: (f) => (f.followUps > 0 ? [`${f.followUps}次回访记录`] : []) },
  {
    kind: 'confirmation',
    name: ATTACHMENT_KINDS.confirmation,
    need: (f) => (f.judicialConfirmation ? 'required' : 'as_needed'),
    records: (f) => (f.judicialConfirmation ? ['司法确认申请记录'] : []),
  },
  { kind: 'case_note', name: ATTACHMENT_KINDS.case_note, need: () => 'as_needed', records: (f) => (f.outcomeExplained ? ['不予受理或终止的理由'] : []) },
  // the back cover is printed with the file itself
  { kind: 'back_cover', name: '卷宗封底', need: () => 'required', records: () => ['随卷生成'] },
];

export interface CaseFileItem {
  /** 1–13 in the index. */
  no: number;
  kind: AttachmentKind | 'back_cover';
  name: string;
  required: boolean;
  present: boolean;
  /** What provides it: the case's records, then the attachments (“附件3份”). */
  sources: string[];
  /** Pages counted by the clerk, else the attachments' pages; null when nothing is counted. */
  pages: number | null;
  /** `第a–b页` range in the volume, once this and every earlier present item has its pages. */
  pageRange: string | null;
}

export interface CompiledCaseFile {
  items: CaseFileItem[];
  /** Names of the required items that are not there: archiving needs this to be empty. */
  missing: string[];
  /** Pages in the volume, when every present item is counted. */
  totalPages: number | null;
}

const range = (first: number, count: number) => (count === 1 ? `${first}` : `${first}-${first + count - 1}`);

export function compileCaseFile(f: CaseFileFacts): CompiledCaseFile {
  let next: number | null = 1;
  const items = RULES.map((rule, i): CaseFileItem => {
    const no = i + 1;
    const attached = f.attachments.filter((a) => a.kind === rule.kind);
    const counted = f.pages.get(no);
    // pages the clerk counted stand for papers on file even where nothing was scanned
    const sources = [...rule.records(f), ...(attached.length > 0 ? [`附件${attached.length}份`] : []), ...(counted ? ['纸质材料'] : [])];
    const present = sources.length > 0;
    const pages = counted ?? (attached.length > 0 ? attached.reduce((n, a) => n + a.pages, 0) : null);
    let pageRange: string | null = null;
    if (present && next !== null && pages !== null) {
      pageRange = range(next, pages);
      next += pages;
    } else if (present) next = null; // an uncounted item leaves every later page number unknown
    return { no, kind: rule.kind, name: rule.name, required: rule.need(f) === 'required', present, sources, pages, pageRange };
  });
  return {
    items,
    missing: items.filter((it) => it.required && !it.present).map((it) => it.name),
    totalPages: next === null ? null : next - 1,
  };
}

/** The parts of a case in exchange form the facts are read from. */
interface CaseFileCaseLike {
  refusal?: { reason: string } | undefined;
  termination?: { reason: string } | undefined;
  parties: readonly { name: string; agents: readonly unknown[] }[];
  sessions: readonly { notices: readonly string[] }[];
  agreement?: { signedOn?: string | undefined } | undefined;
  enforcement?: { route: string } | undefined;
  followUps: readonly unknown[];
}

/**
 * The facts as far as the exchange form tells them: the rights notice counts as given when a
 * session record says so. The service adds what its own tables know (notices recorded per party,
 * attachments, counted pages).
 */
export function exchangeCaseFileFacts(c: CaseFileCaseLike, identityPapers: boolean): CaseFileFacts {
  const noticeInSession = c.sessions.some((s) => s.notices.includes('rights'));
  return {
    refused: Boolean(c.refusal),
    partiesWithoutRightsNotice: noticeInSession ? [] : c.parties.map((p) => p.name),
    partyIdentityPapers: identityPapers,
    hasAgents: c.parties.some((p) => p.agents.length > 0),
    recordedSessions: c.sessions.length,
    agreement: Boolean(c.agreement?.signedOn),
    followUps: c.followUps.length,
    judicialConfirmation: c.enforcement?.route === 'judicial_confirmation',
    outcomeExplained: Boolean(c.refusal?.reason ?? c.termination?.reason),
    attachments: [],
    pages: new Map(),
  };
}
