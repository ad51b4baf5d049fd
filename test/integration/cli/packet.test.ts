import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { wordText } from '../../support/documents';
import { convertToPdf, missingRenderers, pdfText } from '../../support/libreoffice';
import { SAMPLES_DIR, SAMPLE_ORGANIZATION } from '../../support/samples';
import { tempDir } from '../../support/temp';

/** `packet` (`../shared/spec/cli.md`): every document of the route and the materials list, for the sample cases with an agreement. */
const TRADEMARK = '（2026）豫郑知调字第0003号';

let dir: string;
let numbers: string[];
beforeAll(() => {
  dir = tempDir();
  expect(cli('init', '--data-dir', dir, '--org-name', SAMPLE_ORGANIZATION.name, '--number-pattern', SAMPLE_ORGANIZATION.caseNumberPattern, '--region', '豫').status).toBe(0);
  const imported = cli('import', '--data-dir', dir, path.join(SAMPLES_DIR, 'henan-ip-cases.json'), '--json');
  expect(imported.status, imported.stderr).toBe(0);
  numbers = JSON.parse(imported.stdout).created;
});

const docText = async (file: string) => wordText((await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')?.async('string')) ?? '');
/** The line after `此致`: whom the application is addressed to. */
const addressee = (lines: string[]) => lines[lines.indexOf('此致') + 1];

describe('cli packet', () => {
  it('writes the judicial confirmation packet of the trademark case, addressed to the court recorded for it, and a zip of the same files', async () => {
    const out = path.join(tempDir(), 'packet');
    const zip = path.join(tempDir(), 'packet.zip');
    const r = cli('packet', '--data-dir', dir, '--case', TRADEMARK, '--route', 'judicial_confirmation', '--out', out, '--zip', zip, '--json');
    expect(r.status, r.stderr).toBe(0);
    const names = JSON.parse(r.stdout).files.map((f: string) => path.relative(out, f));
    expect(names).toEqual([
      'confirmation-application.docx',
      'agreement.docx',
      'commitment-河南嵩岳食品有限公司.docx',
      'commitment-管城回族区惠民便利超市.docx',
      'service-address-河南嵩岳食品有限公司.docx',
      'service-address-管城回族区惠民便利超市.docx',
      'power-of-attorney-河南嵩岳食品有限公司-孙立.docx',
      'materials-list.docx',
    ]);
    expect(addressee(await docText(path.join(out, 'confirmation-application.docx')))).toBe('郑州市管城回族区人民法院');
    expect(await docText(path.join(out, 'agreement.docx'))).toContain('五、本案调解不收取费用，双方各自承担己方律师费及其他支出。');
    const entries = Object.keys((await JSZip.loadAsync(fs.readFileSync(zip))).files).filter((n) => n.endsWith('.docx'));
    expect(entries.map((n) => n.split('/')[1])).toEqual(names);
    expect(entries[0]?.split('/')[0]).toBe(`${TRADEMARK}-司法确认申请材料`);
  });

  it('writes the arbitration packet: the arbitration agreement first, the commission left to fill in until one is chosen', async () => {
    const out = path.join(tempDir(), 'arbitration');
    const r = cli('packet', '--data-dir', dir, '--case', TRADEMARK, '--route', 'arbitration', '--out', out, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: string) => path.basename(f))).toEqual(['arbitration-agreement.docx', 'agreement.docx', 'power-of-attorney-河南嵩岳食品有限公司-孙立.docx', 'materials-list.docx']);
    expect((await docText(path.join(out, 'arbitration-agreement.docx'))).join('')).toContain('＿＿＿＿＿＿＿＿仲裁委员会仲裁，仲裁裁决是终局的');
    // said in words too, without --json
    expect(cli('packet', '--data-dir', dir, '--case', TRADEMARK, '--route', 'arbitration', '--out', out).stdout).toContain('尚待补充：仲裁协议书');
  });

  it('refuses a case without an agreement, an unknown route, and notarization of an agreement with no money debt', () => {
    const out = path.join(tempDir(), 'none');
    const software = numbers[2] as string;
    const none = cli('packet', '--data-dir', dir, '--case', software, '--route', 'judicial_confirmation', '--out', out);
    expect(none.status).not.toBe(0);
    expect(none.stderr).toContain('本案尚无调解协议');
    expect(cli('packet', '--data-dir', dir, '--case', TRADEMARK, '--route', 'court', '--out', out)).toMatchObject({ status: 2, stderr: expect.stringContaining('judicial_confirmation（司法确认）') });
    expect(cli('packet', '--data-dir', dir, '--case', TRADEMARK, '--out', out)).toMatchObject({ status: 2 });
    expect(fs.existsSync(out)).toBe(false);
  });

  it.skipIf(missingRenderers.length > 0 && !process.env.CI)(
    'for every sample case with an agreement, every document of the packet opens in LibreOffice, the application addressed to its court',
    () => {
      const work = tempDir();
      const courts: Record<string, string> = { [TRADEMARK]: '郑州市管城回族区人民法院', [numbers[1] as string]: '郑州市中级人民法院' };
      const files: string[] = [];
      for (const [number, court] of Object.entries(courts)) {
        for (const route of ['judicial_confirmation', 'notarization', 'arbitration']) {
          const out = path.join(work, `${files.length}`);
          const r = cli('packet', '--data-dir', dir, '--case', number, '--route', route, '--out', out, '--json');
          expect(r.status, r.stderr).toBe(0);
          files.push(...JSON.parse(r.stdout).files);
          if (route === 'judicial_confirmation') {
            const application = path.join(out, 'confirmation-application.docx');
            const pdfDir = path.join(out, 'pdf');
            const run = convertToPdf([application], pdfDir, work);
            expect(run.status, run.stderr).toBe(0);
            const text = pdfText(path.join(pdfDir, 'confirmation-application.pdf')).stdout.replace(/\s+/g, '');
            expect(text).toContain(`此致${court}`);
          }
        }
      }
      const pdfDir = path.join(work, 'all-pdf');
      // same names in several folders: convert them from copies numbered apart
      const flat = files.map((f, i) => {
        const copy = path.join(work, 'flat', `${i}-${path.basename(f)}`);
        fs.mkdirSync(path.dirname(copy), { recursive: true });
        fs.copyFileSync(f, copy);
        return copy;
      });
      const run = convertToPdf(flat, pdfDir, work);
      expect(run.status, run.stderr).toBe(0);
      for (const f of flat) {
        const pdf = path.join(pdfDir, path.basename(f).replace(/\.docx$/, '.pdf'));
        expect(fs.existsSync(pdf), path.basename(f)).toBe(true);
        expect(pdfText(pdf).stdout.trim().length, path.basename(f)).toBeGreaterThan(100);
      }
    },
    300_000,
  );
});
