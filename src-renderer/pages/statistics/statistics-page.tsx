import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Empty, Result, Row, Select, Space, Spin, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../src-main/api/registry';
import { CASE_CATEGORIES } from '../../../src-main/domain/categories';
import { formatYuanGrouped } from '../../../src-main/domain/money';
import type { StatisticsQuery } from '../../../src-main/domain/statistics';
import { CASE_SOURCES } from '../../../src-main/domain/vocabulary';
import { call } from '../../api';
import { Chart } from '../../components/chart';
import { DOCX_MIME, XLSX_MIME } from '../../files';
import { useApiQuery } from '../../hooks/use-api';
import { useFreshDialogAbout } from '../../hooks/use-fresh-dialog';
import { useVoice } from '../../hooks/use-voice';
import { barOption, monthOption, pieOption } from './chart-options';
import { SliceCases, type Drill } from './slice-cases';
import { useFileExport } from '../../hooks/use-file-export';

type Stats = ApiOutput<'statistics.get'>;
type Slice = Stats['byCategory'][number];

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/**
 * 统计: for a period and filters, the headline figures, the cases by month, category, source and
 * status, and each mediator's workload and results; a click on a bar or slice lists its cases.
 */
export function StatisticsPage() {
  const { t } = useVoice();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const [categories, setCategories] = useState<string[]>([]);
  const [sources, setSources] = useState<string[]>([]);
  const query = useMemo(
    () => ({
      from: range[0].format('YYYY-MM-DD'),
      to: range[1].format('YYYY-MM-DD'),
      ...(categories.length ? { categories } : {}),
      ...(sources.length ? { sources } : {}),
    }),
    [range, categories, sources],
  ) as StatisticsQuery;
  const stats = useApiQuery('statistics.get', query, { keepPrevious: true });
  const drill = useFreshDialogAbout<Drill>();
  // the report leaves as a workbook or as a short narrative in Word
  const { run, pending: exporting } = useFileExport();
  const exportReport = (method: 'statistics.exportWorkbook' | 'statistics.exportNarrative', mime: string) =>
    run(method, () => call(method, query), mime, (file) => t('statistics.exported', { name: file.fileName }));
  const nothing = !stats.data || stats.data.overall.cases === 0;
  const open = (dimension: Drill['dimension'], slices: Slice[]) => (index: number) => {
    const s = slices[index];
    if (s && s.cases > 0) drill.show({ dimension, key: s.key, label: s.label, query });
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <Typography.Text>{t('statistics.period')}</Typography.Text>
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            aria-label={t('statistics.period')}
            presets={[
              { label: t('statistics.thisYear'), value: [dayjs().startOf('year'), dayjs()] },
              { label: t('statistics.lastYear'), value: [dayjs().subtract(1, 'year').startOf('year'), dayjs().subtract(1, 'year').endOf('year')] },
              { label: t('statistics.thisQuarter'), value: [dayjs().startOf('month').subtract(dayjs().month() % 3, 'month'), dayjs()] },
            ]}
          />
          <Select mode="multiple" allowClear maxTagCount="responsive" style={{ minWidth: 200 }} placeholder={t('cases.col.category')} aria-label={t('cases.col.category')} options={options(CASE_CATEGORIES)} value={categories} onChange={setCategories} />
          <Select mode="multiple" allowClear maxTagCount="responsive" style={{ minWidth: 160 }} placeholder={t('cases.col.source')} aria-label={t('cases.col.source')} options={options(CASE_SOURCES)} value={sources} onChange={setSources} />
          {stats.isFetching && <Spin size="small" />}
          <Button icon={<FileExcelOutlined />} loading={exporting === 'statistics.exportWorkbook'} disabled={nothing} onClick={() => void exportReport('statistics.exportWorkbook', XLSX_MIME)}>
            {t('statistics.export')}
          </Button>
          <Button icon={<FileWordOutlined />} loading={exporting === 'statistics.exportNarrative'} disabled={nothing} onClick={() => void exportReport('statistics.exportNarrative', DOCX_MIME)}>
            {t('statistics.exportNarrative')}
          </Button>
        </Space>
      </Card>
      {stats.isError && <Result status="warning" title={stats.error.message} />}
      {stats.data && stats.data.overall.cases === 0 && (
        <Card>
          <Empty description={t('statistics.empty')} />
        </Card>
      )}
      {stats.data && stats.data.overall.cases > 0 && <Figures stats={stats.data} open={open} />}
      {drill.subject && <SliceCases key={drill.count} drill={drill.subject} open={drill.open} onClose={drill.hide} />}
    </Space>
  );
}

