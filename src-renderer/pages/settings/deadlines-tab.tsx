import { DeleteOutlined, ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../src-main/api/registry';
import { PERIOD_UNITS, type DeadlineRules } from '../../../src-main/domain/deadlines';
import { call } from '../../api';
import { readJsonFile } from '../../files';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useSaveShortcut } from '../../hooks/use-save-shortcut';
import { saveAs } from '../../save-as';

type YearRow = ApiOutput<'settings.getDeadlines'>['years'][number];
const RULE_KEYS = ['courtDelegated', 'courtEntrustedOrdinary', 'courtEntrustedSimple', 'peopleMediation', 'confirmationApplication', 'followUp'] as const;
/** A commission's own periods: deciding on accepting an application, and the arbitration itself. */
const ARBITRATION_RULE_KEYS = [...RULE_KEYS, 'arbitrationAcceptance', 'arbitrationPeriod'] as const;
const unitOptions = Object.entries(PERIOD_UNITS).map(([value, label]) => ({ value, label }));

/**
 * 设置 → 期限与节假日: the periods deadlines are counted with, and the statutory holiday
 * calendar — the built-in years and those the office imported (a banner when next year is missing).
 */
export function DeadlinesTab() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ rules: DeadlineRules }>();
  const current = useApiQuery('settings.getDeadlines', {});
  const org = useApiQuery('organization.get', {});
  const ruleKeys = org.data?.kind === 'arbitration' ? ARBITRATION_RULE_KEYS : RULE_KEYS;
  const update = useApiMutation('settings.updateDeadlineRules', ['settings.getDeadlines', 'cases.deadlines']);
  const importYears = useApiMutation('settings.importHolidays', ['settings.getDeadlines', 'cases.deadlines']);
  const remove = useApiMutation('settings.removeHolidayYear', ['settings.getDeadlines', 'cases.deadlines']);
  useSaveShortcut(() => form.submit());

  useEffect(() => {
    if (current.data) form.setFieldsValue({ rules: current.data.rules });
  }, [current.data, form]);

  const submit = useFormSubmit(form);
  // the periods not shown (a commission's, to a mediation office) keep what is saved
  const save = (v: { rules: DeadlineRules }) => submit(() => update.mutateAsync({ rules: { ...current.data?.rules, ...v.rules } }), t('common.saved'));

  const exportFile = async () => {
    try {
      const file = await call('settings.exportHolidays', {});
      await saveAs('法定节假日安排.json', JSON.stringify(file, null, 2), 'application/json');
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  const choose = async (picked: File) => {
    try {
      const file = await readJsonFile(picked, t('deadlines.notJson', { name: picked.name }));
      const { years } = await importYears.mutateAsync({ file: file as never });
      message.success(t('deadlines.imported', { years: years.join('、') }));
    } catch (err) {
      modal.error({ title: t('deadlines.importRefused'), content: (err as Error).message });
    }
    return false;
  };

  const d = current.data;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 900 }}>
      {d && !d.nextYearKnown && <Alert type="warning" showIcon title={t('deadlines.nextYearMissing', { year: d.nextYear })} data-testid="next-year-missing" />}
      <Card size="small" title={t('deadlines.periods')}>
        <Typography.Paragraph type="secondary">{t('deadlines.periodsHelp')}</Typography.Paragraph>
        <Form form={form} layout="horizontal" labelCol={{ flex: '260px' }} onFinish={(v) => void save(v)} disabled={current.isPending}>
          {ruleKeys.map((key) => (
            <Form.Item key={key} label={t(`deadlines.rule.${key}`)} extra={d ? t('deadlines.default', { n: d.defaults[key].n, unit: PERIOD_UNITS[d.defaults[key].unit] }) : undefined} required>
              <Space.Compact>
                <Form.Item name={['rules', key, 'n']} noStyle rules={[{ required: true, message: '请填写期限' }]}>
                  <InputNumber min={1} max={3650} style={{ width: 120 }} aria-label={`${t(`deadlines.rule.${key}`)} ${t('deadlines.length')}`} />
                </Form.Item>
                <Form.Item name={['rules', key, 'unit']} noStyle>
                  <Select options={unitOptions} style={{ width: 120 }} aria-label={`${t(`deadlines.rule.${key}`)} ${t('deadlines.unit')}`} />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          ))}
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
      <Card
        size="small"
        title={t('deadlines.calendar')}
        extra={
          <Space>
            <Button icon={<ExportOutlined />} onClick={() => void exportFile()}>
              {t('deadlines.export')}
            </Button>
            <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(f) => choose(f)}>
              <Button icon={<ImportOutlined />} loading={importYears.isPending}>
                {t('deadlines.import')}
              </Button>
            </Upload>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('deadlines.calendarHelp')}</Typography.Paragraph>
        <Table<YearRow>
          rowKey="year"
          size="small"
          loading={current.isPending}
          dataSource={d?.years ?? []}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          data-testid="holiday-years"
          columns={[
            { title: t('deadlines.year'), dataIndex: 'year', width: 90 },
            { title: t('deadlines.holidays'), dataIndex: 'holidays', width: 120 },
            { title: t('deadlines.workdays'), dataIndex: 'workdays', width: 140 },
            {
              title: t('deadlines.source'),
              dataIndex: 'source',
              render: (v: string | null, r: YearRow) => (r.supplied ? <Tag color="blue">{t('deadlines.supplied')}{v ? `：${v}` : ''}</Tag> : <Tag>{t('deadlines.builtIn')}</Tag>),
            },
            {
              title: '',
              key: 'actions',
              width: 80,
              render: (_: unknown, r: YearRow) =>
                r.supplied && (
                  <Popconfirm title={t('deadlines.removeConfirm', { year: r.year })} onConfirm={() => remove.mutate({ year: r.year })}>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('deadlines.remove', { year: r.year })} />
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
