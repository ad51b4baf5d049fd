import { Alert, Card, Descriptions, Empty, Space, Tag } from 'antd';
import { useVoice } from '../../../hooks/use-voice';
import type { ExchangeCase } from '../../../../src-main/domain/exchange';
import { FOLLOW_UP_METHODS, PERFORMANCE, SESSION_MODES } from '../../../../src-main/domain/vocabulary';

/** The sessions held (or hearings, for a commission) with their records, imported ones included. */
export function SessionsTab({ c }: { c: ExchangeCase }) {
  const { t, outcomes, notices } = useVoice();
  return (
    <>
      <Alert type="info" showIcon title={t('caseView.sessionsComing')} style={{ marginBottom: 12 }} />
      {c.sessions.length === 0 ? (
        <Empty description={t('caseView.noSessions')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {c.sessions.map((s, i) => (
            <Card key={i} size="small" title={`${s.startsAt.slice(0, 16).replace('T', ' ')}　${s.place}`} extra={<Tag>{outcomes[s.outcome]}</Tag>}>
              <Descriptions column={2} size="small">
                <Descriptions.Item label={t('schedule.mode')}>{SESSION_MODES[s.mode]}</Descriptions.Item>
                <Descriptions.Item label={t('schedule.mediators')}>{s.mediators.join('、')}</Descriptions.Item>
                <Descriptions.Item label={t('record.attendees')}>{s.attendees.join('、')}</Descriptions.Item>
                <Descriptions.Item label={t('record.notices')}>{s.notices.map((n) => notices[n]).join('、') || '—'}</Descriptions.Item>
              </Descriptions>
              {s.statements.map((st, j) => (
                <p key={j} style={{ margin: '4px 0' }}>
                  <strong>{st.speaker}：</strong>
                  {st.text}
                </p>
              ))}
            </Card>
          ))}
        </Space>
      )}
    </>
  );
}

/** 回访: the follow-ups recorded, newest last. */
export function FollowUpsList({ c }: { c: ExchangeCase }) {
  if (c.followUps.length === 0) return null;
  return (
    <Descriptions title="回访" bordered column={1} size="small" style={{ marginTop: 16 }}>
      {c.followUps.map((f, i) => (
        <Descriptions.Item key={i} label={f.on}>
          {FOLLOW_UP_METHODS[f.method]}回访　{PERFORMANCE[f.performance]}
          {f.satisfaction ? `　满意度 ${f.satisfaction}/5` : ''}
          {f.note ? `　${f.note}` : ''}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
