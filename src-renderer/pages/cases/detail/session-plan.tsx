import { CalendarOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Input, Space, Table, Tag } from 'antd';
import { useVoice } from '../../../hooks/use-voice';
import type { ApiOutput } from '../../../../src-main/api/registry';
import { SESSION_STATUSES, type SessionStatus } from '../../../../src-main/domain/sessions';
import { SESSION_MODES } from '../../../../src-main/domain/vocabulary';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { ScheduleDialog } from './schedule-dialog';
import { SessionRecordDrawer } from './session-record-drawer';
import { useFreshDialog, useFreshDialogAbout } from '../../../hooks/use-fresh-dialog';

type Row = ApiOutput<'sessions.ofCase'>[number];
const STATUS_COLORS: Record<string, string> = { scheduled: 'blue', held: 'success', cancelled: 'default' };

/** 会议安排: the case's sessions — schedule one, write the record of one held, cancel one with its reason. */
export function SessionPlan({ caseId, canSchedule, mediators, people }: { caseId: string; canSchedule: boolean; mediators: string[]; people: string[] }) {
  const { t } = useVoice();
  const { modal, message } = App.useApp();
  // each opening mounts a fresh form; `recording` keeps the session shown while the drawer closes
  const scheduling = useFreshDialog();
  const recording = useFreshDialogAbout<Row>();
  const sessions = useApiQuery('sessions.ofCase', { caseId });
  const cancel = useApiMutation('sessions.cancel', ['sessions.ofCase', 'sessions.calendar', 'sessions.checkPlan', 'cases.history']);

  const askCancel = (row: Row) => {
    let reason = '';
    modal.confirm({
      title: t('schedule.cancelTitle', { at: row.startsAt.slice(0, 16).replace('T', ' ') }),
      content: <Input.TextArea rows={2} maxLength={500} aria-label={t('schedule.cancelReason')} placeholder={t('schedule.cancelReason')} onChange={(e) => (reason = e.target.value)} />,
      okText: t('schedule.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await cancel.mutateAsync({ id: row.id, reason });
          message.success(t('schedule.cancelled'));
        } catch (err) {
          message.error((err as Error).message);
          throw err; // keeps the dialog open with what was typed
        }
      },
    });
  };

  return (
    <Card
      size="small"
      title={t('schedule.planTitle')}
      style={{ marginBottom: 16 }}
      extra={
        canSchedule && (
          <Button type="primary" icon={<CalendarOutlined />} onClick={scheduling.show}>
            {t('schedule.title')}
          </Button>
        )
      }
    >
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        loading={sessions.isPending}
        dataSource={sessions.data ?? []}
        locale={{ emptyText: <Empty description={canSchedule ? t('schedule.none') : t('schedule.noneClosed')} /> }}
        data-testid="session-plan"
        columns={[
          { title: t('schedule.when'), dataIndex: 'startsAt', render: (v: string, r: Row) => `${v.slice(0, 16).replace('T', ' ')}—${r.endsAt?.slice(11, 16) ?? ''}` },
          { title: t('schedule.place'), dataIndex: 'place' },
          { title: t('schedule.mode'), dataIndex: 'mode', render: (v: string) => SESSION_MODES[v as keyof typeof SESSION_MODES] ?? v },
          { title: t('schedule.mediators'), dataIndex: 'mediators', render: (v: string[]) => v.join('、') },
          {
            title: t('schedule.status'),
            dataIndex: 'status',
            render: (v: string, r: Row) => (
              <>
                <Tag color={STATUS_COLORS[v]}>{SESSION_STATUSES[v as SessionStatus] ?? v}</Tag>
                {r.note}
              </>
            ),
          },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, r: Row) =>
              r.status !== 'cancelled' && (
                <Space size={4}>
                  <Button size="small" icon={<EditOutlined />} onClick={() => recording.show(r)}>
                    {r.status === 'held' ? t('record.edit') : t('record.write')}
                  </Button>
                  {r.status === 'scheduled' && (
                    <Button size="small" icon={<StopOutlined />} onClick={() => askCancel(r)}>
                      {t('schedule.cancel')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <ScheduleDialog key={scheduling.count} caseId={caseId} open={scheduling.open} mediators={mediators} onClose={scheduling.hide} />
      {recording.subject && <SessionRecordDrawer key={recording.count} session={recording.subject} open={recording.open} people={people} onClose={recording.hide} />}
    </Card>
  );
}
