import { App } from 'antd';
import { useState } from 'react';
import { base64ToBytes } from '../files';
import { saveAs } from '../save-as';

/** A file the API makes, as its name and base64 bytes. */
interface MadeFile {
  fileName: string;
  dataBase64: string;
}

/**
 * Makes a file through the API and hands it to the user (save dialog or download), saying so —
 * or showing the Chinese error. `pending` names the export being made (a screen may offer several).
 */
export function useFileExport() {
  const { message } = App.useApp();
  const [pending, setPending] = useState<string | null>(null);
  const run = async <F extends MadeFile>(key: string, make: () => Promise<F>, mime: string, saved: (file: F) => string) => {
    setPending(key);
    try {
      const file = await make();
      if (await saveAs(file.fileName, base64ToBytes(file.dataBase64), mime)) message.success(saved(file));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setPending(null);
    }
  };
  return { run, pending };
}
