import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cases, storedFiles } from './schema-cases';

/**
 * Documents the app made, and the organization's wording of them. A generated file is kept in the
 * file store and registered here with its hash; making it again adds a new version. A signed
 * paper copy scanned back in is linked to the version it was printed from.
 */
export const generatedDocuments = sqliteTable(
  'generated_documents',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** Whose copy: empty for the whole case, else the party (and agent) it was made for. */
    targetLabel: text('target_label').notNull(),
    targetParty: integer('target_party'),
    targetAgent: integer('target_agent'),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    signedScanSha256: text('signed_scan_sha256').references(() => storedFiles.sha256),
    signedAt: text('signed_at'),
    signedBy: text('signed_by'),
  },
  (t) => [
    uniqueIndex('generated_documents_version_unique').on(t.caseId, t.kind, t.targetLabel, t.version),
    index('generated_documents_created_idx').on(t.createdAt),
  ],
);

/** Every saved wording of a paragraph; the newest is in force. Text null means back to the default. */
export const documentWording = sqliteTable(
  'document_wording',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    text: text('text'),
    savedAt: text('saved_at').notNull(),
    savedBy: text('saved_by').notNull(),
  },
  (t) => [uniqueIndex('document_wording_version_unique').on(t.kind, t.key, t.version)],
);

/** Service of a generated document on an addressee (送达), as its receipt or return slip shows; once per document and addressee. */
export const deliveries = sqliteTable(
  'deliveries',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => generatedDocuments.id, { onDelete: 'cascade' }),
    party: text('party').notNull(),
    method: text('method').notNull(),
    servedOn: text('served_on').notNull(),
    receivedBy: text('received_by'),
    note: text('note'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [uniqueIndex('deliveries_document_party_unique').on(t.documentId, t.party)],
);

/** A case written up as a typical case (典型案例) for publication, as the office last saved it; one per case. */
export const typicalCases = sqliteTable('typical_cases', {
  caseId: text('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  facts: text('facts').notNull(),
  process: text('process').notNull(),
  result: text('result').notNull(),
  significance: text('significance').notNull(),
  roundAmounts: integer('round_amounts', { mode: 'boolean' }).notNull(),
  savedAt: text('saved_at').notNull(),
  savedBy: text('saved_by').notNull(),
});
