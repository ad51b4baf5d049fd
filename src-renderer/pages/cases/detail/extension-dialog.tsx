import { DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateItem, todayString } from '../../../form-fields';
import { useApiMutation } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';

interface ExtensionValues {
  n: number;
  unit: 'days' | 'months';
  on: string;
  said: string;
}

const INVALIDATES = ['cases.deadlines', 'deadlines.due', 'cases.history', 'arbitration.get'] as const;

/**
 * 延长调解期限 (the parties agree) or 延长仲裁期限 (the chair approves, `of` 'arbitration'): how
 * long, when, and how it was agreed or approved; mounted afresh each time.
 */
export function ExtensionDialog({ caseId, open, onDone, of = 'extension' }: { caseId: string; open: boolean; onDone: () => void; of?: 'extension' | 'arbitrationExtension' }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExtensionValues>();
  const mediation = useApiMutation('cases.extendMediationPeriod', [...INVALIDATES]);
  const arbitration = useApiMutation('arbitration.extendPeriod', [...INVALIDATES]);
  const submit = useFormSubmit(form);
  const arbitrating = of === 'arbitrationExtension';
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const base = { caseId, n: v.n, unit: v.unit };
    const work = arbitrating
      ? () => arbitration.mutateAsync({ ...base, approvedOn: v.on, approval: v.said.trim() })
      : () => mediation.mutateAsync({ ...base, agreedOn: v.on, consent: v.said.trim() });
    if (await submit(work, t(`${of}.done`))) onDone();
  };
  return (
    <Modal open={open} title={t(`${of}.title`)} onCancel={onDone} onOk={() => void save()} confirmLoading={mediation.isPending || arbitration.isPending} forceRender>
      <Typography.Paragraph type="secondary">{t(`${of}.help`)}</Typography.Paragraph>
      <Form name={of} form={form} layout="vertical" initialValues={{ n: arbitrating ? 1 : 15, unit: arbitrating ? 'months' : 'days', on: todayString() }} onFinish={() => void save()}>
        <Form.Item label={t('extension.length')} required>
          <Space.Compact>
            <Form.Item name="n" noStyle rules={[{ required: true, message: '请填写延长的时长' }]}>
              <InputNumber min={1} max={arbitrating ? 365 : 90} precision={0} aria-label={t('extension.length')} />
            </Form.Item>
            <Form.Item name="unit" noStyle>
              <Select aria-label={t('extension.unit')} style={{ width: 80 }} options={[{ value: 'days', label: '日' }, { value: 'months', label: '个月' }]} />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item label={t(`${of}.agreedOn`)} name="on" rules={[{ required: true, message: '请选择日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
        <Form.Item label={t(`${of}.consent`)} name="said" rules={[{ required: true, whitespace: true, message: arbitrating ? '请填写批准情况' : '请填写当事人同意的情况' }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t(`${of}.consentHint`)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
