import { DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateItem, todayString } from '../../../form-fields';
import { useApiMutation } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';

interface ExtensionValues {
  n: number;
  unit: 'days' | 'months';
  agreedOn: string;
  consent: string;
}

/** 延长调解期限: how long, when the parties agreed, and how they said so; mounted afresh each time. */
export function ExtensionDialog({ caseId, open, onDone }: { caseId: string; open: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExtensionValues>();
  const extend = useApiMutation('cases.extendMediationPeriod', ['cases.deadlines', 'deadlines.due', 'cases.history']);
  const submit = useFormSubmit(form);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v && (await submit(() => extend.mutateAsync({ caseId, n: v.n, unit: v.unit, agreedOn: v.agreedOn, consent: v.consent.trim() }), t('extension.done')))) onDone();
  };
  return (
    <Modal open={open} title={t('extension.title')} onCancel={onDone} onOk={() => void save()} confirmLoading={extend.isPending} forceRender>
      <Typography.Paragraph type="secondary">{t('extension.help')}</Typography.Paragraph>
      <Form name="extension" form={form} layout="vertical" initialValues={{ n: 15, unit: 'days', agreedOn: todayString() }} onFinish={() => void save()}>
        <Form.Item label={t('extension.length')} required>
          <Space.Compact>
            <Form.Item name="n" noStyle rules={[{ required: true, message: '请填写延长的时长' }]}>
              <InputNumber min={1} max={90} precision={0} aria-label={t('extension.length')} />
            </Form.Item>
            <Form.Item name="unit" noStyle>
              <Select aria-label={t('extension.unit')} style={{ width: 80 }} options={[{ value: 'days', label: '日' }, { value: 'months', label: '个月' }]} />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item label={t('extension.agreedOn')} name="agreedOn" rules={[{ required: true, message: '请选择同意日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('extension.consent')} name="consent" rules={[{ required: true, whitespace: true, message: '请填写当事人同意的情况' }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('extension.consentHint')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
