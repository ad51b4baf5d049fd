import type { ExchangeCase } from '../domain/exchange';
import type { DocumentKind, Target } from './kind';
import { agreementDocument } from './kinds/agreement';
import { arbitrationAgreement } from './kinds/arbitration-agreement';
import { arbitrationFeeNotice } from './kinds/arbitration-fee-notice';
import { arbitrationAcceptanceNotice, arbitrationRefusalNotice } from './kinds/arbitration-notices';
import { arbitrationAward, arbitrationMediationStatement, awardOnSettlement } from './kinds/arbitration-outcome';
import { fileCover, fileIndex } from './kinds/case-file';
import { commitment, confirmationApplication, materialsList } from './kinds/confirmation';
import { followUpRecord } from './kinds/follow-up-record';
import { hearingRecord } from './kinds/hearing-record';
import { mediationApplication } from './kinds/mediation-application';
import { notarizationApplication } from './kinds/notarization';
import { acceptanceNotice, refusalNotice } from './kinds/notices';
import { powerOfAttorney, serviceAddress } from './kinds/party-papers';
import { rightsNotice } from './kinds/rights-notice';
import { serviceReceipt } from './kinds/service-receipt';
import { sessionLabel, sessionRecord } from './kinds/session-record';
import { terminationNotice } from './kinds/termination-notice';
import { tribunalNotice } from './kinds/tribunal-notice';
import { typicalCase } from './kinds/typical-case';

/** Every document kind the engine makes, by its stable name (`../shared/spec/cli.md`). */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  mediationApplication,
  acceptanceNotice,
  refusalNotice,
  rightsNotice,
  sessionRecord,
  agreementDocument,
  terminationNotice,
  confirmationApplication,
  commitment,
  powerOfAttorney,
  serviceAddress,
  materialsList,
  notarizationApplication,
  arbitrationAgreement,
  arbitrationMediationStatement,
  awardOnSettlement,
  followUpRecord,
  fileCover,
  fileIndex,
  arbitrationAcceptanceNotice,
  arbitrationRefusalNotice,
  arbitrationFeeNotice,
  tribunalNotice,
  hearingRecord,
  arbitrationAward,
  serviceReceipt,
  typicalCase,
];

export const documentKind = (kind: string): DocumentKind | undefined => DOCUMENT_KINDS.find((k) => k.kind === kind);

/** The copies a kind makes for a case: one, or one per party, per agent or per session. */
export function targetsOf(kind: DocumentKind, c: ExchangeCase): Target[] {
  if (kind.per === 'case') return [{}];
  if (kind.per === 'party') return c.parties.map((_p, party) => ({ party }));
  // no session held yet: one blank record to fill in by hand
  if (kind.per === 'session') return c.sessions.length > 0 ? c.sessions.map((_s, session) => ({ session })) : [{}];
  const agents = c.parties.flatMap((p, party) => p.agents.map((_a, agent) => ({ party, agent })));
  // no agent named yet: a blank form for the first applicant
  return agents.length > 0 ? agents : [{ party: Math.max(0, c.parties.findIndex((p) => p.role === 'applicant')) }];
}

/** `河南嵩岳食品有限公司` / `河南嵩岳食品有限公司-孙立` / `第2次（2026年5月27日）` — how a copy is named in lists and file names. */
export function targetLabel(kind: DocumentKind, c: ExchangeCase, t: Target): string {
  if (kind.per === 'case') return '';
  if (kind.per === 'session') return t.session === undefined ? '' : sessionLabel(c, t.session);
  const p = c.parties[t.party ?? 0];
  if (kind.per === 'party') return p?.name ?? '';
  // a blank form (no agent named yet) is labelled with the party alone, not `李卫东-`
  return [p?.name, t.agent === undefined ? undefined : p?.agents[t.agent]?.name].filter(Boolean).join('-');
}
