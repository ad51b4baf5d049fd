import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { App, Button, Space, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { readJsonFile } from '../../files';
import { useApiMutation } from '../../hooks/use-api';
import { saveAs } from '../../save-as';

/** The organization's wording as a pack file, to carry to another office or back. */
export function WordingPackButtons() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const importPack = useApiMutation('wording.importPack', ['wording.list', 'wording.history', 'documents.preview']);

  const exportPack = async () => {
    try {
      const pack = await call('wording.exportPack', {});
      const count = Object.values(pack.kinds).reduce((n, k) => n + Object.keys(k).length, 0);
      if (await saveAs(`文书模板包-${pack.exportedAt?.slice(0, 10) ?? ''}.json`, JSON.stringify(pack, null, 2), 'application/json')) {
        message.success(t('wording.packExported', { count }));
      }
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  const choose = async (file: File) => {
    try {
      const pack = await readJsonFile(file, t('wording.packNotJson', { name: file.name }));
      const { changed } = await importPack.mutateAsync({ pack: pack as never });
      message.success(t('wording.packImported', { count: changed }));
    } catch (err) {
      modal.error({ title: t('wording.packRefused'), content: (err as Error).message });
    }
    return false;
  };

  return (
    <Space>
      <Button icon={<ExportOutlined />} onClick={() => void exportPack()}>
        {t('wording.exportPack')}
      </Button>
      <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(f) => choose(f)}>
        <Button icon={<ImportOutlined />} loading={importPack.isPending}>
          {t('wording.importPack')}
        </Button>
      </Upload>
    </Space>
  );
}
