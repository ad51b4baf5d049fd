import { Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { NOTICE_MANNERS } from '../../../../src-main/domain/rights-notice';
import { dateItem, todayString } from '../../../form-fields';
import { useApiMutation } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';

interface NoticeValues {
  givenOn: string;
  manner: keyof typeof NOTICE_MANNERS;
  acknowledged: boolean;
  note?: string;
}

/** Records that one party was given the notice of rights and duties: when, how, acknowledged or not. */
/**
 * `party` stays set while the dialog fades out, so its title keeps the name. Mounted afresh for
 * each party (a new `key`), so its initial values are there before the first click.
 */
export function RightsNoticeDialog({ caseId, party, open, onClose }: { caseId: string; party: { partyId: string; name: string }; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NoticeValues>();
  const record = useApiMutation('cases.recordRightsNotice', ['cases.rightsNotices', 'cases.history']);
  const submit = useFormSubmit(form, 'notice.');

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const note = v.note?.trim();
    const done = await submit(
      () => record.mutateAsync({ caseId, partyId: party.partyId, notice: { givenOn: v.givenOn, manner: v.manner, acknowledged: v.acknowledged, ...(note ? { note } : {}) } }),
      t('rightsNotice.recorded', { name: party.name }),
    );
    if (done) onClose();
  };

  return (
    <Modal open={open} title={t('rightsNotice.title', { name: party.name })} onCancel={onClose} onOk={() => void save()} okText={t('common.save')} confirmLoading={record.isPending} forceRender>
      <Form name="rightsNotice" form={form} layout="vertical" onFinish={() => void save()} initialValues={{ givenOn: todayString(), manner: 'in_person', acknowledged: true, note: '' }}>
        <Form.Item label={t('rightsNotice.givenOn')} name="givenOn" rules={[{ required: true, message: '请选择告知日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('rightsNotice.manner')} name="manner" rules={[{ required: true, message: '请选择告知方式' }]}>
          <Select options={Object.entries(NOTICE_MANNERS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="acknowledged" valuePropName="checked">
          <Checkbox>{t('rightsNotice.acknowledged')}</Checkbox>
        </Form.Item>
        <Form.Item label={t('rightsNotice.note')} name="note">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
