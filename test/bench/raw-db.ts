import sqlite3 from 'sqlite3';

/** A bare sqlite3 connection: the baseline our store and adapter are measured against. */
export function rawDb(file: string) {
  const db = new sqlite3.Database(file);
  const exec = (s: string) => new Promise<void>((res, rej) => db.exec(s, (e) => (e ? rej(e) : res())));
  const run = (s: string, p: unknown[]) => new Promise<void>((res, rej) => db.run(s, p, (e) => (e ? rej(e) : res())));
  const get = <T>(s: string, p: unknown[] = []) => new Promise<T>((res, rej) => db.get(s, p, (e, r) => (e ? rej(e) : res(r as T))));
  const all = <T>(s: string, p: unknown[] = []) => new Promise<T[]>((res, rej) => db.all(s, p, (e, r) => (e ? rej(e) : res(r as T[]))));
  const prepare = (s: string) => {
    const stmt = db.prepare(s);
    return {
      run: (p: unknown[]) => new Promise<void>((res, rej) => stmt.run(p, (e: Error | null) => (e ? rej(e) : res()))),
      finalize: () => new Promise<void>((res) => stmt.finalize(() => res())),
    };
  };
  return { exec, run, get, all, prepare, close: () => new Promise<void>((res) => db.close(() => res())) };
}
export type RawDb = ReturnType<typeof rawDb>;
