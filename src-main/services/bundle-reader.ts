import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yauzl from 'yauzl';
import { CASES_ENTRY, FILES_INDEX_ENTRY, MANIFEST_ENTRY, bundleFilesSchema, hashesOf, bundleManifestSchema, type BundleFiles, type BundleManifest } from '../domain/bundle';
import { AppError } from '../domain/errors';
import type { ExchangeCase } from '../domain/exchange';
import { parseExchangeFile } from './case-import';

/**
 * Reads an exchange bundle into a staging folder, trusting nothing in it (reliability #31–32):
 * only the entries a bundle has (`manifest.json`, `cases.json`, `files.json`, `files/<sha256>`)
 * are accepted — no absolute, parent, backslash or drive paths, reserved names, symlinks or
 * duplicates — within limits on count, size and compression ratio enforced while streaming, and
 * every entry must match the manifest's size and hash. Any refusal is a `BundleRefused` with its
 * reason, and the staging folder is removed: nothing is written anywhere else.
 */
export const BUNDLE_LIMITS = {
  entries: 20_000,
  entryBytes: 100 * 1024 * 1024,
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Uncompressed over compressed: text compresses well, a zip bomb far better. */
  ratio: 200,
  /** The JSON entries, read into memory. */
  jsonBytes: 64 * 1024 * 1024,
};

export type RefusalReason = 'not-a-zip' | 'unsafe-path' | 'symlink' | 'duplicate' | 'unexpected-entry' | 'too-many' | 'too-large' | 'ratio' | 'manifest-mismatch' | 'invalid-content';

const REASONS: Record<RefusalReason, string> = {
  'not-a-zip': '不是有效的 zip 文件',
  'unsafe-path': '含有指向交换包以外位置的文件路径',
  symlink: '含有符号链接',
  duplicate: '含有重名的文件',
  'unexpected-entry': '含有交换包以外的文件',
  'too-many': '文件数量超过限制',
  'too-large': '文件过大',
  ratio: '压缩比异常（疑似压缩炸弹）',
  'manifest-mismatch': '内容与清单（manifest.json）不符，可能已损坏或被改动',
  'invalid-content': '内容格式有误',
};

export class BundleRefused extends AppError {
  readonly reason: RefusalReason;

  constructor(reason: RefusalReason, detail?: string) {
    super('BUNDLE_REFUSED', `交换包${REASONS[reason]}${detail ? `：${detail}` : ''}，未导入任何内容。`);
    this.reason = reason;
  }
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const BLOB = /^files\/[0-9a-f]{64}$/;
const JSON_ENTRIES = new Set([MANIFEST_ENTRY, CASES_ENTRY, FILES_INDEX_ENTRY]);
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Why a name cannot be an entry of ours, checked in order of how dangerous it is. */
function nameProblem(name: string): RefusalReason | null {
  if (name.includes('\\') || name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').some((part) => part === '..') || name.includes('\0')) return 'unsafe-path';
  if (name.split('/').some((part) => WINDOWS_RESERVED.test(part))) return 'unsafe-path';
  if (!JSON_ENTRIES.has(name) && !BLOB.test(name)) return 'unexpected-entry';
  return null;
}

/** Counts bytes as they pass and stops the stream past the limit (a declared size can lie). */
function limited(limit: number, hash: crypto.Hash): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.byteLength;
      if (seen > limit) return done(new BundleRefused('too-large'));
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

const openZip = (file: string) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    // yauzl's own checks (absolute and parent paths, sizes that lie) run besides ours
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (err, zip) => (err || !zip ? reject(new BundleRefused('not-a-zip')) : resolve(zip))),
  );

interface Staged {
  file: string;
  bytes: number;
  sha256: string;
}

