import { AuditOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Form, Input, List, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { useVoice } from '../../../hooks/use-voice';
import type { ApiOutput } from '../../../../src-main/api/registry';
import { MEDIATOR_ROLES } from '../../../../src-main/domain/vocabulary';
import { dateItem, todayString } from '../../../form-fields';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { useFreshDialogAbout } from '../../../hooks/use-fresh-dialog';

type Recusal = ApiOutput<'cases.recusals'>[number];
type About = { kind: 'request' | 'decide'; mediatorId: string; name: string };
type Dialog = About & { open: boolean };

const INVALIDATES = ['cases.recusals', 'cases.assignmentOptions', 'cases.get', 'cases.history'] as const;
const roleName = (role: string) => MEDIATOR_ROLES[role as keyof typeof MEDIATOR_ROLES] ?? role;

/**
 * 调解员与回避: who mediates the case now, a party's recusal request against one of them, and the
 * organization's decision. A pending request holds back the sessions; a granted one removes the mediator.
 */
export function RecusalPanel({ caseId, parties, open: caseOpen }: { caseId: string; parties: string[]; open: boolean }) {
  const { t } = useVoice();
  const options = useApiQuery('cases.assignmentOptions', { caseId });
  const recusals = useApiQuery('cases.recusals', { caseId });
  const about = useFreshDialogAbout<About>();
  const show = (kind: About['kind'], mediatorId: string, name: string) => about.show({ kind, mediatorId, name });
  const hide = about.hide;
  const dialog: Dialog = { ...(about.subject ?? { kind: 'request', mediatorId: '', name: '' }), open: about.open };
  const current = options.data?.current ?? [];
  const all = recusals.data ?? [];
  const pendingOf = (mediatorId: string) => all.find((r) => r.mediatorId === mediatorId && !r.endedAt && r.request && !r.decision);
  const decidedOf = (mediatorId: string) => all.find((r) => r.mediatorId === mediatorId && !r.endedAt && r.decision);
  const past = all.filter((r) => r.endedAt && r.decision);

  return (
    <Card size="small" title={t('recusal.title')} style={{ marginBottom: 16 }} loading={options.isPending || recusals.isPending}>
      {current.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recusal.noMediator')} />
      ) : (
        <List
          size="small"
          dataSource={current}
          renderItem={(a) => {
            const pending = pendingOf(a.mediatorId);
            const decided = decidedOf(a.mediatorId);
            return (
              <List.Item
                data-testid={`mediator-${a.name}`}
                actions={
                  caseOpen
                    ? [
                        pending ? (
                          <Button key="decide" size="small" type="primary" icon={<AuditOutlined />} onClick={() => show('decide', a.mediatorId, a.name)}>
                            {t('recusal.decide')}
                          </Button>
                        ) : decided ? null : (
                          <Button key="request" size="small" icon={<UserDeleteOutlined />} onClick={() => show('request', a.mediatorId, a.name)}>
                            {t('recusal.request')}
                          </Button>
                        ),
                      ]
                    : []
                }
              >
                <Space orientation="vertical" size={0}>
                  <Space>
                    <Typography.Text strong>{a.name}</Typography.Text>
                    <Tag>{roleName(a.role)}</Tag>
                    {a.findings.length > 0 && <Tag color="orange">{t('recusal.findings', { n: a.findings.length })}</Tag>}
                    {pending && <Tag color="red">{t('recusal.pending')}</Tag>}
                    {decided && <Tag color="success">{t('recusal.refused')}</Tag>}
                  </Space>
                  {pending?.request && <Typography.Text type="secondary">{t('recusal.requestLine', pending.request)}</Typography.Text>}
                  {decided?.decision && <Typography.Text type="secondary">{t('recusal.decisionLine', decided.decision)}</Typography.Text>}
                </Space>
              </List.Item>
            );
          }}
        />
      )}
      {past.map((r) => (
        <Typography.Paragraph key={r.id} type="secondary" style={{ margin: '8px 0 0' }}>
          {t('recusal.grantedLine', { name: r.name, role: roleName(r.role), on: r.decision?.on, reason: r.decision?.reason })}
        </Typography.Paragraph>
      ))}
      {dialog.kind === 'request' ? (
        <RequestDialog key={about.count} caseId={caseId} dialog={dialog} parties={parties} onDone={hide} />
      ) : (
        <DecideDialog key={about.count} caseId={caseId} dialog={dialog} pending={pendingOf(dialog.mediatorId)} onDone={hide} />
      )}
    </Card>
  );
}

function RequestDialog({ caseId, dialog, parties, onDone }: { caseId: string; dialog: Dialog; parties: string[]; onDone: () => void }) {
  const { t } = useVoice();
  const [form] = Form.useForm<{ by: string; reason: string; on: string }>();
  const request = useApiMutation('cases.requestRecusal', [...INVALIDATES]);
  const submit = useFormSubmit(form);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v && (await submit(() => request.mutateAsync({ caseId, mediatorId: dialog.mediatorId, by: v.by, reason: v.reason.trim(), on: v.on }), t('recusal.requested')))) onDone();
  };
  return (
    <Modal open={dialog.open} title={t('recusal.requestTitle', { name: dialog.name })} onCancel={onDone} onOk={() => void save()} confirmLoading={request.isPending} forceRender>
      <Typography.Paragraph type="secondary">{t('recusal.requestHelp')}</Typography.Paragraph>
      <Form name="recusal-request" form={form} layout="vertical" initialValues={{ on: todayString() }} onFinish={() => void save()}>
        <Form.Item label={t('recusal.by')} name="by" rules={[{ required: true, message: '请选择申请回避的当事人' }]}>
          <Select options={parties.map((p) => ({ value: p, label: p }))} />
        </Form.Item>
        <Form.Item label={t('recusal.reason')} name="reason" rules={[{ required: true, whitespace: true, message: '请填写回避理由' }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item label={t('recusal.on')} name="on" rules={[{ required: true, message: '请选择申请日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DecideDialog({ caseId, dialog, pending, onDone }: { caseId: string; dialog: Dialog; pending: Recusal | undefined; onDone: () => void }) {
  const { t } = useVoice();
  const [form] = Form.useForm<{ decision: 'granted' | 'refused'; reason: string; on: string }>();
  const decide = useApiMutation('cases.decideRecusal', [...INVALIDATES]);
  const submit = useFormSubmit(form);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v && (await submit(() => decide.mutateAsync({ caseId, mediatorId: dialog.mediatorId, decision: v.decision, reason: v.reason.trim(), on: v.on }), t('recusal.decided')))) onDone();
  };
  return (
    <Modal open={dialog.open} title={t('recusal.decideTitle', { name: dialog.name })} onCancel={onDone} onOk={() => void save()} confirmLoading={decide.isPending} forceRender>
      {pending?.request && <Typography.Paragraph>{t('recusal.requestLine', pending.request)}</Typography.Paragraph>}
      <Form name="recusal-decision" form={form} layout="vertical" initialValues={{ on: todayString() }} onFinish={() => void save()}>
        <Form.Item label={t('recusal.decision')} name="decision" rules={[{ required: true, message: '请选择决定' }]}>
          <Radio.Group>
            <Radio value="granted">{t('recusal.grant')}</Radio>
            <Radio value="refused">{t('recusal.refuse')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('recusal.decisionReason')} name="reason" rules={[{ required: true, whitespace: true, message: '请填写决定理由' }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item label={t('recusal.decidedOn')} name="on" rules={[{ required: true, message: '请选择决定日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
