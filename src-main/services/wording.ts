import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/store';
import { documentWording } from '../db/schema';
import { documentKind } from '../documents/catalog';
import { kindsOffered } from './document-kinds';
import type { DocumentKind } from '../documents/kind';
import { COMMON_VARIABLES, variablesIn } from '../documents/wording';
import { chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import { redactPii } from '../domain/pii';
import { writeUnit, type RecordAudit, type ServiceContext } from './context';
import { findOrganization } from './organization';
import { newId } from './ids';

/**
 * The organization's wording of the documents' fixed paragraphs: edited, versioned, reset to the
 * default, and carried between offices as a wording pack (courts differ slightly).
 */
export const WORDING_PACK_FORMAT = 'mediation-desk-wording/1';
const MAX_TEXT = 3000;

export async function wordingOverrides(db: Db, kind: string): Promise<Record<string, string>> {
  const rows = await db.select().from(documentWording).where(eq(documentWording.kind, kind)).orderBy(asc(documentWording.version));
  const current: Record<string, string | null> = {};
  for (const r of rows) current[r.key] = r.text; // the newest version wins
  return Object.fromEntries(Object.entries(current).filter((e): e is [string, string] => e[1] !== null));
}

export interface WordingEntry {
  kind: string;
  title: string;
  key: string;
  label: string;
  defaultText: string;
  text: string;
  customized: boolean;
  version: number;
  variables: string[];
}

function allowedVariables(kind: DocumentKind, key: string): string[] {
  return [...COMMON_VARIABLES, ...(kind.wording[key]?.variables ?? [])];
}

export async function listWording(ctx: ServiceContext): Promise<WordingEntry[]> {
  const rows = await ctx.store.db.select().from(documentWording).orderBy(asc(documentWording.version));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) latest.set(`${r.kind}|${r.key}`, r);
  return (await kindsOffered(ctx.store.db)).flatMap((k) =>
    Object.entries(k.wording).map(([key, d]) => {
      const saved = latest.get(`${k.kind}|${key}`);
      return {
        kind: k.kind,
        title: k.title,
        key,
        label: d.label,
        defaultText: d.text,
        text: saved?.text ?? d.text,
        customized: saved?.text != null,
        version: saved?.version ?? 0,
        variables: allowedVariables(k, key),
      };
    }),
  );
}

function checkText(kind: DocumentKind, key: string, text: string, field = 'text'): void {
  if (!kind.wording[key]) {
    const message = `文书“${kind.title}”没有名为 ${redactPii(key)} 的段落`;
    // in a pack the paragraph name is part of the file's content; from the editor it is a lookup
    throw field === 'text' ? new AppError('NOT_FOUND', `${message}。`) : new AppError('VALIDATION', message, { [field]: '不认识的段落' });
  }
  const trimmed = text.trim();
  if (trimmed === '') throw new AppError('VALIDATION', '段落内容不能为空；如需恢复默认，请使用“恢复默认”', { [field]: '段落内容不能为空' });
  if (trimmed.length > MAX_TEXT) throw new AppError('VALIDATION', `段落内容不能超过${MAX_TEXT}个字`, { [field]: `不能超过${MAX_TEXT}个字` });
  // what is echoed back is the user's own text: masked, as errors never carry personal data
  const unknown = variablesIn(trimmed).filter((v) => !allowedVariables(kind, key).includes(v)).map((v) => `{${redactPii(v)}}`);
  if (unknown.length) throw new AppError('VALIDATION', `不认识的变量：${unknown.join('、')}`, { [field]: `不认识的变量：${unknown.join('、')}` });
}

async function saveVersion(tx: Db, ctx: ServiceContext, audit: RecordAudit, kind: string, key: string, text: string | null): Promise<number> {
  const last = await tx
    .select({ version: documentWording.version })
    .from(documentWording)
    .where(and(eq(documentWording.kind, kind), eq(documentWording.key, key)))
    .orderBy(desc(documentWording.version))
    .get();
  const version = (last?.version ?? 0) + 1;
  await tx.insert(documentWording).values({ id: newId(), kind, key, version, text, savedAt: chinaTimestamp(ctx.clock.now()), savedBy: ctx.user.name });
  audit({ action: text === null ? 'wording.reset' : 'wording.save', entity: 'wording', entityId: `${kind}/${key}`, after: { version } });
  return version;
}

