import { Alert, Button, Descriptions, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, type ApiError } from '../../api';
import { fileSize } from '../../files';
import { useApiQuery } from '../../hooks/use-api';


/** 设置 → 关于: version, where the data lives, and an on-demand integrity check. */
export function AboutTab() {
  const { t } = useTranslation();
  const about = useApiQuery('system.about', {});
  const check = useMutation<Awaited<ReturnType<typeof call<'system.checkIntegrity'>>>, ApiError>({
    mutationFn: () => call('system.checkIntegrity', {}),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 760 }}>
      <Descriptions bordered column={1} size="small">
        <Descriptions.Item label={t('settings.version')}>{about.data?.version}</Descriptions.Item>
        <Descriptions.Item label={t('settings.dataDir')}>
          <Typography.Text copyable>{about.data?.dataDir}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('settings.databaseSize')}>{about.data ? fileSize(about.data.databaseBytes) : ''}</Descriptions.Item>
        <Descriptions.Item label={t('settings.schemaVersion')}>{about.data?.schemaVersion}</Descriptions.Item>
        <Descriptions.Item label={t('settings.integrity')}>
          <Button onClick={() => check.mutate()} loading={check.isPending}>
            {t('settings.runIntegrity')}
          </Button>
        </Descriptions.Item>
      </Descriptions>
      {check.data && (
        <Alert
          type={check.data.ok ? 'success' : 'error'}
          showIcon
          title={check.data.ok ? t('settings.integrityOk') : t('settings.integrityFailed')}
          description={check.data.ok ? undefined : check.data.problems.join('；')}
        />
      )}
      {check.error && <Alert type="error" showIcon title={check.error.message} />}
    </Space>
  );
}
