import { Drawer, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { ApiInput } from '../../../src-main/api/registry';
import type { StatisticsQuery } from '../../../src-main/domain/statistics';
import { useApiQuery } from '../../hooks/use-api';
import { useVoice } from '../../hooks/use-voice';
import { caseColumns, type CaseRow } from '../cases/case-columns';

/** A bar or slice clicked: by what it was counted, which one, and the period and filters of the page. */
export interface Drill {
  dimension: 'month' | 'category' | 'source' | 'status' | 'mediator';
  key: string;
  label: string;
  query: StatisticsQuery;
}

type ListQuery = ApiInput<'cases.list'>;

/** The case list's filter for the cases behind a bar: the page's period and filters, narrowed to the bar. */
export function drillFilter(d: Drill): ListQuery {
  const q = d.query;
  const base: ListQuery = { receivedFrom: q.from, receivedTo: q.to, ...(q.categories ? { categories: q.categories } : {}), ...(q.sources ? { sources: q.sources } : {}), sort: 'receivedOn', order: 'asc', limit: 500 };
  switch (d.dimension) {
    case 'month': {
      const start = `${d.key}-01`;
      const end = dayjs(start).endOf('month').format('YYYY-MM-DD');
      return { ...base, receivedFrom: start > q.from ? start : q.from, receivedTo: end < q.to ? end : q.to };
    }
    case 'category':
      return { ...base, categories: [d.key] as ListQuery['categories'] };
    case 'source':
      return { ...base, sources: [d.key] as ListQuery['sources'] };
    case 'status':
      return { ...base, statuses: [d.key] as ListQuery['statuses'] };
    case 'mediator':
      return { ...base, mediatorId: d.key };
  }
}

const COLUMNS = ['caseNumber', 'status', 'parties', 'receivedOn'];

/** The cases behind a bar or slice, each a link to its page. */
export function SliceCases({ drill, open, onClose }: { drill: Drill; open: boolean; onClose: () => void }) {
  const { t } = useVoice();
  const list = useApiQuery('cases.list', drillFilter(drill));
  const columns = caseColumns(undefined, (key) => t(`cases.col.${key}`))
    .filter((c) => COLUMNS.includes(String(c.key)))
    .map((c) => (c.key === 'caseNumber' ? { ...c, render: (_v: unknown, r: CaseRow) => <Link to={`/cases/${r.id}`}>{r.caseNumber ?? t('register.unnumbered')}</Link> } : c));
  return (
    <Drawer open={open} onClose={onClose} size="large" title={t('statistics.sliceTitle', { label: drill.label, from: drill.query.from, to: drill.query.to })}>
      <Typography.Paragraph type="secondary">{t('statistics.sliceCount', { count: list.data?.total ?? 0 })}</Typography.Paragraph>
      <Table<CaseRow> rowKey="id" size="small" loading={list.isPending} dataSource={list.data?.rows ?? []} columns={columns} pagination={{ pageSize: 50, hideOnSinglePage: true }} />
    </Drawer>
  );
}
