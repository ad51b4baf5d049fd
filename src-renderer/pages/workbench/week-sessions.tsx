import { WarningFilled } from '@ant-design/icons';
import { Button, Card, Empty, List, Tag } from 'antd';
import dayjs from 'dayjs';
import { useVoice } from '../../hooks/use-voice';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../hooks/use-api';

/** Today's and the coming week's sessions, clashes marked, each a click away from its case. */
export function WeekSessions() {
  const { t } = useVoice();
  const navigate = useNavigate();
  const today = dayjs().format('YYYY-MM-DD');
  const sessions = useApiQuery('sessions.calendar', { from: today, to: dayjs().add(6, 'day').format('YYYY-MM-DD') });
  return (
    <Card title={t('workbench.weekSessions')} loading={sessions.isPending} extra={<Button onClick={() => void navigate('/calendar')}>{t('nav.calendar')}</Button>} data-testid="week-sessions">
      <List
        size="small"
        dataSource={sessions.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.noSessions')} /> }}
        renderItem={(s) => (
          <List.Item className="clickable-row" onClick={() => void navigate(`/cases/${s.caseId}/mediation`)}>
            <List.Item.Meta
              title={
                <>
                  {s.startsAt.startsWith(today) && <Tag color="blue">{t('workbench.today')}</Tag>}
                  {s.startsAt.slice(5, 16).replace('T', ' ')}　{s.caseNumber ?? ''}
                </>
              }
              description={`${s.place}　${s.mediators.join('、')}　${s.parties.join(' 与 ')}`}
            />
            {s.clashes.length > 0 && (
              <Tag color="red" icon={<WarningFilled />}>
                {t('workbench.clash')}
              </Tag>
            )}
          </List.Item>
        )}
      />
    </Card>
  );
}
