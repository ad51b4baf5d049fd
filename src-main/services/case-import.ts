import { newId } from './ids';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { cases } from '../db/schema';
import { deriveStatus } from '../domain/case-status';
import { chinaTimestamp } from '../domain/china-time';
import { AppError } from '../domain/errors';
import { describeProblem, exchangeFileSchema, exchangeProblems, type ExchangeCase } from '../domain/exchange';
import { parseYuan } from '../domain/money';
import { deriveTrack } from '../domain/triage';
import { caseToRows, type CaseRows } from './case-mapping';
import { CaseNumberAllocator, numberingYear } from './case-numbers';
import { readIntakeSettings } from './case-settings';
import { deleteCase, insertCases, type MediatorLink } from './case-store';
import { writeUnit, type RecordAudit, type ServiceContext } from './context';
import { RosterResolver } from './mediators';

export type OnConflict = 'fail' | 'skip' | 'replace';
export interface ImportResult {
  created: string[];
  skipped: string[];
  replaced: string[];
}

const MAX_LISTED_PROBLEMS = 20;

/** Validates a whole `mediation-case/1` document; every problem is named by its JSON path. */
export function parseExchangeFile(data: unknown) {
  const parsed = exchangeFileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = exchangeProblems(parsed.error);
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map(describeProblem);
  const more = problems.length > MAX_LISTED_PROBLEMS ? `\n……另有${problems.length - MAX_LISTED_PROBLEMS}处问题` : '';
  throw new AppError('VALIDATION', `导入文件有误，未导入任何案件：\n${listed.join('\n')}${more}`, Object.fromEntries(problems.map((p) => [p.path, p.message])));
}

function refuseDuplicatesWithinFile(list: ExchangeCase[]): void {
  const seen = new Map<string, number>();
  list.forEach((c, i) => {
    for (const [field, value] of [['id', c.id], ['caseNumber', c.caseNumber]] as const) {
      if (!value) continue;
      const first = seen.get(`${field}:${value}`);
      if (first !== undefined) throw new AppError('VALIDATION', `cases[${i}].${field}：与 cases[${first}] 重复`, { [`cases[${i}].${field}`]: `与 cases[${first}] 重复` });
      seen.set(`${field}:${value}`, i);
    }
  });
}

/** The existing case an imported one collides with, by id or by case number. */
async function existingMatch(tx: Db, c: ExchangeCase): Promise<{ id: string; caseNumber: string | null; status: string } | undefined> {
  const byId = c.id ? await tx.select({ id: cases.id, caseNumber: cases.caseNumber, status: cases.status }).from(cases).where(eq(cases.id, c.id)).get() : undefined;
  if (byId) return byId;
  return c.caseNumber ? tx.select({ id: cases.id, caseNumber: cases.caseNumber, status: cases.status }).from(cases).where(eq(cases.caseNumber, c.caseNumber)).get() : undefined;
}

/**
 * Imports cases all or nothing in one write unit: numbers assigned where absent, mediators
 * matched to the roster (or added), status and track derived, one audit row per case.
 */
/** What else an import writes in the same unit, knowing which cases it brought in (a bundle's files). */
export type AlongsideImport = (tx: Db, audit: RecordAudit, result: ImportResult) => Promise<void>;

export async function importExchangeCases(ctx: ServiceContext, list: ExchangeCase[], onConflict: OnConflict, action = 'cases.import', alongside?: AlongsideImport): Promise<ImportResult> {
  refuseDuplicatesWithinFile(list);
  return writeUnit(ctx, async (tx, audit) => {
    const result = await importInto(tx, ctx, list, onConflict, audit, action);
    await alongside?.(tx, audit, result);
    return result;
  });
}

