import { eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { caseAgreements, caseEnforcements, caseTerms, cases } from '../db/schema';
import { toHtml } from '../documents/to-html';
import type { ClauseFinding } from '../domain/clause-checks';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { AppError, fieldError } from '../domain/errors';
import type { ExchangeCase, Term } from '../domain/exchange';
import type { PacketRoute } from '../domain/packet';
import { writableCaseRow } from './case-row';
import { agreementFindings } from './clause-checks';
import { writeUnit, type ServiceContext } from './context';
import { planDocument } from './documents';
import { newId } from './ids';

/**
 * The agreement builder's draft (issue 6 point 1): the facts, the terms in order and the number
 * of copies, saved as a whole while the agreement is unsigned; a preview of the 调解协议书 and the
 * clause checks of a draft not yet saved.
 */
export interface AgreementDraft {
  number?: string | undefined;
  facts?: string | undefined;
  terms: Term[];
  copies?: number | undefined;
  /** The route the agreement commits the parties to (its clause is printed); null: none agreed. Left as it is when absent. */
  route?: PacketRoute | null | undefined;
  /** The commission the parties chose, with the arbitration route. */
  arbitrationCommission?: string | undefined;
}

/** Mediation must be under way — accepted and not yet concluded — for an agreement to be drafted. */
const DRAFTING = new Set(['accepted', 'mediating']);

export function saveAgreement(ctx: ServiceContext, caseId: string, draft: AgreementDraft): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const row = await writableCaseRow(tx, caseId);
    const before = await tx.select().from(caseAgreements).where(eq(caseAgreements.caseId, caseId)).get();
    if (before?.signedOn) throw new AppError('CONFLICT', '调解协议已经签署，不能再修改；如需变更，应由各方当事人另行达成协议。');
    if (!DRAFTING.has(row.status)) throw new AppError('INVALID_TRANSITION', '只有受理后、调解结束前的案件可以起草调解协议。');
    if (draft.route === 'arbitration' && !draft.arbitrationCommission?.trim()) throw fieldError('arbitrationCommission', '请填写选定的仲裁委员会：没有约定仲裁委员会的仲裁协议无效（仲裁法第十八条）');
    const values = { number: draft.number?.trim() || null, facts: draft.facts?.trim() || null, copies: draft.copies ?? null };
    if (before) await tx.update(caseAgreements).set(values).where(eq(caseAgreements.caseId, caseId));
    else await tx.insert(caseAgreements).values({ caseId, ...values });
    if (draft.route !== undefined) await chooseRoute(tx, caseId, draft.route && { route: draft.route, arbitrationCommission: draft.route === 'arbitration' ? (draft.arbitrationCommission?.trim() ?? null) : null });
    await tx.delete(caseTerms).where(eq(caseTerms.caseId, caseId));
    await tx.insert(caseTerms).values(draft.terms.map((t, position) => ({ id: newId(), caseId, position, kind: t.kind, data: t })));
    await tx.update(cases).set({ updatedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(cases.id, caseId));
    audit({
      action: 'agreements.save',
      entity: 'case',
      entityId: caseId,
      before: before ? { facts: before.facts, copies: before.copies } : null,
      after: { ...values, terms: draft.terms.map((t) => t.kind), ...(draft.route !== undefined ? { route: draft.route, arbitrationCommission: draft.arbitrationCommission ?? null } : {}) },
    });
  });
}

/**
 * The route chosen while drafting, kept as an enforcement record without an application (the
 * exchange form's `{ route }`): the agreement then carries its clause, and the case cannot be
 * closed as if nothing were intended. Never touches an application already made.
 */
async function chooseRoute(tx: Db, caseId: string, choice: { route: string; arbitrationCommission: string | null } | null) {
  const e = await tx.select().from(caseEnforcements).where(eq(caseEnforcements.caseId, caseId)).get();
  if (e?.appliedOn) return;
  if (choice) await tx.insert(caseEnforcements).values({ caseId, ...choice }).onConflictDoUpdate({ target: caseEnforcements.caseId, set: choice });
  else if (e) await tx.delete(caseEnforcements).where(eq(caseEnforcements.caseId, caseId));
}

function withDraft(c: ExchangeCase, { route, arbitrationCommission, ...draft }: AgreementDraft): ExchangeCase {
  const applied = Boolean(c.enforcement?.appliedOn);
  const chosen = route ? { route, ...(route === 'arbitration' && arbitrationCommission?.trim() ? { arbitrationCommission: arbitrationCommission.trim() } : {}) } : undefined;
  const enforcement = applied || route === undefined ? c.enforcement : chosen;
  return { ...c, agreement: { ...c.agreement, ...draft, number: draft.number?.trim() || undefined, facts: draft.facts?.trim() || undefined }, enforcement };
}

/** The 调解协议书 as the draft would print, and what the clause checks find in it. */
export async function previewAgreement(ctx: ServiceContext, caseId: string, draft: AgreementDraft): Promise<{ html: string; caveat: string | null; findings: ClauseFinding[] }> {
  const plan = await planDocument(ctx, caseId, 'agreement', undefined, undefined, (stored) => withDraft(stored, draft));
  return { html: toHtml(plan.model), caveat: plan.caveat, findings: agreementFindings(plan.c, chinaDate(ctx.clock.now())) };
}
