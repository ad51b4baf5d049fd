import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../src-main/documents/catalog';
import { cli } from '../../support/cli';
import { wordText } from '../../support/documents';
import { sample, SAMPLES_DIR, SAMPLE_ORGANIZATION } from '../../support/samples';
import { openTestApp, operatorContext, tempDir } from '../../support/temp';

/** `documents` and `render` (`../shared/spec/cli.md`). */
const TRADEMARK = '（2026）豫郑知调字第0003号';
const PATENT = '（2026）豫郑知调字第0001号';

let dir: string;
let out: string;
beforeAll(() => {
  dir = tempDir();
  out = tempDir();
  const init = cli('init', '--data-dir', dir, '--org-name', SAMPLE_ORGANIZATION.name, '--number-pattern', SAMPLE_ORGANIZATION.caseNumberPattern, '--region', '豫');
  expect(init.status, init.stderr).toBe(0);
  const imported = cli('import', '--data-dir', dir, path.join(SAMPLES_DIR, 'henan-ip-cases.json'));
  expect(imported.status, imported.stderr).toBe(0);
});

const textOf = async (file: string) => wordText((await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')?.async('string')) ?? '').join('\n');

describe('cli documents', () => {
  it('lists the kinds render knows, with their Chinese titles', () => {
    const r = cli('documents', '--data-dir', dir);
    expect(r.status, r.stderr).toBe(0);
    for (const k of DOCUMENT_KINDS) expect(r.stdout).toMatch(new RegExp(`^${k.kind} +${k.title}`, 'm'));
    expect(r.stdout).toMatch(/^acceptance-notice +受理通知书（每名当事人一份）$/m);
    expect(r.stdout).toMatch(/^power-of-attorney +授权委托书（每名代理人一份）$/m);
    expect(r.stdout).toMatch(/^session-record +调解笔录（每次调解会议一份）$/m);
    expect(r.stdout).toMatch(/^termination-notice +终止调解通知书（每名当事人一份）$/m);
    expect(r.stdout).toMatch(/^follow-up-record +回访记录$/m);
    const json = cli('documents', '--data-dir', dir, '--json');
    expect(JSON.parse(json.stdout)).toEqual({ kinds: DOCUMENT_KINDS.map((k) => ({ kind: k.kind, title: k.title })) });
  });
});

describe('cli render', () => {
  it('writes the .docx to --out and registers it as the next version', async () => {
    const file = path.join(out, '受理通知书.docx');
    const r = cli('render', '--data-dir', dir, '--case', TRADEMARK, '--doc', 'acceptance-notice', '--out', file);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已生成 ${TRADEMARK}-受理通知书.docx（第 1 版`);
    expect(r.stdout).toContain(file);
    const text = await textOf(file);
    expect(text).toContain('受理通知书');
    expect(text).toContain(TRADEMARK);
    expect(text).toContain('河南嵩岳食品有限公司：');
    expect(text).toContain('管城回族区惠民便利超市：'); // both parties' copies, one after the other
    const first = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

    const again = cli('render', '--data-dir', dir, '--case', TRADEMARK, '--doc', 'acceptance-notice', '--out', file, '--json');
    expect(again.status, again.stderr).toBe(0);
    const json = JSON.parse(again.stdout);
    expect(json).toEqual({ file, fileName: `${TRADEMARK}-受理通知书.docx`, version: 2, sha256: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') });
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const app = await openTestApp(dir);
    try {
      const listed = await app.registry.invoke(operatorContext(app), 'documents.list', {});
      const rows = (listed.ok ? listed.data : []) as { kind: string; version: number; sha256: string }[];
      expect(rows.filter((d) => d.kind === 'acceptance-notice').map((d) => [d.version, d.sha256])).toEqual([
        [2, json.sha256],
        [1, first], // the CLI runs on the real clock: the second file is dated later
      ]);
    } finally {
      await app.close();
    }
  });

  it('makes one party’s or one agent’s copy with --party and --agent, counted from 1', async () => {
    const party = path.join(out, 'party.docx');
    const r = cli('render', '--data-dir', dir, '--case', TRADEMARK, '--doc', 'rights-notice', '--party', '2', '--out', party, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).fileName).toBe(`${TRADEMARK}-当事人权利义务告知书-管城回族区惠民便利超市.docx`);
    const text = await textOf(party);
    expect(text).toContain('管城回族区惠民便利超市：');
    expect(text).not.toContain('河南嵩岳食品有限公司：');

    const agent = path.join(out, 'agent.docx');
    const a = cli('render', '--data-dir', dir, '--case', TRADEMARK, '--doc', 'power-of-attorney', '--party', '1', '--agent', '1', '--out', agent, '--json');
    expect(a.status, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout).fileName).toBe(`${TRADEMARK}-授权委托书-河南嵩岳食品有限公司-孙立.docx`);
    expect(await textOf(agent)).toContain('受托人：孙立，河南中原律师事务所律师。');
  });

  it('exits 2 for bad input and 1 for what is not found, in Chinese, writing no file', () => {
    const file = path.join(out, 'never.docx');
    const base = ['render', '--data-dir', dir];
    const unknown = cli(...base, '--case', TRADEMARK, '--doc', 'contract', '--out', file);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('没有名为 contract 的文书');
    expect(unknown.stderr).toContain(DOCUMENT_KINDS.map((k) => k.kind).join('、'));
    expect(cli(...base, '--doc', 'file-cover', '--out', file)).toMatchObject({ status: 2, stderr: expect.stringContaining('--case') });
    expect(cli(...base, '--case', TRADEMARK, '--out', file)).toMatchObject({ status: 2, stderr: expect.stringContaining('--doc') });
    expect(cli(...base, '--case', TRADEMARK, '--doc', 'file-cover')).toMatchObject({ status: 2, stderr: expect.stringContaining('--out') });
    expect(cli(...base, '--case', TRADEMARK, '--doc', 'rights-notice', '--party', '0', '--out', file)).toMatchObject({ status: 2, stderr: expect.stringContaining('--party 应为从1开始的序号') });
    expect(cli(...base, '--case', TRADEMARK, '--doc', 'rights-notice', '--party', '9', '--out', file)).toMatchObject({ status: 1, stderr: expect.stringContaining('所选的当事人或代理人不在本案中') });
    expect(cli(...base, '--case', '（2026）豫郑知调字第9999号', '--doc', 'file-cover', '--out', file)).toMatchObject({ status: 1, stderr: expect.stringContaining('未找到案号为 （2026）豫郑知调字第9999号 的案件') });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('makes the record of one session with --session, counted from 1', async () => {
    const file = path.join(out, 'session-2.docx');
    const r = cli('render', '--data-dir', dir, '--case', TRADEMARK, '--doc', 'session-record', '--session', '1', '--out', file);
    expect(r.status, r.stderr).toBe(0);
    const text = await textOf(file);
    expect(text).toContain('调解笔录');
    expect(text).toContain('以上笔录已阅，无误。');
    expect(cli('render', '--data-dir', dir, '--case', TRADEMARK, '--doc', 'session-record', '--session', '9', '--out', file)).toMatchObject({ status: 1, stderr: expect.stringContaining('所选的调解会议不在本案中') });
  });

  it('refuses an --out folder that does not exist before registering any version', async () => {
    const before = await versionsOf('file-index');
    const missing = cli('render', '--data-dir', dir, '--case', TRADEMARK, '--doc', 'file-index', '--out', path.join(out, 'no-such-folder', 'x.docx'));
    expect(missing).toMatchObject({ status: 2, stderr: expect.stringContaining('输出文件夹不存在') });
    expect(cli('render', '--data-dir', dir, '--case', TRADEMARK, '--doc', 'power-of-attorney', '--agent', '1', '--out', path.join(out, 'a.docx'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--agent 须与 --party 一起使用'),
    });
    expect(await versionsOf('file-index')).toBe(before);
  });
});

describe('cli render, the arbitration route', () => {
  it('makes the arbitration agreement, the award on the settlement and the mediation statement of a settled case, naming the commission and both parties', async () => {
    // the patent sample, settled and signed, its parties choosing arbitration instead of confirmation
    const data = sample();
    const settled = data.cases[1];
    settled.enforcement = { route: 'arbitration', arbitrationCommission: '郑州仲裁委员会' };
    const file = path.join(out, 'arbitration-route.json');
    fs.writeFileSync(file, JSON.stringify({ ...data, cases: [settled] }));
    const here = tempDir();
    expect(cli('init', '--data-dir', here, '--org-name', SAMPLE_ORGANIZATION.name, '--number-pattern', SAMPLE_ORGANIZATION.caseNumberPattern, '--region', '豫').status).toBe(0);
    const imported = cli('import', '--data-dir', here, file);
    expect(imported.status, imported.stderr).toBe(0);

    const rendered: Record<string, string> = {};
    for (const kind of ['arbitration-agreement', 'award-on-settlement', 'arbitration-mediation-statement']) {
      const target = path.join(out, `${kind}.docx`);
      const r = cli('render', '--data-dir', here, '--case', PATENT, '--doc', kind, '--out', target);
      expect(r.status, r.stderr).toBe(0);
      rendered[kind] = await textOf(target);
      for (const name of ['郑州仲裁委员会', '申请人：李卫东', '被申请人：洛阳丰禾农业机械有限公司']) expect(rendered[kind], `${kind}: ${name}`).toContain(name);
    }
    expect(rendered['arbitration-agreement']).toContain('提交郑州仲裁委员会仲裁，仲裁裁决是终局的');
    expect(rendered['award-on-settlement']).toContain('裁决书');
    expect(rendered['award-on-settlement']).toContain('本裁决为终局裁决，自作出之日起发生法律效力。');
    expect(rendered['award-on-settlement']).toMatch(/裁决如下：\n一、洛阳丰禾农业机械有限公司分三期向李卫东支付/);
    expect(rendered['arbitration-mediation-statement']).toContain('本调解书与裁决书具有同等法律效力，经双方当事人签收后即发生法律效力。');
  });
});

/** How many versions of a kind the sample trademark case has, read from the database. */
async function versionsOf(kind: string): Promise<number> {
  const app = await openTestApp(dir);
  try {
    const r = await app.registry.invoke(operatorContext(app), 'documents.list', {});
    if (!r.ok) throw new Error(r.error.message);
    return (r.data as { kind: string; caseNumber: string | null }[]).filter((d) => d.kind === kind && d.caseNumber === TRADEMARK).length;
  } finally {
    await app.close();
  }
}
