import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { mediators } from './schema';

/**
 * Cases and everything the exchange format carries about them. Parties, agents and rights are
 * rows (they are searched and matched for conflicts); sessions, terms and the like keep their
 * exchange-format shape in JSON columns until the features that edit them need more.
 */
const stamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    caseNumber: text('case_number'),
    numberYear: integer('number_year'),
    category: text('category').notNull(),
    source: text('source').notNull(),
    referralBody: text('referral_body'),
    referralReferenceNumber: text('referral_reference_number'),
    referralReferredOn: text('referral_referred_on'),
    receivedOn: text('received_on').notNull(),
    acceptedOn: text('accepted_on'),
    refusedOn: text('refused_on'),
    refusalReason: text('refusal_reason'),
    subject: text('subject').notNull(),
    requests: text('requests', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    claimAmountFen: integer('claim_amount_fen'),
    track: text('track').notNull(),
    trackReason: text('track_reason').notNull(),
    trackOverrideNote: text('track_override_note'),
    status: text('status').notNull(),
    terminationOn: text('termination_on'),
    terminationReason: text('termination_reason'),
    terminationNote: text('termination_note'),
    closedOn: text('closed_on'),
    /** Archiving (归档): when, by whom, who compiled the file (立卷人) and how long it is kept. */
    archivedAt: text('archived_at'),
    archivedBy: text('archived_by'),
    filedBy: text('filed_by'),
    retention: text('retention'),
    ...stamps,
  },
  (t) => [
    // the list sorts by one of these columns and then by id, so each index ends with id and a
    // page is read straight off the index instead of sorting every case
    uniqueIndex('cases_case_number_unique').on(t.caseNumber),
    index('cases_received_id_idx').on(t.receivedOn, t.id),
    index('cases_accepted_id_idx').on(t.acceptedOn, t.id),
    index('cases_claim_id_idx').on(t.claimAmountFen, t.id),
    index('cases_status_received_id_idx').on(t.status, t.receivedOn, t.id),
    index('cases_category_received_id_idx').on(t.category, t.receivedOn, t.id),
    index('cases_source_received_id_idx').on(t.source, t.receivedOn, t.id),
  ],
);

/** Per-year case-number counter: only ever increases, so numbers are never reused. */
export const caseNumberSequences = sqliteTable('case_number_sequences', {
  year: integer('year').primaryKey(),
  nextSeq: integer('next_seq').notNull(),
});

/** A stable integer key per case: the rowid of its full-text rows (a text primary key has none that survives VACUUM). */
export const caseSearchKeys = sqliteTable('case_search_keys', {
  key: integer('key').primaryKey(),
  caseId: text('case_id')
    .notNull()
    .unique()
    .references(() => cases.id, { onDelete: 'cascade' }),
});

const caseRef = () =>
  text('case_id')
    .notNull()
    .references(() => cases.id, { onDelete: 'cascade' });

export const caseIpRights = sqliteTable(
  'case_ip_rights',
  {
    id: text('id').primaryKey(),
    caseId: caseRef(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    number: text('number'),
    title: text('title').notNull(),
    holder: text('holder'),
    classes: text('classes', { mode: 'json' }).$type<string[]>(),
  },
  (t) => [index('case_ip_rights_case_idx').on(t.caseId), index('case_ip_rights_number_idx').on(t.number)],
);

export interface ServiceAddress {
  address: string;
  recipient?: string;
  phone?: string;
  email?: string;
  acceptsElectronicService: boolean;
}

export const caseParties = sqliteTable(
  'case_parties',
  {
    id: text('id').primaryKey(),
    caseId: caseRef(),
    position: integer('position').notNull(),
    role: text('role').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    gender: text('gender'),
    birthDate: text('birth_date'),
    ethnicity: text('ethnicity'),
    occupation: text('occupation'),
    employer: text('employer'),
    idType: text('id_type'),
    idNumber: text('id_number'),
    uscc: text('uscc'),
    representativeName: text('representative_name'),
    representativeTitle: text('representative_title'),
    address: text('address'),
    phone: text('phone'),
    serviceAddress: text('service_address', { mode: 'json' }).$type<ServiceAddress>(),
  },
  (t) => [
    index('case_parties_case_idx').on(t.caseId),
    index('case_parties_name_idx').on(t.name),
    index('case_parties_id_number_idx').on(t.idNumber),
    index('case_parties_uscc_idx').on(t.uscc),
  ],
);

export const caseAgents = sqliteTable(
  'case_agents',
  {
    id: text('id').primaryKey(),
    caseId: caseRef(),
    partyId: text('party_id')
      .notNull()
      .references(() => caseParties.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    firm: text('firm'),
    licenseNo: text('license_no'),
    idNumber: text('id_number'),
    phone: text('phone'),
    authority: text('authority').notNull(),
    specialPowers: text('special_powers', { mode: 'json' }).$type<string[]>(),
  },
  (t) => [index('case_agents_case_idx').on(t.caseId), index('case_agents_party_idx').on(t.partyId), index('case_agents_name_idx').on(t.name)],
);

export const caseMediators = sqliteTable(
  'case_mediators',
  {
    caseId: caseRef(),
    mediatorId: text('mediator_id')
      .notNull()
      .references(() => mediators.id),
    role: text('role').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.mediatorId] }), index('case_mediators_mediator_idx').on(t.mediatorId)],
);

