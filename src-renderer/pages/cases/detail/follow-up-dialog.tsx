import { DatePicker, Form, Input, Modal, Rate, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExchangeFollowUp } from '../../../../src-main/domain/exchange';
import { FOLLOW_UP_METHODS, PERFORMANCE } from '../../../../src-main/domain/vocabulary';
import { dateItem, todayString } from '../../../form-fields';
import { useApiMutation } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

/** 记录回访: how the agreement is being performed and how satisfied the parties are; mounted afresh each time (a new `key`). */
export function FollowUpDialog({ caseId, open, onClose, onDone }: { caseId: string; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExchangeFollowUp>();
  const record = useApiMutation('cases.recordFollowUp', ['cases.get', 'cases.list', 'cases.history', 'deadlines.due', 'cases.deadlines', 'cases.followUpPlans']);
  const submit = useFormSubmit(form, 'followUp.');

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const followUp = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '' && x !== 0)) as ExchangeFollowUp;
    const done = await submit(() => record.mutateAsync({ caseId, followUp }), t('followUp.done'));
    if (done) onDone();
  };

  return (
    <Modal open={open} title={t('followUp.title')} onCancel={onClose} onOk={() => void save()} okText={t('common.save')} confirmLoading={record.isPending} forceRender>
      <Form name="followUp" form={form} layout="vertical" onFinish={() => void save()} initialValues={{ on: todayString(), method: 'phone' }}>
        <Form.Item label={t('followUp.on')} name="on" rules={[{ required: true, message: '请选择回访日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('followUp.method')} name="method" rules={[{ required: true, message: '请选择回访方式' }]}>
          <Select options={options(FOLLOW_UP_METHODS)} />
        </Form.Item>
        <Form.Item label={t('followUp.performance')} name="performance" rules={[{ required: true, message: '请选择履行情况' }]}>
          <Select options={options(PERFORMANCE)} />
        </Form.Item>
        <Form.Item label={t('followUp.satisfaction')} name="satisfaction">
          <Rate aria-label={t('followUp.satisfaction')} />
        </Form.Item>
        <Form.Item label={t('followUp.lawsuit')} name="lawsuit">
          <Input maxLength={1000} placeholder="如无诉讼，可不填" />
        </Form.Item>
        <Form.Item label={t('followUp.note')} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
