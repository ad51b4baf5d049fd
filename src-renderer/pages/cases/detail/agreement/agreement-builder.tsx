import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Dropdown, Empty, Form, Input, InputNumber, Radio, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../../../src-main/api/registry';
import type { ExchangeCase } from '../../../../../src-main/domain/exchange';
import { ENFORCEMENT_ROUTES, TERM_KINDS } from '../../../../../src-main/domain/vocabulary';
import { FormDrawer } from '../../../../components/form-drawer';
import { pruneEmpty } from '../../../../form-fields';
import { useApiMutation, useApiQuery } from '../../../../hooks/use-api';
import { useDebounced } from '../../../../hooks/use-debounced';
import { useFormSubmit } from '../../../../hooks/use-form-submit';
import { useSaveShortcut } from '../../../../hooks/use-save-shortcut';
import { DocumentPreview } from '../../../documents/document-preview';
import { ClauseFindings } from './clause-findings';
import { TermForm } from './term-form';
import { newTerm } from './term-fields';

type Draft = ApiInput<'agreements.save'>['agreement'];
type Kind = keyof typeof TERM_KINDS;
/** The form's values: the route as a choice, `none` for none agreed yet. */
type Values = Omit<Draft, 'route'> & { route: NonNullable<Draft['route']> | 'none' };

/** What the API takes: blanks left out, `none` as null (pruning would drop a null). */
const toDraft = ({ route, arbitrationCommission, ...v }: Values): Draft => ({
  ...pruneEmpty(v),
  route: route === 'none' ? null : route,
  ...(route === 'arbitration' && arbitrationCommission?.trim() ? { arbitrationCommission: arbitrationCommission.trim() } : {}),
});

const chosenRoute = (c: ExchangeCase): Values['route'] => (c.enforcement && c.enforcement.route !== 'none' ? c.enforcement.route : 'none');

/**
 * 起草调解协议: the facts, the terms each in its own small form (added by kind, moved up and down,
 * removed), the copies — and beside them the 调解协议书 as it will print with the clause checks,
 * following the typing. Saved whole; mounted afresh each time it opens.
 */
