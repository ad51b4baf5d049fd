import { daysBetween } from './dates';

/**
 * The duplicate warning at registration: the same applicant and the same respondent, over the
 * same right, registered within the organization's window. A party is the same when its ID
 * number or credit code matches, or — lacking both on either side — its name does.
 */
export interface PartyIdentity {
  role: string;
  name: string;
  idNumber?: string | null | undefined;
  uscc?: string | null | undefined;
}

export interface RightIdentity {
  number?: string | null | undefined;
  title: string;
}

export interface DuplicateCandidate {
  receivedOn: string;
  parties: readonly PartyIdentity[];
  ipRights: readonly RightIdentity[];
}

const normalize = (s: string) => s.replace(/\s+/g, '').toUpperCase();

export function sameParty(a: PartyIdentity, b: PartyIdentity): boolean {
  const code = (p: PartyIdentity) => p.idNumber ?? p.uscc ?? null;
  const [ca, cb] = [code(a), code(b)];
  if (ca && cb) return normalize(ca) === normalize(cb);
  return normalize(a.name) === normalize(b.name);
}

export function sameRight(a: RightIdentity, b: RightIdentity): boolean {
  if (a.number && b.number) return normalize(a.number) === normalize(b.number);
  return normalize(a.title) === normalize(b.title);
}

const sharesRole = (a: DuplicateCandidate, b: DuplicateCandidate, role: string) =>
  a.parties.some((p) => p.role === role && b.parties.some((q) => q.role === role && sameParty(p, q)));

export function isDuplicate(incoming: DuplicateCandidate, earlier: DuplicateCandidate, windowDays: number): boolean {
  if (Math.abs(daysBetween(earlier.receivedOn, incoming.receivedOn)) > windowDays) return false;
  if (!sharesRole(incoming, earlier, 'applicant') || !sharesRole(incoming, earlier, 'respondent')) return false;
  if (incoming.ipRights.length === 0 || earlier.ipRights.length === 0) return false;
  return incoming.ipRights.some((r) => earlier.ipRights.some((s) => sameRight(r, s)));
}
