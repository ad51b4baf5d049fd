import { Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENFORCEMENT_ROUTES } from '../../../../src-main/domain/vocabulary';
import { useApiQuery } from '../../../hooks/use-api';

const ADVICE_COLORS = { suitable: 'success', conditional: 'warning', unsuitable: 'error' } as const;

/** 效力确认途径: for each route, whether this agreement suits it and why (advice; the parties choose). */
export function RouteCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const routes = useApiQuery('agreements.routes', { caseId });
  return (
    <Card size="small" title={t('routes.title')} style={{ marginBottom: 16 }} loading={routes.isPending} data-testid="route-card">
      <List
        size="small"
        dataSource={routes.data ?? []}
        renderItem={(r) => (
          <List.Item>
            <Space orientation="vertical" size={2}>
              <Space>
                <Typography.Text strong>{ENFORCEMENT_ROUTES[r.route]}</Typography.Text>
                <Tag color={ADVICE_COLORS[r.advice]}>{t(`routes.${r.advice}`)}</Tag>
              </Space>
              {r.reasons.map((reason) => (
                <Typography.Text key={reason} type="secondary">
                  {reason}
                </Typography.Text>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
