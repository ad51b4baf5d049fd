import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/store';
import { caseNumberSequences, cases } from '../db/schema';
import { formatCaseNumber, parseCaseNumberPattern, type PatternPart } from '../domain/case-number';
import { AppError } from '../domain/errors';
import { findOrganization } from './organization';

/**
 * Hands out case numbers of the organization's pattern inside one write unit. Two windows
 * accepting at once are serialised by the write queue (and two processes by SQLite's write
 * lock), so numbers are gapless within a year; the per-year counter only moves forward and
 * commits with the cases, so a number is never reused. Numbers already taken — explicit numbers
 * of imported cases, in the database or later in the same file — are skipped.
 */
export class CaseNumberAllocator {
  private readonly next = new Map<number, number>();

  private constructor(
    private readonly tx: Db,
    private readonly parts: PatternPart[],
    private readonly reserved: ReadonlySet<string>,
  ) {}

  static async open(tx: Db, reserved: ReadonlySet<string> = new Set()): Promise<CaseNumberAllocator> {
    const org = await findOrganization(tx);
    if (!org) throw new AppError('SETUP_REQUIRED');
    const parsed = parseCaseNumberPattern(org.caseNumberPattern);
    if (!parsed.ok) throw new AppError('CASE_NUMBER_PATTERN', `案号规则有误：${parsed.message}。请在“设置 → 组织信息”中修改。`);
    return new CaseNumberAllocator(tx, parsed.parts, reserved);
  }

  async allocate(year: number): Promise<string> {
    let seq = this.next.get(year);
    if (seq === undefined) {
      const counter = await this.tx.select({ next: caseNumberSequences.nextSeq }).from(caseNumberSequences).where(eq(caseNumberSequences.year, year)).get();
      seq = counter?.next ?? 1;
    }
    for (;; seq += 1) {
      const candidate = formatCaseNumber(this.parts, year, seq);
      if (this.reserved.has(candidate)) continue;
      const taken = await this.tx.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, candidate)).get();
      if (taken) continue;
      this.next.set(year, seq + 1);
      return candidate;
    }
  }

  /** Writes the advanced counters; call before the unit commits. */
  async save(): Promise<void> {
    for (const [year, nextSeq] of this.next) {
      await this.tx
        .insert(caseNumberSequences)
        .values({ year, nextSeq })
        .onConflictDoUpdate({ target: caseNumberSequences.year, set: { nextSeq: sql`${nextSeq}` } });
    }
  }
}

/** The year a case's number belongs to: that of its acceptance, else of its registration. */
export const numberingYear = (c: { acceptedOn?: string | null | undefined; receivedOn: string }): number =>
  Number((c.acceptedOn ?? c.receivedOn).slice(0, 4));
