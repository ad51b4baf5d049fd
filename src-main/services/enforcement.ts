import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/store';
import { caseEnforcements, cases, materialRequests } from '../db/schema';
import { assertTransition, workflowFacts, type WorkflowAction } from '../domain/case-workflow';
import { chinaDate, chinaTimestamp } from '../domain/china-time';
import { chineseDate } from '../domain/chinese-format';
import { AppError, fieldError } from '../domain/errors';
import type { CaseStatus } from '../domain/vocabulary';
import { readCase } from './case-detail';
import { writableCaseRow } from './case-row';
import { writeUnit, type ServiceContext } from './context';
import { courtFor } from './courts';
import { deadlinesWith } from './deadlines';
import { newId } from './ids';

/**
 * Following an application for enforceability (issue 6 points 6–7): applied (to which court or
 * notary office), accepted with the court's case number, requests for more material with their
 * due dates and when they were supplied, the ruling (confirmed, rejected, not accepted, with its
 * number and reason), withdrawal — or the parties' decision not to apply at all.
 */
export type EnforcementStep =
  | { kind: 'apply'; route: 'judicial_confirmation' | 'notarization'; on: string; body?: string | undefined }
  | { kind: 'accept'; on: string; caseNumber: string }
  | { kind: 'request_material'; on: string; dueOn: string; what: string }
  | { kind: 'supply_material'; requestId: string; on: string }
  | { kind: 'rule'; on: string; result: 'confirmed' | 'rejected' | 'not_accepted'; rulingNumber?: string | undefined; reason?: string | undefined }
  | { kind: 'withdraw'; on: string; reason: string }
  | { kind: 'decline'; reason: string };

export interface MaterialRequest {
  id: string;
  requestedOn: string;
  dueOn: string;
  what: string;
  suppliedOn: string | null;
}

export async function materialRequestsOf(db: Db, caseId: string): Promise<MaterialRequest[]> {
  const rows = await db.select().from(materialRequests).where(eq(materialRequests.caseId, caseId)).orderBy(asc(materialRequests.requestedOn), asc(materialRequests.recordedAt));
  return rows.map(({ id, requestedOn, dueOn, what, suppliedOn }) => ({ id, requestedOn, dueOn, what, suppliedOn }));
}

const notBefore = (field: string, date: string, earliest: string | null | undefined, what: string) => {
  if (earliest && date < earliest) throw fieldError(field, `日期不能早于${what}（${chineseDate(earliest)}）`);
};

