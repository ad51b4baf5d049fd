import { eq } from 'drizzle-orm';
import { cases } from '../db/schema';
import { type RetentionPeriod, RETENTION_PERIODS } from '../domain/case-file';
import { assertTransition, STATUS_ONLY_FACTS, workflowFacts } from '../domain/case-workflow';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { fieldError } from '../domain/errors';
import type { CaseStatus } from '../domain/vocabulary';
import { readCase } from './case-detail';
import { compiledCaseFile } from './case-file';
import { caseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';

/**
 * The end of a case: closing it (结案) once its outcome is settled, archiving (归档) its complete
 * file — after which the case is read-only — and an administrator's audited unarchiving.
 */

/** The last dated event of the case: a closing date cannot come before it. */
function lastEventOn(c: Awaited<ReturnType<typeof readCase>>['exchange']): string {
  const dates = [c.receivedOn, c.acceptedOn, c.refusal?.on, c.termination?.on, c.agreement?.signedOn, ...c.followUps.map((f) => f.on)];
  return dates.filter((d): d is string => Boolean(d)).sort().at(-1) ?? c.receivedOn;
}

export function closeCase(ctx: ServiceContext, caseId: string, closedOn: string): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const detail = await readCase(tx, caseId);
    const to = assertTransition(detail.status as CaseStatus, 'close', workflowFacts(detail.exchange, { mediatorAssigned: true, partiesWithoutRightsNotice: [] }));
    const earliest = lastEventOn(detail.exchange);
    if (closedOn < earliest) throw fieldError('closedOn', `结案日期不能早于本案最后一项记录的日期（${earliest}）`);
    if (closedOn > chinaDate(ctx.clock.now())) throw fieldError('closedOn', '结案日期不能晚于今天');
    await tx.update(cases).set({ status: to, closedOn, updatedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(cases.id, caseId));
    audit({ action: 'cases.close', entity: 'case', entityId: caseId, before: { status: detail.status }, after: { status: to, closedOn } });
  });
}

export interface ArchiveInput {
  retention: RetentionPeriod;
  /** 立卷人: who compiled the file. */
  filedBy: string;
}

export function archiveCase(ctx: ServiceContext, caseId: string, input: ArchiveInput): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const detail = await readCase(tx, caseId);
    const file = await compiledCaseFile(tx, detail);
    const to = assertTransition(
      detail.status as CaseStatus,
      'archive',
      workflowFacts(detail.exchange, { mediatorAssigned: true, partiesWithoutRightsNotice: [], caseFileMissing: file.missing }),
    );
    const at = chinaTimestamp(ctx.clock.now());
    await tx.update(cases).set({ status: to, archivedAt: at, archivedBy: ctx.user.name, filedBy: input.filedBy, retention: input.retention, updatedAt: at }).where(eq(cases.id, caseId));
    audit({
      action: 'cases.archive',
      entity: 'case',
      entityId: caseId,
      before: { status: detail.status },
      after: { status: to, retention: RETENTION_PERIODS[input.retention], filedBy: input.filedBy, totalPages: file.totalPages },
    });
  });
}

/** Only for administrators (the API's roles): the case is writable again, and the log says why. */
export function unarchiveCase(ctx: ServiceContext, caseId: string, reason: string): Promise<void> {
  return writeUnit(ctx, async (tx, audit) => {
    const row = await caseRow(tx, caseId);
    const to = assertTransition(row.status as CaseStatus, 'unarchive', STATUS_ONLY_FACTS);
    // the retention and filer stay, so that archiving again starts from them
    await tx.update(cases).set({ status: to, archivedAt: null, archivedBy: null, updatedAt: chinaTimestamp(ctx.clock.now()) }).where(eq(cases.id, caseId));
    audit({ action: 'cases.unarchive', entity: 'case', entityId: caseId, before: { status: row.status, archivedAt: row.archivedAt, archivedBy: row.archivedBy }, after: { status: to, reason } });
  });
}
