import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Checkbox, Form, Input, Radio, Select, Space, TimePicker } from 'antd';
import { useVoice } from '../../../hooks/use-voice';
import type { ApiOutput } from '../../../../src-main/api/registry';
import type { SessionRecord } from '../../../../src-main/domain/sessions';
import { useApiMutation } from '../../../hooks/use-api';
import { FormDrawer } from '../../../components/form-drawer';
import { timeItem } from '../../../form-fields';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { useSaveShortcut } from '../../../hooks/use-save-shortcut';

type Session = ApiOutput<'sessions.ofCase'>[number];
const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

/**
 * 调解笔录 (庭审笔录 for a commission's hearing): who attended, what they were told, what each said, and how the session ended. Saving
 * marks the session held; the first held session puts the case under mediation. Mounted afresh
 * for each session opened (a new `key`), so what is typed survives the queries refreshing.
 */
export function SessionRecordDrawer({ session, open, people, onClose }: { session: Session; open: boolean; people: string[]; onClose: () => void }) {
  const { t, outcomes, notices } = useVoice();
  const [form] = Form.useForm<SessionRecord>();
  const save = useApiMutation('sessions.record', ['sessions.ofCase', 'sessions.calendar', 'cases.get', 'cases.history', 'cases.list', 'documents.options']);
  const submit = useFormSubmit(form, 'record.');
  const attendees = Form.useWatch('attendees', form) ?? [];

  const run = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const record = { ...v, ...(v.recorder?.trim() ? { recorder: v.recorder.trim() } : { recorder: undefined }) };
    const done = await submit(() => save.mutateAsync({ id: session.id, record: JSON.parse(JSON.stringify(record)) as SessionRecord }), t('record.saved'));
    if (done) onClose();
  };
  useSaveShortcut(() => void run(), open);

  const speakers = [...new Set([...session.mediators, ...attendees])].map((value) => ({ value }));
  const r = session.record;
  return (
    <FormDrawer
      open={open}
      title={t('record.title', { at: session.startsAt.slice(0, 16).replace('T', ' ') })}
      onClose={onClose}
      onSave={() => void run()}
      saving={save.isPending}
      saveLabel={t('record.save')}
      forceRender
    >
      <Form
        name="sessionRecord"
        form={form}
        layout="vertical"
        initialValues={{
          to: session.endsAt?.slice(11, 16) ?? '',
          attendees: r?.attendees ?? [],
          recorder: r?.recorder ?? '',
          notices: r?.notices ?? ['rights', 'recusal', 'confidentiality'],
          statements: r?.statements.length ? r.statements : [{ speaker: session.mediators[0] ?? '', text: '' }],
          outcome: r?.outcome ?? undefined,
        }}
      >
        <Space wrap>
          <Form.Item label={t('record.to')} name="to" rules={[{ required: true, message: '请选择结束时间' }]} {...timeItem}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
          </Form.Item>
          <Form.Item label={t('record.recorder')} name="recorder">
            <Input maxLength={50} />
          </Form.Item>
        </Space>
        <Form.Item label={t('record.attendees')} name="attendees" rules={[{ required: true, message: '请填写到场人员' }]} extra={t('record.attendeesHelp')}>
          <Select mode="tags" options={people.map((value) => ({ value }))} />
        </Form.Item>
        <Form.Item label={t('record.notices')} name="notices">
          <Checkbox.Group options={options(notices)} />
        </Form.Item>
        <Form.List name="statements">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'speaker']} rules={[{ required: true, message: '请填写陈述人' }]} label={i === 0 ? t('record.speaker') : undefined}>
                    <AutoComplete options={speakers} style={{ width: 160 }} aria-label={`${t('record.speaker')} ${i + 1}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'text']} rules={[{ required: true, message: '请填写陈述内容' }]} label={i === 0 ? t('record.statement') : undefined} style={{ flex: 1, minWidth: 420 }}>
                    <Input.TextArea rows={2} maxLength={5000} aria-label={`${t('record.statement')} ${i + 1}`} />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('record.removeStatement')} style={{ marginTop: i === 0 ? 30 : 0 }} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ speaker: '', text: '' })} style={{ marginBottom: 16 }}>
                {t('record.addStatement')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item label={t('record.outcome')} name="outcome" rules={[{ required: true, message: '请选择会议结果' }]}>
          <Radio.Group options={options(outcomes)} />
        </Form.Item>
        <Form.Item label={t('record.note')} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
