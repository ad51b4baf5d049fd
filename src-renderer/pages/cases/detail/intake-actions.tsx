import { App, Button, DatePicker, Form, Input, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateItem, todayString } from '../../../form-fields';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { useApiMutation } from '../../../hooks/use-api';

type Dialog = 'accept' | 'refuse' | 'track';
const INVALIDATES = ['cases.get', 'cases.list', 'cases.history'] as const;

/** The actions of a newly registered case — 受理, 不予受理 — and the triage override. */
export function IntakeActions({ id, status, track }: { id: string; status: string; track: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // which dialog stays set while it closes, so its title and fields do not vanish mid-animation
  const [dialog, setDialog] = useState<{ kind: Dialog; open: boolean }>({ kind: 'accept', open: false });
  const open = dialog.kind;
  const [form] = Form.useForm();
  const accept = useApiMutation('cases.accept', [...INVALIDATES]);
  const refuse = useApiMutation('cases.refuse', [...INVALIDATES]);
  const override = useApiMutation('cases.overrideTrack', [...INVALIDATES]);

  const show = (kind: Dialog, values: Record<string, unknown>) => {
    form.resetFields();
    form.setFieldsValue(values);
    setDialog({ kind, open: true });
  };

  const submit = useFormSubmit(form);
  const run = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const done = await submit(async () => {
      if (open === 'accept') {
        const { caseNumber } = await accept.mutateAsync({ id, acceptedOn: values.acceptedOn });
        message.success(t('caseActions.accepted', { caseNumber }));
      } else if (open === 'refuse') {
        await refuse.mutateAsync({ id, refusedOn: values.refusedOn, reason: values.reason });
        message.success(t('caseActions.refused'));
      } else if (open === 'track') {
        await override.mutateAsync({ id, track: values.track, note: values.note });
        message.success(t('common.saved'));
      }
    });
    if (done) setDialog((d) => ({ ...d, open: false }));
  };

  return (
    <>
      <Space wrap>
        {status === 'registered' && (
          <>
            <Button type="primary" onClick={() => show('accept', { acceptedOn: todayString() })}>
              {t('caseActions.accept')}
            </Button>
            <Button danger onClick={() => show('refuse', { refusedOn: todayString() })}>
              {t('caseActions.refuse')}
            </Button>
          </>
        )}
        <Button onClick={() => show('track', { track: track === 'complex' ? 'simple' : 'complex' })}>{t('caseActions.overrideTrack')}</Button>
      </Space>
      <Modal
        open={dialog.open}
        title={t(`caseActions.${open}Title`)}
        onCancel={() => setDialog((d) => ({ ...d, open: false }))}
        onOk={() => void run()}
        okText={open === 'refuse' ? t('caseActions.refuse') : t('common.save')}
        okButtonProps={{ danger: open === 'refuse', loading: accept.isPending || refuse.isPending || override.isPending }}
        // the form stays mounted, so `show` can fill it before the dialog opens
        forceRender
      >
        <Form name="intake" form={form} layout="vertical" onFinish={() => void run()}>
          {open === 'accept' && (
            <Form.Item label={t('caseActions.acceptedOn')} name="acceptedOn" rules={[{ required: true, message: '请选择受理日期' }]} extra={t('caseActions.acceptHint')} {...dateItem}>
              <DatePicker />
            </Form.Item>
          )}
          {open === 'refuse' && (
            <>
              <Form.Item label={t('caseActions.refusedOn')} name="refusedOn" rules={[{ required: true, message: '请选择日期' }]} {...dateItem}>
                <DatePicker />
              </Form.Item>
              <Form.Item label={t('caseActions.reason')} name="reason" rules={[{ required: true, min: 2, message: '请填写不予受理的理由' }]}>
                <Input.TextArea rows={3} maxLength={1000} placeholder="例如：该纠纷已由人民法院受理，不属于本委员会受理范围。" />
              </Form.Item>
            </>
          )}
          {open === 'track' && (
            <>
              <Form.Item label={t('caseActions.track')} name="track">
                <Radio.Group
                  options={[
                    { value: 'simple', label: '简易' },
                    { value: 'complex', label: '普通' },
                  ]}
                />
              </Form.Item>
              <Form.Item label={t('caseActions.note')} name="note" rules={[{ required: true, min: 2, message: '请说明调整的理由' }]}>
                <Input.TextArea rows={3} maxLength={500} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
