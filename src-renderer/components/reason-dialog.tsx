import { Form, Input, Modal, Typography } from 'antd';
import { useFormSubmit } from '../hooks/use-form-submit';

interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** What the action does, above the field. */
  help: string;
  /** The field's label, and the message when it is left empty. */
  label: string;
  required: string;
  okText?: string;
  /** Form name: unique on the page (forms kept mounted share ids otherwise). */
  name: string;
  pending: boolean;
  /** Runs the action with the trimmed reason; its error is shown and marked on the field. */
  run: (reason: string) => Promise<unknown>;
  success: string;
  onDone: () => void;
}

/** An irreversible or audited action that needs a reason in words: removing, unarchiving… */
export function ReasonDialog({ open, title, help, label, required, okText, name, pending, run, success, onDone }: ReasonDialogProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const submit = useFormSubmit(form);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v && (await submit(() => run(v.reason.trim()), success))) onDone();
  };
  return (
    <Modal open={open} title={title} onCancel={onDone} onOk={() => void save()} okText={okText} okButtonProps={{ danger: true }} confirmLoading={pending} forceRender>
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      <Form name={name} form={form} layout="vertical" onFinish={() => void save()}>
        <Form.Item label={label} name="reason" rules={[{ required: true, whitespace: true, message: required }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
