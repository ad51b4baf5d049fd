import { BankOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../../hooks/use-api';

/** 司法确认法院: the court the joint application goes to, why, and the others the rules allow. */
export function CourtCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const choice = useApiQuery('cases.court', { caseId });
  return (
    <Card
      size="small"
      title={t('court.title')}
      style={{ marginBottom: 16 }}
      loading={choice.isPending}
      data-testid="court-card"
      extra={
        <Button size="small" type="link" onClick={() => void navigate('/settings/courts')}>
          {t('court.settings')}
        </Button>
      }
    >
      {choice.data && (
        <Space orientation="vertical" size={4}>
          <Space>
            <BankOutlined />
            <Typography.Text strong>{choice.data.court ?? t('court.none')}</Typography.Text>
          </Space>
          <Typography.Text type="secondary">{choice.data.basis}</Typography.Text>
          {choice.data.alternatives.length > 0 && <Typography.Text type="secondary">{t('court.alternatives', { courts: choice.data.alternatives.join('、') })}</Typography.Text>}
        </Space>
      )}
    </Card>
  );
}
