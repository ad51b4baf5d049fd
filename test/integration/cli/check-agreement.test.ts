import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { SAMPLES_DIR, SAMPLE_ORGANIZATION, sample } from '../../support/samples';
import { tempDir } from '../../support/temp';

/** `check-agreement` per the CLI spec: `{ findings: [{ rule, severity, term, message }] }`, exit 0 even with findings. */
let dir: string;
let numbers: string[];
beforeAll(() => {
  dir = tempDir();
  expect(cli('init', '--data-dir', dir, '--org-name', SAMPLE_ORGANIZATION.name, '--number-pattern', SAMPLE_ORGANIZATION.caseNumberPattern, '--region', '豫').status).toBe(0);
  numbers = JSON.parse(cli('import', '--data-dir', dir, path.join(SAMPLES_DIR, 'henan-ip-cases.json'), '--json').stdout).created;
});

const check = (caseNumber: string, ...flags: string[]) => cli('check-agreement', '--data-dir', dir, '--case', caseNumber, ...flags);

describe('cli check-agreement', () => {
  it('finds nothing in the sample agreements, and says when there is no agreement', () => {
    for (const n of numbers.slice(0, 2)) {
      const r = check(n, '--json');
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ findings: [] });
    }
    expect(check(numbers[2] as string)).toMatchObject({ status: 0, stdout: expect.stringContaining('本案尚无调解协议') });
  });

  it('reports an ownership term as an error naming its rule and term, and still exits 0', () => {
    const c = sample().cases[0];
    c.caseNumber = '（2026）豫郑知调字第0500号';
    c.agreement.terms.push({ kind: 'custom', text: '涉案注册商标归申请人所有。' });
    const file = path.join(tempDir(), 'case.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'mediation-case/1', cases: [c] }));
    expect(cli('import', '--data-dir', dir, file).status).toBe(0);
    const json = check(c.caseNumber, '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).findings).toEqual([
      { rule: 'ownership_or_validity', severity: 'error', term: 6, message: expect.stringContaining('第6项“归申请人所有”') },
    ]);
    expect(check(c.caseNumber).stdout).toContain('错误  确权表述  第6项');
  });

  it('refuses a missing or unknown case number', () => {
    expect(cli('check-agreement', '--data-dir', dir)).toMatchObject({ status: 2, stderr: expect.stringContaining('--case') });
    expect(check('（2026）豫郑知调字第9999号')).toMatchObject({ status: 1, stderr: expect.stringContaining('未找到案号') });
  });
});
