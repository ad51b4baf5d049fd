import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { caseAttachments, caseParties, cases, generatedDocuments, partyDocuments } from '../db/schema';
import { hashesOf } from '../domain/bundle';
import type { Db } from '../db/store';
import { readBundle, type ReadBundle } from './bundle-reader';
import { importExchangeCases, previewImport, type ImportPreviewRow, type ImportResult, type OnConflict } from './case-import';
import type { RecordAudit, ServiceContext } from './context';
import { recordBlob, writeBlob } from './file-store';
import { newId } from './ids';

/**
 * An exchange bundle brought in: read and verified in a staging folder (removed afterwards,
 * whatever happens), its cases imported all or nothing with the conflict choice, and — in the
 * same write — the attachments, identity papers and documents of the cases it brought in, their
 * bytes in the file store.
 */

async function withStaged<T>(ctx: ServiceContext, zipFile: string, fn: (read: ReadBundle) => Promise<T>): Promise<T> {
  const staging = path.join(ctx.paths.dataDir, 'staging', newId());
  try {
    return await fn(await readBundle(zipFile, staging));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export interface BundlePreview {
  from: string;
  createdAt: string;
  cases: ImportPreviewRow[];
  files: number;
}

/** What importing the bundle would bring in, and which cases are already here. */
export const previewBundle = (ctx: ServiceContext, zipFile: string): Promise<BundlePreview> =>
  withStaged(ctx, zipFile, async (read) => ({
    from: read.manifest.createdBy,
    createdAt: read.manifest.createdAt,
    cases: await previewImport(ctx, { format: 'mediation-case/1', cases: read.cases }),
    files: read.blobs.size,
  }));

/** The files of the cases brought in, recorded against them. */
async function fileRecords(tx: Db, ctx: ServiceContext, audit: RecordAudit, read: ReadBundle, result: ImportResult): Promise<number> {
  const brought = [...result.created, ...result.replaced];
  if (brought.length === 0) return 0;
  const idOf = new Map((await tx.select({ id: cases.id, n: cases.caseNumber }).from(cases).where(inArray(cases.caseNumber, brought))).map((r) => [r.n, r.id]));
  const f = read.files;
  const ours = <T extends { caseNumber: string }>(items: T[]) => items.filter((i) => idOf.has(i.caseNumber));
  const hashes = new Set([...ours(f.attachments), ...ours(f.identityPapers), ...ours(f.documents)].flatMap(hashesOf));
  for (const sha256 of hashes) {
    const file = read.blobs.get(sha256) as string;
    await recordBlob(tx, ctx, { sha256, size: fs.statSync(file).size, mime: f.mimes[sha256] ?? 'application/octet-stream' }, audit);
  }
  const caseId = (n: string) => idOf.get(n) as string;
  for (const { caseNumber, ...a } of ours(f.attachments)) await tx.insert(caseAttachments).values({ id: newId(), caseId: caseId(caseNumber), ...a });
  for (const p of ours(f.identityPapers)) {
    const party = await tx.select({ id: caseParties.id }).from(caseParties).where(and(eq(caseParties.caseId, caseId(p.caseNumber)), eq(caseParties.name, p.party))).get();
    if (party) await tx.insert(partyDocuments).values({ id: newId(), partyId: party.id, sha256: p.sha256, name: p.name, addedAt: p.addedAt, addedBy: p.addedBy });
  }
  for (const { caseNumber, ...d } of ours(f.documents)) await tx.insert(generatedDocuments).values({ id: newId(), caseId: caseId(caseNumber), ...d });
  return hashes.size;
}

/** Imports the bundle; refused whole (`BUNDLE_REFUSED`, `CONFLICT`, `VALIDATION`) with nothing written but content-addressed bytes no record points at. */
export const importBundle = (ctx: ServiceContext, zipFile: string, onConflict: OnConflict): Promise<ImportResult & { files: number; from: string }> =>
  withStaged(ctx, zipFile, async (read) => {
    for (const file of read.blobs.values()) writeBlob(ctx, fs.readFileSync(file));
    let files = 0;
    const result = await importExchangeCases(ctx, read.cases, onConflict, 'bundles.import', async (tx, audit, imported) => {
      files = await fileRecords(tx, ctx, audit, read, imported);
      audit({ action: 'bundles.import', entity: 'case', entityId: null, after: { from: read.manifest.createdBy, createdAt: read.manifest.createdAt, ...imported, files } });
    });
    return { ...result, files, from: read.manifest.createdBy };
  });
