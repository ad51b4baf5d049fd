import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../src-main/api/registry';
import { SETTLEMENT_WAYS } from '../../../../src-main/domain/arbitration';
import { OUTCOME_KINDS, type AwardText, type OutcomeStep } from '../../../../src-main/domain/arbitration-outcome';
import { dateItem, todayString } from '../../../form-fields';
import { useApiMutation } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { useFreshDialogAbout } from '../../../hooks/use-fresh-dialog';

type Detail = ApiOutput<'arbitration.get'>;
type StepName = OutcomeStep['step'];

/** The steps the clerk can take now, from the case's status and how far the outcome has come. */
function stepsNow(detail: Detail, status: string): StepName[] {
  const { outcome, outcomeState: state } = detail;
  if (!outcome) {
    return [
      ...(status === 'agreed' ? (['award_on_settlement', 'mediation_statement'] as const) : []),
      ...(status === 'mediating' ? (['award'] as const) : []),
      ...(status === 'accepted' || status === 'mediating' ? (['withdraw'] as const) : []),
    ];
  }
  if (state.mustAward) return ['award'];
  if (outcome.kind === 'mediation_statement' && state.waitingFor.length > 0) return ['receipt', 'retraction'];
  return [];
}

/** 仲裁结果: how the arbitration ends — an award on the settlement, a mediation statement and its receipts, an award, a withdrawal. */
export function OutcomeCard({ caseId, detail, status, editable }: { caseId: string; detail: Detail; status: string; editable: boolean }) {
  const { t } = useTranslation();
  const taking = useFreshDialogAbout<StepName>();
  const { outcome, outcomeState: state } = detail;
  const steps = editable && detail.record ? stepsNow(detail, status) : [];
  return (
    <Card
      size="small"
      title={t('outcome.title')}
      data-testid="outcome-card"
      extra={
        <Space wrap>
          {steps.map((s) => (
            <Button key={s} onClick={() => taking.show(s)}>
              {t(`outcome.step.${s}`)}
            </Button>
          ))}
        </Space>
      }
    >
      {outcome ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('outcome.kind')}>{OUTCOME_KINDS[outcome.kind]}</Descriptions.Item>
            <Descriptions.Item label={t('outcome.on')}>{outcome.on}</Descriptions.Item>
            {outcome.way && <Descriptions.Item label={t('outcome.way')}>{SETTLEMENT_WAYS[outcome.way]}</Descriptions.Item>}
            {outcome.award && (
              <Descriptions.Item label={t('outcome.award.rulings')} span={2}>
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {outcome.award.rulings.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ol>
              </Descriptions.Item>
            )}
            {outcome.receipts && <Descriptions.Item label={t('outcome.receipts')}>{outcome.receipts.map((r) => `${r.party}（${r.on}）`).join('、') || t('outcome.noReceipts')}</Descriptions.Item>}
          </Descriptions>
          {state.mustAward && outcome.retraction && (
            <Alert type="error" showIcon title={t('outcome.retracted', { party: outcome.retraction.party, on: outcome.retraction.on })} />
          )}
          {outcome.kind === 'mediation_statement' && !state.mustAward && state.waitingFor.length > 0 && (
            <Alert type="info" showIcon title={t('outcome.waiting', { parties: state.waitingFor.join('、') })} />
          )}
          {state.effective && outcome.kind !== 'withdrawn' && <Typography.Text type="success">{t('outcome.effective', { on: state.effectiveOn })}</Typography.Text>}
          {outcome.afterRetraction && <Typography.Text type="secondary">{t('outcome.afterRetraction', { party: outcome.afterRetraction.party })}</Typography.Text>}
        </Space>
      ) : (
        <Typography.Text type="secondary">{detail.record ? t('outcome.running') : t('tribunal.needsRecord')}</Typography.Text>
      )}
      {taking.open && taking.subject && <StepDialog key={taking.count} caseId={caseId} step={taking.subject} parties={state.waitingFor} onDone={taking.hide} />}
    </Card>
  );
}

interface StepValues {
  on: string;
  way?: 'own' | 'mediated';
  party?: string;
  note?: string;
  award?: { defence?: string; omitReasons?: boolean; findings?: string; reasoning?: string; rulings?: string[]; costs?: string };
}

