import { newId } from './ids';
import type {
  caseAgents,
  caseAgreements,
  caseEnforcements,
  caseFollowUps,
  caseIpRights,
  caseParties,
  cases,
  caseSessions,
  caseTerms,
} from '../db/schema';
import type { ExchangeCase, Term } from '../domain/exchange';
import { formatYuan, parseYuan } from '../domain/money';

/**
 * Between the exchange format and the tables: one case becomes its rows, and rows become the
 * case again, so that export → import → export gives back the same document.
 */
export interface CaseRows {
  case: typeof cases.$inferInsert;
  ipRights: (typeof caseIpRights.$inferInsert)[];
  parties: (typeof caseParties.$inferInsert)[];
  agents: (typeof caseAgents.$inferInsert)[];
  sessions: (typeof caseSessions.$inferInsert)[];
  agreement: typeof caseAgreements.$inferInsert | null;
  terms: (typeof caseTerms.$inferInsert)[];
  enforcement: typeof caseEnforcements.$inferInsert | null;
  followUps: (typeof caseFollowUps.$inferInsert)[];
}

export interface CaseRowContext {
  id: string;
  caseNumber: string | null;
  numberYear: number | null;
  status: string;
  track: string;
  trackReason: string;
  at: string;
}


const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const fen = (yuan: string | undefined) => {
  if (yuan === undefined) return null;
  const parsed = parseYuan(yuan);
  return parsed.ok ? parsed.fen : null;
};

export function caseToRows(c: ExchangeCase, ctx: CaseRowContext): CaseRows {
  const caseId = ctx.id;
  const parties: CaseRows['parties'] = [];
  const agents: CaseRows['agents'] = [];
  c.parties.forEach((p, position) => {
    const partyId = newId();
    parties.push({
      id: partyId,
      caseId,
      position,
      role: p.role,
      kind: p.kind,
      name: p.name,
      gender: orNull(p.gender),
      birthDate: orNull(p.birthDate),
      ethnicity: orNull(p.ethnicity),
      occupation: orNull(p.occupation),
      employer: orNull(p.employer),
      idType: orNull(p.idType),
      idNumber: orNull(p.idNumber),
      uscc: orNull(p.uscc),
      representativeName: orNull(p.representative?.name),
      representativeTitle: orNull(p.representative?.title),
      address: orNull(p.address),
      phone: orNull(p.phone),
      serviceAddress: orNull(p.serviceAddress),
    });
    p.agents.forEach((a, i) =>
      agents.push({
        id: newId(),
        caseId,
        partyId,
        position: i,
        name: a.name,
        kind: a.kind,
        firm: orNull(a.firm),
        licenseNo: orNull(a.licenseNo),
        idNumber: orNull(a.idNumber),
        phone: orNull(a.phone),
        authority: a.authority,
        specialPowers: orNull(a.specialPowers),
      }),
    );
  });
  return {
    case: {
      id: caseId,
      caseNumber: ctx.caseNumber,
      numberYear: ctx.numberYear,
      category: c.category,
      source: c.source,
      referralBody: orNull(c.referral?.body),
      referralReferenceNumber: orNull(c.referral?.referenceNumber),
      referralReferredOn: orNull(c.referral?.referredOn),
      receivedOn: c.receivedOn,
      acceptedOn: orNull(c.acceptedOn),
      refusedOn: orNull(c.refusal?.on),
      refusalReason: orNull(c.refusal?.reason),
      subject: c.subject,
      requests: c.requests,
      claimAmountFen: fen(c.claimAmount),
      track: ctx.track,
      trackReason: ctx.trackReason,
      trackOverrideNote: null,
      status: ctx.status,
      terminationOn: orNull(c.termination?.on),
      terminationReason: orNull(c.termination?.reason),
      terminationNote: orNull(c.termination?.note),
      closedOn: orNull(c.closedOn),
      createdAt: ctx.at,
      updatedAt: ctx.at,
    },
    ipRights: c.ipRights.map((r, position) => ({
      id: newId(),
      caseId,
      position,
      kind: r.kind,
      number: orNull(r.number),
      title: r.title,
      holder: orNull(r.holder),
      classes: orNull(r.classes),
    })),
    parties,
    agents,
    sessions: c.sessions.map((s, position) => ({ id: newId(), caseId, position, startsAt: s.startsAt, endsAt: s.endsAt ?? null, status: 'held', data: s })),
    agreement: c.agreement
      ? {
          caseId,
          number: orNull(c.agreement.number),
          facts: orNull(c.agreement.facts),
          signedOn: orNull(c.agreement.signedOn),
          effectiveOn: orNull(c.agreement.effectiveOn),
          copies: orNull(c.agreement.copies),
        }
      : null,
    terms: (c.agreement?.terms ?? []).map((t, position) => ({ id: newId(), caseId, position, kind: t.kind, data: t })),
    enforcement: c.enforcement
      ? {
          caseId,
          route: c.enforcement.route,
          court: orNull(c.enforcement.court),
          appliedOn: orNull(c.enforcement.appliedOn),
          acceptedOn: orNull(c.enforcement.acceptedOn),
          courtCaseNumber: orNull(c.enforcement.caseNumber),
          rulingNumber: orNull(c.enforcement.rulingNumber),
          ruledOn: orNull(c.enforcement.ruledOn),
          result: orNull(c.enforcement.result),
          reason: orNull(c.enforcement.reason),
          notaryOffice: orNull(c.enforcement.notaryOffice),
          arbitrationCommission: orNull(c.enforcement.arbitrationCommission),
        }
      : null,
    followUps: c.followUps.map((f, position) => ({
      id: newId(),
      caseId,
      position,
      on: f.on,
      method: f.method,
      performance: f.performance,
      satisfaction: orNull(f.satisfaction),
      lawsuit: orNull(f.lawsuit),
      note: orNull(f.note),
    })),
  };
}

