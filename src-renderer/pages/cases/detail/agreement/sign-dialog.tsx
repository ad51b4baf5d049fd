import { Checkbox, DatePicker, Form, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExchangeCase } from '../../../../../src-main/domain/exchange';
import { REPRESENTATIVE_TITLES } from '../../../../../src-main/domain/vocabulary';
import { dateItem, todayString } from '../../../../form-fields';
import { useApiMutation } from '../../../../hooks/use-api';
import { useFormSubmit } from '../../../../hooks/use-form-submit';

const SELF = '__self__';

interface SignValues {
  signedOn: string;
  by: string[];
  mediator: string;
  sealed: boolean;
}

/** 标记已签署: who signed for each party, the mediator, the seal and the date; mounted afresh each time. */
export function SignDialog({ caseId, c, open, onDone }: { caseId: string; c: ExchangeCase; open: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignValues>();
  const sign = useApiMutation('agreements.sign', ['cases.get', 'cases.list', 'cases.history', 'cases.deadlines', 'deadlines.due', 'agreements.check', 'agreements.routes']);
  const submit = useFormSubmit(form);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const parties = c.parties.map((p, i) => ({ name: p.name, by: v.by[i] === SELF || v.by[i] === undefined ? null : (v.by[i] as string) }));
    if (await submit(() => sign.mutateAsync({ caseId, signedOn: v.signedOn, parties, mediator: v.mediator, sealed: v.sealed }), t('signing.done'))) onDone();
  };
  const lead = c.mediators.find((m) => m.role === 'lead')?.name;
  return (
    <Modal open={open} title={t('signing.title')} onCancel={onDone} onOk={() => void save()} confirmLoading={sign.isPending} forceRender width={640}>
      <Typography.Paragraph type="secondary">{t('signing.help')}</Typography.Paragraph>
      <Form name="sign-agreement" form={form} layout="vertical" initialValues={{ signedOn: todayString(), by: c.parties.map(() => SELF), mediator: lead, sealed: false }} onFinish={() => void save()}>
        {c.parties.map((p, i) => (
          <Form.Item key={p.name} label={t('signing.partyLabel', { name: p.name })} name={['by', i]}>
            <Select
              aria-label={t('signing.partyLabel', { name: p.name })}
              options={[{ value: SELF, label: p.kind === 'natural' ? t('signing.self') : t('signing.representative', { title: REPRESENTATIVE_TITLES[p.kind] }) }, ...p.agents.map((a) => ({ value: a.name, label: t('signing.agent', { name: a.name }) }))]}
            />
          </Form.Item>
        ))}
        <Form.Item label={t('signing.mediator')} name="mediator" rules={[{ required: true, message: '请选择签名的调解员' }]}>
          <Select options={c.mediators.map((m) => ({ value: m.name, label: m.name }))} />
        </Form.Item>
        <Form.Item label={t('signing.signedOn')} name="signedOn" rules={[{ required: true, message: '请选择签署日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="sealed" valuePropName="checked" rules={[{ validator: async (_r, v) => (v ? undefined : Promise.reject(new Error('调解协议须加盖调解组织印章'))) }]}>
          <Checkbox>{t('signing.sealed')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
