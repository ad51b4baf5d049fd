import { and, desc, eq } from 'drizzle-orm';
import { cases, generatedDocuments, storedFiles } from '../db/schema';
import { documentKind, targetLabel, targetsOf } from '../documents/catalog';
import { composeDocument, type ComposeInput } from '../documents/compose';
import { caveats, type DocumentKind, type Target } from '../documents/kind';
import type { DocModel } from '../documents/model';
import { toDocx } from '../documents/to-docx';
import { toHtml } from '../documents/to-html';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import type { ExchangeCase } from '../domain/exchange';
import { redactPii } from '../domain/pii';
import type { Delivery } from '../domain/delivery';
import { arbitrationView } from './arbitration';
import { getCase } from './case-detail';
import { caseFileRecord } from './case-file';
import { kindsOffered } from './document-kinds';
import { courtFor } from './courts';
import { deliveriesOf, papersToServe } from './deliveries';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { ACCEPTED_TYPES, readStoredFile, recordBlob, writeBlob } from './file-store';
import { newId } from './ids';
import { savedWriteUp } from './typical-case-row';
import { findOrganization } from './organization';
import { wordingOverrides } from './wording';

/**
 * Documents of a case: preview (HTML of the same model), generate (the .docx, stored by hash and
 * registered as a new version), list, download, and the signed scan of a printed version.
 */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function kindOrThrow(kind: string): DocumentKind {
  const k = documentKind(kind);
  if (!k) throw new AppError('NOT_FOUND', `没有名为 ${redactPii(kind)} 的文书，请用“documents”查看可用的文书。`); // errors never echo personal data
  return k;
}

/** Paragraphs being edited in the template editor, previewed before they are saved. */
export type DraftWording = Readonly<Record<string, string>>;

/** A change to the case as stored, to preview a draft of one of its records (the agreement being built). */
export type CaseDraft = (c: ExchangeCase) => ExchangeCase;

export async function composeInput(ctx: ServiceContext, caseId: string, kind: DocumentKind, draft: DraftWording = {}, caseDraft?: CaseDraft): Promise<ComposeInput> {
  const detail = await getCase(ctx, caseId);
  const c = caseDraft ? caseDraft(detail.exchange) : detail.exchange;
  const org = await findOrganization(ctx.store.db);
  if (!org) throw new AppError('SETUP_REQUIRED');
  return {
    c,
    caseNumber: detail.exchange.caseNumber ?? '（未编号）',
    organization: { name: org.name, kind: org.kind, region: org.region, address: org.address, phone: org.phone, defaultCourt: org.defaultCourt },
    today: chinaDate(ctx.clock.now()),
    court: kind.usesCourt ? (c.enforcement?.court ?? (await courtFor(ctx, caseId)).court) : null,
    arbitration: kind.usesArbitration ? await arbitrationView(ctx, caseId, c, org) : null,
    papersToServe: kind.listsPapersToServe ? await papersToServe(ctx.store.db, caseId, c.parties.map((p) => p.name)) : [],
    writeUp: kind.usesWriteUp ? await savedWriteUp(ctx.store.db, caseId) : null,
    partyDocuments: detail.partyRecords.map((p) => p.documents.map((d) => ({ name: d.name }))),
    caseFile: await caseFileRecord(ctx.store.db, detail),
    overrides: { ...(await wordingOverrides(ctx.store.db, kind.kind)), ...draft },
  };
}

function chosenTargets(kind: DocumentKind, input: ComposeInput, target: Target | undefined): Target[] {
  const all = targetsOf(kind, input.c);
  if (!target || kind.per === 'case') return all;
  if (kind.per === 'session') {
    // no session named: the records of every session, one after another
    if (target.session === undefined) return all;
    const picked = all.filter((t) => t.session === target.session);
    if (picked.length === 0) throw new AppError('NOT_FOUND', '所选的调解会议不在本案中。');
    return picked;
  }
  const picked = all.filter((t) => t.party === target.party && (kind.per === 'party' || t.agent === target.agent));
  if (picked.length === 0) throw new AppError('NOT_FOUND', '所选的当事人或代理人不在本案中。');
  return picked;
}

export interface DocumentPlan {
  model: DocModel;
  caveat: string | null;
  /** The case as the document printed it (with the draft applied). */
  c: ExchangeCase;
}

export async function planDocument(ctx: ServiceContext, caseId: string, kind: string, target?: Target, draft?: DraftWording, caseDraft?: CaseDraft): Promise<DocumentPlan> {
  const k = kindOrThrow(kind);
  const input = await composeInput(ctx, caseId, k, draft, caseDraft);
  return { model: composeDocument(k, input, chosenTargets(k, input, target)), caveat: caveats(k.caveat(input.c), input.arbitration && k.arbitrationCaveat ? k.arbitrationCaveat(input.arbitration) : null), c: input.c };
}

export async function previewDocument(ctx: ServiceContext, caseId: string, kind: string, target?: Target, draft?: DraftWording) {
  const { model, caveat } = await planDocument(ctx, caseId, kind, target, draft);
  return { title: model.title, fileName: `${model.fileName}.docx`, caveat, html: toHtml(model) };
}

