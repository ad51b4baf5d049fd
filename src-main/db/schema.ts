import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Tables of the local store. Ids are UUID text so cases from several offices can merge;
 * timestamps are ISO strings with offset (China time); JSON columns hold small arrays.
 */

/** The one organization this workstation serves; a single row with id `organization`. */
export const organization = sqliteTable('organization', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  region: text('region').notNull(),
  address: text('address'),
  phone: text('phone'),
  defaultCourt: text('default_court'),
  caseNumberPattern: text('case_number_pattern').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const mediators = sqliteTable(
  'mediators',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Null for mediators that arrived by import without a number; the roster form asks for one. */
    mediatorNo: text('mediator_no'),
    phone: text('phone'),
    specialties: text('specialties', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('mediators_mediator_no_unique').on(t.mediatorNo)],
);

/** Relations a mediator declares (relatives, employers, clients…) for recusal checks. */
export const mediatorRelations = sqliteTable(
  'mediator_relations',
  {
    id: text('id').primaryKey(),
    mediatorId: text('mediator_id')
      .notNull()
      .references(() => mediators.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    idNumber: text('id_number'),
    uscc: text('uscc'),
    note: text('note'),
  },
  (t) => [index('mediator_relations_mediator_idx').on(t.mediatorId)],
);

/** Workstation-wide preferences (language and the like), JSON values by key. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * The audit trail: one row per write, chained by SHA-256 (`hash` covers `prev_hash` and the
 * row), so an edit or deletion anywhere breaks the chain. Append-only triggers come in
 * their own migration.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    outcome: text('outcome').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);
export * from './schema-cases';
export * from './schema-documents';
export * from './schema-process';
export * from './schema-case-file';
export * from './schema-arbitration';
