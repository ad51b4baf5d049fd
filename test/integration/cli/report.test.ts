import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { wordText } from '../../support/documents';
import { SAMPLES_DIR, SAMPLE_ORGANIZATION } from '../../support/samples';
import { tempDir } from '../../support/temp';

/** `report --from --to --out FILE.xlsx` and `typical-case` on the three samples (received in March, May and August 2026). */
let dir: string;
beforeAll(() => {
  dir = tempDir();
  expect(cli('init', '--data-dir', dir, '--org-name', SAMPLE_ORGANIZATION.name, '--number-pattern', SAMPLE_ORGANIZATION.caseNumberPattern, '--region', '豫').status).toBe(0);
  expect(cli('import', '--data-dir', dir, path.join(SAMPLES_DIR, 'henan-ip-cases.json')).status).toBe(0);
});

describe('cli report', () => {
  it('writes the statistics workbook of the period', async () => {
    const out = path.join(tempDir(), '统计报表.xlsx');
    const r = cli('report', '--data-dir', dir, '--from', '2026-04-01', '--to', '2026-12-31', '--out', out, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: out, from: '2026-04-01', to: '2026-12-31' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const summary = book.getWorksheet('汇总');
    const row = summary?.getSheetValues().find((v) => Array.isArray(v) && v[1] === '登记案件数') as unknown[];
    expect(row[2]).toBe(2); // the patent and the software case
    expect(book.getWorksheet('案件清单')?.rowCount).toBe(3);
  });

  it('refuses a period the wrong way round, a missing output, or a folder that does not exist, writing nothing', () => {
    const folder = tempDir();
    const backwards = cli('report', '--data-dir', dir, '--from', '2026-12-31', '--to', '2026-01-01', '--out', path.join(folder, 'x.xlsx'));
    expect([backwards.status, backwards.stderr]).toEqual([2, expect.stringContaining('统计截止日期不能早于起始日期')]);
    expect(cli('report', '--data-dir', dir, '--from', '2026-01-01', '--to', '2026-12-31').stderr).toContain('请用 --out 指定输出文件');
    expect(cli('report', '--data-dir', dir, '--from', '2026-01-01', '--to', '2026-12-31', '--out', path.join(folder, 'missing', 'x.xlsx')).stderr).toContain('输出文件夹不存在');
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe('cli typical-case', () => {
  it('writes the case up anonymized', async () => {
    const out = path.join(tempDir(), '典型案例.docx');
    const r = cli('typical-case', '--data-dir', dir, '--case', '（2026）豫郑知调字第0003号', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')?.async('string')) ?? '';
    const text = wordText(xml).join('');
    expect(text).toContain('河南某食品有限公司与管城回族区某便利超市商标侵权纠纷调解案');
    for (const name of ['河南嵩岳食品有限公司', '王建华', '孙立']) expect(text).not.toContain(name);
    expect(cli('typical-case', '--data-dir', dir, '--case', '（2026）豫郑知调字第0003号').stderr).toContain('请用 --out 指定输出文件');
  });
});
