import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Segmented, Select, Space, Switch, Upload, type FormListFieldData } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { agentSchema, partySchema } from '../../../../src-main/domain/exchange';
import { checkResidentId, checkUscc } from '../../../../src-main/domain/identity';
import { AGENT_KINDS, GENDERS, ID_TYPES, PARTY_KINDS, PARTY_ROLES, REPRESENTATIVE_TITLES, SPECIAL_POWERS, type PartyKind } from '../../../../src-main/domain/vocabulary';
import { call } from '../../../api';
import { dateItem } from '../../../form-fields';
import { fileToBase64 } from '../../../files';
import { zodRule } from '../../../form-rules';
import type { Scan } from './registration-values';

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const shape = partySchema.shape;
const agentShape = agentSchema.shape;

interface PartyCardProps {
  field: FormListFieldData;
  index: number;
  onRemove?: (() => void) | undefined;
}

/** One party: fields switch with its kind; agents with their authority; identity scans. */
export function PartyCard({ field, index, onRemove }: PartyCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = Form.useFormInstance();
  const base = ['case', 'parties', field.name];
  const kind = (Form.useWatch([...base, 'kind']) as PartyKind | undefined) ?? 'legal';
  const idType = Form.useWatch([...base, 'idType']) as string | undefined;
  const scans = (Form.useWatch([...base, 'scans']) as Scan[] | undefined) ?? [];
  const natural = kind === 'natural';
  // a natural person's papers are a resident ID card unless someone says otherwise
  useEffect(() => {
    const path = ['case', 'parties', field.name, 'idType'];
    if (natural && !form.getFieldValue(path)) form.setFieldValue(path, 'resident_id');
  }, [natural, form, field.name]);

  // a valid resident ID number fills in the birth date and gender it encodes
  const onIdNumber = (value: string) => {
    if (idType && idType !== 'resident_id') return;
    const id = checkResidentId(value);
    if (id.ok) {
      form.setFieldValue([...base, 'birthDate'], id.birthDate);
      form.setFieldValue([...base, 'gender'], id.gender);
      void form.validateFields([[...base, 'birthDate'], [...base, 'gender']]);
    }
  };

  const agreesWithId = (field: 'gender' | 'birthDate', label: string) => ({
    validator: async (_r: unknown, value: unknown) => {
      const number = form.getFieldValue([...base, 'idNumber']) as string | undefined;
      if (!value || !number || (idType && idType !== 'resident_id')) return;
      const id = checkResidentId(number);
      if (id.ok && id[field] !== value) throw new Error(`${label}与身份证号码不符`);
    },
  });

  const upload = async (file: File) => {
    try {
      const stored = await call('files.store', { mime: file.type, dataBase64: await fileToBase64(file) });
      form.setFieldValue([...base, 'scans'], [...scans, { sha256: stored.sha256, name: file.name }]);
      message.success(t('register.scanStored', { name: file.name }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
    return false;
  };

  return (
    <Card
      className="party-card"
      size="small"
      title={t('register.partyTitle', { n: index + 1 })}
      extra={onRemove && <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('register.removeParty')} />}
      data-testid={`party-${index}`}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={t('register.role')} name={[field.name, 'role']} rules={[zodRule(shape.role)]} required>
            <Select options={options(PARTY_ROLES)} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item label={t('register.partyKind')} name={[field.name, 'kind']} required>
            <Segmented options={options(PARTY_KINDS)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={natural ? t('register.personName') : t('register.entityName')} name={[field.name, 'name']} rules={[zodRule(shape.name)]} required>
        <Input maxLength={100} />
      </Form.Item>
      {natural ? (
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={t('register.idType')} name={[field.name, 'idType']}>
              <Select options={options(ID_TYPES)} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              label={t('register.idNumber')}
              name={[field.name, 'idNumber']}
              rules={[
                {
                  validator: async (_r, value?: string) => {
                    if (!value) return;
                    if (!idType || idType === 'resident_id') {
                      const id = checkResidentId(value);
                      if (!id.ok) throw new Error(id.message);
                    }
                  },
                },
              ]}
            >
              <Input maxLength={30} onChange={(e) => onIdNumber(e.target.value)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('register.gender')} name={[field.name, 'gender']} dependencies={[[...base, 'idNumber']]} rules={[agreesWithId('gender', '性别')]}>
              <Radio.Group options={options(GENDERS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('register.birthDate')} name={[field.name, 'birthDate']} dependencies={[[...base, 'idNumber']]} rules={[agreesWithId('birthDate', '出生日期')]} {...dateItem}>
              <DatePicker />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('register.ethnicity')} name={[field.name, 'ethnicity']}>
              <Input maxLength={20} placeholder="汉族" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('register.occupation')} name={[field.name, 'occupation']}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('register.employer')} name={[field.name, 'employer']}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item
              label={t('register.uscc')}
              name={[field.name, 'uscc']}
              rules={[
                {
                  validator: async (_r, value?: string) => {
                    if (!value) return;
                    const r = checkUscc(value);
                    if (!r.ok) throw new Error(r.message);
                  },
                },
              ]}
            >
              <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={REPRESENTATIVE_TITLES[kind as Exclude<PartyKind, 'natural'>] ?? t('register.representative')} name={[field.name, 'representative', 'name']} rules={[{ required: true, message: `请填写${REPRESENTATIVE_TITLES[kind as Exclude<PartyKind, 'natural'>] ?? '代表人'}` }]} required>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('register.representativeTitle')} name={[field.name, 'representative', 'title']} rules={[{ required: true, message: '请填写职务' }]} required>
              <Input maxLength={30} placeholder={kind === 'individual_business' ? '经营者' : '董事长、总经理…'} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item label={natural ? t('register.domicile') : t('register.seat')} name={[field.name, 'address']}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('register.phone')} name={[field.name, 'phone']} rules={[zodRule(shape.phone)]}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('register.serviceAddress')} name={[field.name, 'serviceAddress', 'address']}>
        <Input maxLength={200} placeholder={t('register.serviceAddressHint')} />
      </Form.Item>
      <Form.Item label={t('register.electronicService')} name={[field.name, 'serviceAddress', 'acceptsElectronicService']} valuePropName="checked" initialValue={false}>
        <Switch />
      </Form.Item>

      <Form.List name={[field.name, 'agents']}>
        {(agents, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {agents.map((agent) => (
              <Card key={agent.key} size="small" type="inner" title={t('register.agent')} extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(agent.name)} aria-label={t('common.remove')} />}>
                <Row gutter={16}>
                  <Col span={8}>
                    <Form.Item label={t('register.agentName')} name={[agent.name, 'name']} rules={[zodRule(agentShape.name)]} required>
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item label={t('register.agentKind')} name={[agent.name, 'kind']} rules={[zodRule(agentShape.kind)]} required initialValue="lawyer">
                      <Select options={options(AGENT_KINDS)} />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item label={t('register.phone')} name={[agent.name, 'phone']} rules={[zodRule(agentShape.phone)]}>
                      <Input maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item label={t('register.firm')} name={[agent.name, 'firm']}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item label={t('register.licenseNo')} name={[agent.name, 'licenseNo']}>
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item label={t('register.authority')} name={[agent.name, 'authority']} initialValue="general" required>
                  <Radio.Group
                    options={[
                      { value: 'general', label: '一般授权' },
                      { value: 'special', label: '特别授权' },
                    ]}
                  />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {() =>
                    form.getFieldValue([...base, 'agents', agent.name, 'authority']) === 'special' ? (
                      <Form.Item label={t('register.specialPowers')} name={[agent.name, 'specialPowers']} rules={[{ required: true, message: '特别授权应列明授权事项' }]}>
                        <Checkbox.Group options={options(SPECIAL_POWERS)} />
                      </Form.Item>
                    ) : null
                  }
                </Form.Item>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'lawyer', authority: 'general' })}>
              {t('register.addAgent')}
            </Button>
          </Space>
        )}
      </Form.List>

      <Form.Item label={t('register.scans')} style={{ marginTop: 16 }} extra={t('register.scansHint')}>
        <Upload accept="image/jpeg,image/png,application/pdf" showUploadList={false} beforeUpload={(file) => upload(file)} multiple>
          <Button icon={<UploadOutlined />}>{t('register.addScan')}</Button>
        </Upload>
        {scans.length > 0 && (
          <ul className="scan-list">
            {scans.map((s) => (
              <li key={s.sha256}>
                {s.name} <span className="ant-typography ant-typography-secondary">SHA-256 {s.sha256.slice(0, 12)}…</span>
                <Button type="link" danger onClick={() => form.setFieldValue([...base, 'scans'], scans.filter((x) => x.sha256 !== s.sha256))}>
                  {t('common.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Form.Item>
    </Card>
  );
}
