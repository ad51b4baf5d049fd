import fs from 'node:fs';
import path from 'node:path';

/**
 * Files that ship with the app (migrations, the built renderer, package.json), found relative to
 * the project or packaged app root. Entry points pass that root in: the CLI and host know it from
 * their own location, Electron from `app.getAppPath()`.
 */
export function appResources(root: string) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    root,
    version: pkg.version,
    migrationsFolder: path.join(root, 'src-main', 'db', 'migrations'),
    rendererDir: path.join(root, 'dist'),
  };
}
export type AppResources = ReturnType<typeof appResources>;
