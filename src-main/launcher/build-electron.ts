import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the Electron main process and the preload into `out/`. Everything is bundled except
 * `electron` itself and `sqlite3`, whose native module ships unpacked beside the asar.
 */
export async function buildElectron(root: string): Promise<void> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    sourcemap: true,
    logLevel: 'warning' as const,
    external: ['electron', 'sqlite3'],
  };
  await build({ ...common, entryPoints: [path.join(root, 'src-main', 'electron', 'main.ts')], outfile: path.join(root, 'out', 'main.cjs') });
  // the preload runs sandboxed: it may only require 'electron', so everything else is inlined
  await build({ ...common, entryPoints: [path.join(root, 'src-main', 'electron', 'preload.ts')], outfile: path.join(root, 'out', 'preload.cjs') });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  buildElectron(path.resolve(import.meta.dirname, '..', '..')).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
