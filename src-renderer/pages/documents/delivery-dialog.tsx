import { DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../src-main/api/registry';
import { DELIVERY_METHODS, type Delivery } from '../../../src-main/domain/delivery';
import { dateItem, pruneEmpty, todayString } from '../../form-fields';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useFormSubmit } from '../../hooks/use-form-submit';

type Row = ApiOutput<'documents.list'>[number];

/**
 * 记录送达: how one generated document reached one party — from the signed service receipt
 * (送达回证) or the post's return slip. The parties already served on are not offered again.
 */
export function DeliveryDialog({ row, onDone }: { row: Row; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Delivery>();
  const detail = useApiQuery('cases.get', { id: row.caseId });
  const record = useApiMutation('documents.recordDelivery', ['documents.list', 'documents.preview', 'cases.history']);
  const submit = useFormSubmit(form, 'delivery.');
  const served = new Set(row.deliveries.map((d) => d.party));
  const parties = (detail.data?.exchange.parties ?? []).map((p) => p.name).filter((name) => !served.has(name));
  // a party's own copy goes to that party; a case paper to whoever is first still to serve
  const addressee = parties.find((p) => p === row.targetLabel.split('-')[0]) ?? parties[0];
  const method = Form.useWatch('method', form);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    if (await submit(() => record.mutateAsync({ id: row.id, delivery: pruneEmpty(v) }), t('delivery.done'))) onDone();
  };
  return (
    <Modal open title={t('delivery.title', { title: row.title, version: row.version })} onCancel={onDone} onOk={() => void save()} confirmLoading={record.isPending} okText={t('delivery.save')}>
      <Typography.Paragraph type="secondary">{t('delivery.help')}</Typography.Paragraph>
      {detail.data && parties.length === 0 && <Typography.Text type="success">{t('delivery.allServed')}</Typography.Text>}
      {detail.data && parties.length > 0 && (
        <Form name="delivery" form={form} layout="vertical" initialValues={{ party: addressee, method: 'direct', servedOn: todayString() }}>
          <Form.Item label={t('delivery.party')} name="party" rules={[{ required: true, message: '请选择受送达人' }]}>
            <Select options={parties.map((value) => ({ value, label: value }))} />
          </Form.Item>
          <Form.Item label={t('delivery.method')} name="method" rules={[{ required: true, message: '请选择送达方式' }]}>
            <Radio.Group options={Object.entries(DELIVERY_METHODS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label={t('delivery.servedOn')} name="servedOn" rules={[{ required: true, message: '请选择送达日期' }]} {...dateItem}>
            <DatePicker />
          </Form.Item>
          <Form.Item label={t('delivery.receivedBy')} name="receivedBy" extra={t('delivery.receivedByHelp')} rules={[{ required: method === 'direct' || method === 'post', whitespace: true, message: '请填写签收人（受送达人或代收人）' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('delivery.note')} name="note" extra={t(`delivery.noteHelp.${method ?? 'direct'}`)} rules={[{ required: method === 'left' || method === 'public', whitespace: true, message: '请在备注中写明送达情况' }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
