import { BankOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { useFreshDialog } from '../../../hooks/use-fresh-dialog';

const INVALIDATES = ['cases.court', 'cases.history'] as const;

/** 司法确认法院: the court the joint application goes to, why, the others the rules allow, and the office's own choice with a reason. */
export function CourtCard({ caseId, editable }: { caseId: string; editable: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const choice = useApiQuery('cases.court', { caseId });
  const reset = useApiMutation('cases.overrideCourt', [...INVALIDATES]);
  const choosing = useFreshDialog();
  const submit = useFormSubmit();
  return (
    <Card
      size="small"
      title={t('court.title')}
      style={{ marginBottom: 16 }}
      loading={choice.isPending}
      data-testid="court-card"
      extra={
        <Space size={0}>
          {editable && (
            <Button size="small" type="link" onClick={choosing.show}>
              {t('court.override')}
            </Button>
          )}
          {editable && choice.data?.overridden && (
            <Button size="small" type="link" onClick={() => void submit(() => reset.mutateAsync({ caseId, choice: null }), t('court.resetDone'))}>
              {t('court.reset')}
            </Button>
          )}
          <Button size="small" type="link" onClick={() => void navigate('/settings/courts')}>
            {t('court.settings')}
          </Button>
        </Space>
      }
    >
      {choice.data && (
        <Space orientation="vertical" size={4}>
          <Space>
            <BankOutlined />
            <Typography.Text strong>{choice.data.court ?? t('court.none')}</Typography.Text>
            {choice.data.overridden && <Tag color="processing">{t('court.overridden')}</Tag>}
          </Space>
          <Typography.Text type="secondary">{choice.data.basis}</Typography.Text>
          {choice.data.alternatives.length > 0 && <Typography.Text type="secondary">{t('court.alternatives', { courts: choice.data.alternatives.join('、') })}</Typography.Text>}
        </Space>
      )}
      <OverrideDialog key={choosing.count} caseId={caseId} open={choosing.open} suggestions={choice.data?.alternatives ?? []} onDone={choosing.hide} />
    </Card>
  );
}

function OverrideDialog({ caseId, open, suggestions, onDone }: { caseId: string; open: boolean; suggestions: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ court: string; reason: string }>();
  const override = useApiMutation('cases.overrideCourt', [...INVALIDATES]);
  const submit = useFormSubmit(form, 'choice.');
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v && (await submit(() => override.mutateAsync({ caseId, choice: { court: v.court.trim(), reason: v.reason.trim() } }), t('court.overrideDone')))) onDone();
  };
  return (
    <Modal open={open} title={t('court.override')} onCancel={onDone} onOk={() => void save()} confirmLoading={override.isPending} forceRender>
      <Typography.Paragraph type="secondary">{t('court.overrideHelp')}</Typography.Paragraph>
      <Form name="court-override" form={form} layout="vertical" onFinish={() => void save()}>
        <Form.Item label={t('court.court')} name="court" rules={[{ required: true, whitespace: true, message: '请填写法院名称' }]}>
          <AutoComplete options={suggestions.map((value) => ({ value }))} maxLength={60} />
        </Form.Item>
        <Form.Item label={t('court.reason')} name="reason" rules={[{ required: true, whitespace: true, message: '请填写指定理由' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
