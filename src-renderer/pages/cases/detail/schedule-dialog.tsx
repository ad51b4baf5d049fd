import { Alert, DatePicker, Form, Input, Modal, Select, Space, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { useVoice } from '../../../hooks/use-voice';
import { sessionPlanSchema, type SessionPlan } from '../../../../src-main/domain/sessions';
import { SESSION_MODES } from '../../../../src-main/domain/vocabulary';
import { dateItem, timeItem } from '../../../form-fields';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { useDebounced } from '../../../hooks/use-debounced';
import { useFormSubmit } from '../../../hooks/use-form-submit';


/**
 * 安排调解会议: date, time, place or room, manner and mediators; clashes with other sessions of
 * the same mediator or room are shown while the form is filled in (they warn, they do not block).
 * Mounted afresh for each scheduling (a new `key`), so its initial values are read once.
 */
export function ScheduleDialog({ caseId, open, mediators, onClose }: { caseId: string; open: boolean; mediators: string[]; onClose: () => void }) {
  const { t } = useVoice();
  const [form] = Form.useForm<SessionPlan>();
  const schedule = useApiMutation('sessions.schedule', ['sessions.ofCase', 'sessions.calendar', 'sessions.checkPlan', 'cases.history']);
  const roster = useApiQuery('mediators.list', {}, { enabled: open });
  const submit = useFormSubmit(form, 'plan.');
  const values = Form.useWatch([], form) as Partial<SessionPlan> | undefined;
  const plan = useDebounced(values);
  // the clash check runs once the plan would be accepted as it stands
  const complete = sessionPlanSchema.safeParse(plan).success;
  const clashes = useApiQuery('sessions.checkPlan', { plan: plan as SessionPlan }, { enabled: open && complete, keepPrevious: true });

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const done = await submit(() => schedule.mutateAsync({ caseId, plan: v }), t('schedule.done'));
    if (done) onClose();
  };

  return (
    <Modal open={open} title={t('schedule.title')} onCancel={onClose} onOk={() => void save()} okText={t('schedule.save')} confirmLoading={schedule.isPending} forceRender width={600}>
      <Form
        name="schedule"
        form={form}
        layout="vertical"
        onFinish={() => void save()}
        initialValues={{ date: dayjs().add(1, 'day').format('YYYY-MM-DD'), from: '09:00', to: '11:00', place: '', mode: 'in_person', mediators }}
      >
        <Space wrap>
          <Form.Item label={t('schedule.date')} name="date" rules={[{ required: true, message: '请选择会议日期' }]} {...dateItem}>
            <DatePicker />
          </Form.Item>
          <Form.Item label={t('schedule.from')} name="from" rules={[{ required: true, message: '请选择开始时间' }]} {...timeItem}>
            <TimePicker format="HH:mm" minuteStep={15} needConfirm={false} />
          </Form.Item>
          <Form.Item label={t('schedule.to')} name="to" rules={[{ required: true, message: '请选择结束时间' }]} {...timeItem}>
            <TimePicker format="HH:mm" minuteStep={15} needConfirm={false} />
          </Form.Item>
        </Space>
        <Form.Item label={t('schedule.mode')} name="mode" rules={[{ required: true }]}>
          <Select options={Object.entries(SESSION_MODES).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label={t('schedule.place')} name="place" rules={[{ required: true, message: '请填写地点或调解室' }]}>
          <Input maxLength={100} placeholder="例如：第一调解室；线上会议填写会议平台" />
        </Form.Item>
        <Form.Item label={t('schedule.mediators')} name="mediators" rules={[{ required: true, message: '请选择至少一名调解员' }]}>
          <Select mode="multiple" options={(roster.data ?? []).filter((m) => m.active).map((m) => ({ value: m.name, label: m.name }))} />
        </Form.Item>
      </Form>
      {complete && clashes.data && clashes.data.length > 0 && (
        <Alert type="warning" showIcon title={t('schedule.clashes')} description={<ul className="finding-list">{clashes.data.map((c) => <li key={c}>{c}</li>)}</ul>} data-testid="schedule-clashes" />
      )}
    </Modal>
  );
}
