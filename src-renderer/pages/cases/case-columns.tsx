import type { ColumnsType } from 'antd/es/table';
import { CASE_CATEGORIES, type CaseCategory } from '../../../src-main/domain/categories';
import { formatYuanGrouped } from '../../../src-main/domain/money';
import { CASE_SOURCES, type CaseSource } from '../../../src-main/domain/vocabulary';
import type { ApiOutput } from '../../../src-main/api/registry';
import { StatusTag, TrackTag } from '../../components/case-tags';
import { Highlight } from '../../components/highlight';

export type CaseRow = ApiOutput<'cases.list'>['rows'][number];

/** Every column the case list can show; the user picks which, and the choice is remembered. */
export const CASE_COLUMN_KEYS = ['caseNumber', 'status', 'category', 'parties', 'mediators', 'receivedOn', 'acceptedOn', 'track', 'source', 'claim'] as const;
export const DEFAULT_COLUMNS: string[] = ['caseNumber', 'status', 'category', 'parties', 'mediators', 'receivedOn', 'track'];

export function caseColumns(query: string | undefined, label: (key: string) => string): ColumnsType<CaseRow> {
  return [
    {
      key: 'caseNumber',
      title: label('caseNumber'),
      width: 230,
      render: (_v, r) => (r.caseNumber ? <Highlight text={r.caseNumber} query={query} /> : <span className="ant-typography ant-typography-secondary">（未编号）</span>),
    },
    { key: 'status', title: label('status'), width: 100, render: (_v, r) => <StatusTag status={r.status} /> },
    { key: 'category', title: label('category'), width: 150, ellipsis: true, render: (_v, r) => CASE_CATEGORIES[r.category as CaseCategory] ?? r.category },
    {
      key: 'parties',
      title: label('parties'),
      width: 320,
      ellipsis: true,
      render: (_v, r) => (
        <span>
          <Highlight text={r.applicants.join('、')} query={query} /> 诉 <Highlight text={r.respondents.join('、')} query={query} />
        </span>
      ),
    },
    { key: 'mediators', title: label('mediators'), width: 120, ellipsis: true, render: (_v, r) => r.mediators.join('、') || '—' },
    { key: 'receivedOn', title: label('receivedOn'), width: 110, dataIndex: 'receivedOn' },
    { key: 'acceptedOn', title: label('acceptedOn'), width: 110, render: (_v, r) => r.acceptedOn ?? '—' },
    { key: 'track', title: label('track'), width: 70, render: (_v, r) => <TrackTag track={r.track} /> },
    { key: 'source', title: label('source'), width: 110, render: (_v, r) => CASE_SOURCES[r.source as CaseSource] ?? r.source },
    { key: 'claim', title: label('claim'), width: 140, align: 'right', render: (_v, r) => (r.claimAmountFen == null ? '—' : formatYuanGrouped(r.claimAmountFen)) },
  ];
}
