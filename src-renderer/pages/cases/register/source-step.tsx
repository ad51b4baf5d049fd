import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_CATEGORIES } from '../../../../src-main/domain/categories';
import { caseSchema } from '../../../../src-main/domain/exchange';
import { CASE_SOURCES, REFERRED_SOURCES, type CaseSource } from '../../../../src-main/domain/vocabulary';
import { dateItem } from '../../../form-fields';
import { zodRule } from '../../../form-rules';

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const shape = caseSchema.shape;

/** 来源与类别: where the dispute came from, what kind it is, when it was registered. */
export function SourceStep() {
  const { t } = useTranslation();
  const source = Form.useWatch(['case', 'source']) as CaseSource | undefined;
  const referred = source !== undefined && REFERRED_SOURCES.includes(source);
  return (
    <>
      <Form.Item label={t('register.source')} name={['case', 'source']} rules={[zodRule(shape.source)]} required>
        <Select options={options(CASE_SOURCES)} autoFocus />
      </Form.Item>
      {referred && (
        <>
          <Form.Item
            label={source === 'admin_referral' ? t('register.referralAgency') : t('register.referralCourt')}
            name={['case', 'referral', 'body']}
            rules={[{ required: true, message: '请填写移送机关' }]}
            required
          >
            <Input maxLength={100} placeholder={source === 'admin_referral' ? '例如：郑州市市场监督管理局' : '例如：郑州市中级人民法院'} />
          </Form.Item>
          <Form.Item label={t('register.referralNumber')} name={['case', 'referral', 'referenceNumber']}>
            <Input maxLength={60} placeholder="例如：（2026）豫01民诉前调123号" />
          </Form.Item>
          <Form.Item label={t('register.referralDate')} name={['case', 'referral', 'referredOn']} {...dateItem}>
            <DatePicker />
          </Form.Item>
        </>
      )}
      <Form.Item label={t('register.category')} name={['case', 'category']} rules={[zodRule(shape.category)]} required>
        <Select options={options(CASE_CATEGORIES)} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item label={t('register.receivedOn')} name={['case', 'receivedOn']} rules={[zodRule(shape.receivedOn)]} required {...dateItem}>
        <DatePicker />
      </Form.Item>
    </>
  );
}
