import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { mediators } from './schema';
import { caseParties, cases } from './schema-cases';

/**
 * The mediation process of a case. An assignment records who was assigned in which role and
 * the recusal check made before it: the findings as they were shown, the mediator's disclosure
 * and the parties' consent to continue — and, later, a recusal request and its decision.
 */
export const mediatorAssignments = sqliteTable(
  'mediator_assignments',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    mediatorId: text('mediator_id')
      .notNull()
      .references(() => mediators.id),
    role: text('role').notNull(),
    assignedAt: text('assigned_at').notNull(),
    assignedBy: text('assigned_by').notNull(),
    /** The conflict findings shown before assigning (ConflictFinding[]), kept as evidence. */
    findings: text('findings', { mode: 'json' }).notNull().$type<unknown[]>(),
    disclosure: text('disclosure'),
    consent: text('consent'),
    recusalRequest: text('recusal_request', { mode: 'json' }).$type<{ by: string; reason: string; on: string }>(),
    recusalDecision: text('recusal_decision', { mode: 'json' }).$type<{ decision: 'granted' | 'refused'; reason: string; on: string; by: string }>(),
    endedAt: text('ended_at'),
  },
  (t) => [index('mediator_assignments_case_idx').on(t.caseId), index('mediator_assignments_mediator_idx').on(t.mediatorId)],
);

/**
 * The notice of rights and duties (当事人权利义务告知书) as given to each party: when, how, and
 * whether the party acknowledged it. Required for every party before a session is held.
 */
export const rightsNotices = sqliteTable(
  'rights_notices',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    partyId: text('party_id')
      .notNull()
      .references(() => caseParties.id, { onDelete: 'cascade' }),
    givenOn: text('given_on').notNull(),
    manner: text('manner').notNull(),
    acknowledged: integer('acknowledged', { mode: 'boolean' }).notNull(),
    note: text('note'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('rights_notices_case_idx').on(t.caseId), uniqueIndex('rights_notices_party_unique').on(t.partyId)],
);

/**
 * An extension of the mediation period agreed by the parties (委派 and 委托 mediation may run
 * longer with their consent): how long, when they agreed, and how the consent was given.
 */
export const mediationExtensions = sqliteTable(
  'mediation_extensions',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** The length of the extension: a count of days or months (a Period). */
    n: integer('n').notNull(),
    unit: text('unit').notNull(),
    agreedOn: text('agreed_on').notNull(),
    consent: text('consent').notNull(),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('mediation_extensions_case_idx').on(t.caseId)],
);

/** A follow-up visit planned ahead (回访安排): when, how, who is to make it; done once a follow-up is recorded on or after it is set. */
export const followUpPlans = sqliteTable(
  'follow_up_plans',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    dueOn: text('due_on').notNull(),
    method: text('method').notNull(),
    visitor: text('visitor'),
    note: text('note'),
    status: text('status').notNull().default('planned'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('follow_up_plans_case_idx').on(t.caseId), index('follow_up_plans_due_idx').on(t.status, t.dueOn)],
);

/** The court a case's confirmation goes to when the office chose other than the rules' choice, and why. */
export const courtOverrides = sqliteTable('court_overrides', {
  caseId: text('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  court: text('court').notNull(),
  reason: text('reason').notNull(),
  setAt: text('set_at').notNull(),
  setBy: text('set_by').notNull(),
});

/**
 * What a court (or notary office) asked to be added to an application, by when, and when it was
 * supplied; an open request is a deadline of the case (申请人未按期补充材料的，视为撤回申请).
 */
export const materialRequests = sqliteTable(
  'material_requests',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    requestedOn: text('requested_on').notNull(),
    dueOn: text('due_on').notNull(),
    what: text('what').notNull(),
    suppliedOn: text('supplied_on'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('material_requests_case_idx').on(t.caseId)],
);
