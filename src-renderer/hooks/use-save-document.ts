import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../src-main/documents/kind';
import { base64ToBytes, DOCX_MIME } from '../files';
import { saveAs } from '../save-as';
import { useApiMutation } from './use-api';

/** Makes a document of a case as Word — registered as its next version — and offers to save it, saying which version it is. */
export function useSaveDocument(caseId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const generate = useApiMutation('documents.generate', ['documents.list', 'documents.options', 'cases.history']);
  const save = async (kind: string, target?: Target) => {
    try {
      const doc = await generate.mutateAsync({ caseId, kind, ...(target ? { target } : {}) });
      const saved = await saveAs(doc.fileName, base64ToBytes(doc.dataBase64), DOCX_MIME);
      message.success(t(saved ? 'documents.generated' : 'documents.generatedNotSaved', { version: doc.version }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return { save, pending: generate.isPending };
}
