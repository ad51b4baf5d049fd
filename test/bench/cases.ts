import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../../src-main/app/logger';
import { LOCAL_OPERATOR, openApp } from '../../src-main/app/open-app';
import type { AppResources } from '../../src-main/app/resources';
import { planSearch } from '../../src-main/domain/search';
import { caseListQuerySchema, listCases } from '../../src-main/services/case-query';
import { dueDeadlines } from '../../src-main/services/deadlines';
import { getStatistics } from '../../src-main/services/statistics';
import { seedDemo } from '../../src-main/services/demo/seed';
import { compare, type Comparison } from './measure';
import { rawDb, type RawDb } from './raw-db';

const CASES = 100_000;
const RUNS = 200;
const PAGE = 50;

/** The same page the list screen shows — count, rows, party and mediator names — in plain SQL. */
async function rawPage(raw: RawDb, query: string | undefined): Promise<number> {
  const plan = query ? planSearch(query) : null;
  const table = plan?.index === 'trigram' ? 'case_search' : 'case_search_chars';
  const where = plan ? `WHERE id IN (SELECT case_id FROM case_search_keys WHERE key IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?))` : '';
  const params = plan ? [plan.match] : [];
  const [total, page] = await Promise.all([
    raw.get<{ n: number }>(`SELECT count(*) AS n FROM cases ${where}`, params),
    raw.all<{ id: string }>(
      `SELECT id, case_number, status, category, source, track, received_on, accepted_on, claim_amount_fen FROM cases ${where} ORDER BY received_on DESC, id DESC LIMIT ${PAGE}`,
      params,
    ),
  ]);
  const ids = page.map((r) => r.id);
  const marks = ids.map(() => '?').join(',');
  if (ids.length) {
    await raw.all(
      `SELECT case_id, role, name FROM (SELECT case_id, role, name, position FROM case_parties WHERE case_id IN (${marks}) UNION ALL SELECT cm.case_id, 'mediator', m.name, cm.position FROM case_mediators cm JOIN mediators m ON m.id = cm.mediator_id WHERE cm.case_id IN (${marks})) ORDER BY position`,
      [...ids, ...ids],
    );
  }
  return total.n;
}

/** Seeds 100,000 demo cases and times the list screen's first page and its searches. */
export async function benchCases(resources: AppResources): Promise<{ seconds: number; rows: Comparison[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-bench-cases-'));
  const app = await openApp({ dataDir: dir, migrationsFolder: resources.migrationsFolder, version: resources.version, logger: silentLogger });
  const ctx = app.contextFor(LOCAL_OPERATOR);
  await app.registry.invoke(ctx, 'setup.complete', {
    organization: { name: '郑州市知识产权纠纷人民调解委员会', kind: 'people_mediation', region: '豫郑', caseNumberPattern: '（{year}）豫郑知调字第{seq:5}号' },
  });
  const started = performance.now();
  await seedDemo(ctx, CASES);
  const seconds = (performance.now() - started) / 1000;

  const raw = rawDb(path.join(dir, 'mediation-desk.db'));
  // queries drawn from the seeded data, so each has something to find
  const twoChar = await raw.get<{ name: string }>("SELECT name FROM case_parties WHERE kind = 'natural' AND length(name) = 2 LIMIT 1 OFFSET 500");
  const threeChar = await raw.get<{ name: string }>("SELECT name FROM case_parties WHERE kind = 'natural' AND length(name) = 3 LIMIT 1 OFFSET 700");
  const firm = await raw.get<{ name: string }>("SELECT substr(name, 3, 6) AS name FROM case_parties WHERE kind = 'legal' LIMIT 1 OFFSET 900");
  const caseNumber = await raw.get<{ n: string }>('SELECT case_number AS n FROM cases LIMIT 1 OFFSET 40000');
  const ipNumber = await raw.get<{ n: string }>("SELECT number AS n FROM case_ip_rights WHERE kind = 'invention_patent' LIMIT 1 OFFSET 300");
  const initials = (await import('../../src-main/domain/search')).nameInitials((await raw.get<{ name: string }>("SELECT name FROM case_parties WHERE kind = 'legal' LIMIT 1 OFFSET 1200")).name, false).slice(0, 6);

  const searches: [string, string | undefined][] = [
    ['first page of the list, no filter', undefined],
    [`2-character name “${twoChar.name}”`, twoChar.name],
    [`3-character name “${threeChar.name}”`, threeChar.name],
    [`6-character firm fragment “${firm.name}”`, firm.name],
    [`case number ${caseNumber.n}`, caseNumber.n],
    [`IP right number ${ipNumber.n}`, ipNumber.n],
    [`pinyin initials “${initials}”`, initials],
  ];
  const rows: Comparison[] = [];
  for (const [label, query] of searches) {
    const q = caseListQuerySchema.parse({ ...(query ? { query } : {}), limit: PAGE });
    const ours = await listCases(ctx, q);
    const rawTotal = await rawPage(raw, query);
    if (ours.total !== rawTotal) throw new Error(`${label}: ours found ${ours.total}, raw ${rawTotal}`);
    rows.push(await compare(`${label} → ${ours.total} found`, RUNS, () => listCases(ctx, q), () => rawPage(raw, query)));
  }
  // the workbench's deadline reminder reads every open case's dates; the baseline reads the same rows
  const due = await dueDeadlines(ctx, 7);
  rows.push(
    await compare(
      `workbench deadlines due within 7 days → ${due.length} found`,
      20,
      () => dueDeadlines(ctx, 7),
      () => raw.all("SELECT c.id, c.case_number, c.status, c.source, c.track, c.accepted_on, a.signed_on, a.effective_on FROM cases c LEFT JOIN case_agreements a ON a.case_id = c.id WHERE c.status IN ('accepted', 'mediating', 'agreed') AND coalesce(a.effective_on, a.signed_on, c.accepted_on) >= date('now', '-90 days')"),
    ),
  );
  // 统计 over every seeded case; the baseline only counts them by the same four dimensions
  const span = await raw.get<{ from: string; to: string }>('SELECT min(received_on) AS "from", max(received_on) AS "to" FROM cases');
  const stats = await getStatistics(ctx, { from: span.from, to: span.to });
  rows.push(
    await compare(
      `statistics of ${stats.overall.cases} cases (${span.from} to ${span.to})`,
      10,
      () => getStatistics(ctx, { from: span.from, to: span.to }),
      () => raw.all('SELECT category, source, status, substr(received_on, 1, 7) AS month, count(*) AS n FROM cases WHERE received_on BETWEEN ? AND ? GROUP BY 1, 2, 3, 4', [span.from, span.to]),
    ),
  );
  await raw.close();
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { seconds, rows };
}
