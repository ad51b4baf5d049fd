import { FileExcelOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiOutput } from '../../../src-main/api/registry';
import { call } from '../../api';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useFileExport } from '../../hooks/use-file-export';

type Row = ApiOutput<'audit.list'>['rows'][number];
type Filters = Omit<ApiInput<'audit.list'>, 'page' | 'pageSize'>;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 设置 → 审计日志: every recorded action, newest first, filtered by period, person, action and kind
 * of record; each row opens on what it recorded (ID and phone numbers masked); the chain checked
 * from the first row to the last; the filtered rows exported as a workbook.
 */
export function AuditTab() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const query: Filters = { ...filters, ...(range ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } : {}) };
  const list = useApiQuery('audit.list', { ...query, ...page }, { keepPrevious: true });
  const facets = useApiQuery('audit.facets', {});
  const verify = useApiMutation('audit.verify');
  const exporting = useFileExport();

  const narrow = (next: Filters) => {
    setFilters(next);
    setPage((p) => ({ ...p, page: 1 }));
  };
  const exportBook = () => exporting.run('audit', () => call('audit.export', query), XLSX_MIME, (book) => t('auditLog.exported', { name: book.fileName, rows: book.rows }));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <DatePicker.RangePicker
            value={range}
            onChange={(v) => {
              setRange(v?.[0] && v[1] ? [v[0], v[1]] : null);
              setPage((p) => ({ ...p, page: 1 }));
            }}
            aria-label={t('auditLog.period')}
          />
          <Select
            allowClear
            showSearch
            placeholder={t('auditLog.actor')}
            aria-label={t('auditLog.actor')}
            style={{ width: 180 }}
            value={filters.actor}
            onChange={(actor?: string) => narrow({ ...filters, actor })}
            options={(facets.data?.actors ?? []).map((value) => ({ value, label: value }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('auditLog.action')}
            aria-label={t('auditLog.action')}
            style={{ width: 220 }}
            value={filters.action}
            onChange={(action?: string) => narrow({ ...filters, action })}
            options={(facets.data?.actions ?? []).map((a) => ({ value: a.value, label: t(`audit.${a.value}`, { defaultValue: a.label }) }))}
          />
          <Select
            allowClear
            placeholder={t('auditLog.entity')}
            aria-label={t('auditLog.entity')}
            style={{ width: 140 }}
            value={filters.entity}
            onChange={(entity?: string) => narrow({ ...filters, entity })}
            options={facets.data?.entities ?? []}
          />
          <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate({})}>
            {t('auditLog.verify')}
          </Button>
          <Button icon={<FileExcelOutlined />} loading={exporting.pending !== null} onClick={() => void exportBook()}>
            {t('auditLog.export')}
          </Button>
        </Space>
      </Card>
      {verify.data && (
        <Alert
          type={verify.data.ok ? 'success' : 'error'}
          showIcon
          data-testid="audit-verify"
          title={verify.data.ok ? t('auditLog.verifyOk', { rows: verify.data.rows }) : t('auditLog.verifyBroken', { seq: verify.data.brokenAt })}
        />
      )}
      {verify.error && <Alert type="error" showIcon title={verify.error.message} />}
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <Table<Row>
        rowKey="seq"
        size="small"
        data-testid="audit-rows"
        loading={list.isFetching}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: <Empty description={t('auditLog.empty')} /> }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [50, 100, 200],
          showTotal: (total) => t('auditLog.total', { count: total }),
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
        }}
        expandable={{
          expandedRowRender: (r) => (
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('auditLog.before')}>
                <Typography.Text code className="audit-json">
                  {r.before ?? '—'}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('auditLog.after')}>
                <Typography.Text code className="audit-json">
                  {r.after ?? '—'}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          ),
        }}
        columns={[
          { title: t('auditLog.seq'), dataIndex: 'seq', width: 80 },
          { title: t('auditLog.at'), dataIndex: 'at', width: 180, render: (at: string) => at.slice(0, 19).replace('T', ' ') },
          { title: t('auditLog.actor'), dataIndex: 'actorName', width: 160 },
          { title: t('auditLog.action'), dataIndex: 'actionLabel', render: (label: string, r) => <span title={r.action}>{t(`audit.${r.action}`, { defaultValue: label })}</span> },
          { title: t('auditLog.entity'), dataIndex: 'entityLabel', width: 120 },
          { title: t('auditLog.outcome'), dataIndex: 'outcome', width: 90, render: (o: string) => <Tag color={o === 'ok' ? 'success' : 'error'}>{o === 'ok' ? t('auditLog.ok') : o}</Tag> },
        ]}
      />
    </Space>
  );
}
