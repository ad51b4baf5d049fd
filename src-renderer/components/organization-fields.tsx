import { AutoComplete, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS, PROVINCE_ABBREVIATIONS, organizationInputSchema } from '../../src-main/domain/organization';
import { zodRule } from '../form-rules';

const shape = organizationInputSchema.shape;
const kindOptions = Object.entries(ORGANIZATION_KINDS).map(([value, label]) => ({ value, label }));
const regionOptions = PROVINCE_ABBREVIATIONS.map((value) => ({ value }));

/** The organization's fields, shared by first-run setup and the settings screen. */
export function OrganizationFields({ prefix = [], autoFocus = false }: { prefix?: string[]; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const name = (field: string) => [...prefix, field];
  return (
    <>
      <Form.Item label={t('organization.name')} name={name('name')} rules={[zodRule(shape.name)]} required>
        <Input placeholder={t('organization.namePlaceholder')} autoFocus={autoFocus} maxLength={60} />
      </Form.Item>
      <Form.Item label={t('organization.kind')} name={name('kind')} rules={[zodRule(shape.kind)]} required>
        <Select options={kindOptions} />
      </Form.Item>
      <Form.Item
        label={t('organization.region')}
        name={name('region')}
        rules={[zodRule(shape.region)]}
        extra={t('organization.regionHelp')}
        required
      >
        <AutoComplete options={regionOptions} maxLength={10} />
      </Form.Item>
      <Form.Item label={t('organization.address')} name={name('address')} rules={[zodRule(shape.address)]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item label={t('organization.phone')} name={name('phone')} rules={[zodRule(shape.phone)]}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item label={t('organization.defaultCourt')} name={name('defaultCourt')} rules={[zodRule(shape.defaultCourt)]}>
        <Input placeholder={t('organization.defaultCourtPlaceholder')} maxLength={60} />
      </Form.Item>
    </>
  );
}
