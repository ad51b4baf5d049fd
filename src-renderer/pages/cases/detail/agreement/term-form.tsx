import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { amountInWords } from '../../../../../src-main/domain/chinese-format';
import { formatYuanGrouped, parseYuan } from '../../../../../src-main/domain/money';
import { IP_RIGHT_KINDS } from '../../../../../src-main/domain/vocabulary';
import type { ExchangeCase } from '../../../../../src-main/domain/exchange';
import { dateItem } from '../../../../form-fields';
import { TERM_FIELDS, type TermField } from './term-fields';

/**
 * The fields of one term (inside the builder's `terms` list: names are relative to it, watched
 * paths absolute), by its kind's description; amounts show their words as they are typed,
 * the installment schedule its total. Every control is labelled, so the form reads by keyboard.
 */
const words = (value: unknown) => {
  const p = typeof value === 'string' ? parseYuan(value) : undefined;
  return p?.ok ? `大写：${amountInWords(p.fen)}` : undefined;
};

function Schedule({ path, label }: { path: (string | number)[]; label: string }) {
  const form = Form.useFormInstance();
  const rows: { amount?: string }[] = Form.useWatch(['terms', ...path], form) ?? [];
  const fen = rows.map((r) => (r?.amount ? parseYuan(r.amount) : undefined));
  const total = fen.every((p) => p?.ok) ? fen.reduce((sum, p) => sum + (p?.ok ? p.fen : 0), 0) : undefined;
  return (
    <Form.List name={path}>
      {(fields, { add, remove }) => (
        <div style={{ marginBottom: 16 }}>
          <Typography.Text>{label}</Typography.Text>
          {fields.map((field, i) => (
            <Space key={field.key} align="start" style={{ display: 'flex', marginTop: 8 }}>
              <Typography.Text style={{ lineHeight: '32px', width: 48 }}>第{i + 1}期</Typography.Text>
              <Form.Item name={[field.name, 'amount']} rules={[{ required: true, message: `请填写第${i + 1}期金额` }]} style={{ marginBottom: 0 }}>
                <Input addonAfter="元" style={{ width: 180 }} aria-label={`第${i + 1}期金额`} />
              </Form.Item>
              <Form.Item name={[field.name, 'dueOn']} rules={[{ required: true, message: `请选择第${i + 1}期付款期限` }]} style={{ marginBottom: 0 }} {...dateItem}>
                <DatePicker aria-label={`第${i + 1}期付款期限`} />
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} disabled={fields.length === 1} aria-label={`删除第${i + 1}期`} />
            </Space>
          ))}
          <Space style={{ marginTop: 8 }}>
            <Button size="small" icon={<PlusOutlined />} onClick={() => add({})}>
              增加一期
            </Button>
            <Typography.Text type="secondary" data-testid="schedule-total">
              {total === undefined ? '合计：—' : `合计：${formatYuanGrouped(total)}元（大写：${amountInWords(total)}）`}
            </Typography.Text>
          </Space>
        </div>
      )}
    </Form.List>
  );
}

function Money({ path, field }: { path: (string | number)[]; field: TermField }) {
  const form = Form.useFormInstance();
  const value: unknown = Form.useWatch(['terms', ...path], form);
  return (
    <Form.Item
      name={path}
      label={field.label}
      extra={words(value)}
      rules={[
        ...(field.optional ? [] : [{ required: true, message: `请填写${field.label}` }]),
        { validator: (_r: unknown, v: unknown) => (v === undefined || v === '' || (typeof v === 'string' && parseYuan(v).ok) ? Promise.resolve() : Promise.reject(new Error(`${field.label}应为金额，如 30000.00`))) },
      ]}
    >
      <Input addonAfter="元" style={{ width: 220 }} />
    </Form.Item>
  );
}

export function TermForm({ index, kind, c }: { index: number; kind: keyof typeof TERM_FIELDS; c: ExchangeCase }) {
  const parties = c.parties.map((p) => ({ value: p.name, label: p.name }));
  const rights = c.ipRights.map((r, i) => ({ value: i, label: `${IP_RIGHT_KINDS[r.kind]} ${r.title}${r.number ? `（${r.number}）` : ''}` }));
  return (
    <>
      {TERM_FIELDS[kind].map((field) => {
        const path = [index, ...field.name];
        const key = field.name.join('.');
        const required = field.optional ? [] : [{ required: true, message: `请填写${field.label}` }];
        const control = field.control;
        if (control === 'schedule') return <Schedule key={key} path={path} label={field.label} />;
        if (control === 'money') return <Money key={key} path={path} field={field} />;
        if (control === 'switch')
          return (
            <Form.Item key={key} name={path} label={field.label} valuePropName="checked">
              <Switch />
            </Form.Item>
          );
        if (control === 'date')
          return (
            <Form.Item key={key} name={path} label={field.label} rules={required} {...dateItem}>
              <DatePicker />
            </Form.Item>
          );
        return (
          <Form.Item key={key} name={path} label={field.label} rules={required}>
            {control === 'party' ? (
              <Select options={parties} style={{ maxWidth: 360 }} />
            ) : control === 'parties' ? (
              <Select mode="multiple" options={parties} />
            ) : control === 'list' ? (
              <Select mode="tags" open={false} suffixIcon={null} placeholder="输入后按回车，可填写多项" />
            ) : control === 'right' ? (
              <Select options={rights} notFoundContent="本案未登记知识产权" />
            ) : control === 'longText' ? (
              <Input.TextArea rows={3} maxLength={2000} />
            ) : control === 'text' ? (
              <Input maxLength={500} />
            ) : (
              <Select options={Object.entries(control.options).map(([value, label]) => ({ value, label }))} style={{ maxWidth: 240 }} allowClear={Boolean(field.optional)} />
            )}
          </Form.Item>
        );
      })}
    </>
  );
}
