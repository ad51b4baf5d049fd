import { CalendarOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../src-main/api/registry';
import { FOLLOW_UP_METHODS, FOLLOW_UP_METHOD_KEYS } from '../../../../src-main/domain/vocabulary';
import { ReasonDialog } from '../../../components/reason-dialog';
import { dateItem } from '../../../form-fields';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { useFreshDialog } from '../../../hooks/use-fresh-dialog';

type Plan = ApiOutput<'cases.followUpPlans'>[number];
const INVALIDATES = ['cases.followUpPlans', 'cases.deadlines', 'deadlines.due', 'cases.history'] as const;
const STATUS_COLORS: Record<string, string> = { planned: 'processing', done: 'success', cancelled: 'default' };
const methodName = (m: string) => FOLLOW_UP_METHODS[m as keyof typeof FOLLOW_UP_METHODS] ?? m;

/** 回访安排: follow-ups planned ahead on an agreed case, each done by the next visit recorded or cancelled with a reason. */
export function FollowUpPlans({ caseId, canPlan }: { caseId: string; canPlan: boolean }) {
  const { t } = useTranslation();
  const plans = useApiQuery('cases.followUpPlans', { caseId });
  const planning = useFreshDialog();
  const [cancelling, setCancelling] = useState<{ plan: Plan; count: number } | null>(null);
  const cancel = useApiMutation('cases.cancelFollowUpPlan', [...INVALIDATES]);
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <Card
      size="small"
      title={t('followUpPlan.title')}
      style={{ marginBottom: 16 }}
      loading={plans.isPending}
      data-testid="follow-up-plans"
      extra={
        canPlan && (
          <Button size="small" icon={<CalendarOutlined />} onClick={planning.show}>
            {t('followUpPlan.plan')}
          </Button>
        )
      }
    >
      {(plans.data ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={canPlan ? t('followUpPlan.none') : t('followUpPlan.noneClosed')} />
      ) : (
        <List
          size="small"
          dataSource={plans.data ?? []}
          renderItem={(p) => (
            <List.Item
              actions={
                p.status === 'planned' && canPlan
                  ? [
                      <Button key="cancel" size="small" type="link" danger onClick={() => setCancelling((c) => ({ plan: p, count: (c?.count ?? 0) + 1 }))}>
                        {t('followUpPlan.cancel')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space wrap>
                <Typography.Text strong>{p.dueOn}</Typography.Text>
                {methodName(p.method)}
                {p.visitor && t('followUpPlan.by', { visitor: p.visitor })}
                <Tag color={STATUS_COLORS[p.status] ?? 'default'}>{t(`followUpPlan.status.${p.status}`)}</Tag>
                {p.status === 'planned' && p.dueOn < today && <Tag color="error">{t('followUpPlan.overdue')}</Tag>}
                {p.note && <Typography.Text type="secondary">{p.note}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
      <PlanDialog key={planning.count} caseId={caseId} open={planning.open} onDone={planning.hide} />
      {cancelling && (
        <ReasonDialog
          key={cancelling.count}
          open
          name="follow-up-plan-cancel"
          title={t('followUpPlan.cancelTitle', { on: cancelling.plan.dueOn })}
          help={t('followUpPlan.cancelHelp')}
          label={t('followUpPlan.reason')}
          required="请填写取消理由"
          pending={cancel.isPending}
          run={(reason) => cancel.mutateAsync({ id: cancelling.plan.id, reason })}
          success={t('followUpPlan.cancelled')}
          onDone={() => setCancelling(null)}
        />
      )}
    </Card>
  );
}

interface PlanValues {
  dueOn: string;
  method: keyof typeof FOLLOW_UP_METHODS;
  visitor?: string;
  note?: string;
}

function PlanDialog({ caseId, open, onDone }: { caseId: string; open: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlanValues>();
  const plan = useApiMutation('cases.planFollowUp', [...INVALIDATES]);
  const submit = useFormSubmit(form);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const visitor = v.visitor?.trim();
    const note = v.note?.trim();
    const input = { caseId, dueOn: v.dueOn, method: v.method, ...(visitor ? { visitor } : {}), ...(note ? { note } : {}) };
    if (await submit(() => plan.mutateAsync(input), t('followUpPlan.planned'))) onDone();
  };
  return (
    <Modal open={open} title={t('followUpPlan.plan')} onCancel={onDone} onOk={() => void save()} confirmLoading={plan.isPending} forceRender>
      <Form name="follow-up-plan" form={form} layout="vertical" initialValues={{ dueOn: dayjs().add(7, 'day').format('YYYY-MM-DD'), method: 'phone' }} onFinish={() => void save()}>
        <Form.Item label={t('followUpPlan.dueOn')} name="dueOn" rules={[{ required: true, message: '请选择回访日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('followUpPlan.method')} name="method" rules={[{ required: true, message: '请选择回访方式' }]}>
          <Select options={FOLLOW_UP_METHOD_KEYS.map((value) => ({ value, label: FOLLOW_UP_METHODS[value] }))} />
        </Form.Item>
        <Form.Item label={t('followUpPlan.visitor')} name="visitor">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label={t('followUpPlan.note')} name="note">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
