import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useVoice } from '../hooks/use-voice';
import { CASE_CATEGORIES, type CaseCategory } from '../../src-main/domain/categories';

export interface MediatorRow {
  key: string;
  name: string;
  mediatorNo: string | null;
  phone?: string | null | undefined;
  specialties?: string[] | undefined;
  relations?: unknown[] | undefined;
  active?: boolean;
}

/** The roster as a table; `actions` renders the last column (edit, remove, deactivate…). */
export function MediatorTable({ rows, actions }: { rows: MediatorRow[]; actions?: (row: MediatorRow) => ReactNode }) {
  const { t } = useVoice();
  const columns: ColumnsType<MediatorRow> = [
    { title: t('mediators.mediatorNo'), dataIndex: 'mediatorNo', width: 140, render: (v: string | null) => v ?? '—' },
    { title: t('mediators.name'), dataIndex: 'name', width: 120 },
    { title: t('mediators.phone'), dataIndex: 'phone', width: 150, render: (v?: string | null) => v ?? '—' },
    {
      title: t('mediators.specialties'),
      dataIndex: 'specialties',
      render: (v: string[] = []) => v.map((s) => <Tag key={s}>{CASE_CATEGORIES[s as CaseCategory] ?? s}</Tag>),
    },
    { title: t('mediators.relations'), dataIndex: 'relations', width: 110, render: (v: unknown[] = []) => v.length },
  ];
  if (rows.some((r) => r.active !== undefined)) {
    columns.push({
      title: t('mediators.status'),
      dataIndex: 'active',
      width: 90,
      render: (v: boolean) => (v ? <Tag color="success">{t('mediators.active')}</Tag> : <Tag>{t('mediators.inactive')}</Tag>),
    });
  }
  if (actions) columns.push({ title: '', key: 'actions', width: 180, render: (_v, row) => actions(row) });
  return <Table size="small" rowKey="key" columns={columns} dataSource={rows} pagination={false} locale={{ emptyText: t('mediators.empty') }} />;
}