const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** The award as the API takes it: texts trimmed, empty ones left out, the facts and reasons dropped when the parties agreed to omit them. */
function awardInput(a: NonNullable<StepValues['award']>): AwardText {
  const omit = a.omitReasons === true;
  return JSON.parse(
    JSON.stringify({
      defence: trimmed(a.defence),
      ...(omit ? { omitReasons: true } : { findings: trimmed(a.findings), reasoning: trimmed(a.reasoning) }),
      rulings: (a.rulings ?? []).map((r) => r.trim()).filter(Boolean),
      costs: a.costs?.trim() ?? '',
    }),
  ) as AwardText;
}

function StepDialog({ caseId, step, parties, onDone }: { caseId: string; step: StepName; parties: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StepValues>();
  const record = useApiMutation('arbitration.recordOutcome', ['arbitration.get', 'cases.get', 'cases.list', 'cases.deadlines', 'deadlines.due', 'cases.history', 'documents.options']);
  const submit = useFormSubmit(form, 'step.');
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const input = {
      step,
      on: v.on,
      ...(v.way ? { way: v.way } : {}),
      ...(v.party ? { party: v.party } : {}),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      ...(step === 'award' ? { award: awardInput(v.award ?? {}) } : {}),
    } as OutcomeStep;
    if (await submit(() => record.mutateAsync({ caseId, step: input }), t('outcome.done'))) onDone();
  };
  const withParty = step === 'receipt' || step === 'retraction';
  return (
    <Modal open title={t(`outcome.step.${step}`)} onCancel={onDone} onOk={() => void save()} confirmLoading={record.isPending} width={step === 'award' ? 760 : undefined}>
      <Typography.Paragraph type="secondary">{t(`outcome.help.${step}`)}</Typography.Paragraph>
      <Form name="outcome-step" form={form} layout="vertical" initialValues={{ on: todayString(), way: 'own', party: parties[0], award: { rulings: [''] } }} onFinish={() => void save()}>
        {withParty && (
          <Form.Item label={t('outcome.party')} name="party" rules={[{ required: true, message: '请选择当事人' }]}>
            <Select options={parties.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
        )}
        <Form.Item label={t('outcome.on')} name="on" rules={[{ required: true, message: '请选择日期' }]} {...dateItem}>
          <DatePicker />
        </Form.Item>
        {step === 'award_on_settlement' && (
          <Form.Item label={t('outcome.way')} name="way">
            <Radio.Group options={Object.entries(SETTLEMENT_WAYS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        )}
        {step === 'award' && <AwardFields />}
        {(step === 'retraction' || step === 'withdraw') && (
          <Form.Item label={t('outcome.note')} name="note">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** What the award says (仲裁法第五十四条): the answer, the facts and reasons unless the parties agreed to omit them, the rulings, the costs. */
function AwardFields() {
  const { t } = useTranslation();
  const omit = Form.useWatch(['award', 'omitReasons']) === true;
  return (
    <>
      <Form.Item label={t('outcome.award.defence')} name={['award', 'defence']}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name={['award', 'omitReasons']} valuePropName="checked">
        <Checkbox>{t('outcome.award.omitReasons')}</Checkbox>
      </Form.Item>
      {!omit && (
        <>
          <Form.Item label={t('outcome.award.findings')} name={['award', 'findings']} rules={[{ required: true, whitespace: true, message: '请填写仲裁庭查明的事实' }]}>
            <Input.TextArea rows={3} maxLength={10000} />
          </Form.Item>
          <Form.Item label={t('outcome.award.reasoning')} name={['award', 'reasoning']} rules={[{ required: true, whitespace: true, message: '请填写仲裁庭的意见' }]}>
            <Input.TextArea rows={3} maxLength={10000} />
          </Form.Item>
        </>
      )}
      <Form.List name={['award', 'rulings']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }}>
                <Form.Item
                  name={field.name}
                  label={i === 0 ? t('outcome.award.rulings') : undefined}
                  rules={[{ required: true, whitespace: true, message: '请填写裁决事项' }]}
                  style={{ flex: 1, minWidth: 600 }}
                >
                  <Input.TextArea rows={2} maxLength={1000} aria-label={`${t('outcome.award.ruling')} ${i + 1}`} />
                </Form.Item>
                {fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('outcome.award.removeRuling')} style={{ marginTop: i === 0 ? 30 : 0 }} />}
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add('')} style={{ marginBottom: 16 }}>
              {t('outcome.award.addRuling')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item label={t('outcome.award.costs')} name={['award', 'costs']} rules={[{ required: true, whitespace: true, message: '请填写仲裁费用的负担' }]} extra={t('outcome.award.costsHelp')}>
        <Input maxLength={500} />
      </Form.Item>
    </>
  );
}
