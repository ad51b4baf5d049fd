/**
 * Hands a file the app produced to the user: the save dialog in Electron, a download in
 * browser mode. Resolves false when the user cancelled.
 */
interface SaveBridge {
  saveFile?: (fileName: string, content: string | Uint8Array) => Promise<{ saved: boolean }>;
}

export async function saveAs(fileName: string, content: string | Uint8Array, mime: string): Promise<boolean> {
  const bridge = window.mediationDesk as SaveBridge | undefined;
  if (bridge?.saveFile) return (await bridge.saveFile(fileName, content)).saved;
  const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
