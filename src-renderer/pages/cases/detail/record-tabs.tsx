import { Alert, Card, Descriptions, Empty, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExchangeCase } from '../../../../src-main/domain/exchange';
import { FOLLOW_UP_METHODS, PERFORMANCE, SESSION_MODES, SESSION_NOTICES, SESSION_OUTCOMES } from '../../../../src-main/domain/vocabulary';

/**
 * 调解, 协议 and 效力确认 as recorded so far (from imports, for now). Editing them arrives with
 * the mediation-process and agreement features; each tab says so rather than pretend.
 */

function Coming({ text }: { text: string }) {
  return <Alert type="info" showIcon title={text} style={{ marginBottom: 12 }} />;
}

export function SessionsTab({ c }: { c: ExchangeCase }) {
  const { t } = useTranslation();
  return (
    <>
      <Coming text={t('caseView.sessionsComing')} />
      {c.sessions.length === 0 ? (
        <Empty description={t('caseView.noSessions')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {c.sessions.map((s, i) => (
            <Card key={i} size="small" title={`${s.startsAt.slice(0, 16).replace('T', ' ')}　${s.place}`} extra={<Tag>{SESSION_OUTCOMES[s.outcome]}</Tag>}>
              <Descriptions column={2} size="small">
                <Descriptions.Item label="方式">{SESSION_MODES[s.mode]}</Descriptions.Item>
                <Descriptions.Item label="调解员">{s.mediators.join('、')}</Descriptions.Item>
                <Descriptions.Item label="到场人员">{s.attendees.join('、')}</Descriptions.Item>
                <Descriptions.Item label="告知事项">{s.notices.map((n) => SESSION_NOTICES[n]).join('、') || '—'}</Descriptions.Item>
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
