import { Alert, Card, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../src-main/api/registry';
import { useApiQuery } from '../../hooks/use-api';
import { BackupTable, RestoreDialog } from '../settings/backups-tab';

type Listed = ApiOutput<'backups.list'>['backups'][number];

/**
 * The database failed its start-up check: nothing else opens, the damaged file is left exactly as
 * it is, and the only way on is to restore a backup (the damaged file is renamed aside, unchanged).
 */
export function RecoveryPage({ problems }: { problems: string[] }) {
  const { t } = useTranslation();
  const list = useApiQuery('backups.list', {});
  const [restoring, setRestoring] = useState<Listed | null>(null);
  return (
    <div className="recovery-page">
      <Result status="error" title={t('recovery.title')} subTitle={t('recovery.subtitle')} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Alert type="error" showIcon title={t('recovery.found')} description={problems.join('；')} data-testid="recovery-problems" />
        <Card size="small" title={t('recovery.choose')}>
          <Typography.Paragraph type="secondary">{t('recovery.help', { folder: list.data?.folder ?? '' })}</Typography.Paragraph>
          {list.error && <Alert type="error" showIcon title={list.error.message} />}
          <BackupTable backups={list.data?.backups} loading={list.isPending} onRestore={setRestoring} />
        </Card>
      </Space>
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </div>
  );
}
