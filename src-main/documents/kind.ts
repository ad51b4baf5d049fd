import type { ArbitrationView } from '../domain/arbitration';
import type { CompiledCaseFile } from '../domain/case-file';
import type { WriteUp } from '../domain/typical-case';
import type { ExchangeAgent, ExchangeCase, ExchangeParty } from '../domain/exchange';
import type { Block, DocModel } from './model';
import type { WordingDefaults } from './wording';

/** What a document builder is given: the case, the organization, today, and its wording. */
export interface DocContext {
  c: ExchangeCase;
  /** The case number, or `（未编号）` before acceptance. */
  caseNumber: string;
  organization: { name: string; kind: string; region: string; address: string | null; phone: string | null; defaultCourt: string | null };
  /** `YYYY-MM-DD` in China time: the date the document carries. */
  today: string;
  /** The court a confirmation is applied to (the one recorded, else the rules' or the office's choice); null when unknown or not asked for. */
  court: string | null;
  /** The arbitration the commission's papers speak of (kinds with `usesArbitration`); null otherwise. */
  arbitration: ArbitrationView | null;
  /** Per party (same order as `c.parties`), the titles of the papers made and not yet served on it (kinds with `listsPapersToServe`); empty otherwise. */
  papersToServe: string[][];
  /** The typical-case write-up the office saved for the case (kinds with `usesWriteUp`); null otherwise or before one is saved. */
  writeUp: WriteUp | null;
  /** Identity papers on file per party (same order as `c.parties`). */
  partyDocuments: { name: string }[][];
  /** The case file as compiled: the index's items with their pages, and the archive's particulars. */
  caseFile: CaseFileRecord;
  /** A fixed paragraph of the kind, with the variables filled in for this case (and party). */
  wording(key: string, extra?: Record<string, string>): string;
}

export interface CaseFileRecord {
  compiled: CompiledCaseFile;
  /** 永久 / 长期 / 短期 once archived; before that the cover prints the organization's wording. */
  retention: string | null;
  /** 立卷人 and 立卷日期 (`YYYY-MM-DD`), once archived. */
  filedBy: string | null;
  filedOn: string | null;
}

/** Whom one copy of a document is for: the case as a whole, one party, one party's agent, or one session (index into `c.sessions`). */
export type Target = { party?: number; agent?: number; session?: number };

export interface DocumentKind {
  kind: string;
  title: string;
  /** Case documents are made once; party documents once per party; agent documents once per agent; session documents once per session. */
  per: 'case' | 'party' | 'agent' | 'session';
  /** Addressed to the court of the judicial confirmation: the service looks it up (`DocContext.court`). */
  usesCourt?: true;
  /** A commission's paper: the service tells it the commission, the tribunal and the fees (`DocContext.arbitration`). */
  usesArbitration?: true;
  /** A commission's own paper (its notices, the tribunal), not offered to a mediation office. */
  commissionOnly?: true;
  /** Prints the case's typical-case write-up: the service looks it up (`DocContext.writeUp`). */
  usesWriteUp?: true;
  /** Served on the parties (送达), with a service receipt: notices, agreements, awards. */
  served?: true;
  /** Lists the papers still to serve on a party: the service looks them up (`DocContext.papersToServe`). */
  listsPapersToServe?: true;
  /** `— 1 —` unless said otherwise; records number their pages `第 1 页 共 3 页`. */
  pageNumbers?: DocModel['pageNumbers'];
  wording: WordingDefaults;
  /** What is still missing for this case, so that parts of the form are left blank to fill by hand; null when nothing is. */
  caveat(c: ExchangeCase): string | null;
  /** For a commission's paper, what the arbitration leaves blank (said beside the preview; lists see only `caveat`). */
  arbitrationCaveat?(view: ArbitrationView): string | null;
  /** The blocks of one copy. */
  build(ctx: DocContext, target: Target): Block[];
}

export const partyAt = (c: ExchangeCase, t: Target): ExchangeParty => {
  const p = c.parties[t.party ?? 0];
  if (!p) throw new Error(`no party ${t.party}`);
  return p;
};

export const agentAt = (c: ExchangeCase, t: Target): ExchangeAgent => {
  const a = partyAt(c, t).agents[t.agent ?? 0];
  if (!a) throw new Error(`no agent ${t.agent} of party ${t.party}`);
  return a;
};

/** Said by every kind that prints the case number, while the case has none (before acceptance, or refused). */
export const UNNUMBERED_CAVEAT = '案件尚未编号，文书上的案号将印为“（未编号）”';

/** The caveats that apply, joined into one sentence; null when none does. */
export function caveats(...notes: (string | null)[]): string | null {
  const list = notes.filter((n): n is string => Boolean(n));
  return list.length > 0 ? list.join('；') : null;
}

export const numberCaveat = (c: ExchangeCase): string | null => (c.caseNumber ? null : UNNUMBERED_CAVEAT);