/** Makes the .docx, keeps it in the file store and registers it as the next version. */
export async function generateDocument(ctx: ServiceContext, caseId: string, kind: string, target?: Target, caseDraft?: CaseDraft) {
  const { model } = await planDocument(ctx, caseId, kind, target, undefined, caseDraft);
  const bytes = await toDocx(model, { author: ctx.user.name, at: ctx.clock.now() });
  const file = { sha256: writeBlob(ctx, bytes), size: bytes.byteLength, mime: DOCX_MIME };
  const k = kindOrThrow(kind);
  const label = target && k.per !== 'case' ? targetLabel(k, (await getCase(ctx, caseId)).exchange, target) : '';
  // an archived case still gets its papers printed (the file cover and index are made at archiving)
  return writeUnit(ctx, async (tx, audit) => {
    await recordBlob(tx, ctx, file, audit);
    const last = await tx
      .select({ version: generatedDocuments.version })
      .from(generatedDocuments)
      .where(and(eq(generatedDocuments.caseId, caseId), eq(generatedDocuments.kind, kind), eq(generatedDocuments.targetLabel, label)))
      .orderBy(desc(generatedDocuments.version))
      .get();
    const row = {
      id: newId(),
      caseId,
      kind,
      targetLabel: label,
      targetParty: target?.party ?? null,
      targetAgent: target?.agent ?? null,
      version: (last?.version ?? 0) + 1,
      fileName: `${model.fileName}.docx`,
      sha256: file.sha256,
      createdAt: chinaTimestamp(ctx.clock.now()),
      createdBy: ctx.user.name,
    };
    await tx.insert(generatedDocuments).values(row);
    audit({ action: 'documents.generate', entity: 'case', entityId: caseId, after: { kind, version: row.version, sha256: file.sha256 } });
    return { id: row.id, version: row.version, sha256: file.sha256, fileName: row.fileName, bytes };
  });
}

export interface GeneratedDocumentRow {
  id: string;
  caseId: string;
  caseNumber: string | null;
  kind: string;
  title: string;
  targetLabel: string;
  version: number;
  fileName: string;
  sha256: string;
  size: number;
  createdAt: string;
  createdBy: string;
  signedScanSha256: string | null;
  signedAt: string | null;
  /** Its service on the addressees, as recorded. */
  deliveries: Delivery[];
}

export async function listDocuments(ctx: ServiceContext, filter: { caseId?: string | undefined; limit?: number }): Promise<GeneratedDocumentRow[]> {
  const rows = await ctx.store.db
    .select({ d: generatedDocuments, caseNumber: cases.caseNumber, size: storedFiles.size })
    .from(generatedDocuments)
    .innerJoin(cases, eq(cases.id, generatedDocuments.caseId))
    .innerJoin(storedFiles, eq(storedFiles.sha256, generatedDocuments.sha256))
    .where(filter.caseId ? eq(generatedDocuments.caseId, filter.caseId) : undefined)
    .orderBy(desc(generatedDocuments.createdAt), desc(generatedDocuments.id))
    .limit(filter.limit ?? 500);
  const served = await deliveriesOf(ctx.store.db, rows.map((r) => r.d.id));
  return rows.map(({ d, caseNumber, size }) => ({
    id: d.id,
    caseId: d.caseId,
    caseNumber,
    kind: d.kind,
    title: documentKind(d.kind)?.title ?? d.kind,
    targetLabel: d.targetLabel,
    version: d.version,
    fileName: d.fileName,
    sha256: d.sha256,
    size,
    createdAt: d.createdAt,
    createdBy: d.createdBy,
    signedScanSha256: d.signedScanSha256,
    signedAt: d.signedAt,
    deliveries: served.get(d.id) ?? [],
  }));
}

async function documentRow(ctx: ServiceContext, id: string) {
  const row = await ctx.store.db.select().from(generatedDocuments).where(eq(generatedDocuments.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '未找到该文书。');
  return row;
}

/** The stored .docx of a version; refused if its content no longer matches the registered hash. */
export async function readDocument(ctx: ServiceContext, id: string): Promise<{ fileName: string; data: Buffer }> {
  const row = await documentRow(ctx, id);
  return { fileName: row.fileName, data: (await readStoredFile(ctx, row.sha256)).data };
}

/** Links the scan of the signed paper copy (already in the file store) to the version it was printed from. */
export function attachSignedScan(ctx: ServiceContext, id: string, sha256: string): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const row = await tx.select().from(generatedDocuments).where(eq(generatedDocuments.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', '未找到该文书。');
    await writableCaseRow(tx, row.caseId);
    const scan = await tx.select({ mime: storedFiles.mime }).from(storedFiles).where(eq(storedFiles.sha256, sha256)).get();
    if (!scan) throw new AppError('VALIDATION', '签字扫描件尚未上传成功，请重新上传', { sha256: '文件未上传' });
    if (!ACCEPTED_TYPES[scan.mime]) throw new AppError('VALIDATION', '签字扫描件应为 JPG、PNG 图片或 PDF 文件', { sha256: '文件类型不支持' });
    await tx.update(generatedDocuments).set({ signedScanSha256: sha256, signedAt: chinaTimestamp(ctx.clock.now()), signedBy: ctx.user.name }).where(eq(generatedDocuments.id, id));
    audit({ action: 'documents.attachSignedScan', entity: 'case', entityId: row.caseId, after: { kind: row.kind, version: row.version, document: row.sha256, scan: sha256 } });
  });
}

/** The kinds and, for a case, each kind's copies and caveat — what the documents tab offers. */
export async function documentOptions(ctx: ServiceContext, caseId?: string) {
  const c = caseId ? (await getCase(ctx, caseId)).exchange : undefined;
  return (await kindsOffered(ctx.store.db)).map((k) => ({
    kind: k.kind,
    title: k.title,
    per: k.per,
    caveat: c ? k.caveat(c) : null,
    copies: c ? targetsOf(k, c).map((t) => ({ ...t, label: targetLabel(k, c, t) })) : [],
  }));
}

