import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { silentLogger } from '../../src-main/app/logger';
import { LOCAL_OPERATOR, openApp } from '../../src-main/app/open-app';
import type { AppResources } from '../../src-main/app/resources';
import { settings } from '../../src-main/db/schema';
import { startHost } from '../../src-main/host/server';
import { time, type Comparison } from './measure';
import { rawDb } from './raw-db';

/** The write queue, the adapter and the HTTP host, each beside a raw equivalent. */
export async function benchStore(resources: AppResources): Promise<Comparison[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-bench-store-'));
  const app = await openApp({ dataDir: path.join(dir, 'app'), migrationsFolder: resources.migrationsFolder, version: resources.version, logger: silentLogger });
  const raw = rawDb(path.join(dir, 'raw.db'));
  await raw.exec('PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)');
  const rows: Comparison[] = [];
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
    what: `bulk insert of ${BULK} rows in one unit (500-row statements vs one prepared statement per row)`,
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
  return rows;
}
