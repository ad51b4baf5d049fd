import { Alert, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { defaultCaseNumberPattern, previewCaseNumber } from '../../src-main/domain/case-number';
import { organizationInputSchema } from '../../src-main/domain/organization';
import { zodRule } from '../form-rules';

/**
 * The case-number pattern with a live preview of the first number of the current year. Lives in
 * the same form as the organization fields so the suggestion can use the region and kind.
 */
export function CaseNumberField({ prefix = [] }: { prefix?: string[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const name = [...prefix, 'caseNumberPattern'];
  const pattern = Form.useWatch(name, form) as string | undefined;
  const region = (Form.useWatch([...prefix, 'region'], form) as string | undefined) ?? '';
  const kind = (Form.useWatch([...prefix, 'kind'], form) as string | undefined) ?? '';
  const preview = previewCaseNumber(pattern ?? '', new Date().getFullYear());
  const insert = (token: string) => {
    form.setFieldValue(name, `${pattern ?? ''}${token}`);
    void form.validateFields([name]);
  };
  return (
    <>
      <Form.Item
        label={t('numbering.pattern')}
        name={name}
        rules={[zodRule(organizationInputSchema.shape.caseNumberPattern)]}
        extra={t('numbering.help')}
        required
      >
        <Input maxLength={60} />
      </Form.Item>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button onClick={() => insert('{year}')}>{t('numbering.insertYear')}</Button>
        <Button onClick={() => insert('{seq:4}')}>{t('numbering.insertSeq')}</Button>
        <Button onClick={() => form.setFieldValue(name, defaultCaseNumberPattern(region.trim() || '豫', kind))}>
          {t('numbering.useDefault')}
        </Button>
      </Space>
      <Alert
        type={preview.ok ? 'success' : 'warning'}
        showIcon
        title={preview.ok ? `${t('numbering.preview')}：${preview.example}` : preview.message}
        data-testid="case-number-preview"
      />
    </>
  );
}
