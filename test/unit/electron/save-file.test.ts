import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { registerSaveFile } = await import('../../../src-main/electron/save-file');
const { SAVE_FILE_CHANNEL } = await import('../../../src-main/api/channels');

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const trusted = { senderFrame: { url: 'app://mediation-desk/index.html' }, sender: { mainFrame: null as unknown } };
trusted.sender.mainFrame = trusted.senderFrame;

function setUp(choice: { canceled: boolean; filePath?: string }) {
  const handlers = new Map<string, Listener>();
  const dialog = { showSaveDialog: vi.fn(async () => choice) };
  registerSaveFile({ handle: (c: string, l: Listener) => handlers.set(c, l) } as never, dialog as never, () => undefined);
  return { listener: handlers.get(SAVE_FILE_CHANNEL) as Listener, dialog };
}

describe('the save dialog channel', () => {
  it('writes the file where the user chose, offering the suggested name', async () => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'md-save-')), '导出.json');
    const { listener, dialog } = setUp({ canceled: false, filePath: target });
    expect(await listener(trusted, '案件导出-2026-11-24.json', '{"format":"mediation-case/1"}')).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('{"format":"mediation-case/1"}');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '案件导出-2026-11-24.json', filters: [{ name: '案件交换文件', extensions: ['json'] }] }));
  });

  it('writes nothing when the user cancels, and refuses foreign senders', async () => {
    const { listener, dialog } = setUp({ canceled: true });
    expect(await listener(trusted, 'a.json', '{}')).toEqual({ saved: false });
    const forged = { senderFrame: { url: 'https://evil.cn/' }, sender: { mainFrame: null } };
    expect(await listener(forged, 'a.json', '{}')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
  });
});