/** Streams every entry into the staging folder under a name of our own, checking as it goes. */
async function stageEntries(zipFile: string, staging: string): Promise<Map<string, Staged>> {
  const zip = await openZip(zipFile);
  const staged = new Map<string, Staged>();
  const seen = new Set<string>();
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (err: unknown) => reject(err instanceof BundleRefused ? err : new BundleRefused(/invalid relative path|absolute path|invalid characters/i.test(String(err)) ? 'unsafe-path' : 'not-a-zip'));
      zip.on('error', fail);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        const problem = nameProblem(name);
        if (problem) return fail(new BundleRefused(problem));
        if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return fail(new BundleRefused('symlink'));
        if (seen.has(name.toLowerCase())) return fail(new BundleRefused('duplicate'));
        seen.add(name.toLowerCase());
        if (seen.size > BUNDLE_LIMITS.entries) return fail(new BundleRefused('too-many'));
        const limit = JSON_ENTRIES.has(name) ? BUNDLE_LIMITS.jsonBytes : BUNDLE_LIMITS.entryBytes;
        if (entry.uncompressedSize > limit) return fail(new BundleRefused('too-large'));
        if (entry.uncompressedSize > BUNDLE_LIMITS.ratio * Math.max(entry.compressedSize, 1) && entry.uncompressedSize > 1024 * 1024) return fail(new BundleRefused('ratio'));
        total += entry.uncompressedSize;
        if (total > BUNDLE_LIMITS.totalBytes) return fail(new BundleRefused('too-large'));
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return fail(err ?? new Error('no stream'));
          const target = path.join(staging, String(staged.size + 1));
          const hash = crypto.createHash('sha256');
          pipeline(stream, limited(limit, hash), fs.createWriteStream(target, { flags: 'wx' }))
            .then(() => {
              staged.set(name, { file: target, bytes: fs.statSync(target).size, sha256: hash.digest('hex') });
              zip.readEntry();
            })
            .catch(fail);
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return staged;
}

function readJson(entry: Staged | undefined, name: string): unknown {
  if (!entry) throw new BundleRefused('manifest-mismatch', `缺少 ${name}`);
  try {
    return JSON.parse(fs.readFileSync(entry.file, 'utf8'));
  } catch {
    throw new BundleRefused('invalid-content', `${name} 不是有效的 JSON`);
  }
}

export interface ReadBundle {
  manifest: BundleManifest;
  cases: ExchangeCase[];
  files: BundleFiles;
  /** Each file's bytes in staging, by hash. */
  blobs: Map<string, string>;
}

/** The bundle read and verified into `staging` (created here; the caller removes it). */
export async function readBundle(zipFile: string, staging: string): Promise<ReadBundle> {
  fs.mkdirSync(staging, { recursive: true });
  const staged = await stageEntries(zipFile, staging);
  const manifest = bundleManifestSchema.safeParse(readJson(staged.get(MANIFEST_ENTRY), MANIFEST_ENTRY));
  if (!manifest.success) throw new BundleRefused('invalid-content', manifest.error.issues[0]?.message);
  const listed = new Map(manifest.data.entries.map((e) => [e.path, e]));
  const present = [...staged.keys()].filter((n) => n !== MANIFEST_ENTRY);
  if (listed.size !== manifest.data.entries.length || present.length !== listed.size) throw new BundleRefused('manifest-mismatch');
  for (const name of present) {
    const s = staged.get(name);
    const e = listed.get(name);
    if (!s || !e || s.bytes !== e.bytes || s.sha256 !== e.sha256) throw new BundleRefused('manifest-mismatch', name);
    if (BLOB.test(name) && name.slice('files/'.length) !== s.sha256) throw new BundleRefused('manifest-mismatch', name);
  }
  let cases: ExchangeCase[];
  try {
    cases = parseExchangeFile(readJson(staged.get(CASES_ENTRY), CASES_ENTRY)).cases;
  } catch (err) {
    throw new BundleRefused('invalid-content', err instanceof Error ? err.message : undefined);
  }
  const files = bundleFilesSchema.safeParse(readJson(staged.get(FILES_INDEX_ENTRY), FILES_INDEX_ENTRY));
  if (!files.success) throw new BundleRefused('invalid-content', files.error.issues[0]?.message);
  const blobs = new Map([...staged].filter(([n]) => BLOB.test(n)).map(([n, s]) => [n.slice('files/'.length), s.file]));
  const numbers = new Set(cases.map((c) => c.caseNumber));
  const items = [...files.data.attachments, ...files.data.identityPapers, ...files.data.documents];
  for (const item of items) {
    if (!numbers.has(item.caseNumber)) throw new BundleRefused('invalid-content', `files.json 提到的案件 ${item.caseNumber} 不在交换包中`);
    if (hashesOf(item).some((h) => !blobs.has(h))) throw new BundleRefused('manifest-mismatch', '缺少 files.json 所列的文件');
  }
  return { manifest: manifest.data, cases, files: files.data, blobs };
}
