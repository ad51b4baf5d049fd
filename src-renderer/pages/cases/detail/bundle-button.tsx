import { ExportOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { base64ToBytes } from '../../../files';
import { saveAs } from '../../../save-as';

/** 导出交换包: the case with its files and documents, to carry to another office (a court, the justice bureau). */
export function BundleButton({ caseNumber }: { caseNumber: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pending, setPending] = useState(false);
  const run = async () => {
    setPending(true);
    try {
      const bundle = await call('bundles.export', { caseNumbers: [caseNumber] });
      if (await saveAs(bundle.fileName, base64ToBytes(bundle.dataBase64), 'application/zip')) message.success(t('bundle.exported', { name: bundle.fileName }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setPending(false);
    }
  };
  return (
    <Button icon={<ExportOutlined />} loading={pending} onClick={() => void run()}>
      {t('bundle.export')}
    </Button>
  );
}
