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
  /** When set, every number in the database is in `reserved` and none needs a query. */
  private preloaded = false;

  private constructor(
    private readonly tx: Db,
    private readonly parts: PatternPart[],
    private readonly reserved: Set<string>,
  ) {}

  static async open(tx: Db, reserved: Iterable<string> = []): Promise<CaseNumberAllocator> {
    const org = await findOrganization(tx);
    if (!org) throw new AppError('SETUP_REQUIRED');
    const parsed = parseCaseNumberPattern(org.caseNumberPattern);
    if (!parsed.ok) throw new AppError('CASE_NUMBER_PATTERN', `案号规则有误：${parsed.message}。请在“设置 → 组织信息”中修改。`);
    return new CaseNumberAllocator(tx, parsed.parts, new Set(reserved));
  }

  /** For numbering many cases at once: one query for all taken numbers instead of one per case. */
  async preload(): Promise<void> {
    const rows = await this.tx.select({ caseNumber: cases.caseNumber }).from(cases);
    for (const r of rows) if (r.caseNumber) this.reserved.add(r.caseNumber);
    this.preloaded = true;
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
      if (!this.preloaded && (await this.tx.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, candidate)).get())) continue;
      this.reserved.add(candidate);
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
