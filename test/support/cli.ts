import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './source-scan';

/** Runs the CLI exactly as `npm run -s cli -- …` does (through tsx, no build step). */
export function cli(...args: string[]) {
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'src-main', 'cli', 'main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, MEDIATION_DESK_DATA: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
