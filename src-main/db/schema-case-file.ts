import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases, storedFiles } from './schema-cases';

/**
 * The case file (卷宗): attachments filed with the case (evidence, receipts, investigation notes…)
 * in the content-addressed store, and the page counts the clerk records per item of the file
 * index (卷内目录) when compiling it.
 */
export const caseAttachments = sqliteTable(
  'case_attachments',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    sha256: text('sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    name: text('name').notNull(),
    /** One of ATTACHMENT_KINDS: which item of the file index it belongs to. */
    kind: text('kind').notNull(),
    pages: integer('pages').notNull(),
    note: text('note'),
    addedAt: text('added_at').notNull(),
    addedBy: text('added_by').notNull(),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId)],
);

export const caseFilePages = sqliteTable(
  'case_file_pages',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** 1–13, the item's number in the standard file index. */
    item: integer('item').notNull(),
    pages: integer('pages').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.item] })],
);
