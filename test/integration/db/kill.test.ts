import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/db/store';
import { ROOT } from '../../support/source-scan';
import { tempDir } from '../../support/temp';

const CYCLES = 200;
const LANES = 2; // two databases in parallel, one per core
const PARTS = 5;

/** mulberry32: a small seeded generator, so a failing kill moment can be replayed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let writer: string;
beforeAll(async () => {
  writer = path.join(tempDir('md-kill-bundle-'), 'kill-writer.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'test', 'support', 'kill-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: writer,
    external: ['sqlite3'],
    nodePaths: [path.join(ROOT, 'node_modules')],
    logLevel: 'silent',
  });
});

/** Starts the writer, kills it with SIGKILL `delayMs` after it is ready, returns the acknowledged ids. */
function runOnce(file: string, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        else if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`writer exited without being killed: ${stderr}`))));
  });
}

async function verify(file: string, acked: number[], label: string): Promise<void> {
  const store = await openStore(file);
  try {
    const integrity = await store.reader.all<{ integrity_check: string }>('PRAGMA integrity_check');
    expect(integrity, label).toEqual([{ integrity_check: 'ok' }]);
    const torn = await store.reader.all(
      'SELECT r.id AS id, count(p.n) AS n FROM records r LEFT JOIN parts p ON p.record_id = r.id GROUP BY r.id HAVING count(p.n) <> ?',
      [PARTS],
    );
    expect(torn, `${label}: partial records`).toEqual([]);
    if (acked.length > 0) {
      const present = new Set((await store.reader.all<{ id: number }>('SELECT id FROM records')).map((r) => r.id));
      expect(acked.filter((id) => !present.has(id)), `${label}: acknowledged writes lost`).toEqual([]);
    }
  } finally {
    await store.close();
  }
}

describe('acknowledged writes survive SIGKILL (reliability #13)', () => {
  it(`kills the writer at ${CYCLES} seeded random moments without losing or tearing anything`, { timeout: 600_000 }, async () => {
    const allAcked: number[][] = Array.from({ length: LANES }, () => []);
    await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const file = path.join(tempDir('md-kill-'), 'kill.db');
        const random = seeded(20261124 + lane);
        for (let cycle = lane; cycle < CYCLES; cycle += LANES) {
          const delay = Math.floor(random() * 120);
          const acked = await runOnce(file, delay);
          allAcked[lane]?.push(...acked);
          await verify(file, allAcked[lane] ?? [], `lane ${lane} cycle ${cycle} (kill after ${delay} ms)`);
        }
      }),
    );
    const total = allAcked.reduce((n, a) => n + a.length, 0);
    expect(total).toBeGreaterThan(CYCLES); // the writer really was committing when killed
  });
});
