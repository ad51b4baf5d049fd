import { Card, Empty, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CASE_CATEGORIES, type CaseCategory } from '../../../src-main/domain/categories';
import { CaseQuickActions } from '../../components/case-quick-actions';
import { useApiQuery } from '../../hooks/use-api';

/** Cases registered but not yet accepted or refused: the next thing a clerk does. */
export function PendingCases() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pending = useApiQuery('cases.list', { statuses: ['registered'], sort: 'receivedOn', order: 'asc', limit: 10 });
  return (
    <Card
      title={t('workbench.pending', { count: pending.data?.total ?? 0 })}
      extra={
        <Space>
          <CaseQuickActions />
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="id"
        loading={pending.isPending}
        pagination={false}
        dataSource={pending.data?.rows ?? []}
        onRow={(r) => ({ onClick: () => void navigate(`/cases/${r.id}`) })}
        rowClassName={() => 'clickable-row'}
        columns={[
          { title: t('cases.col.receivedOn'), dataIndex: 'receivedOn', width: 110 },
          { title: t('cases.col.category'), dataIndex: 'category', width: 150, render: (c: string) => CASE_CATEGORIES[c as CaseCategory] },
          { title: t('cases.col.parties'), key: 'p', render: (_v, r) => `${r.applicants.join('、')} 诉 ${r.respondents.join('、')}` },
        ]}
        locale={{ emptyText: <Empty description={t('workbench.noPending')} /> }}
      />
    </Card>
  );
}
