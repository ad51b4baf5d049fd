import type { ArbitrationView } from '../domain/arbitration';
import { arbitrationFee } from '../domain/arbitration-fees';
import type { ExchangeCase } from '../domain/exchange';
import { parseYuan } from '../domain/money';
import type { ServiceContext } from './context';
import { getFeeSchedule } from './arbitration-fees';

/**
 * The arbitration a case's commission papers speak of. A commission's own case is heard by the
 * commission itself under its number; a mediation office's case goes to the commission the parties
 * chose, whose number the commission fills in.
 */
export async function arbitrationView(ctx: ServiceContext, c: ExchangeCase, org: { name: string; kind: string }): Promise<ArbitrationView> {
  const own = org.kind === 'arbitration';
  const claim = c.claimAmount ? parseYuan(c.claimAmount) : undefined;
  const { schedule } = await getFeeSchedule(ctx);
  return {
    commission: own ? org.name : (c.enforcement?.arbitrationCommission ?? null),
    caseNumber: own ? (c.caseNumber ?? null) : null,
    acceptedOn: own ? (c.acceptedOn ?? null) : null,
    tribunal: [],
    secretary: null,
    settlement: 'own',
    fees: claim?.ok ? { acceptance: arbitrationFee(claim.fen, schedule).acceptanceFee, handling: 0 } : null,
    decidedOn: null,
  };
}
