import { z } from 'zod';

/**
 * The exchange bundle (交换包) carried between offices: a zip holding the cases in
 * `mediation-case/1` (`cases.json`), what is filed with them — attachments, identity papers and
 * generated documents, indexed in `files.json`, their bytes once each under `files/<sha256>` —
 * and `manifest.json`, which lists every other entry with its size and SHA-256.
 */
export const BUNDLE_FORMAT = 'mediation-bundle/1';
export const MANIFEST_ENTRY = 'manifest.json';
export const CASES_ENTRY = 'cases.json';
export const FILES_INDEX_ENTRY = 'files.json';
export const blobEntry = (sha256: string) => `files/${sha256}`;

/** The files an item carries: its own bytes, and a document's signed scan. */
export const hashesOf = (item: { sha256: string; signedScanSha256?: string | null }): string[] => (item.signedScanSha256 ? [item.sha256, item.signedScanSha256] : [item.sha256]);

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, '校验值格式有误');

export const bundleManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT, { error: '不是本程序的交换包（格式标识不符）' }),
  createdAt: z.string(),
  createdBy: z.string().max(200),
  cases: z.array(z.string().max(100)).max(10_000),
  entries: z.array(z.strictObject({ path: z.string().max(200), bytes: z.number().int().nonnegative(), sha256 })).max(100_000),
});
export type BundleManifest = z.output<typeof bundleManifestSchema>;

/** What is filed with a case, by case number: each item names its bytes by hash. */
export const bundleFilesSchema = z.strictObject({
  /** The type of each file carried, by hash. */
  mimes: z.record(sha256, z.string().max(100)),
  attachments: z.array(
    z.strictObject({ caseNumber: z.string(), name: z.string().max(200), kind: z.string().max(40), pages: z.number().int().nonnegative(), note: z.string().max(2000).nullable(), sha256, addedAt: z.string(), addedBy: z.string().max(100) }),
  ),
  identityPapers: z.array(z.strictObject({ caseNumber: z.string(), party: z.string().max(200), name: z.string().max(200), sha256, addedAt: z.string(), addedBy: z.string().max(100) })),
  documents: z.array(
    z.strictObject({
      caseNumber: z.string(),
      kind: z.string().max(60),
      targetLabel: z.string().max(200),
      targetParty: z.number().int().nonnegative().nullable(),
      targetAgent: z.number().int().nonnegative().nullable(),
      version: z.number().int().positive(),
      fileName: z.string().max(200),
      sha256,
      createdAt: z.string(),
      createdBy: z.string().max(100),
      signedScanSha256: sha256.nullable(),
      signedAt: z.string().nullable(),
      signedBy: z.string().max(100).nullable(),
    }),
  ),
});
export type BundleFiles = z.output<typeof bundleFilesSchema>;