export function AgreementBuilder({ caseId, c, open, onClose }: { caseId: string; c: ExchangeCase; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('agreements.save', ['cases.get', 'cases.history', 'agreements.check', 'agreements.routes', 'documents.options']);
  const submit = useFormSubmit(form, 'agreement.');
  // preserve: the terms' `kind` has no field of its own, and must be watched all the same
  const values = Form.useWatch([], { form, preserve: true }) as Values | undefined;
  const draft = useDebounced(values ? toDraft(values) : undefined, 400);
  const terms: { kind: Kind }[] = Form.useWatch('terms', { form, preserve: true }) ?? [];
  const preview = useApiQuery('agreements.preview', { caseId, agreement: draft ?? { terms: [] } }, { enabled: Boolean(draft?.terms?.length), keepPrevious: true });

  const run = async () => {
    if (!(await form.validateFields().catch(() => null))) return;
    // every value, the terms' `kind` included (it has no field, so validateFields leaves it out)
    const v = form.getFieldsValue(true) as Values;
    const done = await submit(() => save.mutateAsync({ caseId, agreement: toDraft(v) }), t('builder.saved'));
    if (done) onClose();
  };
  useSaveShortcut(() => void run(), open);

  const a = c.agreement;
  return (
    <FormDrawer open={open} title={t('builder.title')} onClose={onClose} onSave={() => void run()} saving={save.isPending} saveLabel={t('builder.save')} size="92%">
      <Row gutter={24}>
        <Col span={12}>
          <Form
            name="agreementBuilder"
            form={form}
            layout="vertical"
            initialValues={{
              number: a?.number ?? '',
              facts: a?.facts ?? '',
              copies: a?.copies ?? c.parties.length + 1,
              terms: a?.terms ?? [],
              route: chosenRoute(c),
              arbitrationCommission: c.enforcement?.arbitrationCommission ?? '',
            }}
          >
            <Space wrap>
              <Form.Item name="number" label={t('builder.number')} extra={t('builder.numberHelp')}>
                <Input maxLength={60} style={{ width: 280 }} />
              </Form.Item>
              <Form.Item name="copies" label={t('builder.copies')} rules={[{ required: true, message: '请填写协议份数' }]}>
                <InputNumber min={1} max={20} precision={0} addonAfter="份" />
              </Form.Item>
            </Space>
            <Form.Item name="route" label={t('builder.route')} extra={t('builder.routeHelp')}>
              <Radio.Group
                options={[
                  { value: 'judicial_confirmation', label: ENFORCEMENT_ROUTES.judicial_confirmation },
                  { value: 'notarization', label: ENFORCEMENT_ROUTES.notarization },
                  { value: 'arbitration', label: ENFORCEMENT_ROUTES.arbitration },
                  { value: 'none', label: t('builder.noRoute') },
                ]}
              />
            </Form.Item>
            {values?.route === 'arbitration' && (
              <Form.Item name="arbitrationCommission" label={t('builder.commission')} rules={[{ required: true, whitespace: true, message: '请填写选定的仲裁委员会' }]} extra={t('builder.commissionHelp')}>
                <Input maxLength={100} style={{ maxWidth: 360 }} />
              </Form.Item>
            )}
            <Form.Item name="facts" label={t('builder.facts')} rules={[{ required: true, message: '请填写纠纷主要事实和争议事项' }]}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
            <Form.List name="terms" rules={[{ validator: (_r, list: unknown[]) => (list?.length ? Promise.resolve() : Promise.reject(new Error('协议至少包含一项条款'))) }]}>
              {(fields, { add, remove, move }, { errors }) => (
                <>
                  {fields.length === 0 && <Empty description={t('builder.noTerms')} style={{ marginBottom: 16 }} />}
                  {fields.map((field, i) => {
                    const kind = terms[i]?.kind;
                    return (
                      <Card
                        key={field.key}
                        size="small"
                        style={{ marginBottom: 12 }}
                        data-testid={`term-${i + 1}`}
                        title={`${i + 1}. ${kind ? TERM_KINDS[kind] : ''}`}
                        extra={
                          <Space size={0}>
                            <Button type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('builder.up', { n: i + 1 })} />
                            <Button type="text" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label={t('builder.down', { n: i + 1 })} />
                            <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(i)} aria-label={t('builder.remove', { n: i + 1 })} />
                          </Space>
                        }
                      >
                        {kind && <TermForm index={field.name} kind={kind} c={c} />}
                      </Card>
                    );
                  })}
                  <Form.ErrorList errors={errors} />
                  <Dropdown
                    trigger={['click']}
                    menu={{
                      items: (Object.keys(TERM_KINDS) as Kind[]).map((k) => ({ key: k, label: TERM_KINDS[k] })),
                      onClick: ({ key }) => add(newTerm(key as Kind, c.parties)),
                    }}
                  >
                    <Button icon={<PlusOutlined />} data-testid="add-term">
                      {t('builder.addTerm')}
                    </Button>
                  </Dropdown>
                </>
              )}
            </Form.List>
          </Form>
        </Col>
        <Col span={12} data-testid="agreement-preview-pane" className="agreement-preview">
          {preview.error && <Alert type="info" showIcon title={t('builder.previewPaused', { reason: preview.error.message })} style={{ marginBottom: 8 }} />}
          {preview.data && <ClauseFindings findings={preview.data.findings} />}
          {draft?.terms?.length ? (
            <DocumentPreview preview={preview.data ? { title: '调解协议书', fileName: '', caveat: preview.data.caveat, html: preview.data.html } : undefined} loading={preview.isFetching} />
          ) : (
            <Empty description={t('builder.previewEmpty')} />
          )}
        </Col>
      </Row>
    </FormDrawer>
  );
}
