import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { logicalDump } from '../../support/dump';
import { SAMPLES_DIR, SAMPLE_ORGANIZATION, sample } from '../../support/samples';
import { tempDir } from '../../support/temp';

let dir: string;
beforeAll(() => {
  dir = tempDir();
  const init = cli('init', '--data-dir', dir, '--org-name', SAMPLE_ORGANIZATION.name, '--number-pattern', SAMPLE_ORGANIZATION.caseNumberPattern, '--region', '豫');
  expect(init.status, init.stderr).toBe(0);
  const imported = cli('import', '--data-dir', dir, path.join(SAMPLES_DIR, 'henan-ip-cases.json'), '--json');
  expect(imported.status, imported.stderr).toBe(0);
  expect(JSON.parse(imported.stdout)).toEqual({ created: ['（2026）豫郑知调字第0003号', '（2026）豫郑知调字第0001号', '（2026）豫郑知调字第0002号'], skipped: [], replaced: [] });
});

describe('cli import, list, show, export', () => {
  it('list --json has the promised shape, newest first', () => {
    const r = cli('list', '--data-dir', dir, '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total).toBe(3);
    expect(json.cases[0]).toEqual({ id: expect.any(String), caseNumber: '（2026）豫郑知调字第0002号', status: 'terminated', category: 'software', receivedOn: '2026-08-04', parties: ['郑州云帆信息技术有限公司', '郭芳'] });
    expect(JSON.parse(cli('list', '--data-dir', dir, '--json', '--query', 'hnsy').stdout).cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['（2026）豫郑知调字第0003号']);
    expect(JSON.parse(cli('list', '--data-dir', dir, '--json', '--status', 'performing').stdout).total).toBe(1);
    expect(JSON.parse(cli('list', '--data-dir', dir, '--json', '--limit', '1').stdout).cases).toHaveLength(1);
  });

  it('list prints a readable table by default', () => {
    const r = cli('list', '--data-dir', dir);
    expect(r.stdout).toContain('共 3 件');
    expect(r.stdout).toContain('（2026）豫郑知调字第0001号  履行中  专利侵权纠纷  2026-05-11  李卫东 诉 洛阳丰禾农业机械有限公司');
  });

  it('show --json gives the case in exchange form with status and deadlines', () => {
    const r = cli('show', '--data-dir', dir, '--case', '（2026）豫郑知调字第0003号', '--json');
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ caseNumber: '（2026）豫郑知调字第0003号', status: 'enforcement', enforcement: { route: 'judicial_confirmation', result: 'pending' } });
    expect(Array.isArray(json.deadlines)).toBe(true);
    expect(json.parties.map((p: { name: string }) => p.name)).toEqual(['河南嵩岳食品有限公司', '管城回族区惠民便利超市']);
  });

  it('show of an unknown number exits 1 with a Chinese message', () => {
    const r = cli('show', '--data-dir', dir, '--case', '（2026）豫郑知调字第9999号');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('未找到案号为 （2026）豫郑知调字第9999号 的案件');
  });

  it.each(['invalid-phone.json', 'invalid-date.json', 'invalid-missing-name.json'])('refuses %s whole: exit 2, path named in Chinese, nothing changed', async (file) => {
    const before = await logicalDump(path.join(dir, 'mediation-desk.db'));
    const r = cli('import', '--data-dir', dir, path.join(SAMPLES_DIR, file));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cases\[1\]\.[a-zA-Z[\].0-9]+：[\u4e00-\u9fff]/);
    expect(await logicalDump(path.join(dir, 'mediation-desk.db'))).toEqual(before);
  });

  it('refuses a file that is not JSON, or missing, with exit 2', () => {
    const bad = path.join(tempDir(), 'bad.json');
    fs.writeFileSync(bad, '{ not json');
    expect(cli('import', '--data-dir', dir, bad)).toMatchObject({ status: 2, stderr: expect.stringContaining('不是有效的 JSON') });
    expect(cli('import', '--data-dir', dir, '/no/such/file.json')).toMatchObject({ status: 2, stderr: expect.stringContaining('找不到文件') });
    expect(cli('import', '--data-dir', dir, bad, '--on-conflict', 'merge')).toMatchObject({ status: 2, stderr: expect.stringContaining('--on-conflict') });
  });

  it('reports a conflict on re-import, and skips with --on-conflict skip', () => {
    const again = cli('import', '--data-dir', dir, path.join(SAMPLES_DIR, 'henan-ip-cases.json'));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已存在');
    const doc = sample();
    doc.cases = [doc.cases[0]];
    const file = path.join(tempDir(), 'one.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    expect(JSON.parse(cli('import', '--data-dir', dir, file, '--on-conflict', 'skip', '--json').stdout)).toEqual({ created: [], skipped: ['（2026）豫郑知调字第0003号'], replaced: [] });
  });

  it('export writes mediation-case/1 for chosen cases or all, and refuses unknown numbers', () => {
    const out = path.join(tempDir(), 'out.json');
    expect(cli('export', '--data-dir', dir, '--case', '（2026）豫郑知调字第0001号', '--case', '（2026）豫郑知调字第0002号', '--out', out).status).toBe(0);
    const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(doc).toMatchObject({ format: 'mediation-case/1', exportedBy: SAMPLE_ORGANIZATION.name, exportedAt: expect.stringMatching(/\+08:00$/) });
    expect(doc.cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['（2026）豫郑知调字第0001号', '（2026）豫郑知调字第0002号']);
    expect(cli('export', '--data-dir', dir, '--case', '（2026）豫郑知调字第0404号', '--out', out)).toMatchObject({ status: 1, stderr: expect.stringContaining('0404') });
    expect(cli('export', '--data-dir', dir, '--all')).toMatchObject({ status: 2, stderr: expect.stringContaining('--out') });
    expect(fs.readdirSync(path.dirname(out))).toEqual(['out.json']); // no temporary file left behind
  });
});
