import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../src-main/api/registry';
import { CONFLICT_KINDS, type ConflictKind } from '../../../../src-main/domain/conflicts';
import { FormDrawer } from '../../../components/form-drawer';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { useSaveShortcut } from '../../../hooks/use-save-shortcut';

interface AssignValues {
  lead?: string;
  assistants: string[];
  disclosures: Record<string, { disclosure?: string; consent?: string }>;
}
type Finding = ApiOutput<'cases.checkConflicts'>[number];

/**
 * The recusal check of one chosen mediator (or arbitrator, `of` 'tribunal'): what it found, with
 * its evidence, and what must then be recorded.
 */
export function ConflictCheck({ caseId, mediatorId, name, of = 'assign' }: { caseId: string; mediatorId: string; name: string; of?: 'assign' | 'tribunal' }) {
  const { t } = useTranslation();
  const check = useApiQuery('cases.checkConflicts', { caseId, mediatorId });
  const findings: Finding[] = check.data ?? [];
  return (
    <Card size="small" title={name} loading={check.isPending} data-testid={`conflicts-${name}`}>
      {check.isError && <Alert type="error" showIcon title={check.error.message} />}
      {check.data && findings.length === 0 && (
        <Typography.Text type="success">
          <CheckCircleOutlined /> {t(`${of}.noFindings`)}
        </Typography.Text>
      )}
      {findings.length > 0 && (
        <>
          <Alert
            type="warning"
            showIcon
            icon={<WarningOutlined />}
            title={t(`${of}.findings`, { count: findings.length })}
            description={
              <ul className="finding-list">
                {findings.map((f, i) => (
                  <li key={i}>
                    <Tag>{CONFLICT_KINDS[f.kind as ConflictKind] ?? f.kind}</Tag>
                    {f.evidence}
                  </li>
                ))}
              </ul>
            }
          />
          <Form.Item label={t(`${of}.disclosure`)} name={['disclosures', mediatorId, 'disclosure']} rules={[{ required: true, min: 2, message: t(`${of}.disclosureRequired`) }]} style={{ marginTop: 12 }}>
            <Input.TextArea rows={2} maxLength={1000} placeholder={t(`${of}.disclosureExample`)} />
          </Form.Item>
          <Form.Item label={t(`${of}.consent`)} name={['disclosures', mediatorId, 'consent']} rules={[{ required: true, min: 2, message: t(`${of}.consentRequired`) }]}>
            <Input.TextArea rows={2} maxLength={1000} placeholder={t(`${of}.consentExample`)} />
          </Form.Item>
        </>
      )}
    </Card>
  );
}

/**
 * 指派调解员: the lead and assistants from the roster with their open cases; each choice is
 * checked for recusal at once, and what the check finds must be disclosed and consented to.
 */
export function AssignDrawer({ caseId, open, onClose }: { caseId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssignValues>();
  const options = useApiQuery('cases.assignmentOptions', { caseId }, { enabled: open });
  const assign = useApiMutation('cases.assignMediators', ['cases.get', 'cases.history', 'cases.assignmentOptions', 'cases.list']);
  const submit = useFormSubmit(form);
  const lead = Form.useWatch('lead', form);
  const assistants = Form.useWatch('assistants', form) ?? [];

  useEffect(() => {
    if (open && options.data) {
      const current = options.data.current;
      form.setFieldsValue({
        lead: current.find((a) => a.role === 'lead')?.mediatorId,
        assistants: current.filter((a) => a.role === 'assistant').map((a) => a.mediatorId),
        disclosures: Object.fromEntries(current.filter((a) => a.disclosure).map((a) => [a.mediatorId, { disclosure: a.disclosure ?? '', consent: a.consent ?? '' }])),
      });
    }
  }, [open, options.data, form]);

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values?.lead) return;
    const disclosures = Object.fromEntries(Object.entries(values.disclosures ?? {}).map(([id, d]) => [id, { disclosure: d.disclosure ?? '', consent: d.consent ?? '' }]));
    const done = await submit(() => assign.mutateAsync({ caseId, lead: values.lead as string, assistants: values.assistants ?? [], disclosures }), t('assign.done'));
    if (done) onClose();
  };
  useSaveShortcut(() => void save(), open);

  const roster = options.data?.roster ?? [];
  const nameOf = (id: string) => roster.find((m) => m.id === id)?.name ?? '';
  const rosterOptions = roster.map((m) => ({ value: m.id, label: t('assign.option', { name: m.name, count: m.openCases }) }));
  const chosen = [lead, ...assistants.filter((a) => a !== lead)].filter((id): id is string => Boolean(id));
  return (
    <FormDrawer open={open} title={t('assign.title')} onClose={onClose} onSave={() => void save()} saving={assign.isPending} saveLabel={t('assign.save')} saveDisabled={chosen.length === 0} forceRender>
      <Form name="assign" form={form} layout="vertical" initialValues={{ assistants: [], disclosures: {} }}>
        {roster.length === 0 && options.data && <Empty description={t('assign.emptyRoster')} />}
        <Form.Item label={t('assign.lead')} name="lead" rules={[{ required: true, message: '请选择主持调解员' }]}>
          <Select options={rosterOptions} showSearch={{ optionFilterProp: 'label' }} loading={options.isPending} />
        </Form.Item>
        <Form.Item label={t('assign.assistants')} name="assistants">
          <Select mode="multiple" options={rosterOptions.filter((o) => o.value !== lead)} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Typography.Title level={5}>{t('assign.check')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('assign.checkHelp')}</Typography.Paragraph>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {chosen.map((id) => (
            <ConflictCheck key={id} caseId={caseId} mediatorId={id} name={nameOf(id)} />
          ))}
        </Space>
      </Form>
    </FormDrawer>
  );
}
