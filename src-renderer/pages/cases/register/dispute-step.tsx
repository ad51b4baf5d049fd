import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseSchema, ipRightSchema } from '../../../../src-main/domain/exchange';
import { IP_RIGHT_KINDS } from '../../../../src-main/domain/vocabulary';
import { zodRule } from '../../../form-rules';

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const right = ipRightSchema.shape;

/** 争议与请求: the rights in dispute, what happened, what the applicant asks, the amount. */
export function DisputeStep() {
  const { t } = useTranslation();
  return (
    <>
      <Form.List name={['case', 'ipRights']}>
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
            {fields.map((field, i) => (
              <Card key={field.key} size="small" title={t('register.rightTitle', { n: i + 1 })} extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />}>
                <Row gutter={16}>
                  <Col span={8}>
                    <Form.Item label={t('register.rightKind')} name={[field.name, 'kind']} rules={[zodRule(right.kind)]} required>
                      <Select options={options(IP_RIGHT_KINDS)} />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item label={t('register.rightNumber')} name={[field.name, 'number']}>
                      <Input maxLength={60} placeholder="ZL202220123456.7 / 第23456781号" />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item label={t('register.rightHolder')} name={[field.name, 'holder']}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col span={16}>
                    <Form.Item label={t('register.rightName')} name={[field.name, 'title']} rules={[zodRule(right.title)]} required>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item label={t('register.rightClasses')} name={[field.name, 'classes']}>
                      <Select mode="tags" tokenSeparators={[',', '，', ' ']} placeholder="30、35" />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'trademark' })}>
              {t('register.addRight')}
            </Button>
          </Space>
        )}
      </Form.List>
      <Form.Item label={t('register.subject')} name={['case', 'subject']} rules={[zodRule(caseSchema.shape.subject)]} required>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.List name={['case', 'requests']}>
        {(fields, { add, remove }) => (
          <Form.Item label={t('register.requests')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" style={{ width: '100%' }}>
                  <span style={{ lineHeight: '32px' }}>{i + 1}.</span>
                  <Form.Item name={field.name} noStyle>
                    <Input maxLength={1000} style={{ width: 560 }} aria-label={t('register.requestN', { n: i + 1 })} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add('')}>
                {t('register.addRequest')}
              </Button>
            </Space>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item label={t('register.claimAmount')} name={['case', 'claimAmount']} rules={[zodRule(caseSchema.shape.claimAmount)]} extra={t('register.claimAmountHint')}>
        <Input maxLength={20} suffix="元" style={{ width: 260 }} inputMode="decimal" />
      </Form.Item>
    </>
  );
}
