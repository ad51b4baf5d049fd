import type { CaseStatus } from './vocabulary';

/** The facts of a case that tell where it stands, in exchange-format terms. */
export interface StatusFacts {
  acceptedOn?: string | undefined;
  refusal?: unknown;
  sessions: readonly unknown[];
  agreement?: { signedOn?: string | undefined } | undefined;
  enforcement?: { route: string; result?: string | undefined } | undefined;
  followUps: readonly unknown[];
  termination?: { reason: string } | undefined;
  closedOn?: string | undefined;
}

/**
 * Where an imported case stands, read from what it records (the statuses of `cli.md`). Cases
 * registered in the app move by the state machine instead; this only places arriving cases.
 */
export function deriveStatus(c: StatusFacts): CaseStatus {
  if (c.closedOn) return 'closed';
  if (c.refusal) return 'refused';
  if (c.termination && c.termination.reason !== 'agreement_reached') return 'terminated';
  const route = c.enforcement?.route;
  if (route && route !== 'none') {
    const result = c.enforcement?.result ?? 'pending';
    if (result === 'pending') return 'enforcement';
    if (result === 'confirmed') return 'performing';
    return 'agreed'; // rejected, not accepted or withdrawn: back to the agreement, other routes open
  }
  if (c.agreement?.signedOn) return c.followUps.length > 0 ? 'performing' : 'agreed';
  if (c.sessions.length > 0) return 'mediating';
  if (c.acceptedOn) return 'accepted';
  return 'registered';
}
