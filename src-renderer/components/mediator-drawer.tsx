import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useVoice } from '../hooks/use-voice';
import { CASE_CATEGORIES } from '../../src-main/domain/categories';
import { FormDrawer } from './form-drawer';
import { RELATION_KINDS, declaredRelationSchema, mediatorInputSchema, type MediatorInput } from '../../src-main/domain/mediator';
import { zodRule } from '../form-rules';
import { useSaveShortcut } from '../hooks/use-save-shortcut';

const shape = mediatorInputSchema.shape;
const relation = declaredRelationSchema.shape;
const specialtyOptions = Object.entries(CASE_CATEGORIES).map(([value, label]) => ({ value, label }));
const relationKindOptions = Object.entries(RELATION_KINDS).map(([value, label]) => ({ value, label }));

export interface MediatorDrawerProps {
  open: boolean;
  title: string;
  initial: MediatorInput | undefined;
  saving?: boolean;
  onClose(): void;
  /** Resolves when saved; throwing leaves the drawer open (the caller marks the fields). */
  onSubmit(values: MediatorInput, form: ReturnType<typeof Form.useForm<MediatorInput>>[0]): Promise<void>;
}

/** Add or edit one roster entry with its declared relations (for recusal checks). */
export function MediatorDrawer({ open, title, initial, saving, onClose, onSubmit }: MediatorDrawerProps) {
  const { t } = useVoice();
  const [form] = Form.useForm<MediatorInput>();
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initial ?? { specialties: [], relations: [] });
    }
  }, [open, initial, form]);

  const submit = async () => {
    // a rejected validation has already marked the fields; nothing more to report
    const values = await form.validateFields().catch(() => null);
    if (values) await onSubmit(values, form).catch(() => undefined);
  };

  useSaveShortcut(() => void submit(), open);

  return (
    <FormDrawer open={open} title={title} onClose={onClose} onSave={() => void submit()} saving={saving ?? false} saveTestId="mediator-save">
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item label={t('mediators.name')} name="name" rules={[zodRule(shape.name)]} required>
          <Input autoFocus maxLength={30} />
        </Form.Item>
        <Form.Item label={t('mediators.mediatorNo')} name="mediatorNo" rules={[zodRule(shape.mediatorNo)]} required>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label={t('mediators.phone')} name="phone" rules={[zodRule(shape.phone)]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item label={t('mediators.specialties')} name="specialties">
          <Select mode="multiple" options={specialtyOptions} allowClear />
        </Form.Item>
        <Typography.Title level={5}>{t('mediators.relations')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('mediators.relationsHelp')}</Typography.Paragraph>
        <Form.List name="relations">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((field) => (
                <Card
                  key={field.key}
                  size="small"
                  extra={
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
                  }
                >
                  <Form.Item label={t('mediators.relationName')} name={[field.name, 'name']} rules={[zodRule(relation.name)]} required>
                    <Input maxLength={60} />
                  </Form.Item>
                  <Form.Item label={t('mediators.relationKind')} name={[field.name, 'kind']} rules={[zodRule(relation.kind)]} required>
                    <Select options={relationKindOptions} />
                  </Form.Item>
                  <Form.Item label={t('mediators.relationIdNumber')} name={[field.name, 'idNumber']} rules={[zodRule(relation.idNumber)]}>
                    <Input maxLength={18} />
                  </Form.Item>
                  <Form.Item label={t('mediators.relationUscc')} name={[field.name, 'uscc']} rules={[zodRule(relation.uscc)]}>
                    <Input maxLength={18} />
                  </Form.Item>
                  <Form.Item label={t('mediators.relationNote')} name={[field.name, 'note']} rules={[zodRule(relation.note)]}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})} block>
                {t('mediators.addRelation')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
