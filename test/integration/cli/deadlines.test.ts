import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { SAMPLES_DIR, SAMPLE_ORGANIZATION, sample } from '../../support/samples';
import { tempDir } from '../../support/temp';

let dir: string;
let numbers: string[]; // case numbers in the order of the sample file
beforeAll(() => {
  dir = tempDir();
  const init = cli('init', '--data-dir', dir, '--org-name', SAMPLE_ORGANIZATION.name, '--number-pattern', SAMPLE_ORGANIZATION.caseNumberPattern, '--region', '豫');
  expect(init.status, init.stderr).toBe(0);
  const imported = cli('import', '--data-dir', dir, path.join(SAMPLES_DIR, 'henan-ip-cases.json'), '--json');
  expect(imported.status, imported.stderr).toBe(0);
  numbers = JSON.parse(imported.stdout).created;
});

const deadlines = (caseNumber: string) => {
  const r = cli('deadlines', '--data-dir', dir, '--case', caseNumber, '--json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { deadlines: { kind: string; due: string; basis: string }[]; warnings: string[] };
};

/**
 * Worked by hand: 30 days from the agreement's effective date (CPL Art. 205), the effective
 * day not counted, moved only if the 30th day is a rest day.
 * - case 1: 2026-03-10 + 30 = 2026-04-09, a Thursday (Qingming, 4-4…4-6, falls before it).
 * - case 2: 2026-05-27 + 30 = 2026-06-26, a Friday (Dragon Boat, 6-19…6-21, falls before it).
 * - case 3 was terminated without an agreement: no confirmation deadline.
 */
const CONFIRMATION = [
  { due: '2026-04-09', basis: '调解协议生效之日（2026年3月10日）起三十日' },
  { due: '2026-06-26', basis: '调解协议生效之日（2026年5月27日）起三十日' },
  undefined,
];

describe('cli deadlines', () => {
  it('gives the confirmation deadline of each sample case with an effective agreement', () => {
    expect(sample().cases).toHaveLength(CONFIRMATION.length);
    CONFIRMATION.forEach((expected, i) => {
      const found = deadlines(numbers[i] as string).deadlines.filter((d) => d.kind === 'confirmation_application');
      expect(found, numbers[i]).toEqual(expected ? [{ kind: 'confirmation_application', ...expected }] : []);
    });
  });

  it('lists the other kinds too, soonest first, each with its basis', () => {
    const r = deadlines(numbers[1] as string);
    expect(r.deadlines.map((d) => d.kind)).toEqual(['performance', 'mediation_period', 'confirmation_application', 'installment', 'installment', 'installment', 'follow_up']);
    expect(r.deadlines.map((d) => d.due)).toEqual([...r.deadlines.map((d) => d.due)].sort());
    expect(r.deadlines.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.due) && /[\u4e00-\u9fff]/.test(d.basis))).toBe(true);
    expect(Array.isArray(r.warnings)).toBe(true);
  });

  it('prints a readable list by default', () => {
    const r = cli('deadlines', '--data-dir', dir, '--case', numbers[0] as string);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2026-04-09  申请司法确认  调解协议生效之日（2026年3月10日）起三十日');
  });

  it('show --json carries the same deadlines', () => {
    const r = cli('show', '--data-dir', dir, '--case', numbers[0] as string, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).deadlines).toEqual(deadlines(numbers[0] as string).deadlines);
  });

  it('refuses a missing --case (exit 2) and an unknown case (exit 1) in Chinese', () => {
    expect(cli('deadlines', '--data-dir', dir)).toMatchObject({ status: 2, stderr: expect.stringContaining('请用 --case 指定案号') });
    expect(cli('deadlines', '--data-dir', dir, '--case', '（2026）豫郑知调字第9999号')).toMatchObject({ status: 1, stderr: expect.stringContaining('未找到案号为') });
  });
});
