import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../src-main/api/registry';
import { COURT_SCOPES, type Court } from '../../../src-main/domain/courts';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useSaveShortcut } from '../../hooks/use-save-shortcut';

const scopeOptions = Object.entries(COURT_SCOPES).map(([value, label]) => ({ value, label }));

/** 设置 → 法院名录: which court hears which cases from which places, for the court of a judicial confirmation. */
export function CourtsTab() {
  const current = useApiQuery('settings.getCourts', {});
  if (current.isPending) return <Spin />;
  if (current.isError) return <Alert type="error" showIcon title={current.error.message} />;
  // a fresh form whenever the saved directory changes, rather than filling one in an effect
  return <CourtsForm key={JSON.stringify(current.data)} directory={current.data} />;
}

function CourtsForm({ directory }: { directory: ApiOutput<'settings.getCourts'> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ courts: Court[] }>();
  const update = useApiMutation('settings.updateCourts', ['settings.getCourts', 'cases.court']);
  const submit = useFormSubmit(form);
  useSaveShortcut(() => form.submit());
  const save = (v: { courts: Court[] }) => submit(() => update.mutateAsync({ courts: v.courts.map((c) => ({ ...c, note: c.note?.trim() || undefined })) }), t('common.saved'));

  return (
    <Form name="courts" form={form} layout="vertical" initialValues={{ courts: directory.courts }} onFinish={(v) => void save(v)} style={{ maxWidth: 900 }}>
      <Typography.Paragraph type="secondary">{t('courts.help')}</Typography.Paragraph>
      {!directory.edited && <Alert type="info" showIcon title={t('courts.seeded')} style={{ marginBottom: 16 }} />}
      <Form.List name="courts">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                title={t('courts.entry', { n: i + 1 })}
                extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('courts.remove', { n: i + 1 })} />}
              >
                <Space wrap align="start">
                  <Form.Item label={t('courts.name')} name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写法院名称' }]}>
                    <Input style={{ width: 260 }} maxLength={60} />
                  </Form.Item>
                  <Form.Item label={t('courts.areas')} name={[field.name, 'areas']} rules={[{ required: true, message: '请填写管辖地域' }]}>
                    <Select mode="tags" style={{ width: 220 }} tokenSeparators={['，', ',', '、']} open={false} suffixIcon={null} aria-label={t('courts.areas')} />
                  </Form.Item>
                  <Form.Item label={t('courts.scopes')} name={[field.name, 'scopes']} rules={[{ required: true, message: '请选择管辖范围' }]}>
                    <Select mode="multiple" style={{ width: 280 }} aria-label={t('courts.scopes')} options={scopeOptions.map((o) => ({ ...o, label: o.value === 'technical' ? t('courts.technical') : t('courts.general') }))} />
                  </Form.Item>
                </Space>
                <Form.Item label={t('courts.note')} name={[field.name, 'note']} style={{ marginBottom: 0 }}>
                  <Input maxLength={200} />
                </Form.Item>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ name: '', areas: [], scopes: ['general'] })}>
              {t('courts.add')}
            </Button>
          </Space>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={update.isPending} style={{ marginTop: 16 }}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