/**
 * A session in its exchange-format shape (names of mediators and attendees, statements). A
 * session is scheduled first and held (with its record) or cancelled later; only held sessions
 * are part of the exchange form.
 */
export const caseSessions = sqliteTable(
  'case_sessions',
  {
    id: text('id').primaryKey(),
    caseId: caseRef(),
    position: integer('position').notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at'),
    status: text('status').notNull().default('held'),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('case_sessions_case_idx').on(t.caseId), index('case_sessions_starts_idx').on(t.startsAt)],
);

export const caseAgreements = sqliteTable('case_agreements', {
  caseId: text('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  number: text('number'),
  facts: text('facts'),
  signedOn: text('signed_on'),
  effectiveOn: text('effective_on'),
  copies: integer('copies'),
  /** Who signed for each party (the party itself or a named agent), the mediator, the seal: recorded when marked signed in the app. */
  signing: text('signing', { mode: 'json' }).$type<AgreementSigning>(),
});

export interface AgreementSigning {
  parties: { name: string; by: string | null }[];
  mediator: string;
  sealed: boolean;
  recordedAt: string;
  recordedBy: string;
}

/** One clause in its exchange-format shape; `kind` is repeated as a column for queries. */
export const caseTerms = sqliteTable(
  'case_terms',
  {
    id: text('id').primaryKey(),
    caseId: caseRef(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('case_terms_case_idx').on(t.caseId)],
);

export const caseEnforcements = sqliteTable(
  'case_enforcements',
  {
    caseId: text('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    route: text('route').notNull(),
    court: text('court'),
    appliedOn: text('applied_on'),
    acceptedOn: text('accepted_on'),
    courtCaseNumber: text('court_case_number'),
    rulingNumber: text('ruling_number'),
    ruledOn: text('ruled_on'),
    result: text('result'),
    reason: text('reason'),
    notaryOffice: text('notary_office'),
    arbitrationCommission: text('arbitration_commission'),
  },
  (t) => [index('case_enforcements_route_result_idx').on(t.route, t.result)],
);

export const caseFollowUps = sqliteTable(
  'case_follow_ups',
  {
    id: text('id').primaryKey(),
    caseId: caseRef(),
    position: integer('position').notNull(),
    on: text('on_date').notNull(),
    method: text('method').notNull(),
    performance: text('performance').notNull(),
    satisfaction: integer('satisfaction'),
    lawsuit: text('lawsuit'),
    note: text('note'),
  },
  (t) => [index('case_follow_ups_case_idx').on(t.caseId)],
);

/** The content-addressed file store's index: one row per distinct content, keyed by SHA-256. */
export const storedFiles = sqliteTable('stored_files', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  mime: text('mime').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  /** Set when the content on disk no longer matched its hash: the file is blocked until the same content is stored again. */
  damagedAt: text('damaged_at'),
});

/** Identity papers scanned for a party (ID card, business licence…), linked by hash. */
export const partyDocuments = sqliteTable(
  'party_documents',
  {
    id: text('id').primaryKey(),
    partyId: text('party_id')
      .notNull()
      .references(() => caseParties.id, { onDelete: 'cascade' }),
    sha256: text('sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    name: text('name').notNull(),
    addedAt: text('added_at').notNull(),
    addedBy: text('added_by').notNull(),
  },
  (t) => [index('party_documents_party_idx').on(t.partyId)],
);
