import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Space, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../src-main/api/registry';
import { NATIONAL_RANGES, type FeeSchedule } from '../../../src-main/domain/arbitration-fees';
import { formatYuanGrouped, parseYuan } from '../../../src-main/domain/money';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useDebounced } from '../../hooks/use-debounced';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useSaveShortcut } from '../../hooks/use-save-shortcut';

/**
 * 设置 → 仲裁收费: the commission's acceptance fee schedule inside the 1995 national ranges
 * (fixed fee up to 1,000 yuan, a rate for each part above), and a calculator to try it on an amount.
 */
const yuan = (fen: number) => `${formatYuanGrouped(fen)}元`;
const partName = (i: number) => {
  const from = i === 0 ? NATIONAL_RANGES.baseUpTo : NATIONAL_RANGES.brackets[i - 1]?.upTo;
  const to = NATIONAL_RANGES.brackets[i]?.upTo;
  return to === null || to === undefined ? `超过${yuan(from ?? 0)}的部分` : `超过${yuan(from ?? 0)}至${yuan(to)}的部分`;
};

/** The form in yuan and percent, the API in fen and basis points. */
interface Values {
  baseFee: number;
  rates: number[];
}

export function ArbitrationFeesTab() {
  const current = useApiQuery('settings.getArbitrationFees', {});
  if (current.isPending) return <Spin />;
  if (current.isError) return <Alert type="error" showIcon title={current.error.message} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 900 }}>
      <ScheduleForm key={JSON.stringify(current.data)} current={current.data} />
      <Calculator />
    </Space>
  );
}

function ScheduleForm({ current }: { current: ApiOutput<'settings.getArbitrationFees'> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useApiMutation('settings.updateArbitrationFees', ['settings.getArbitrationFees', 'arbitration.fee']);
  const submit = useFormSubmit(form);
  useSaveShortcut(() => form.submit());
  const save = (v: Values) => {
    const schedule: FeeSchedule = {
      baseFee: Math.round(v.baseFee * 100),
      baseUpTo: NATIONAL_RANGES.baseUpTo,
      brackets: NATIONAL_RANGES.brackets.map((b, i) => ({ upTo: b.upTo, rateBp: Math.round((v.rates[i] ?? 0) * 100) })),
    };
    return submit(() => update.mutateAsync({ schedule }), t('common.saved'));
  };
  const s = current.schedule;
  return (
    <Card size="small" title={t('fees.schedule')}>
      <Typography.Paragraph type="secondary">{t('fees.help')}</Typography.Paragraph>
      {!current.edited && <Alert type="info" showIcon title={t('fees.seeded')} style={{ marginBottom: 16 }} />}
      <Form name="arbitrationFees" form={form} layout="horizontal" labelCol={{ span: 10 }} initialValues={{ baseFee: s.baseFee / 100, rates: s.brackets.map((b) => b.rateBp / 100) }} onFinish={(v) => void save(v)}>
        <Form.Item label={`${yuan(NATIONAL_RANGES.baseUpTo)}以下（固定收费）`} name="baseFee" extra={`${yuan(NATIONAL_RANGES.baseFee.min)}至${yuan(NATIONAL_RANGES.baseFee.max)}`} rules={[{ required: true, message: '请填写固定收费' }]}>
          <InputNumber min={NATIONAL_RANGES.baseFee.min / 100} max={NATIONAL_RANGES.baseFee.max / 100} precision={2} addonAfter="元" />
        </Form.Item>
        {NATIONAL_RANGES.brackets.map((b, i) => (
          <Form.Item key={i} label={partName(i)} name={['rates', i]} extra={`${b.min / 100}%至${b.max / 100}%`} rules={[{ required: true, message: `请填写${partName(i)}的费率` }]}>
            <InputNumber min={b.min / 100} max={b.max / 100} step={0.01} precision={2} addonAfter="%" />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

function Calculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ amount: string; handling: string }>();
  const amount = useDebounced((Form.useWatch('amount', form) as string | undefined) ?? '', 300);
  const handling = useDebounced((Form.useWatch('handling', form) as string | undefined) ?? '', 300);
  const valid = (v: string) => v.trim() !== '' && parseYuan(v.trim()).ok;
  const input = { amount: amount.trim(), handling: valid(handling) ? [{ item: '案件处理费', amount: handling.trim() }] : [] };
  const fee = useApiQuery('arbitration.fee', input, { enabled: valid(amount), keepPrevious: true });
  return (
    <Card size="small" title={t('fees.calculator')} data-testid="fee-calculator">
      <Form name="feeCalculator" form={form} layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('fees.amount')} name="amount">
          <Input addonAfter="元" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label={t('fees.handling')} name="handling">
          <Input addonAfter="元" style={{ width: 180 }} />
        </Form.Item>
      </Form>
      {fee.data && valid(amount) ? (
        <>
          <Table size="small" rowKey="text" pagination={false} dataSource={fee.data.lines} columns={[{ title: t('fees.part'), dataIndex: 'text' }]} />
          <Descriptions size="small" column={3} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('fees.acceptance')}>{yuan(fee.data.acceptanceFee)}</Descriptions.Item>
            <Descriptions.Item label={t('fees.handling')}>{yuan(fee.data.handlingTotal)}</Descriptions.Item>
            <Descriptions.Item label={t('fees.total')}>
              <Typography.Text strong>{yuan(fee.data.total)}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </>
      ) : (
        <Typography.Text type="secondary">{t('fees.enterAmount')}</Typography.Text>
      )}
    </Card>
  );
}
