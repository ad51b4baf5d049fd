import { WarningFilled } from '@ant-design/icons';
import { Badge, Calendar, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useVoice } from '../../hooks/use-voice';
import { useNavigate } from 'react-router';
import type { ApiOutput } from '../../../src-main/api/registry';
import { SESSION_MODES } from '../../../src-main/domain/vocabulary';
import { useApiQuery } from '../../hooks/use-api';

type Session = ApiOutput<'sessions.calendar'>[number];
type View = 'month' | 'week' | 'day';

// a few distinct colours so each mediator's sessions stand out; the same name always gets the same one
const COLORS = ['blue', 'green', 'purple', 'orange', 'cyan', 'magenta', 'geekblue', 'volcano'];
const colorOf = (name: string) => COLORS[[...name].reduce((n, ch) => n + (ch.codePointAt(0) ?? 0), 0) % COLORS.length];

function range(view: View, day: Dayjs): [Dayjs, Dayjs] {
  if (view === 'day') return [day, day];
  if (view === 'week') {
    const monday = day.subtract((day.day() + 6) % 7, 'day');
    return [monday, monday.add(6, 'day')];
  }
  // the month grid shows parts of the weeks before and after
  return [day.startOf('month').subtract(7, 'day'), day.endOf('month').add(7, 'day')];
}

function SessionLine({ s, onOpen }: { s: Session; onOpen: () => void }) {
  return (
    <button type="button" className={`calendar-session${s.clashes.length ? ' calendar-clash' : ''}`} onClick={onOpen} title={[...s.clashes, s.parties.join(' 与 ')].join('\n')}>
      {s.clashes.length > 0 && <WarningFilled aria-label="冲突" />} {s.startsAt.slice(11, 16)} <Tag color={colorOf(s.mediators[0] ?? '')}>{s.mediators.join('、')}</Tag>
      {s.caseNumber ?? ''}
    </button>
  );
}

/** 日程: sessions by month, week or day, coloured by mediator; clashes of mediator or room marked. */
export function CalendarPage() {
  const { t } = useVoice();
  const navigate = useNavigate();
  const [view, setView] = useState<View>('month');
  const [day, setDay] = useState(dayjs());
  const [from, to] = range(view, day);
  const sessions = useApiQuery('sessions.calendar', { from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') }, { keepPrevious: true });
  const onDay = (d: Dayjs) => (sessions.data ?? []).filter((s) => s.startsAt.startsWith(d.format('YYYY-MM-DD')));
  const open = (s: Session) => void navigate(`/cases/${s.caseId}/mediation`);
  const clashes = (sessions.data ?? []).filter((s) => s.clashes.length > 0).length;

  const days = view === 'month' ? [] : Array.from({ length: to.diff(from, 'day') + 1 }, (_, i) => from.add(i, 'day'));
  return (
    <>
      <div className="page-heading">
        <Typography.Title level={3}>{t('nav.calendar')}</Typography.Title>
        <Space>
          {clashes > 0 && <Badge status="error" text={t('calendar.clashes', { count: clashes })} />}
          <Segmented<View>
            value={view}
            onChange={setView}
            options={[
              { value: 'month', label: t('calendar.month') },
              { value: 'week', label: t('calendar.week') },
              { value: 'day', label: t('calendar.day') },
            ]}
          />
        </Space>
      </div>
      {view === 'month' ? (
        <Calendar
          value={day}
          onChange={setDay}
          onPanelChange={(d) => setDay(d)}
          cellRender={(current, info) =>
            info.type === 'date' ? (
              <div className="calendar-cell">
                {onDay(current).map((s) => (
                  <SessionLine key={s.id} s={s} onOpen={() => open(s)} />
                ))}
              </div>
            ) : (
              info.originNode
            )
          }
        />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space>
            <a onClick={() => setDay(day.subtract(view === 'week' ? 7 : 1, 'day'))}>{t('calendar.previous')}</a>
            <Typography.Text strong>{view === 'week' ? `${from.format('YYYY-MM-DD')} — ${to.format('YYYY-MM-DD')}` : day.format('YYYY-MM-DD dddd')}</Typography.Text>
            <a onClick={() => setDay(day.add(view === 'week' ? 7 : 1, 'day'))}>{t('calendar.next')}</a>
          </Space>
          {days.map((d) => (
            <Card key={d.format('YYYY-MM-DD')} size="small" title={d.format('M月D日 dddd')}>
              {onDay(d).length === 0 ? (
                <Typography.Text type="secondary">{t('calendar.free')}</Typography.Text>
              ) : (
                <List
                  dataSource={onDay(d)}
                  renderItem={(s) => (
                    <List.Item onClick={() => open(s)} className="clickable-row">
                      <List.Item.Meta
                        title={`${s.startsAt.slice(11, 16)}—${s.endsAt?.slice(11, 16) ?? ''}　${s.caseNumber ?? ''}　${s.parties.join(' 与 ')}`}
                        description={
                          <>
                            {`${SESSION_MODES[s.mode as keyof typeof SESSION_MODES] ?? s.mode}　${s.place}　${s.mediators.join('、')}`}
                            {s.clashes.map((c) => (
                              <div key={c} className="calendar-clash">
                                <WarningFilled /> {c}
                              </div>
                            ))}
                          </>
                        }
                      />
                    </List.Item>
                  )}
                />
              )}
            </Card>
          ))}
        </Space>
      )}
    </>
  );
}
