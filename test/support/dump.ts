import sqlite3 from 'sqlite3';

/** A logical dump of a database file: schema and every row, read through a read-only connection. */
export async function logicalDump(file: string): Promise<{ schema: string[]; rows: Record<string, unknown[]> }> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d: sqlite3.Database = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(d)));
  });
  const all = <T>(q: string) => new Promise<T[]>((resolve, reject) => db.all(q, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
  try {
    const objects = await all<{ type: string; name: string; sql: string | null }>(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    );
    const rows: Record<string, unknown[]> = {};
    for (const o of objects.filter((x) => x.type === 'table')) rows[o.name] = await all(`SELECT * FROM "${o.name}" ORDER BY 1`);
    const version = await all<{ user_version: number }>('PRAGMA user_version');
    return { schema: [...objects.map((o) => `${o.type} ${o.name}: ${o.sql ?? ''}`), `user_version ${version[0]?.user_version}`], rows };
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}
