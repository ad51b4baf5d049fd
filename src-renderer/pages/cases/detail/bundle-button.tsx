import { ExportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { useFileExport } from '../../../hooks/use-file-export';

/** 导出交换包: the case with its files and documents, to carry to another office (a court, the justice bureau). */
export function BundleButton({ caseNumber }: { caseNumber: string }) {
  const { t } = useTranslation();
  const { run, pending } = useFileExport();
  const save = () => run('bundle', () => call('bundles.export', { caseNumbers: [caseNumber] }), 'application/zip', (bundle) => t('bundle.exported', { name: bundle.fileName }));
  return (
    <Button icon={<ExportOutlined />} loading={pending !== null} onClick={() => void save()}>
      {t('bundle.export')}
    </Button>
  );
}
