import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ComposedTribunal } from '../domain/arbitration';
import type { Outcome } from '../domain/arbitration-outcome';
import { cases } from './schema-cases';

/**
 * What a commission's clerk records of an arbitration case besides the case itself: the
 * arbitration agreement relied on, the clerk, the tribunal, the handling costs and the acceptance fee as counted
 * when they were saved (a later change of the schedule does not reprice a case). A case is an
 * arbitration case when it has this row.
 */
export const arbitrations = sqliteTable('arbitrations', {
  caseId: text('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  agreementForm: text('agreement_form').notNull(),
  agreementSource: text('agreement_source').notNull(),
  agreementSignedOn: text('agreement_signed_on'),
  agreementCommission: text('agreement_commission'),
  agreementWording: text('agreement_wording'),
  secretary: text('secretary'),
  handling: text('handling', { mode: 'json' }).$type<{ item: string; fee: number }[]>().notNull().default(sql`'[]'`),
  /** Null until the tribunal is composed (its members are also the case's assigned arbitrators). */
  tribunal: text('tribunal', { mode: 'json' }).$type<ComposedTribunal>(),
  /** How the arbitration ended, with a mediation statement's receipts or retraction; null while it runs. */
  outcome: text('outcome', { mode: 'json' }).$type<Outcome>(),
  /** Null while the amount in dispute is unknown. */
  acceptanceFeeFen: integer('acceptance_fee_fen'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
