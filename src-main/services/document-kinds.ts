import { DOCUMENT_KINDS } from '../documents/catalog';
import type { DocumentKind } from '../documents/kind';
import type { Db } from '../db/store';
import { findOrganization } from './organization';

/**
 * The kinds this office works with: a commission's own papers (its notices, the composition of a
 * tribunal) are offered to an arbitration commission only; everything else to every office —
 * including the arbitration agreement and the papers a commission issues on a settlement, which a
 * mediation office prepares for the parties who choose arbitration.
 */
export async function kindsOffered(db: Db): Promise<readonly DocumentKind[]> {
  const commission = (await findOrganization(db))?.kind === 'arbitration';
  return commission ? DOCUMENT_KINDS : DOCUMENT_KINDS.filter((k) => !k.commissionOnly);
}