const kindOrThrow = (kind: string) => {
  const k = documentKind(kind);
  if (!k) throw new AppError('NOT_FOUND', `没有名为 ${redactPii(kind)} 的文书。`);
  return k;
};

export function saveWording(ctx: ServiceContext, kind: string, key: string, text: string): Promise<{ version: number }> {
  const k = kindOrThrow(kind);
  checkText(k, key, text);
  return writeUnit(ctx, async (tx, audit) => ({ version: await saveVersion(tx, ctx, audit, kind, key, text.trim()) }));
}

export function resetWording(ctx: ServiceContext, kind: string, key: string): Promise<{ version: number }> {
  const k = kindOrThrow(kind);
  if (!k.wording[key]) throw new AppError('NOT_FOUND', `文书“${k.title}”没有名为 ${redactPii(key)} 的段落。`);
  return writeUnit(ctx, async (tx, audit) => ({ version: await saveVersion(tx, ctx, audit, kind, key, null) }));
}

export async function wordingHistory(ctx: ServiceContext, kind: string, key: string) {
  return ctx.store.db
    .select({ version: documentWording.version, text: documentWording.text, savedAt: documentWording.savedAt, savedBy: documentWording.savedBy })
    .from(documentWording)
    .where(and(eq(documentWording.kind, kind), eq(documentWording.key, key)))
    .orderBy(desc(documentWording.version));
}

export const wordingPackSchema = z.strictObject({
  format: z.literal(WORDING_PACK_FORMAT, { error: `不是文书模板包（format 应为 ${WORDING_PACK_FORMAT}）` }),
  exportedAt: z.string().optional(),
  exportedBy: z.string().optional(),
  kinds: z.record(z.string(), z.record(z.string(), z.string())),
});
export type WordingPack = z.output<typeof wordingPackSchema>;

/** The organization's own wording (what differs from the defaults), as a pack file. */
export async function exportWordingPack(ctx: ServiceContext): Promise<WordingPack> {
  const org = await findOrganization(ctx.store.db);
  const kinds: WordingPack['kinds'] = {};
  for (const e of await listWording(ctx)) if (e.customized) (kinds[e.kind] ??= {})[e.key] = e.text;
  return { format: WORDING_PACK_FORMAT, exportedAt: chinaTimestamp(ctx.clock.now()), ...(org ? { exportedBy: org.name } : {}), kinds };
}

/** Applies a pack all or nothing; each paragraph that changes gets a new version. */
export async function importWordingPack(ctx: ServiceContext, pack: WordingPack): Promise<{ changed: number }> {
  for (const [kind, entries] of Object.entries(pack.kinds)) {
    const k = documentKind(kind);
    if (!k) throw new AppError('VALIDATION', `模板包中有本程序不认识的文书：${redactPii(kind)}`, { [`kinds.${redactPii(kind)}`]: '不认识的文书' });
    for (const [key, text] of Object.entries(entries)) checkText(k, key, text, `kinds.${kind}.${redactPii(key)}`);
  }
  return writeUnit(ctx, async (tx, audit) => {
    let changed = 0;
    for (const [kind, entries] of Object.entries(pack.kinds)) {
      const current = await wordingOverrides(tx, kind);
      for (const [key, text] of Object.entries(entries)) {
        if ((current[key] ?? documentKind(kind)?.wording[key]?.text) === text.trim()) continue;
        await saveVersion(tx, ctx, audit, kind, key, text.trim());
        changed += 1;
      }
    }
    if (changed === 0) audit({ action: 'wording.import', entity: 'wording', entityId: null, after: { changed: 0 } });
    return { changed };
  });
}
