import os from 'node:os';
import { performance } from 'node:perf_hooks';

/** Timing helpers shared by the benchmark sections. */
export interface Comparison {
  what: string;
  ours: number[];
  raw: number[];
}

export async function time(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

/** Times two implementations turn about, so both see the same machine state (GC, caches). */
export async function compare(what: string, n: number, ours: (i: number) => Promise<unknown>, raw: (i: number) => Promise<unknown>): Promise<Comparison> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i += 1) {
    let t = performance.now();
    await ours(i);
    a.push(performance.now() - t);
    t = performance.now();
    await raw(i);
    b.push(performance.now() - t);
  }
  return { what, ours: a, raw: b };
}

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

const ms = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(2));

export function table(rows: Comparison[], oursLabel = 'ours', rawLabel = 'baseline'): string {
  return [
    `| operation | ${oursLabel} p50 ms | ${oursLabel} p95 ms | ${rawLabel} p50 ms | ${rawLabel} p95 ms | p95 ratio |`,
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${ms(percentile(r.ours, 50))} | ${ms(percentile(r.ours, 95))} | ${ms(percentile(r.raw, 50))} | ${ms(percentile(r.raw, 95))} | ${(percentile(r.ours, 95) / percentile(r.raw, 95)).toFixed(2)}× |`,
    ),
  ].join('\n');
}

export const machine = () => `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