/** Drops null and undefined members, so absent optional keys stay absent in the export. */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

export interface LoadedCaseRows {
  case: typeof cases.$inferSelect;
  ipRights: (typeof caseIpRights.$inferSelect)[];
  parties: (typeof caseParties.$inferSelect)[];
  agents: (typeof caseAgents.$inferSelect)[];
  mediators: { name: string; role: string; mediatorNo: string | null }[];
  sessions: (typeof caseSessions.$inferSelect)[];
  agreement: typeof caseAgreements.$inferSelect | undefined;
  terms: (typeof caseTerms.$inferSelect)[];
  enforcement: typeof caseEnforcements.$inferSelect | undefined;
  followUps: (typeof caseFollowUps.$inferSelect)[];
}

/** The exchange-format object of a case (what `export` writes and `show --json` prints). */
export function rowsToCase(r: LoadedCaseRows): ExchangeCase {
  const c = r.case;
  const out = {
    id: c.id,
    caseNumber: c.caseNumber ?? undefined,
    category: c.category,
    ipRights: r.ipRights.map((x) => compact({ kind: x.kind, number: x.number, title: x.title, holder: x.holder, classes: x.classes })),
    source: c.source,
    referral: c.referralBody ? compact({ body: c.referralBody, referenceNumber: c.referralReferenceNumber, referredOn: c.referralReferredOn }) : undefined,
    receivedOn: c.receivedOn,
    acceptedOn: c.acceptedOn ?? undefined,
    refusal: c.refusedOn ? { on: c.refusedOn, reason: c.refusalReason ?? '' } : undefined,
    subject: c.subject,
    requests: c.requests,
    claimAmount: c.claimAmountFen == null ? undefined : formatYuan(c.claimAmountFen),
    track: c.track,
    parties: r.parties.map((p) => ({
      ...compact({
        role: p.role,
        kind: p.kind,
        name: p.name,
        gender: p.gender,
        birthDate: p.birthDate,
        ethnicity: p.ethnicity,
        occupation: p.occupation,
        employer: p.employer,
        idType: p.idType,
        idNumber: p.idNumber,
        uscc: p.uscc,
        representative: p.representativeName ? { name: p.representativeName, title: p.representativeTitle ?? '' } : null,
        address: p.address,
        phone: p.phone,
        serviceAddress: p.serviceAddress,
      }),
      agents: r.agents
        .filter((a) => a.partyId === p.id)
        .map((a) =>
          compact({ name: a.name, kind: a.kind, firm: a.firm, licenseNo: a.licenseNo, idNumber: a.idNumber, phone: a.phone, authority: a.authority, specialPowers: a.specialPowers }),
        ),
    })),
    mediators: r.mediators.map((m) => compact({ name: m.name, role: m.role, mediatorNo: m.mediatorNo })),
    // scheduled and cancelled sessions are the office's planning, not part of the case record
    sessions: r.sessions.filter((s) => s.status === 'held').map((s) => s.data),
    agreement: r.agreement
      ? {
          ...compact({ number: r.agreement.number, facts: r.agreement.facts }),
          terms: r.terms.map((t) => t.data as Term),
          ...compact({ signedOn: r.agreement.signedOn, effectiveOn: r.agreement.effectiveOn, copies: r.agreement.copies }),
        }
      : undefined,
    enforcement: r.enforcement
      ? compact({
          route: r.enforcement.route,
          court: r.enforcement.court,
          appliedOn: r.enforcement.appliedOn,
          acceptedOn: r.enforcement.acceptedOn,
          caseNumber: r.enforcement.courtCaseNumber,
          rulingNumber: r.enforcement.rulingNumber,
          ruledOn: r.enforcement.ruledOn,
          result: r.enforcement.result,
          reason: r.enforcement.reason,
          notaryOffice: r.enforcement.notaryOffice,
          arbitrationCommission: r.enforcement.arbitrationCommission,
        })
      : undefined,
    followUps: r.followUps.map((f) => compact({ on: f.on, method: f.method, performance: f.performance, satisfaction: f.satisfaction, lawsuit: f.lawsuit, note: f.note })),
    termination: c.terminationOn ? compact({ on: c.terminationOn, reason: c.terminationReason, note: c.terminationNote }) : undefined,
    closedOn: c.closedOn ?? undefined,
  };
  return compact(out) as unknown as ExchangeCase;
}
