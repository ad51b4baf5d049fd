import { Button, Form, InputNumber, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_CATEGORIES } from '../../../src-main/domain/categories';
import type { ApiInput } from '../../../src-main/api/registry';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useSaveShortcut } from '../../hooks/use-save-shortcut';

interface IntakeValues {
  complexFromYuan: number;
  complexFromPartyCount: number;
  complexCategories: ApiInput<'settings.updateIntake'>['triage']['complexCategories'];
  duplicateWindowDays: number;
}

/** 设置 → 受理规则: the triage thresholds (繁简分流) and the duplicate-warning window. */
export function IntakeTab() {
  const { t } = useTranslation();
  const [form] = Form.useForm<IntakeValues>();
  const current = useApiQuery('settings.getIntake', {});
  const update = useApiMutation('settings.updateIntake', ['settings.getIntake']);
  useSaveShortcut(() => form.submit());

  useEffect(() => {
    if (current.data) {
      form.setFieldsValue({
        complexFromYuan: current.data.triage.complexFromAmountFen / 100,
        complexFromPartyCount: current.data.triage.complexFromPartyCount,
        complexCategories: current.data.triage.complexCategories,
        duplicateWindowDays: current.data.duplicateWindowDays,
      });
    }
  }, [current.data, form]);

  const submit = useFormSubmit(form);
  const save = (v: IntakeValues) =>
    submit(
      () =>
        update.mutateAsync({
          triage: { complexFromAmountFen: Math.round(v.complexFromYuan * 100), complexFromPartyCount: v.complexFromPartyCount, complexCategories: v.complexCategories },
          duplicateWindowDays: v.duplicateWindowDays,
        }),
      t('common.saved'),
    );

  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 640 }} onFinish={(v) => void save(v)} disabled={current.isPending}>
      <Typography.Paragraph type="secondary">{t('intake.help')}</Typography.Paragraph>
      <Form.Item label={t('intake.amount')} name="complexFromYuan" rules={[{ required: true, message: '请填写金额' }]}>
        <InputNumber min={0} step={10000} precision={2} suffix="元" style={{ width: 240 }} />
      </Form.Item>
      <Form.Item label={t('intake.parties')} name="complexFromPartyCount" rules={[{ required: true, message: '请填写人数' }]}>
        <InputNumber min={2} max={50} suffix="方" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label={t('intake.categories')} name="complexCategories">
        <Select mode="multiple" options={Object.entries(CASE_CATEGORIES).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item label={t('intake.duplicateWindow')} name="duplicateWindowDays" rules={[{ required: true, message: '请填写天数' }]}>
        <InputNumber min={0} max={3650} suffix="天" style={{ width: 160 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
