import { CheckSquareOutlined, InboxOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ReasonDialog } from '../../../components/reason-dialog';
import { useFreshDialogAbout } from '../../../hooks/use-fresh-dialog';
import { dateItem, todayString } from '../../../form-fields';
import { useApiMutation } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';

const INVALIDATES = ['cases.get', 'cases.list', 'cases.history', 'caseFile.get', 'deadlines.due'] as const;
/** Statuses from which a case may be closed (the state machine checks the rest). */
const CLOSABLE = ['refused', 'terminated', 'agreed', 'performing'];


/** 结案 once the outcome is settled, 归档 from the case file, and an administrator's 解除归档. */
export function ClosureActions({ id, status }: { id: string; status: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialog = useFreshDialogAbout<'close' | 'unarchive'>();
  const { show, hide } = dialog;
  return (
    <>
      {CLOSABLE.includes(status) && (
        <Button icon={<CheckSquareOutlined />} onClick={() => show('close')}>
          {t('closure.close')}
        </Button>
      )}
      {status === 'closed' && (
        <Button type="primary" icon={<InboxOutlined />} onClick={() => void navigate(`/cases/${id}/case-file`)}>
          {t('closure.toArchive')}
        </Button>
      )}
      {status === 'archived' && (
        <Button danger icon={<UnlockOutlined />} onClick={() => show('unarchive')}>
          {t('closure.unarchive')}
        </Button>
      )}
      {dialog.subject === 'unarchive' ? (
        <UnarchiveDialog key={dialog.count} id={id} open={dialog.open} onDone={hide} />
      ) : (
        <CloseDialog key={dialog.count} id={id} open={dialog.open} onDone={hide} />
      )}
    </>
  );
}

function CloseDialog({ id, open, onDone }: { id: string; open: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ closedOn: string }>();
  const close = useApiMutation('cases.close', [...INVALIDATES]);
  const submit = useFormSubmit(form);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v && (await submit(() => close.mutateAsync({ caseId: id, closedOn: v.closedOn }), t('closure.closed')))) onDone();
  };
  return (
    <Modal open={open} title={t('closure.close')} onCancel={onDone} onOk={() => void save()} okText={t('closure.close')} confirmLoading={close.isPending} forceRender>
      <Typography.Paragraph type="secondary">{t('closure.closeHelp')}</Typography.Paragraph>
      <Form name="close-case" form={form} layout="vertical" initialValues={{ closedOn: todayString() }} onFinish={() => void save()}>
        <Form.Item label={t('closure.closedOn')} name="closedOn" rules={[{ required: true, message: '请选择结案日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function UnarchiveDialog({ id, open, onDone }: { id: string; open: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const unarchive = useApiMutation('cases.unarchive', [...INVALIDATES]);
  return (
    <ReasonDialog
      open={open}
      name="unarchive-case"
      title={t('closure.unarchive')}
      help={t('closure.unarchiveHelp')}
      label={t('closure.reason')}
      required="请填写解除归档的理由"
      okText={t('closure.unarchive')}
      pending={unarchive.isPending}
      run={(reason) => unarchive.mutateAsync({ caseId: id, reason })}
      success={t('closure.unarchived')}
      onDone={onDone}
    />
  );
}
