import { DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TERMINATE_REASONS } from '../../../../src-main/domain/case-workflow';
import { TERMINATION_REASONS } from '../../../../src-main/domain/vocabulary';
import { dateItem, todayString } from '../../../form-fields';
import { useApiMutation } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';

interface TerminationValues {
  on: string;
  reason: (typeof TERMINATE_REASONS)[number];
  note?: string;
}

/** 终止调解: the date, the reason from the list and a note; mounted afresh each time (a new `key`). */
export function TerminationDialog({ caseId, open, onClose, onDone }: { caseId: string; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TerminationValues>();
  const terminate = useApiMutation('cases.terminate', ['cases.get', 'cases.list', 'cases.history', 'documents.options', 'deadlines.due']);
  const submit = useFormSubmit(form);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const note = v.note?.trim();
    const done = await submit(() => terminate.mutateAsync({ caseId, on: v.on, reason: v.reason, ...(note ? { note } : {}) }), t('terminate.done'));
    if (done) onDone();
  };

  return (
    <Modal open={open} title={t('terminate.title')} onCancel={onClose} onOk={() => void save()} okText={t('terminate.confirm')} okButtonProps={{ danger: true }} confirmLoading={terminate.isPending} forceRender>
      <Typography.Paragraph type="secondary">{t('terminate.help')}</Typography.Paragraph>
      <Form name="termination" form={form} layout="vertical" onFinish={() => void save()} initialValues={{ on: todayString() }}>
        <Form.Item label={t('terminate.on')} name="on" rules={[{ required: true, message: '请选择终止日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('terminate.reason')} name="reason" rules={[{ required: true, message: '请选择终止原因' }]}>
          <Select options={TERMINATE_REASONS.map((value) => ({ value, label: TERMINATION_REASONS[value] }))} />
        </Form.Item>
        <Form.Item label={t('terminate.note')} name="note">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
