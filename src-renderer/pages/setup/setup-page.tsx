import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Form, Layout, Space, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultCaseNumberPattern } from '../../../src-main/domain/case-number';
import type { MediatorInput } from '../../../src-main/domain/mediator';
import { ORGANIZATION_KINDS, type OrganizationInput, type OrganizationKind } from '../../../src-main/domain/organization';
import { ApiError } from '../../api';
import { CaseNumberField } from '../../components/case-number-field';
import { MediatorDrawer } from '../../components/mediator-drawer';
import { MediatorTable } from '../../components/mediator-table';
import { OrganizationFields } from '../../components/organization-fields';
import { showFieldErrors } from '../../form-rules';
import { useApiMutation } from '../../hooks/use-api';

interface SetupValues {
  organization: OrganizationInput;
}

const STEP_FIELDS: ((keyof OrganizationInput)[] | undefined)[] = [
  ['name', 'kind', 'region', 'address', 'phone', 'defaultCourt'],
  ['caseNumberPattern'],
  undefined,
  undefined,
];

/** First run: organization → case-number pattern → roster → review, then one write. */
export function SetupPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SetupValues>();
  const [step, setStep] = useState(0);
  const [mediators, setMediators] = useState<MediatorInput[]>([]);
  const [editing, setEditing] = useState<{ index: number | null } | null>(null);
  const complete = useApiMutation('setup.complete', ['setup.status', 'organization.get', 'mediators.list']);

  const next = async () => {
    const fields = STEP_FIELDS[step];
    if (fields) {
      const valid = await form.validateFields(fields.map((f) => ['organization', f])).then(
        () => true,
        () => false, // the fields show their own messages
      );
      if (!valid) return;
    }
    const { organization: org } = form.getFieldsValue(true) as SetupValues;
    if (step === 0 && !org.caseNumberPattern) {
      form.setFieldValue(['organization', 'caseNumberPattern'], defaultCaseNumberPattern(org.region.trim(), org.kind));
    }
    setStep((s) => s + 1);
  };

  // A server-side field error on another step waits here until that step is on screen.
  const pendingError = useRef<ApiError | null>(null);
  useEffect(() => {
    if (pendingError.current) showFieldErrors(form, pendingError.current);
    pendingError.current = null;
  }, [step, form]);

  const finish = async () => {
    const { organization } = form.getFieldsValue(true) as SetupValues;
    try {
      await complete.mutateAsync({ organization, mediators });
      message.success(t('setup.done'));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
      if (!(err instanceof ApiError)) return;
      const first = Object.keys(err.fields)[0] ?? '';
      const field = first.split('.')[1] as keyof OrganizationInput;
      const onStep = first.startsWith('organization.') ? STEP_FIELDS.findIndex((fields) => fields?.includes(field)) : first.startsWith('mediators.') ? 2 : -1;
      if (onStep === step) showFieldErrors(form, err);
      else if (onStep >= 0) {
        pendingError.current = err;
        setStep(onStep);
      }
    }
  };

  const saveMediator = async (values: MediatorInput, drawerForm: Parameters<typeof showFieldErrors>[0]) => {
    const index = editing?.index ?? null;
    const clash = mediators.findIndex((m, i) => i !== index && m.mediatorNo.trim() === values.mediatorNo.trim());
    if (clash >= 0) {
      drawerForm.setFields([{ name: 'mediatorNo', errors: ['该编号已被其他调解员使用'] }]);
      throw new Error('duplicate');
    }
    setMediators((list) => (index === null ? [...list, values] : list.map((m, i) => (i === index ? values : m))));
    setEditing(null);
  };

  const organization = step === 3 ? (form.getFieldsValue(true) as SetupValues).organization : undefined;
  const steps = [t('setup.steps.organization'), t('setup.steps.numbering'), t('setup.steps.roster'), t('setup.steps.review')];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ maxWidth: 880, width: '100%', margin: '32px auto', padding: '0 16px' }}>
        <Typography.Title level={2}>
          {t('app.name')} · {t('setup.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
        <Card>
          <Steps current={step} items={steps.map((title) => ({ title }))} style={{ marginBottom: 24 }} />
          <Form
            form={form}
            layout="vertical"
            initialValues={{ organization: { kind: 'people_mediation' } }}
            onFinish={() => void (step < 3 ? next() : finish())}
          >
            {/* only the current step's fields are mounted, so Enter validates just those; the form keeps the rest */}
            {step === 0 && <OrganizationFields prefix={['organization']} autoFocus />}
            {step === 1 && <CaseNumberField prefix={['organization']} />}
            {step === 2 && (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {mediators.length === 0 && <Typography.Paragraph type="secondary">{t('setup.rosterEmpty')}</Typography.Paragraph>}
                <MediatorTable
                  rows={mediators.map((m, i) => ({ key: String(i), ...m }))}
                  actions={(row) => (
                    <Space>
                      <Button size="small" onClick={() => setEditing({ index: Number(row.key) })}>
                        {t('common.edit')}
                      </Button>
                      <Button size="small" danger onClick={() => setMediators((list) => list.filter((_m, i) => i !== Number(row.key)))}>
                        {t('common.remove')}
                      </Button>
                    </Space>
                  )}
                />
                <Button icon={<PlusOutlined />} onClick={() => setEditing({ index: null })}>
                  {t('mediators.add')}
                </Button>
              </Space>
            )}
            {step === 3 && organization && (
              <Descriptions bordered column={1} size="small" data-testid="setup-review">
                <Descriptions.Item label={t('organization.name')}>{organization.name}</Descriptions.Item>
                <Descriptions.Item label={t('organization.kind')}>{ORGANIZATION_KINDS[organization.kind as OrganizationKind]}</Descriptions.Item>
                <Descriptions.Item label={t('organization.region')}>{organization.region}</Descriptions.Item>
                <Descriptions.Item label={t('organization.address')}>{organization.address || t('common.none')}</Descriptions.Item>
                <Descriptions.Item label={t('organization.phone')}>{organization.phone || t('common.none')}</Descriptions.Item>
                <Descriptions.Item label={t('organization.defaultCourt')}>{organization.defaultCourt || t('common.none')}</Descriptions.Item>
                <Descriptions.Item label={t('numbering.pattern')}>{organization.caseNumberPattern}</Descriptions.Item>
                <Descriptions.Item label={t('mediators.title')}>
                  {mediators.length > 0 ? mediators.map((m) => `${m.name}（${m.mediatorNo}）`).join('、') : t('common.none')}
                </Descriptions.Item>
              </Descriptions>
            )}
            <Space style={{ marginTop: 24 }}>
              {step > 0 && <Button onClick={() => setStep((s) => s - 1)}>{t('common.previous')}</Button>}
              {step < 3 ? (
                <Button type="primary" htmlType="submit">
                  {t('common.next')}
                </Button>
              ) : (
                <Button type="primary" htmlType="submit" loading={complete.isPending}>
                  {complete.isPending ? t('setup.finishing') : t('setup.finish')}
                </Button>
              )}
            </Space>
          </Form>
        </Card>
      </Layout.Content>
      <MediatorDrawer
        open={editing !== null}
        title={editing?.index === null ? t('mediators.add') : t('mediators.edit')}
        initial={editing?.index != null ? mediators[editing.index] : undefined}
        onClose={() => setEditing(null)}
        onSubmit={saveMediator}
      />
    </Layout>
  );
}