async function importInto(tx: Db, ctx: ServiceContext, list: ExchangeCase[], onConflict: OnConflict, audit: RecordAudit, action: string): Promise<ImportResult> {
  const at = chinaTimestamp(ctx.clock.now());
  const result: ImportResult = { created: [], skipped: [], replaced: [] };
  const reserved = new Set(list.flatMap((c) => (c.caseNumber ? [c.caseNumber] : [])));
  const numbers = await CaseNumberAllocator.open(tx, reserved);
  if (list.length > 50) await numbers.preload();
  const { triage } = await readIntakeSettings(tx);
  const roster = new RosterResolver(tx, at);
  const rows: CaseRows[] = [];
  const links: MediatorLink[] = [];
  const takenIds = new Set<string>();
  for (const [i, c] of list.entries()) {
    const existing = await existingMatch(tx, c);
    if (existing && onConflict === 'fail') {
      throw new AppError('CONFLICT', `cases[${i}]：案件${existing.caseNumber ?? ''}已存在，未导入任何案件。可选择跳过或替换已有案件。`, { [`cases[${i}]`]: '案件已存在' });
    }
    if (existing && onConflict === 'skip') {
      result.skipped.push(existing.caseNumber ?? existing.id);
      continue;
    }
    if (existing?.status === 'archived') {
      throw new AppError('CONFLICT', `cases[${i}]：案件${existing.caseNumber ?? ''}已归档，案卷只读，不能被替换；未导入任何案件。`, { [`cases[${i}]`]: '案件已归档' });
    }
    if (existing) await deleteCase(tx, existing.id);
    const id = c.id ?? existing?.id ?? newId();
    if (takenIds.has(id)) continue;
    takenIds.add(id);
    const caseNumber = c.caseNumber ?? existing?.caseNumber ?? (await numbers.allocate(numberingYear(c)));
    const claim = c.claimAmount ? parseYuan(c.claimAmount) : undefined;
    const derived = deriveTrack({ category: c.category, claimAmountFen: claim?.ok ? claim.fen : null, partyCount: c.parties.length }, triage);
    const track = c.track ?? derived.track;
    rows.push(
      caseToRows(c, {
        id,
        caseNumber,
        numberYear: c.caseNumber || existing?.caseNumber ? null : numberingYear(c),
        status: deriveStatus(c),
        track,
        trackReason: c.track ? `导入文件指定（规则建议：${derived.reason}）` : derived.reason,
        at,
      }),
    );
    for (const [position, m] of c.mediators.entries()) links.push({ caseId: id, mediatorId: await roster.resolve(m), role: m.role, position });
    (existing ? result.replaced : result.created).push(caseNumber);
    audit({ action, entity: 'case', entityId: id, after: { caseNumber, replaced: Boolean(existing) } });
  }
  await insertCases(tx, rows, links);
  await numbers.save();
  for (const mediatorId of roster.added) audit({ action, entity: 'mediator', entityId: mediatorId, after: { addedBy: 'import' } });
  // a file whose cases were all skipped still leaves its trace
  if (rows.length === 0) audit({ action, entity: 'case', entityId: null, after: { created: 0, skipped: result.skipped.length } });
  return result;
}

/** Imports a parsed JSON document (`cli import`, the import screen). */
export async function importCasesFile(ctx: ServiceContext, data: unknown, onConflict: OnConflict): Promise<ImportResult> {
  return importExchangeCases(ctx, parseExchangeFile(data).cases, onConflict);
}

export interface ImportPreviewRow {
  index: number;
  caseNumber: string | null;
  category: string;
  receivedOn: string;
  applicants: string[];
  respondents: string[];
  /** The number of the case already on file that this one would collide with. */
  conflict: string | null;
}

/** What an import would do, without doing it: the import screen's preview. */
export async function previewImport(ctx: ServiceContext, data: unknown): Promise<ImportPreviewRow[]> {
  const list = parseExchangeFile(data).cases;
  refuseDuplicatesWithinFile(list);
  const out: ImportPreviewRow[] = [];
  for (const [index, c] of list.entries()) {
    const existing = await existingMatch(ctx.store.db, c);
    out.push({
      index,
      caseNumber: c.caseNumber ?? null,
      category: c.category,
      receivedOn: c.receivedOn,
      applicants: c.parties.filter((p) => p.role === 'applicant').map((p) => p.name),
      respondents: c.parties.filter((p) => p.role === 'respondent').map((p) => p.name),
      conflict: existing ? (existing.caseNumber ?? existing.id) : null,
    });
  }
  return out;
}
