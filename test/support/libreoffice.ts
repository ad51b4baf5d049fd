import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './source-scan';

/**
 * LibreOffice as an office without Word uses it (`stack-notes.md` §2): .docx → PDF, with the GB
 * fonts mapped to Noto CJK by `test/support/fonts.conf`, and poppler to read the PDF's text.
 */
function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, command);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

export const soffice = onPath('soffice');
export const pdftotext = onPath('pdftotext');
/** What is missing to render documents here, for the skip message; empty when nothing is. */
export const missingRenderers = [!soffice && 'soffice (apt: libreoffice-writer-nogui)', !pdftotext && 'pdftotext (apt: poppler-utils)'].filter((x): x is string => Boolean(x));

/** Converts the files to PDF in `outDir` with one soffice (its start-up is nearly all the time a conversion takes). */
export function convertToPdf(files: string[], outDir: string, workDir: string) {
  return spawnSync(
    soffice as string,
    [`-env:UserInstallation=file://${path.join(workDir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
    { encoding: 'utf8', timeout: 240_000, killSignal: 'SIGKILL', env: { ...process.env, FONTCONFIG_FILE: path.join(ROOT, 'test', 'support', 'fonts.conf'), HOME: workDir } },
  );
}

/** The text of a PDF, pages separated by form feeds. */
export const pdfText = (pdf: string) => spawnSync(pdftotext as string, ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
