import { Card, Empty, List, Tag } from 'antd';
import { useVoice } from '../../hooks/use-voice';
import { useNavigate } from 'react-router';
import { DEADLINE_KINDS, type DeadlineKind } from '../../../src-main/domain/deadlines';
import { useApiQuery } from '../../hooks/use-api';

/** Mediation periods and confirmation applications due within a week, or already passed. */
export function DueDeadlines() {
  const { t } = useVoice();
  const navigate = useNavigate();
  const due = useApiQuery('deadlines.due', { days: 7 });
  return (
    <Card title={t('workbench.deadlines')} loading={due.isPending} data-testid="due-deadlines">
      <List
        size="small"
        dataSource={due.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.noDeadlines')} /> }}
        renderItem={(d) => (
          <List.Item className="clickable-row" onClick={() => void navigate(`/cases/${d.caseId}`)}>
            <List.Item.Meta
              title={
                <>
                  <Tag color={d.overdue ? 'red' : 'orange'}>{d.overdue ? t('workbench.overdue') : t('workbench.dueSoon')}</Tag>
                  {d.due}　{DEADLINE_KINDS[d.kind as DeadlineKind] ?? d.kind}　{d.caseNumber ?? ''}
                </>
              }
              description={d.basis}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
