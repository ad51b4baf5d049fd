/**
 * Child process for the kill test: writes records through the store's write queue forever and
 * prints `ack <id>` after each unit has committed. Each record has exactly PARTS part rows, all
 * written in the same unit, so a partial record would show a crash tearing a transaction.
 */
import { sql } from 'drizzle-orm';
import { openStore } from '../../src-main/db/store';

export const PARTS = 5;

async function main(file: string): Promise<void> {
  const store = await openStore(file);
  await store.exclusive(async (w) => {
    await w.exec('CREATE TABLE IF NOT EXISTS records (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
    await w.exec('CREATE TABLE IF NOT EXISTS parts (record_id INTEGER NOT NULL REFERENCES records(id), n INTEGER NOT NULL, body TEXT NOT NULL)');
  });
  const last = await store.reader.get<{ id: number | null }>('SELECT max(id) AS id FROM records');
  let id = (last?.id ?? 0) + 1;
  process.stdout.write('ready\n');
  for (;;) {
    const current = id;
    await store.write(async (tx) => {
      await tx.run(sql`INSERT INTO records (id, payload) VALUES (${current}, ${'记录'.repeat(50)})`);
      for (let n = 0; n < PARTS; n += 1) {
        await tx.run(sql`INSERT INTO parts (record_id, n, body) VALUES (${current}, ${n}, ${'x'.repeat(200 + n)})`);
      }
    });
    process.stdout.write(`ack ${current}\n`);
    id += 1;
  }
}

void main(process.argv[2] as string);
