import { FieldTimeOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Form, Radio, Select, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../src-main/api/registry';
import { APPOINTERS, TRIBUNAL_FORMS, TRIBUNAL_ROLES, tribunalInOrder, type Appointer, type TribunalForm, type TribunalRole } from '../../../../src-main/domain/arbitration';
import { FormDrawer } from '../../../components/form-drawer';
import { dateItem, todayString } from '../../../form-fields';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { useFreshDialog } from '../../../hooks/use-fresh-dialog';
import { useSaveShortcut } from '../../../hooks/use-save-shortcut';
import { ConflictCheck } from './assign-drawer';
import { ExtensionDialog } from './extension-dialog';

type Detail = ApiOutput<'arbitration.get'>;
interface Values {
  form: TribunalForm;
  composedOn: string;
  seats: { arbitratorId?: string; appointedBy?: Appointer }[];
  disclosures?: Record<string, { disclosure?: string; consent?: string }>;
}

/** The seats of each form, in order, and who may fill each (仲裁法第三十一条). */
const SEATS: Record<TribunalForm, TribunalRole[]> = { sole: ['sole'], three: ['presiding', 'member', 'member'] };
const TOGETHER: Appointer[] = ['parties', 'chair'];
const EACH_SIDE: Appointer[] = ['claimant', 'respondent', 'chair'];
const appointerOptions = (role: TribunalRole) => (role === 'member' ? EACH_SIDE : TOGETHER).map((value) => ({ value, label: APPOINTERS[value] }));

/** 仲裁庭: who sits, in which seat and chosen how, and the composition with its recusal check. */
export function TribunalCard({ caseId, detail, status, editable }: { caseId: string; detail: Detail; status: string; editable: boolean }) {
  const { t } = useTranslation();
  const composing = useFreshDialog();
  const extending = useFreshDialog();
  const tribunal = detail.tribunal;
  const accepted = status === 'accepted' || status === 'mediating';
  const blocked = !detail.record ? t('tribunal.needsRecord') : !accepted ? t('tribunal.needsAcceptance') : undefined;
  return (
    <Card
      size="small"
      title={t('tribunal.title')}
      data-testid="tribunal-card"
      extra={
        editable && (
          <Space>
            {tribunal && !detail.outcome && (
              <Button icon={<FieldTimeOutlined />} onClick={extending.show}>
                {t('arbitrationExtension.open')}
              </Button>
            )}
            <Button icon={<TeamOutlined />} disabled={Boolean(blocked)} title={blocked} onClick={composing.show}>
              {tribunal ? t('tribunal.recompose') : t('tribunal.compose')}
            </Button>
          </Space>
        )
      }
    >
      {tribunal ? (
        <>
          <Typography.Paragraph>
            {TRIBUNAL_FORMS[tribunal.form]}，{t('tribunal.composedOn')}：{tribunal.composedOn}
          </Typography.Paragraph>
          <Table
            size="small"
            pagination={false}
            rowKey="arbitratorId"
            dataSource={tribunalInOrder(tribunal.members)}
            columns={[
              { title: t('tribunal.seat'), dataIndex: 'role', render: (r: TribunalRole) => TRIBUNAL_ROLES[r] },
              { title: t('tribunal.arbitrator'), dataIndex: 'name' },
              { title: t('tribunal.appointedBy'), dataIndex: 'appointedBy', render: (a: Appointer) => APPOINTERS[a] },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('tribunal.notices')}
          </Typography.Paragraph>
        </>
      ) : (
        <Empty description={blocked ?? t('tribunal.none')} />
      )}
      <ExtensionDialog key={`x${extending.count}`} caseId={caseId} open={extending.open} onDone={extending.hide} of="arbitrationExtension" />
      <TribunalDrawer key={composing.count} caseId={caseId} current={tribunal} open={composing.open} onClose={composing.hide} />
    </Card>
  );
}

function TribunalDrawer({ caseId, current, open, onClose }: { caseId: string; current: Detail['tribunal']; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const roster = useApiQuery('cases.assignmentOptions', { caseId }, { enabled: open });
  const compose = useApiMutation('arbitration.composeTribunal', ['arbitration.get', 'cases.get', 'cases.deadlines', 'deadlines.due', 'cases.history', 'cases.assignmentOptions', 'documents.options']);
  const submit = useFormSubmit(form, 'tribunal.');
  const shape: TribunalForm = Form.useWatch('form', form) ?? current?.form ?? 'three';
  const seats = (Form.useWatch('seats', form) as Values['seats'] | undefined) ?? [];
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      current
        ? { form: current.form, composedOn: current.composedOn, seats: current.members.map((m) => ({ arbitratorId: m.arbitratorId, appointedBy: m.appointedBy })) }
        : { form: 'three', composedOn: todayString(), seats: [{ appointedBy: 'chair' }, { appointedBy: 'claimant' }, { appointedBy: 'respondent' }] },
    );
  }, [open, current, form]);

  const roles = SEATS[shape];
  const seatLabel = (i: number) => (roles[i] === 'member' ? t('tribunal.memberN', { n: i }) : TRIBUNAL_ROLES[roles[i] as TribunalRole]);
  const nameOf = (id: string) => roster.data?.roster.find((m) => m.id === id)?.name ?? '';
  const chosen = [...new Set(seats.map((s) => s?.arbitratorId).filter((id): id is string => Boolean(id)))];
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const tribunal = { form: v.form, composedOn: v.composedOn, seats: roles.map((role, i) => ({ arbitratorId: v.seats[i]?.arbitratorId ?? '', role, appointedBy: v.seats[i]?.appointedBy ?? 'chair' })) };
    const disclosures = Object.fromEntries(Object.entries(v.disclosures ?? {}).map(([id, d]) => [id, { disclosure: d.disclosure ?? '', consent: d.consent ?? '' }]));
    if (await submit(() => compose.mutateAsync({ caseId, tribunal, disclosures }), t('tribunal.done'))) onClose();
  };
  useSaveShortcut(() => void save(), open);
  const options = (roster.data?.roster ?? []).map((m) => ({ value: m.id, label: m.mediatorNo ? `${m.name}（${m.mediatorNo}）` : m.name }));
  return (
    <FormDrawer open={open} title={t('tribunal.compose')} onClose={onClose} onSave={() => void save()} saving={compose.isPending} saveLabel={t('common.save')} forceRender>
      <Form name="tribunal" form={form} layout="vertical">
        <Space size="large" wrap>
          <Form.Item label={t('tribunal.form')} name="form" required>
            <Radio.Group
              options={Object.entries(TRIBUNAL_FORMS).map(([value, label]) => ({ value, label }))}
              onChange={(e) => form.setFieldValue('seats', SEATS[e.target.value as TribunalForm].map((role) => ({ appointedBy: role === 'member' ? undefined : 'chair' })))}
            />
          </Form.Item>
          <Form.Item label={t('tribunal.composedOn')} name="composedOn" rules={[{ required: true, message: '请选择组庭日期' }]} {...dateItem}>
            <DatePicker />
          </Form.Item>
        </Space>
        {roles.map((role, i) => (
          <Space key={`${shape}-${i}`} align="start" wrap>
            <Form.Item label={seatLabel(i)} name={['seats', i, 'arbitratorId']} rules={[{ required: true, message: `请选择${seatLabel(i)}` }]}>
              <Select aria-label={seatLabel(i)} options={options} showSearch={{ optionFilterProp: 'label' }} loading={roster.isPending} style={{ width: 260 }} />
            </Form.Item>
            <Form.Item label={t('tribunal.appointedBy')} name={['seats', i, 'appointedBy']} rules={[{ required: true, message: '请选择产生方式' }]}>
              <Select aria-label={t('tribunal.appointedByOf', { seat: seatLabel(i) })} options={appointerOptions(role)} style={{ width: 220 }} />
            </Form.Item>
          </Space>
        ))}
        <Typography.Title level={5}>{t('tribunal.check')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('tribunal.checkHelp')}</Typography.Paragraph>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {chosen.map((id) => (
            <ConflictCheck key={id} caseId={caseId} mediatorId={id} name={nameOf(id)} of="tribunal" />
          ))}
        </Space>
      </Form>
    </FormDrawer>
  );
}