function Figures({ stats, open }: { stats: Stats; open: (dimension: Drill['dimension'], slices: Slice[]) => (index: number) => void }) {
  const { t } = useVoice();
  const { i18n } = useTranslation();
  const o = stats.overall;
  const days = (n: number | null) => (n === null ? '—' : t('statistics.days', { n }));
  return (
    <>
      <Row gutter={[16, 16]} data-testid="statistics-headline">
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('statistics.cases')} value={o.cases} />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('statistics.successRate')} value={percent(o.successRate)} />
          <Typography.Text type="secondary">{t('statistics.successOf', { agreed: o.agreed, concluded: o.concluded })}</Typography.Text>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('statistics.averageDays')} value={days(o.averageDays)} />
          <Typography.Text type="secondary">{t('statistics.median', { days: days(o.medianDays) })}</Typography.Text>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('statistics.confirmationRate')} value={percent(o.confirmation.rate)} />
          <Typography.Text type="secondary">{t('statistics.confirmationOf', o.confirmation)}</Typography.Text>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('statistics.performanceRate')} value={percent(o.performanceRate)} />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('statistics.satisfaction')} value={o.satisfaction === null ? '—' : `${o.satisfaction} / 5`} />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('statistics.claimed')} value={`${formatYuanGrouped(o.claimedFen)}元`} valueStyle={{ fontSize: 18 }} />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('statistics.agreedAmount')} value={`${formatYuanGrouped(o.agreedFen)}元`} valueStyle={{ fontSize: 18 }} />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('statistics.byMonth')}>
            <Chart testId="chart-month" label={t('statistics.byMonth')} option={monthOption(stats.byMonth, t('statistics.cases'), t('statistics.agreed'))} onClick={(c) => open('month', stats.byMonth)(c.dataIndex)} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('statistics.byCategory')}>
            <Chart testId="chart-category" label={t('statistics.byCategory')} option={barOption(stats.byCategory, t('statistics.cases'))} onClick={(c) => open('category', stats.byCategory)(c.dataIndex)} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('statistics.bySource')}>
            <Chart testId="chart-source" label={t('statistics.bySource')} option={pieOption(stats.bySource)} onClick={(c) => open('source', stats.bySource)(c.dataIndex)} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('statistics.byStatus')}>
            <Chart testId="chart-status" label={t('statistics.byStatus')} option={pieOption(stats.byStatus)} onClick={(c) => open('status', stats.byStatus)(c.dataIndex)} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('statistics.byMediator')}>
        <Table<Slice>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={stats.byMediator}
          data-testid="statistics-mediators"
          locale={{ emptyText: <Empty description={t('statistics.noMediators')} /> }}
          onRow={(r, i) => ({ onClick: () => open('mediator', stats.byMediator)(i ?? 0), style: { cursor: 'pointer' }, 'aria-label': r.label })}
          columns={[
            { title: t('schedule.mediators'), dataIndex: 'label' },
            { title: t('statistics.cases'), dataIndex: 'cases', align: 'right' },
            { title: t('statistics.agreed'), dataIndex: 'agreed', align: 'right' },
            { title: t('statistics.concluded'), dataIndex: 'concluded', align: 'right' },
            { title: t('statistics.successRate'), dataIndex: 'successRate', align: 'right', render: percent },
            { title: t('statistics.averageDays'), dataIndex: 'averageDays', align: 'right', render: days },
            { title: t('statistics.satisfaction'), dataIndex: 'satisfaction', align: 'right', render: (v: number | null) => v ?? '—' },
          ]}
        />
      </Card>
      <Typography.Text type="secondary" lang={i18n.language}>
        {t('statistics.definitions')}
      </Typography.Text>
    </>
  );
}
