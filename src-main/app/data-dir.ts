import os from 'node:os';
import path from 'node:path';

/** The folder name of our app data, the same one Electron would derive from productName. */
export const APP_FOLDER = 'Mediation Desk';

export interface DataDirSources {
  /** `--data-dir` from the command line, if given */
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

/**
 * Where the database and files live: `--data-dir`, else `MEDIATION_DESK_DATA`, else the
 * platform's app-data folder. The CLI, the browser-mode host and Electron all call this one
 * function, so they always agree.
 */
export function resolveDataDir(sources: DataDirSources = {}): string {
  const env = sources.env ?? process.env;
  const platform = sources.platform ?? process.platform;
  const home = sources.home ?? os.homedir();
  if (sources.flag) return path.resolve(sources.flag);
  if (env.MEDIATION_DESK_DATA) return path.resolve(env.MEDIATION_DESK_DATA);
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}

/** The files inside a data folder. */
export function dataPaths(dataDir: string) {
  return {
    dataDir,
    database: path.join(dataDir, 'mediation-desk.db'),
    files: path.join(dataDir, 'files'),
    backups: path.join(dataDir, 'backups'),
    logs: path.join(dataDir, 'logs'),
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;
