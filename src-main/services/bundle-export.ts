import crypto from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import JSZip from 'jszip';
import { caseAttachments, caseParties, cases, generatedDocuments, partyDocuments, storedFiles } from '../db/schema';
import { BUNDLE_FORMAT, CASES_ENTRY, FILES_INDEX_ENTRY, MANIFEST_ENTRY, blobEntry, hashesOf, type BundleFiles, type BundleManifest } from '../domain/bundle';
import { chinaTimestamp } from '../domain/china-time';
import { exportCases, idsForNumbers } from './case-export';
import { writeUnit, type ServiceContext } from './context';
import { readStoredFile } from './file-store';
import { findOrganization } from './organization';

/**
 * The exchange bundle of chosen cases (`domain/bundle`): the cases, everything filed with them,
 * and a manifest of hashes. Every file is read through the file store, so a file damaged on disk
 * stops the export instead of travelling.
 */

async function filesOf(ctx: ServiceContext, caseIds: string[]): Promise<BundleFiles> {
  const db = ctx.store.db;
  const numbers = new Map((await db.select({ id: cases.id, n: cases.caseNumber }).from(cases).where(inArray(cases.id, caseIds))).map((r) => [r.id, r.n ?? '']));
  const mimeOf = new Map((await db.select({ sha256: storedFiles.sha256, mime: storedFiles.mime }).from(storedFiles)).map((r) => [r.sha256, r.mime]));
  const attachments = await db.select().from(caseAttachments).where(inArray(caseAttachments.caseId, caseIds)).orderBy(caseAttachments.addedAt);
  const papers = await db
    .select({ caseId: caseParties.caseId, party: caseParties.name, name: partyDocuments.name, sha256: partyDocuments.sha256, addedAt: partyDocuments.addedAt, addedBy: partyDocuments.addedBy })
    .from(partyDocuments)
    .innerJoin(caseParties, eq(caseParties.id, partyDocuments.partyId))
    .where(inArray(caseParties.caseId, caseIds))
    .orderBy(partyDocuments.addedAt);
  const documents = await db.select().from(generatedDocuments).where(inArray(generatedDocuments.caseId, caseIds)).orderBy(generatedDocuments.createdAt);
  const number = (id: string) => numbers.get(id) ?? '';
  const carried = [...attachments, ...papers, ...documents].flatMap(hashesOf);
  return {
    mimes: Object.fromEntries(carried.map((h) => [h, mimeOf.get(h) ?? 'application/octet-stream'])),
    // each travels as its row, named by its case's number instead of ids
    attachments: attachments.map(({ id: _id, caseId, ...a }) => ({ caseNumber: number(caseId), ...a })),
    identityPapers: papers.map(({ caseId, ...p }) => ({ caseNumber: number(caseId), ...p })),
    documents: documents.map(({ id: _id, caseId, ...d }) => ({ caseNumber: number(caseId), ...d })),
  };
}

const hashOf = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

/** The bundle of the cases with these numbers, as zip bytes; recorded in the audit trail (personal data leaves the office). */
export async function exportBundle(ctx: ServiceContext, caseNumbers: string[]): Promise<{ bytes: Uint8Array; manifest: BundleManifest }> {
  const ids = await idsForNumbers(ctx, caseNumbers);
  const exchange = await exportCases(ctx, { caseNumbers });
  const files = await filesOf(ctx, ids);
  const hashes = Object.keys(files.mimes);

  const zip = new JSZip();
  const entries: BundleManifest['entries'] = [];
  const add = (path: string, data: Uint8Array) => {
    zip.file(path, data, { date: new Date(0), createFolders: false });
    entries.push({ path, bytes: data.byteLength, sha256: hashOf(data) });
  };
  add(CASES_ENTRY, Buffer.from(JSON.stringify(exchange, null, 2)));
  add(FILES_INDEX_ENTRY, Buffer.from(JSON.stringify(files, null, 2)));
  for (const sha256 of hashes) add(blobEntry(sha256), (await readStoredFile(ctx, sha256)).data);
  const org = await findOrganization(ctx.store.db);
  const manifest: BundleManifest = { format: BUNDLE_FORMAT, createdAt: chinaTimestamp(ctx.clock.now()), createdBy: org?.name ?? '', cases: exchange.cases.map((c) => c.caseNumber ?? ''), entries };
  zip.file(MANIFEST_ENTRY, JSON.stringify(manifest, null, 2), { date: new Date(0), createFolders: false });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  await writeUnit(ctx, async (_tx, audit) => audit({ action: 'bundles.export', entity: 'case', entityId: null, after: { cases: manifest.cases, files: hashes.length, bytes: bytes.byteLength } }));
  return { bytes, manifest };
}
