import { DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { ApiInput } from '../../../../../src-main/api/registry';
import { dateItem, todayString } from '../../../../form-fields';
import { useApiMutation } from '../../../../hooks/use-api';
import { useFormSubmit } from '../../../../hooks/use-form-submit';

export type Step = ApiInput<'enforcement.record'>['step'];
export type StepKind = Step['kind'];

interface StepField {
  name: string;
  label: string;
  control: 'date' | 'text' | 'longText' | { options: Record<string, string> };
  optional?: true;
}

/**
 * One step of an application as a small dialog: its fields by kind, today's date to start
 * with; what the service refuses is shown on the field it names.
 */
const FIELDS: Record<Exclude<StepKind, 'supply_material'>, StepField[]> = {
  apply: [
    { name: 'on', label: '申请日期', control: 'date' },
    { name: 'body', label: '受理机关', control: 'text' },
  ],
  accept: [
    { name: 'on', label: '受理日期', control: 'date' },
    { name: 'caseNumber', label: '案号', control: 'text' },
  ],
  request_material: [
    { name: 'on', label: '要求补充的日期', control: 'date' },
    { name: 'what', label: '需补充的材料', control: 'longText' },
    { name: 'dueOn', label: '补充期限', control: 'date' },
  ],
  rule: [
    { name: 'on', label: '裁定日期', control: 'date' },
    { name: 'result', label: '审查结果', control: { options: { confirmed: '裁定确认调解协议有效', rejected: '裁定驳回申请', not_accepted: '不予受理' } } },
    { name: 'rulingNumber', label: '裁定书文号', control: 'text', optional: true },
    { name: 'reason', label: '理由', control: 'longText', optional: true },
  ],
  withdraw: [
    { name: 'on', label: '撤回日期', control: 'date' },
    { name: 'reason', label: '撤回理由', control: 'longText' },
  ],
  decline: [{ name: 'reason', label: '不申请的理由', control: 'longText' }],
};

export interface StepDialogProps {
  caseId: string;
  kind: Exclude<StepKind, 'supply_material'>;
  title: string;
  help: string;
  /** Values the dialog starts with besides today's date (the route, the court). */
  initial?: Record<string, string>;
  /** Labels that differ by route (`受理机关` is the court or the notary office). */
  labels?: Record<string, string>;
  onDone: () => void;
}

export const STEP_INVALIDATES = ['cases.get', 'cases.list', 'cases.history', 'cases.deadlines', 'enforcement.materialRequests', 'deadlines.due', 'agreements.routes'] as const;

export function StepDialog({ caseId, kind, title, help, initial = {}, labels = {}, onDone }: StepDialogProps) {
  const [form] = Form.useForm<Record<string, string>>();
  const record = useApiMutation('enforcement.record', [...STEP_INVALIDATES]);
  const submit = useFormSubmit(form, 'step.');
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const values = Object.fromEntries(Object.entries({ ...initial, ...v }).filter(([, x]) => typeof x === 'string' && x.trim() !== ''));
    if (await submit(() => record.mutateAsync({ caseId, step: { kind, ...values } as Step }), `${title}：已记录`)) onDone();
  };
  return (
    <Modal open title={title} onCancel={onDone} onOk={() => void save()} confirmLoading={record.isPending}>
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      <Form name={`step-${kind}`} form={form} layout="vertical" initialValues={{ on: todayString(), ...initial }}>
        {FIELDS[kind].map((f) => {
          const label = labels[f.name] ?? f.label;
          const rules = f.optional ? [] : [{ required: true, whitespace: true, message: `请填写${label}` }];
          if (f.control === 'date')
            return (
              <Form.Item key={f.name} name={f.name} label={label} rules={rules} {...dateItem}>
                <DatePicker />
              </Form.Item>
            );
          return (
            <Form.Item key={f.name} name={f.name} label={label} rules={rules}>
              {f.control === 'text' ? (
                <Input maxLength={100} />
              ) : f.control === 'longText' ? (
                <Input.TextArea rows={3} maxLength={1000} />
              ) : (
                <Select options={Object.entries(f.control.options).map(([value, l]) => ({ value, label: l }))} />
              )}
            </Form.Item>
          );
        })}
      </Form>
    </Modal>
  );
}
