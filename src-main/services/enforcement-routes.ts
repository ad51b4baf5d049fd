import { hasErrors } from '../domain/clause-checks';
import { chinaDate } from '../domain/china-time';
import { daysBetween } from '../domain/dates';
import { routeGuidance, type RouteGuidance } from '../domain/enforcement-routes';
import { readCase } from './case-detail';
import { agreementFindings } from './clause-checks';
import type { ServiceContext } from './context';
import { deadlinesOf } from './deadlines';

/** The route chooser's advice for a case's agreement; empty while there is no agreement. */
export async function routesFor(ctx: ServiceContext, caseId: string): Promise<RouteGuidance[]> {
  const c = (await readCase(ctx.store.db, caseId)).exchange;
  if (!c.agreement) return [];
  const today = chinaDate(ctx.clock.now());
  const due = (await deadlinesOf(ctx, caseId, c)).deadlines.find((d) => d.kind === 'confirmation_application')?.due;
  return routeGuidance({
    terms: c.agreement.terms,
    clean: !hasErrors(agreementFindings(c, today)),
    arbitrationCommission: c.enforcement?.arbitrationCommission,
    confirmationDaysLeft: due ? daysBetween(today, due) : undefined,
  });
}