export async function recordEnforcementStep(ctx: ServiceContext, caseId: string, step: EnforcementStep): Promise<void> {
  // the court the rules (or the office) chose, for an application that names none
  const ruledCourt = step.kind === 'apply' && step.route === 'judicial_confirmation' && !step.body?.trim() ? (await courtFor(ctx, caseId)).court : null;
  return writeUnit(ctx, async (tx, audit) => {
    const row = await writableCaseRow(tx, caseId);
    const c = (await readCase(tx, caseId)).exchange;
    const today = chinaDate(ctx.clock.now());
    if ('on' in step && step.on > today) throw fieldError('on', '日期不能晚于今天');
    const e = c.enforcement;
    const at = chinaTimestamp(ctx.clock.now());
    const move = async (action: WorkflowAction, command: { route?: string; result?: string }) => {
      const facts = workflowFacts({ agreement: c.agreement, enforcement: e }, { mediatorAssigned: true, partiesWithoutRightsNotice: [] });
      const to = assertTransition(row.status as CaseStatus, { action, ...command }, facts);
      await tx.update(cases).set({ status: to, updatedAt: at }).where(eq(cases.id, caseId));
      return to;
    };
    const pending = () => {
      if (!e?.appliedOn || e.result !== 'pending') throw new AppError('INVALID_TRANSITION', '本案没有审查中的效力确认申请。');
      return e;
    };

    switch (step.kind) {
      case 'apply': {
        notBefore('on', step.on, c.agreement?.effectiveOn ?? c.agreement?.signedOn, '协议生效日期');
        if (step.route === 'judicial_confirmation') {
          const due = (await deadlinesWith(tx, caseId, c)).deadlines.find((d) => d.kind === 'confirmation_application')?.due;
          if (due && step.on > due) throw fieldError('on', `已超过协议生效之日起30日的申请期限（${chineseDate(due)}届满），人民法院不予受理；可以申请赋强公证或仲裁，或者就协议的履行提起诉讼`);
        }
        const body = step.body?.trim() || ruledCourt;
        if (!body) throw fieldError('body', step.route === 'judicial_confirmation' ? '请填写受理申请的人民法院' : '请填写公证机构');
        const to = await move('apply_enforcement', { route: step.route });
        const values = {
          route: step.route,
          court: step.route === 'judicial_confirmation' ? body : null,
          notaryOffice: step.route === 'notarization' ? body : null,
          arbitrationCommission: null,
          appliedOn: step.on,
          acceptedOn: null,
          courtCaseNumber: null,
          rulingNumber: null,
          ruledOn: null,
          result: 'pending',
          reason: null,
        };
        await tx.insert(caseEnforcements).values({ caseId, ...values }).onConflictDoUpdate({ target: caseEnforcements.caseId, set: values });
        await tx.delete(materialRequests).where(eq(materialRequests.caseId, caseId));
        return audit({ action: 'enforcement.apply', entity: 'case', entityId: caseId, before: { status: row.status, route: e?.route ?? null }, after: { status: to, route: step.route, body, appliedOn: step.on } });
      }
      case 'accept': {
        const p = pending();
        notBefore('on', step.on, p.appliedOn, '申请日期');
        await tx.update(caseEnforcements).set({ acceptedOn: step.on, courtCaseNumber: step.caseNumber.trim() }).where(eq(caseEnforcements.caseId, caseId));
        return audit({ action: 'enforcement.accept', entity: 'case', entityId: caseId, after: { acceptedOn: step.on, caseNumber: step.caseNumber.trim() } });
      }
      case 'request_material': {
        const p = pending();
        notBefore('on', step.on, p.appliedOn, '申请日期');
        if (step.dueOn < step.on) throw fieldError('dueOn', '补充期限不能早于要求补充的日期');
        const id = newId();
        await tx.insert(materialRequests).values({ id, caseId, requestedOn: step.on, dueOn: step.dueOn, what: step.what.trim(), recordedAt: at, recordedBy: ctx.user.name });
        return audit({ action: 'enforcement.requestMaterial', entity: 'case', entityId: caseId, after: { id, requestedOn: step.on, dueOn: step.dueOn, what: step.what.trim() } });
      }
      case 'supply_material': {
        const request = await tx.select().from(materialRequests).where(and(eq(materialRequests.id, step.requestId), eq(materialRequests.caseId, caseId))).get();
        if (!request) throw new AppError('NOT_FOUND', '未找到该补充材料要求。');
        if (request.suppliedOn) throw new AppError('CONFLICT', `该材料已于${chineseDate(request.suppliedOn)}补交。`);
        notBefore('on', step.on, request.requestedOn, '要求补充的日期');
        await tx.update(materialRequests).set({ suppliedOn: step.on }).where(eq(materialRequests.id, step.requestId));
        return audit({ action: 'enforcement.supplyMaterial', entity: 'case', entityId: caseId, after: { id: step.requestId, what: request.what, suppliedOn: step.on } });
      }
      case 'rule': {
        const p = pending();
        notBefore('on', step.on, p.acceptedOn ?? p.appliedOn, p.acceptedOn ? '受理日期' : '申请日期');
        if (step.result !== 'confirmed' && !step.reason?.trim()) throw fieldError('reason', '驳回申请或不予受理的，请记录理由');
        const to = await move('record_enforcement_result', { result: step.result });
        await tx
          .update(caseEnforcements)
          .set({ result: step.result, ruledOn: step.on, rulingNumber: step.rulingNumber?.trim() || null, reason: step.reason?.trim() || null })
          .where(eq(caseEnforcements.caseId, caseId));
        return audit({ action: 'enforcement.rule', entity: 'case', entityId: caseId, before: { status: row.status }, after: { status: to, result: step.result, ruledOn: step.on, rulingNumber: step.rulingNumber ?? null, reason: step.reason ?? null } });
      }
      case 'withdraw': {
        const p = pending();
        notBefore('on', step.on, p.appliedOn, '申请日期');
        const to = await move('record_enforcement_result', { result: 'withdrawn' });
        await tx.update(caseEnforcements).set({ result: 'withdrawn', ruledOn: step.on, reason: step.reason.trim() }).where(eq(caseEnforcements.caseId, caseId));
        return audit({ action: 'enforcement.withdraw', entity: 'case', entityId: caseId, before: { status: row.status }, after: { status: to, on: step.on, reason: step.reason.trim() } });
      }
      case 'decline': {
        if (row.status !== 'agreed') throw new AppError('INVALID_TRANSITION', '只有达成协议、尚未申请效力确认的案件可以记录“不申请”。');
        if (e?.result === 'pending') throw new AppError('INVALID_TRANSITION', '效力确认申请正在审查中，请先记录撤回。');
        const values = { route: 'none', reason: step.reason.trim(), result: null, appliedOn: null, acceptedOn: null, courtCaseNumber: null, rulingNumber: null, ruledOn: null };
        await tx.insert(caseEnforcements).values({ caseId, ...values }).onConflictDoUpdate({ target: caseEnforcements.caseId, set: values });
        return audit({ action: 'enforcement.decline', entity: 'case', entityId: caseId, before: { route: e?.route ?? null }, after: { route: 'none', reason: step.reason.trim() } });
      }
    }
  });
}
