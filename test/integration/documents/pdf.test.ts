import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, targetsOf } from '../../../src-main/documents/catalog';
import { composeDocument } from '../../../src-main/documents/compose';
import { toDocx } from '../../../src-main/documents/to-docx';
import { composeInputFor, sampleCase, WITHOUT_OFFICE_NUMBER } from '../../support/documents';
import { convertToPdf, missingRenderers, pdfText } from '../../support/libreoffice';
import { tempDir } from '../../support/temp';

/**
 * Every kind printed the way an office without Word would: LibreOffice converts the .docx to
 * PDF (`test/support/libreoffice.ts`). CI installs `libreoffice-writer-nogui` and `poppler-utils`; elsewhere the test is skipped
 * when they are missing.
 */
const missing = missingRenderers;
/** Spaces are the PDF's business (it spaces Latin from Chinese), so they are left out of comparisons. */
const squash = (s: string) => s.replace(/\s+/gu, '');

describe('the Word files in LibreOffice', () => {
  if (missing.length > 0 && process.env.CI) {
    it('needs LibreOffice and poppler on CI', () => {
      throw new Error(`CI must be able to render documents, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not on PATH`);
    });
    return;
  }

  it.skipIf(missing.length > 0)(
    'converts every kind to PDF showing its title, the case number and the page number — 1 — or 第 1 页 共 N 页',
    async () => {
      const dir = tempDir('md-pdf-');
      const c = sampleCase(0);
      const made = [];
      for (const k of DOCUMENT_KINDS) {
        const model = composeDocument(k, composeInputFor(c));
        const file = path.join(dir, `${k.kind}.docx`);
        fs.writeFileSync(file, await toDocx(model, { author: '本机操作员', at: new Date('2026-11-24T02:00:00Z') }));
        const title = model.blocks[0];
        made.push({ kind: k, file, title: title?.type === 'title' ? title.text : model.title }); // the file cover’s title is spaced out
      }
      const outDir = path.join(dir, 'pdf');
      // one soffice for all: its start-up is nearly all the time a conversion takes
      const run = convertToPdf(
        made.map((m) => m.file),
        outDir,
        dir,
      );
      expect(run.error, run.stderr).toBeUndefined();
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

      for (const m of made) {
        const pdf = path.join(outDir, `${m.kind.kind}.pdf`);
        expect(fs.existsSync(pdf), `${m.kind.kind}: no PDF\n${run.stdout}\n${run.stderr}`).toBe(true);
        expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
        const text = pdfText(pdf);
        expect(text.status, text.stderr).toBe(0);
        const flat = squash(text.stdout);
        expect(flat, m.kind.kind).toContain(squash(m.title));
        if (!WITHOUT_OFFICE_NUMBER.has(m.kind.kind)) expect(flat, m.kind.kind).toContain('（2026）豫郑知调字第0003号');
        expect(flat, m.kind.kind).toContain(m.kind.kind === 'power-of-attorney' ? '孙立' : m.kind.kind === 'typical-case' ? '河南某食品有限公司' : '河南嵩岳食品有限公司');
        // records number their pages 第 1 页 共 N 页, everything else — 1 —
        const page = (n: number) => (m.kind.pageNumbers === 'pageOfTotal' ? new RegExp(`第\\s?${n}\\s?页\\s?共\\s?\\d+\\s?页`) : new RegExp(`—\\s?${n}\\s?—`));
        expect(text.stdout, m.kind.kind).toMatch(page(1));
        // each copy of a per-party document starts on a page of its own
        const pages = text.stdout.split('\f').filter((p) => p.trim() !== '');
        expect(pages.length, m.kind.kind).toBeGreaterThanOrEqual(targetsOf(m.kind, c).length);
        if (targetsOf(m.kind, c).length > 1) expect(text.stdout, m.kind.kind).toMatch(page(2));
        // the file's cover and its index are one sheet each (table rows must not snap to the line grid)
        if (m.kind.kind === 'file-cover' || m.kind.kind === 'file-index') expect(pages, m.kind.kind).toHaveLength(1);
      }
    },
    300_000,
  );
});
