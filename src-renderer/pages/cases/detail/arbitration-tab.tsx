import { DeleteOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Radio, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_FORMS, reliedAgreementSchema } from '../../../../src-main/domain/arbitration';
import { money, text } from '../../../../src-main/domain/exchange/primitives';
import { formatYuanGrouped } from '../../../../src-main/domain/money';
import type { ApiOutput } from '../../../../src-main/api/registry';
import { dateItem, pruneEmpty } from '../../../form-fields';
import { zodRule } from '../../../form-rules';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { useSaveDocument } from '../../../hooks/use-save-document';
import { useSaveShortcut } from '../../../hooks/use-save-shortcut';
import { OutcomeCard } from './outcome-card';
import { TribunalCard } from './tribunal-card';

type Detail = ApiOutput<'arbitration.get'>;
interface Values {
  agreement: z.input<typeof reliedAgreementSchema>;
  secretary?: string;
  handling?: { item: string; amount: string }[];
}

const yuan = (fen: number) => `${formatYuanGrouped(fen)}元`;
const fields = reliedAgreementSchema.shape;

/**
 * 仲裁 (a commission's case): the arbitration agreement the application relies on, checked against
 * the commission; the clerk; the handling costs; the fee as counted, with its notice; the tribunal;
 * how it ends.
 */
export function ArbitrationTab({ caseId, status, editable }: { caseId: string; status: string; editable: boolean }) {
  const detail = useApiQuery('arbitration.get', { caseId });
  if (!detail.data) return <Card loading />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <AgreementCard caseId={caseId} detail={detail.data} editable={editable} />
      <FeeCard caseId={caseId} detail={detail.data} />
      <TribunalCard caseId={caseId} detail={detail.data} status={status} editable={editable} />
      <OutcomeCard caseId={caseId} detail={detail.data} status={status} editable={editable} />
    </Space>
  );
}

function AgreementCard({ caseId, detail, editable }: { caseId: string; detail: Detail; editable: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('arbitration.save', ['arbitration.get', 'cases.deadlines', 'deadlines.due', 'cases.history', 'documents.options']);
  const submit = useFormSubmit(form);
  const record = detail.record;
  useEffect(() => {
    form.setFieldsValue(record ? { agreement: record.agreement, secretary: record.secretary, handling: record.handling } : { agreement: { form: 'clause', namedCommission: detail.commission }, handling: [] });
  }, [form, record, detail.commission]);
  const onSave = async (v: Values) => {
    const input = pruneEmpty(v);
    await submit(() => save.mutateAsync({ caseId, ...input, handling: input.handling ?? [] }), t('arbitration.saved'));
  };
  useSaveShortcut(() => form.submit(), editable);
  return (
    <Card size="small" title={t('arbitration.agreementTitle')} data-testid="arbitration-agreement">
      {detail.findings.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="arbitration-findings" title={t('arbitration.findings')} description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{detail.findings.map((f) => <li key={f}>{f}</li>)}</ul>} />
      )}
      {!record && <Typography.Paragraph type="secondary">{t('arbitration.firstTime', { commission: detail.commission })}</Typography.Paragraph>}
      <Form name="arbitration" form={form} layout="horizontal" labelCol={{ flex: '150px' }} disabled={!editable} onFinish={(v) => void onSave(v)}>
        <Form.Item label={t('arbitration.form')} name={['agreement', 'form']} required>
          <Radio.Group options={Object.entries(AGREEMENT_FORMS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label={t('arbitration.source')} name={['agreement', 'source']} required rules={[zodRule(fields.source)]} extra={t('arbitration.sourceHelp')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('arbitration.signedOn')} name={['agreement', 'signedOn']} {...dateItem}>
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('arbitration.namedCommission')} name={['agreement', 'namedCommission']} extra={t('arbitration.namedCommissionHelp')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label={t('arbitration.wording')} name={['agreement', 'wording']}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('arbitration.secretary')} name="secretary">
          <Input maxLength={20} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('arbitration.handling')} extra={t('arbitration.handlingHelp')}>
          <Form.List name="handling">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Space key={row.key} align="baseline">
                    <Form.Item name={[row.name, 'item']} rules={[zodRule(text('收费项目', 50))]}>
                      <Input placeholder={t('arbitration.handlingItem')} aria-label={t('arbitration.handlingItem')} style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'amount']} rules={[zodRule(money('金额'))]}>
                      <Input addonAfter="元" aria-label={t('arbitration.handlingAmount')} style={{ width: 180 }} />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} aria-label={t('arbitration.handlingRemove')} onClick={() => remove(row.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('arbitration.handlingAdd')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('arbitration.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}

function FeeCard({ caseId, detail }: { caseId: string; detail: Detail }) {
  const { t } = useTranslation();
  const word = useSaveDocument(caseId);
  const fee = detail.fee;
  return (
    <Card
      size="small"
      title={t('arbitration.feeTitle')}
      data-testid="arbitration-fee"
      extra={
        fee && (
          <Button icon={<FileWordOutlined />} loading={word.pending} onClick={() => void word.save('arbitration-fee-notice')}>
            {t('arbitration.feeNotice')}
          </Button>
        )
      }
    >
      {fee ? (
        <>
          {detail.scheduleNow !== null && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('arbitration.repriced', { fee: yuan(detail.scheduleNow) })} />}
          <Table
            size="small"
            rowKey={(r) => r.text}
            pagination={false}
            dataSource={fee.lines}
            columns={[
              { title: t('fees.part'), dataIndex: 'text' },
              { title: t('arbitration.amount'), dataIndex: 'fee', align: 'right', render: (v: number) => yuan(v) },
            ]}
          />
          <Descriptions size="small" column={3} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('fees.acceptance')}>{yuan(fee.acceptanceFee)}</Descriptions.Item>
            <Descriptions.Item label={t('fees.handling')}>{yuan(fee.handlingTotal)}</Descriptions.Item>
            <Descriptions.Item label={t('fees.total')}>
              <Typography.Text strong>{yuan(fee.total)}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </>
      ) : (
        <Empty description={detail.record ? t('arbitration.noAmount') : t('arbitration.noRecord')} />
      )}
    </Card>
  );
}
