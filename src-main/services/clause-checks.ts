import { checkClauses, type ClauseFinding } from '../domain/clause-checks';
import { chinaDate } from '../domain/china-time';
import type { ExchangeCase } from '../domain/exchange';
import { readCase } from './case-detail';
import type { ServiceContext } from './context';

/**
 * The clause checks run on a case's agreement: signed agreements against their signing date,
 * drafts against today (a due date already past cannot be agreed), and an agreement being marked
 * signed against that day and the agents who sign it.
 */
export function agreementFindings(c: ExchangeCase, today: string, signing?: { on: string; agentSigners: string[] }): ClauseFinding[] {
  if (!c.agreement) return [];
  return checkClauses({
    terms: c.agreement.terms,
    parties: c.parties.map((p) => ({ name: p.name, agents: p.agents })),
    rightCount: c.ipRights.length,
    signingOn: signing?.on ?? c.agreement.signedOn ?? today,
    signed: Boolean(signing ?? c.agreement.signedOn),
    ...(signing ? { agentSigners: signing.agentSigners } : {}),
  });
}

export async function checkAgreement(ctx: ServiceContext, caseId: string): Promise<{ hasAgreement: boolean; findings: ClauseFinding[] }> {
  const c = (await readCase(ctx.store.db, caseId)).exchange;
  return { hasAgreement: Boolean(c.agreement), findings: agreementFindings(c, chinaDate(ctx.clock.now())) };
}
