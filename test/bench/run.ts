/**
 * `npm run bench`: measures the store and the API against a raw baseline in the same run and
 * writes the table into docs/benchmarks.md (between the BENCH markers). Never a test assertion.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import sqlite3 from 'sqlite3';
import { silentLogger } from '../../src-main/app/logger';
import { LOCAL_OPERATOR, openApp } from '../../src-main/app/open-app';
import { appResources } from '../../src-main/app/resources';
import { settings } from '../../src-main/db/schema';
import { startHost } from '../../src-main/host/server';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const resources = appResources(ROOT);

interface Row {
  what: string;
  ours: number[];
  raw: number[];
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const ms = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(2));

async function time(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

function rawDb(file: string) {
  const db = new sqlite3.Database(file);
  const exec = (s: string) => new Promise<void>((res, rej) => db.exec(s, (e) => (e ? rej(e) : res())));
  const run = (s: string, p: unknown[]) => new Promise<void>((res, rej) => db.run(s, p, (e) => (e ? rej(e) : res())));
  const get = (s: string, p: unknown[]) => new Promise<unknown>((res, rej) => db.get(s, p, (e, r) => (e ? rej(e) : res(r))));
  const prepare = (s: string) => {
    const stmt = db.prepare(s);
    return {
      run: (p: unknown[]) => new Promise<void>((res, rej) => stmt.run(p, (e: Error | null) => (e ? rej(e) : res()))),
      finalize: () => new Promise<void>((res) => stmt.finalize(() => res())),
    };
  };
  return { exec, run, get, prepare, close: () => new Promise<void>((res) => db.close(() => res())) };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-bench-'));
  const app = await openApp({ dataDir: path.join(dir, 'app'), migrationsFolder: resources.migrationsFolder, version: resources.version, logger: silentLogger });
  const raw = rawDb(path.join(dir, 'raw.db'));
  await raw.exec('PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)');
  const rows: Row[] = [];
  const N = 1000;

  rows.push({
    what: `one-row write unit (BEGIN IMMEDIATE…COMMIT, synchronous=FULL), ${N}×`,
    ours: await time(N, (i) => app.store.write((tx) => tx.insert(settings).values({ key: `w${i}`, value: i, updatedAt: 'x' }))),
    raw: await time(N, async (i) => {
      await raw.exec('BEGIN IMMEDIATE');
      await raw.run('INSERT INTO settings VALUES (?, ?, ?)', [`w${i}`, String(i), 'x']);
      await raw.exec('COMMIT');
    }),
  });

  const BULK = 10_000;
  rows.push({
    what: `bulk insert of ${BULK} rows in one unit (500-row statements vs prepared raw)`,
    ours: await time(3, (r) =>
      app.store.write(async (tx) => {
        for (let i = 0; i < BULK; i += 500) {
          await tx.insert(settings).values(Array.from({ length: 500 }, (_, j) => ({ key: `b${r}-${i + j}`, value: j, updatedAt: 'x' })));
        }
      }),
    ),
    raw: await time(3, async (r) => {
      const insert = raw.prepare('INSERT INTO settings VALUES (?, ?, ?)');
      await raw.exec('BEGIN IMMEDIATE');
      for (let i = 0; i < BULK; i += 1) await insert.run([`b${r}-${i}`, '1', 'x']);
      await raw.exec('COMMIT');
      await insert.finalize();
    }),
  });

  rows.push({
    what: `point select by primary key through drizzle on the reader, ${N}×`,
    ours: await time(N, (i) => app.store.db.select().from(settings).where(eq(settings.key, `w${i}`)).get()),
    raw: await time(N, (i) => raw.get('SELECT * FROM settings WHERE key = ?', [`w${i}`])),
  });

  const ctx = app.contextFor(LOCAL_OPERATOR);
  await app.registry.invoke(ctx, 'setup.complete', {
    organization: { name: '基准测试调解委员会', kind: 'people_mediation', region: '豫', caseNumberPattern: '（{year}）豫调字第{seq:4}号' },
    mediators: Array.from({ length: 30 }, (_, i) => ({ name: `调解员${i}`, mediatorNo: `B-${i}` })),
  });
  const host = await startHost({ registry: app.registry, context: () => ctx, rendererDir: resources.rendererDir });
  const viaHttp = () =>
    fetch(`http://127.0.0.1:${host.port}/api/mediators.list`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` }, body: '{}' }).then((r) => r.json());
  rows.push({
    what: `mediators.list (30 on the roster): over HTTP vs the registry directly, ${N}×`,
    ours: await time(N, viaHttp),
    raw: await time(N, () => app.registry.invoke(ctx, 'mediators.list', {})),
  });
  await host.close();
  await app.close();
  await raw.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const table = [
    '| operation | ours p50 ms | ours p95 ms | baseline p50 ms | baseline p95 ms | p50 ratio |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.what} | ${ms(pct(r.ours, 50))} | ${ms(pct(r.ours, 95))} | ${ms(pct(r.raw, 50))} | ${ms(pct(r.raw, 95))} | ${(pct(r.ours, 50) / pct(r.raw, 50)).toFixed(2)}× |`),
  ].join('\n');
  const stamp = `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.`;
  console.log(`${stamp}\n\n${table}`);

  const doc = path.join(ROOT, 'docs', 'benchmarks.md');
  const block = `<!-- BENCH:store -->\n${stamp}\n\n${table}\n<!-- /BENCH:store -->`;
  const text = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : '';
  const updated = /<!-- BENCH:store -->[\s\S]*<!-- \/BENCH:store -->/.test(text) ? text.replace(/<!-- BENCH:store -->[\s\S]*<!-- \/BENCH:store -->/, block) : `${text}\n${block}\n`;
  fs.writeFileSync(doc, updated);
}

void main();
