import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/store';
import { statisticsOf, type Group, type Statistics, type StatisticsQuery, type Tally } from '../domain/statistics';
import type { ServiceContext } from './context';

/**
 * The office's figures for a period, counted in the database. The period's cases are read once
 * (a materialized CTE, each case with what it is counted by) and tallied by category, source,
 * status, month and mediator in one statement; a second, light one counts the days each concluded
 * case took, for the median. The domain turns the tallies into figures.
 */

const count = (condition: SQL) => sql`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
const total = (value: SQL) => sql`COALESCE(SUM(${value}), 0)`;

const within = (q: StatisticsQuery): SQL =>
  sql.join(
    [
      sql`c.received_on BETWEEN ${q.from} AND ${q.to}`,
      ...(q.categories?.length ? [sql`c.category IN (${sql.join(q.categories.map((k) => sql`${k}`), sql`, `)})`] : []),
      ...(q.sources?.length ? [sql`c.source IN (${sql.join(q.sources.map((k) => sql`${k}`), sql`, `)})`] : []),
    ],
    sql` AND `,
  );

/** The day a mediation ended: the agreement signed, or else the termination. */
const ENDED = sql`COALESCE(a.signed_on, c.termination_on)`;
const DAYS = sql`CAST(julianday(${ENDED}) - julianday(c.accepted_on) AS INTEGER)`;

/** Money the agreement's terms settle, in fen: payments, and every installment of a plan. */
const AGREED_FEN = sql`(SELECT SUM(CASE t.kind
    WHEN 'payment' THEN CAST(ROUND(json_extract(t.data, '$.amount') * 100) AS INTEGER)
    ELSE (SELECT SUM(CAST(ROUND(json_extract(s.value, '$.amount') * 100) AS INTEGER)) FROM json_each(t.data, '$.schedule') s)
  END) FROM case_terms t WHERE t.case_id = c.id AND t.kind IN ('payment', 'installments'))`;

/** One row per case of the period with what it is counted by, computed once for every tally. */
const facts = (q: StatisticsQuery) => sql`WITH facts AS MATERIALIZED (
    SELECT c.id, c.category, c.status, c.source, substr(c.received_on, 1, 7) AS month, c.claim_amount_fen AS claim,
      a.signed_on AS signed,
      CASE WHEN a.signed_on IS NOT NULL THEN ${AGREED_FEN} END AS agreed_fen,
      ${ENDED} IS NOT NULL AS concluded,
      CASE WHEN c.accepted_on IS NOT NULL AND ${ENDED} IS NOT NULL THEN ${DAYS} END AS days,
      e.route = 'judicial_confirmation' AND e.applied_on IS NOT NULL AS applied,
      e.route = 'judicial_confirmation' AND e.result = 'confirmed' AS confirmed,
      e.route = 'judicial_confirmation' AND e.result IN ('rejected', 'not_accepted') AS rejected,
      (SELECT f.performance FROM case_follow_ups f WHERE f.case_id = c.id ORDER BY f.on_date DESC, f.position DESC LIMIT 1) AS performance,
      (SELECT COUNT(f.satisfaction) FROM case_follow_ups f WHERE f.case_id = c.id) AS rated,
      (SELECT SUM(f.satisfaction) FROM case_follow_ups f WHERE f.case_id = c.id) AS rating_sum
    FROM cases c
      LEFT JOIN case_agreements a ON a.case_id = c.id
      LEFT JOIN case_enforcements e ON e.case_id = c.id
    WHERE ${within(q)}
  )`;

/** The sums of a tally, in `Tally`'s order. */
const TALLY_COLUMNS = sql.join(
  [
    sql`COUNT(*)`,
    sql`COUNT(claim)`,
    total(sql`claim`),
    sql`COUNT(signed)`,
    total(sql`agreed_fen`),
    count(sql`concluded`),
    sql`COUNT(days)`,
    total(sql`days`),
    count(sql`applied`),
    count(sql`confirmed`),
    count(sql`rejected`),
    sql`COUNT(performance)`,
    count(sql`performance = 'full'`),
    total(sql`rated`),
    total(sql`rating_sum`),
  ],
  sql`, `,
);

const tallyOf = (row: readonly unknown[]): Tally => {
  const [cases, claimed, claimedFen, agreed, agreedFen, concluded, timed, days, applied, confirmed, rejected, followedUp, performed, rated, ratingSum] = row.map(Number) as number[];
  return { cases, claimed, claimedFen, agreed, agreedFen, concluded, timed, days, applied, confirmed, rejected, followedUp, performed, rated, ratingSum } as Tally;
};

/** Tallies by each dimension and by mediator: rows of [dimension, key, name, …sums]. */
async function groupsOf(db: Db, q: StatisticsQuery): Promise<Group[]> {
  const by = (dimension: string, column: string) => sql`SELECT ${dimension}, ${sql.raw(column)}, NULL, ${TALLY_COLUMNS} FROM facts GROUP BY ${sql.raw(column)}`;
  const rows = await db.all<unknown[]>(sql`${facts(q)}
    ${by('category', 'category')} UNION ALL ${by('source', 'source')} UNION ALL ${by('status', 'status')} UNION ALL ${by('month', 'month')}
    UNION ALL SELECT 'mediator', m.mediator_id, md.name, ${TALLY_COLUMNS}
      FROM facts JOIN case_mediators m ON m.case_id = facts.id JOIN mediators md ON md.id = m.mediator_id GROUP BY m.mediator_id, md.name`);
  return rows.map((r) => ({ dimension: r[0] as Group['dimension'], key: String(r[1]), ...(r[2] === null ? {} : { name: String(r[2]) }), ...tallyOf(r.slice(3)) }));
}

/** How many concluded cases took each number of days from acceptance. */
const daysOf = (db: Db, q: StatisticsQuery) =>
  db.all<[number, number]>(sql`SELECT ${DAYS}, COUNT(*) FROM cases c LEFT JOIN case_agreements a ON a.case_id = c.id
    WHERE ${within(q)} AND c.accepted_on IS NOT NULL AND ${ENDED} IS NOT NULL GROUP BY 1`);

export async function getStatistics(ctx: ServiceContext, q: StatisticsQuery): Promise<Statistics> {
  const db = ctx.store.db;
  const [groups, days] = await Promise.all([groupsOf(db, q), daysOf(db, q)]);
  return statisticsOf(
    q,
    groups,
    days.map(([d, n]) => [Number(d), Number(n)] as const),
  );
}
