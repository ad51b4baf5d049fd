import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Space, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, call } from '../../../api';
import { todayString } from '../../../form-fields';
import { showFieldErrors } from '../../../form-rules';
import { useApiMutation } from '../../../hooks/use-api';
import { DisputeStep } from './dispute-step';
import { PartyCard } from './party-card';
import { emptyParty, stepOfField, toRegistration, type RegistrationValues } from './registration-values';
import { ReviewStep } from './review-step';
import { SourceStep } from './source-step';

const DRAFT = 'case-registration' as const;
const AUTOSAVE_MS = 3000;

const initialValues = (): RegistrationValues => ({
  case: {
    source: 'party_application',
    category: 'trademark_infringement',
    receivedOn: todayString(),
    parties: [emptyParty('applicant'), emptyParty('respondent')],
    ipRights: [{ kind: 'trademark', title: '' }],
    subject: '',
    requests: [''],
  },
});

/** 登记案件: 来源与类别 → 当事人 → 争议与请求 → 核对提交, kept as a draft until submitted. */
export function RegisterCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<RegistrationValues>();
  const [step, setStep] = useState(0);
  const dirty = useRef(false);
  const pendingError = useRef<ApiError | null>(null);
  const register = useApiMutation('cases.register', ['cases.list']);

  // offer an unfinished registration back, once, when the page opens
  useEffect(() => {
    void call('drafts.get', { kind: DRAFT }).then((draft) => {
      if (!draft) return;
      modal.confirm({
        title: t('register.draftFound'),
        content: t('register.draftFoundText', { at: draft.savedAt.slice(0, 16).replace('T', ' ') }),
        okText: t('register.draftRestore'),
        cancelText: t('register.draftDiscard'),
        onOk: () => {
          const saved = JSON.parse(draft.content) as { step: number; values: RegistrationValues };
          form.setFieldsValue(saved.values);
          setStep(saved.step);
        },
        onCancel: () => void call('drafts.clear', { kind: DRAFT }),
      });
    });
  }, [form, modal, t]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (!dirty.current) return;
      dirty.current = false;
      void call('drafts.save', { kind: DRAFT, content: JSON.stringify({ step, values: form.getFieldsValue(true) }) });
    }, AUTOSAVE_MS);
    return () => clearInterval(timer);
  }, [form, step]);

  useEffect(() => {
    if (pendingError.current) showFieldErrors(form, pendingError.current);
    pendingError.current = null;
  }, [step, form]);

  const next = async () => {
    const valid = await form.validateFields().then(
      () => true,
      () => false, // the fields show their own messages
    );
    if (valid) setStep((s) => s + 1);
  };

  const submit = async () => {
    try {
      const { id } = await register.mutateAsync(toRegistration(form.getFieldsValue(true) as RegistrationValues));
      dirty.current = false;
      await call('drafts.clear', { kind: DRAFT });
      message.success(t('register.done'));
      void navigate(`/cases/${id}`);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
      if (!(err instanceof ApiError)) return;
      const first = Object.keys(err.fields)[0];
      if (first === undefined) return;
      const target = stepOfField(first);
      if (target === step) showFieldErrors(form, err);
      else {
        pendingError.current = err;
        setStep(target);
      }
    }
  };

  const steps = [t('register.steps.source'), t('register.steps.parties'), t('register.steps.dispute'), t('register.steps.review')];
  return (
    <>
      <Typography.Title level={3}>{t('register.title')}</Typography.Title>
      <Card>
        <Steps current={step} items={steps.map((title) => ({ title }))} style={{ marginBottom: 24 }} />
        <Form
          form={form}
          layout="vertical"
          initialValues={initialValues()}
          onValuesChange={() => (dirty.current = true)}
          onFinish={() => void (step < 3 ? next() : submit())}
          scrollToFirstError
        >
          {step === 0 && <SourceStep />}
          {step === 1 && (
            <Form.List name={['case', 'parties']}>
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <PartyCard key={field.key} field={field} index={i} onRemove={fields.length > 2 ? () => remove(field.name) : undefined} />
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add(emptyParty('respondent'))} block type="dashed">
                    {t('register.addParty')}
                  </Button>
                </>
              )}
            </Form.List>
          )}
          {step === 2 && <DisputeStep />}
          {step === 3 && <ReviewStep />}
          <Space style={{ marginTop: 24 }}>
            {step > 0 && <Button onClick={() => setStep((s) => s - 1)}>{t('common.previous')}</Button>}
            <Button type="primary" htmlType="submit" loading={register.isPending}>
              {step < 3 ? t('common.next') : t('register.submit')}
            </Button>
            <Button onClick={() => void navigate('/cases')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
