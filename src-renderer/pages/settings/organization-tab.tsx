import { Button, Form } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationInput } from '../../../src-main/domain/organization';
import { CaseNumberField } from '../../components/case-number-field';
import { OrganizationFields } from '../../components/organization-fields';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useSaveShortcut } from '../../hooks/use-save-shortcut';

/** 设置 → 组织信息: the organization and its case-number pattern, saved together. */
export function OrganizationTab() {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrganizationInput>();
  const org = useApiQuery('organization.get', {});
  const update = useApiMutation('organization.update', ['organization.get', 'setup.status']);

  useEffect(() => {
    if (org.data) {
      const { name, kind, region, address, phone, defaultCourt, caseNumberPattern } = org.data;
      form.setFieldsValue({
        name,
        kind: kind as OrganizationInput['kind'],
        region,
        address: address ?? undefined,
        phone: phone ?? undefined,
        defaultCourt: defaultCourt ?? undefined,
        caseNumberPattern,
      });
    }
  }, [org.data, form]);

  useSaveShortcut(() => form.submit());

  const submit = useFormSubmit(form);
  const save = (values: OrganizationInput) => submit(() => update.mutateAsync(values), t('common.saved'));

  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 640 }} onFinish={(v) => void save(v)} disabled={org.isPending}>
      <OrganizationFields />
      <CaseNumberField />
      <Button type="primary" htmlType="submit" loading={update.isPending} style={{ marginTop: 24 }}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
