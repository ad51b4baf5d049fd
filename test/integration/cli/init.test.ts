import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../support/temp';
import { cli } from '../../support/cli';
import { ROOT } from '../../support/source-scan';
import { openTestApp, operatorContext, tempDir } from '../../support/temp';

const ORG = ['--org-name', '示例知识产权纠纷人民调解委员会', '--org-kind', 'people_mediation', '--number-pattern', '（{year}）豫示知调字第{seq:4}号', '--region', '豫'];

describe('cli init', () => {
  it('creates the database and the organization, then changes nothing when run again', async () => {
    const dir = tempDir();
    const first = cli('init', '--data-dir', dir, ...ORG);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('示例知识产权纠纷人民调解委员会（已创建）');
    const again = cli('init', '--data-dir', dir, '--json');
    expect(again.status, again.stderr).toBe(0);
    const json = JSON.parse(again.stdout);
    expect(json).toMatchObject({ dataDir: dir, schemaVersion: SCHEMA_VERSION, migrated: [], organization: { name: '示例知识产权纠纷人民调解委员会', action: 'unchanged', caseNumberPattern: '（{year}）豫示知调字第{seq:4}号' } });
    expect(cli('init', '--data-dir', dir, ...ORG).stdout).toContain('（无变化）');

    // the app opening the same folder sees the same organization: setup is skipped
    const app = await openTestApp(dir);
    expect(await app.registry.invoke(operatorContext(app), 'setup.status', {})).toMatchObject({ ok: true, data: { initialized: true, organization: { name: '示例知识产权纠纷人民调解委员会' } } });
    await app.close();
  });

  it('updates only what it is given', () => {
    const dir = tempDir();
    cli('init', '--data-dir', dir, ...ORG);
    const r = cli('init', '--data-dir', dir, '--number-pattern', '（{year}）豫示调字第{seq:5}号', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).organization).toMatchObject({ action: 'updated', name: '示例知识产权纠纷人民调解委员会', caseNumberPattern: '（{year}）豫示调字第{seq:5}号' });
  });

  it('creates an empty database and says what to do when no organization is given', () => {
    const dir = tempDir();
    const r = cli('init', '--data-dir', dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('尚未设置组织信息');
    expect(fs.existsSync(path.join(dir, 'mediation-desk.db'))).toBe(true);
  });

  it('exits 2 with every bad option named in Chinese, writing no organization', async () => {
    const dir = tempDir();
    const r = cli('init', '--data-dir', dir, '--org-name', 'X', '--org-kind', 'court', '--number-pattern', 'abc');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--org-name：组织名称至少2个字');
    expect(r.stderr).toContain('--org-kind：应为 people_mediation');
    expect(r.stderr).toContain('--number-pattern：');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const app = await openTestApp(dir);
    expect(await app.registry.invoke(operatorContext(app), 'setup.status', {})).toMatchObject({ ok: true, data: { initialized: false } });
    await app.close();
  });

  it('exits 2 on unknown commands and options', () => {
    expect(cli('teleport').status).toBe(2);
    expect(cli('teleport').stderr).toContain('未知命令 teleport');
    const r = cli('init', '--frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('未知选项 --frobnicate');
  });

  it('resolves the data folder from MEDIATION_DESK_DATA like the app does', () => {
    const dir = tempDir();
    const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'src-main', 'cli', 'main.ts'), 'init', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, MEDIATION_DESK_DATA: dir },
    });
    expect(JSON.parse(r.stdout).dataDir).toBe(dir);
  });
});
